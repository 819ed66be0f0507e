// `cchc-plan build YEAR|FILE... | --all [DIR]`: validate, compose through the templates, write
// out/NAME.docx and .md. With --all, every plan under DIR in one run, spread over worker threads.
import { resolve } from 'node:path';
import { Findings } from '../diagnostics/finding.js';
import type { Lang } from '../diagnostics/messages.js';
import { reportToStderr } from '../diagnostics/report.js';
import { displayPath } from '../paths.js';
import { loadTemplates, TemplateError, defaultTemplates } from '../doc/compose.js';
import { runPlan, type PlanResult } from '../pipeline.js';
import { makeFolder } from '../writers/atomic.js';
import { say, systemError } from '../i18n.js';

export interface BuildOptions {
  out: string;
  format: string;
  templates?: string;
  referenceDoc?: string;
  pdfTimeout?: string;
  all?: string | boolean;
  lang: Lang;
}

const FORMATS = ['docx', 'md', 'html', 'pdf'];

export async function build(args: string[], options: BuildOptions): Promise<number> {
  const formats = options.format.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = formats.filter((f) => !FORMATS.includes(f));
  if (formats.length === 0 || unknown.length > 0) {
    const named = unknown.join(',') || options.format;
    process.stderr.write(say(
      `cchc-plan: không có dạng '${named}'; dùng docx, md, html, pdf hoặc nhiều dạng như docx,md,html\n`,
      `cchc-plan: unknown format '${named}'; use docx, md, html, pdf or a list such as docx,md,html\n`,
    ));
    return 2;
  }
  const pdfTimeout = Number(options.pdfTimeout ?? 120);
  if (!(pdfTimeout > 0)) {
    process.stderr.write(say(`cchc-plan: --pdf-timeout '${options.pdfTimeout}' không phải một số giây\n`, `cchc-plan: --pdf-timeout '${options.pdfTimeout}' is not a number of seconds\n`));
    return 2;
  }
  if (formats.includes('pdf')) {
    // Before any plan is built: without LibreOffice there is no PDF, and no half-done run.
    const { installHint, sofficeCommand } = await import('../writers/pdf.js');
    const { onPath } = await import('../paths.js');
    if (!onPath(sofficeCommand())) {
      process.stderr.write(say(
        `cchc-plan: --format pdf cần LibreOffice (không thấy '${sofficeCommand()}' trong PATH). ${installHint()}\n`,
        `cchc-plan: --format pdf needs LibreOffice ('${sofficeCommand()}' is not on PATH). ${installHint()}\n`,
      ));
      return 2;
    }
  }
  const { planList } = await import('./plan-list.js');
  const list = planList(args, options.all, options.lang);
  if (typeof list === 'number') return list;

  const templatesDir = options.templates ? resolve(options.templates) + '/' : defaultTemplates();
  const referenceDoc = options.referenceDoc === undefined ? undefined : resolve(options.referenceDoc);
  // A template that does not compile, or a reference document that cannot serve, stops the run before any plan.
  try {
    await loadTemplates(templatesDir);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    process.stderr.write(`cchc-plan: ${error.message}\n`);
    return error.exit;
  }
  if (formats.includes('docx')) {
    const { loadReference, ReferenceError } = await import('../writers/reference.js');
    try {
      loadReference(referenceDoc);
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      process.stderr.write(`cchc-plan: ${error.message}\n`);
      return 2;
    }
  }
  const outDir = resolve(options.out);
  try {
    makeFolder(outDir);
  } catch (error) {
    process.stderr.write(say(`cchc-plan: không tạo được thư mục ${outDir}: ${systemError(error)}\n`, `cchc-plan: cannot create the output folder ${outDir}: ${systemError(error)}\n`));
    return 2;
  }
  const job = { kind: 'build' as const, outDir, formats, templatesDir, pdfTimeoutMs: pdfTimeout * 1000, ...(referenceDoc && { referenceDoc }), ...(list.baseDir && { baseDir: list.baseDir }) };

  if (!list.baseDir) {
    // Named plans: one after another, each reported as it is done; a template or write error stops the run.
    let failed = 0;
    for (const file of list.files) {
      const result = await runPlan(file, job);
      report(result, options.lang);
      if (result.failure) return stop(result);
      if (!result.ok) failed++;
      for (const path of result.outputs) process.stdout.write(`${displayPath(path)}\n`);
    }
    return failed > 0 ? 1 : 0;
  }

  const { runAll, progressBar } = await import('../batch/run.js');
  const started = performance.now();
  const bar = process.stderr.isTTY && !process.env.CI ? progressBar(process.stderr, displayPath) : undefined;
  const results = await runAll(list.files, job, bar);
  const failed = results.filter((r) => !r.ok);
  for (const result of failed) {
    report(result, options.lang);
    if (result.failure) process.stderr.write(`cchc-plan: ${displayPath(result.file)}: ${result.failure.message}\n`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const built = results.length - failed.length;
  process.stdout.write(say(
    `${results.length} kế hoạch: ${built} đã dựng, ${failed.length} lỗi (${seconds} s) → ${displayPath(outDir)}\n`,
    `${results.length} plans: ${built} built, ${failed.length} failed (${seconds} s) → ${displayPath(outDir)}\n`,
  ));
  for (const result of failed) process.stdout.write(`  ${say('lỗi', 'failed')}: ${displayPath(result.file)}\n`);
  return failed.some((r) => r.failure?.exit === 2) ? 2 : failed.length > 0 ? 1 : 0;
}

function report(result: PlanResult, lang: Lang) {
  if (result.findings.length > 0) reportToStderr(new Findings(result.findings), result.file, result.text, lang);
}

function stop(result: PlanResult): number {
  process.stderr.write(`cchc-plan: ${result.failure!.message}\n`);
  return result.failure!.exit;
}
