// One plan through validate, or through validate and build: what both the single-plan commands and the
// workers of `--all` run, returning plain data (it crosses a thread boundary).
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Findings, type Finding } from '../diagnostics/finding.js';
import { displayPath } from '../diagnostics/report.js';
import { compose, loadTemplates, TemplateError } from '../doc/compose.js';
import { checkPlanFile } from '../plan/check.js';
import { writeAtomic } from '../writers/atomic.js';
import { renderMarkdown } from '../writers/markdown.js';

export interface JobOptions {
  kind: 'validate' | 'build';
  /** build: where the files go, and the formats. */
  outDir?: string;
  formats?: string[];
  templatesDir?: string;
  /** With --all, outputs mirror the plans' folders below this one (schools/a/2025.yaml → out/schools/a/2025.docx). */
  baseDir?: string;
}

export interface JobResult {
  file: string;
  findings: Finding[];
  /** The plan's text, for code frames. */
  text?: string;
  /** Files written. */
  outputs: string[];
  /** Why the plan was not built, other than its findings: a template error, an unwritable folder. */
  failure?: { message: string; exit: 1 | 2 };
  ok: boolean;
}

export async function runJob(file: string, options: JobOptions): Promise<JobResult> {
  const findings = new Findings();
  // Only the plan is kept past this point: the YAML document behind it is several times its size.
  const { plan, text } = await checkPlanFile(file, findings);
  const result: JobResult = { file, findings: findings.list, ...(text !== undefined && findings.list.length > 0 && { text }), outputs: [], ok: !!plan };
  if (!plan || options.kind === 'validate') return result;

  const formats = options.formats ?? ['docx', 'md'];
  const stem = options.baseDir ? relative(options.baseDir, file).replace(/\.ya?ml$/, '') : file.split(/[\\/]/).pop()!.replace(/\.ya?ml$/, '');
  const base = join(options.outDir ?? 'out', stem);
  let outputs: [string, Uint8Array | string][];
  try {
    const model = compose(plan, await loadTemplates(options.templatesDir)); // cached per folder
    outputs = [];
    if (formats.includes('docx')) {
      const { renderDocx } = await import('../writers/docx.js');
      outputs.push([`${base}.docx`, await renderDocx(model)]);
    }
    if (formats.includes('md')) outputs.push([`${base}.md`, renderMarkdown(model)]);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    return { ...result, ok: false, failure: { message: `template error: ${displayPath(error.file)}${TemplateError.position(error.line, error.column)}: ${error.detail}`, exit: 1 } };
  }
  try {
    mkdirSync(dirname(base), { recursive: true });
    for (const [path, data] of outputs) writeAtomic(path, data);
  } catch (error) {
    return { ...result, ok: false, failure: { message: `cannot write to ${displayPath(dirname(base))}: ${(error as NodeJS.ErrnoException).code ?? error}`, exit: 2 } };
  }
  return { ...result, outputs: outputs.map(([path]) => path) };
}
