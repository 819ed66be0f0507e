// `cchc-plan build YEAR|FILE...`: validate, compose through the templates, write out/YEAR.docx and .md.
import { mkdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { Findings } from '../diagnostics/finding.js';
import type { Lang } from '../diagnostics/messages.js';
import { displayPath, renderReport, wantsColor } from '../diagnostics/report.js';
import { compose, loadTemplates, TemplateError, DEFAULT_TEMPLATES } from '../doc/compose.js';
import { checkPlanFile } from '../plan/check.js';
import { resolvePlanArgs } from '../plan/files.js';
import { writeAtomic } from '../writers/atomic.js';
import { renderMarkdown } from '../writers/markdown.js';
import { usageFinding } from './usage.js';

export interface BuildOptions {
  out: string;
  format: string;
  templates?: string;
  lang: Lang;
}

const FORMATS = ['docx', 'md'];

export async function build(args: string[], options: BuildOptions): Promise<number> {
  const formats = options.format.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = formats.filter((f) => !FORMATS.includes(f));
  if (formats.length === 0 || unknown.length > 0) {
    process.stderr.write(`cchc-plan: unknown format '${unknown.join(',') || options.format}'; use docx, md or docx,md\n`);
    return 2;
  }
  const resolved = resolvePlanArgs(args);
  if (!resolved.ok) {
    process.stderr.write(usageFinding(resolved, options.lang));
    return 2;
  }
  let templates;
  try {
    templates = await loadTemplates(options.templates ? resolve(options.templates) + '/' : DEFAULT_TEMPLATES);
  } catch (error) {
    return templateFailure(error);
  }
  const outDir = resolve(options.out);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    process.stderr.write(`cchc-plan: cannot create the output folder ${outDir}: ${(error as NodeJS.ErrnoException).code ?? error}\n`);
    return 2;
  }
  let failed = 0;
  for (const file of resolved.files) {
    const findings = new Findings();
    const checked = await checkPlanFile(file, findings);
    if (findings.list.length > 0) {
      const sources = new Map(checked.text !== undefined ? [[file, checked.text]] : []);
      process.stderr.write(renderReport(findings, { format: 'text', lang: options.lang, color: wantsColor(process.stderr), sources, files: [file] }));
    }
    if (!checked.plan) {
      failed++;
      continue;
    }
    let outputs: [string, Uint8Array | string][];
    try {
      const model = compose(checked.plan, templates);
      const name = basename(file, extname(file));
      outputs = [];
      if (formats.includes('docx')) {
        const { renderDocx } = await import('../writers/docx.js');
        outputs.push([join(outDir, `${name}.docx`), await renderDocx(model)]);
      }
      if (formats.includes('md')) outputs.push([join(outDir, `${name}.md`), renderMarkdown(model)]);
    } catch (error) {
      if (error instanceof TemplateError) return templateFailure(error);
      throw error;
    }
    try {
      for (const [path, data] of outputs) await writeAtomic(path, data);
    } catch (error) {
      process.stderr.write(`cchc-plan: cannot write to ${outDir}: ${(error as NodeJS.ErrnoException).code ?? error}\n`);
      return 2;
    }
    for (const [path] of outputs) process.stdout.write(`${displayPath(path)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

function templateFailure(error: unknown): number {
  if (!(error instanceof TemplateError)) throw error;
  process.stderr.write(`cchc-plan: template error: ${displayPath(error.file)}${TemplateError.position(error.line, error.column)}: ${error.detail}\n`);
  return 1;
}
