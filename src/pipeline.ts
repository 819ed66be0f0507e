// One plan the whole way: read → check → compose → write. What `validate`, `build` and the workers of
// `--all` run for each plan; it returns plain data, because the result crosses a thread boundary.
import { dirname, join, relative, sep } from 'node:path';
import { Findings, type Finding } from './diagnostics/finding.js';
import { compose, loadTemplates, TemplateError } from './doc/compose.js';
import { displayPath } from './paths.js';
import { checkPlanFile } from './plan/check.js';
import { makeFolder, WriteError, writeFilesAtomic } from './writers/atomic.js';
import { renderMarkdown } from './writers/markdown.js';
import { say, systemError } from './i18n.js';

export interface PipelineOptions {
  kind: 'validate' | 'build';
  /** build: where the files go, and the formats. */
  outDir?: string;
  formats?: string[];
  templatesDir?: string;
  referenceDoc?: string;
  /** pdf: how long LibreOffice may take for one plan. */
  pdfTimeoutMs?: number;
  /** With --all, outputs mirror the plans' folders below this one (schools/a/2025.yaml → out/schools/a/2025.docx). */
  baseDir?: string;
}

export interface PlanResult {
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

export async function runPlan(file: string, options: PipelineOptions): Promise<PlanResult> {
  // read and check. Only the plan is kept past this point: the YAML document behind it is several times its size.
  const findings = new Findings();
  const { plan, text } = await checkPlanFile(file, findings);
  const result: PlanResult = { file, findings: findings.list, ...(text !== undefined && findings.list.length > 0 && { text }), outputs: [], ok: !!plan };
  if (!plan || options.kind === 'validate') return result;

  const outDir = options.outDir ?? 'out';
  const base = outputBase(file, outDir, options.baseDir);
  if (!base) {
    const message = say(
      `không xuất được ${displayPath(file)}: tên tệp không cho một tên tệp kết quả trong ${displayPath(outDir)}; đổi tên kế hoạch, ví dụ 2025.yaml`,
      `cannot build ${displayPath(file)}: its name gives no output name inside ${displayPath(outDir)}; rename the plan, e.g. 2025.yaml`,
    );
    return { ...result, ok: false, failure: { message, exit: 2 } };
  }
  // compose, and render each format
  const formats = options.formats ?? ['docx', 'md'];
  const outputs: [string, Uint8Array | string][] = [];
  let model;
  try {
    model = compose(plan, await loadTemplates(options.templatesDir)); // cached per folder
  } catch (error) {
    if (error instanceof TemplateError) return { ...result, ok: false, failure: { message: error.message, exit: 1 } };
    throw error;
  }
  if (formats.includes('docx') || formats.includes('pdf')) {
    // The .docx writer and the reference document's readers are loaded only for a .docx (or the PDF made from one).
    const { renderDocx, ReferenceError } = await import('./writers/docx.js');
    let docx: Uint8Array;
    try {
      docx = renderDocx(model, options.referenceDoc);
    } catch (error) {
      if (error instanceof ReferenceError) return { ...result, ok: false, failure: { message: error.message, exit: 2 } };
      throw error;
    }
    if (formats.includes('docx')) outputs.push([`${base}.docx`, docx]);
    if (formats.includes('pdf')) {
      const { docxToPdf, PdfError } = await import('./writers/pdf.js');
      try {
        outputs.push([`${base}.pdf`, await docxToPdf(docx, options.pdfTimeoutMs ?? 120_000)]);
      } catch (error) {
        if (error instanceof PdfError) return { ...result, ok: false, failure: { message: `${displayPath(file)}: ${error.message}`, exit: error.exit } };
        throw error;
      }
    }
  }
  if (formats.includes('md')) outputs.push([`${base}.md`, renderMarkdown(model)]);
  if (formats.includes('html')) outputs.push([`${base}.html`, (await import('./writers/html.js')).renderHtml(model)]);
  // write, all or nothing
  try {
    makeFolder(dirname(base));
    writeFilesAtomic(outputs);
  } catch (error) {
    const failed = error instanceof WriteError ? error : new WriteError(dirname(base), (error as NodeJS.ErrnoException).code ?? String(error));
    const words = systemError(failed.code);
    return { ...result, ok: false, failure: { message: say(`không ghi được ${displayPath(failed.file)}: ${words}`, `cannot write ${displayPath(failed.file)}: ${words}`), exit: 2 } };
  }
  return { ...result, outputs: outputs.map(([path]) => path) };
}

/**
 * Where a plan's outputs go, without their extension: the plan's name less .yaml (its path below
 * `baseDir` with --all). Undefined when that leaves no name, or a name that would land outside `outDir`
 * (".yaml", "..yaml").
 */
export function outputBase(file: string, outDir: string, baseDir?: string): string | undefined {
  const stem = (baseDir ? relative(baseDir, file) : file.split(/[\\/]/).pop()!).replace(/\.ya?ml$/, '');
  const parts = stem.split(/[\\/]/);
  if (parts.some((part) => part === '' || part === '.' || part === '..')) return undefined;
  const base = join(outDir, stem);
  return relative(outDir, base).startsWith(`..${sep}`) ? undefined : base;
}
