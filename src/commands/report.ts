// `cchc-plan report YEAR --quarter N | --half | --year`: the period's report on the plan, from the record,
// as out/YEAR-bao-cao-quy-N.docx and .md, in the plan's ND30 layout, through templates/report.hbs.
import { basename, extname, join, resolve } from 'node:path';
import type { Lang } from '../diagnostics/messages.js';
import { composeReport, DEFAULT_TEMPLATES, loadTemplates, TemplateError } from '../doc/compose.js';
import { displayPath } from '../paths.js';
import { periodOf } from '../plan/references.js';
import { agencyName } from '../plan/view.js';
import { loadRecord } from '../results/load.js';
import { reportContext, type ReportDate } from '../results/report-context.js';
import { firstHalf, quarter, wholeYear, type Period } from '../results/status.js';
import { makeFolder, WriteError, writeFilesAtomic } from '../writers/atomic.js';
import { renderMarkdown } from '../writers/markdown.js';

export interface ReportOptions {
  quarter?: string;
  half?: boolean;
  year?: boolean;
  date?: string;
  today?: string;
  out: string;
  templates?: string;
  referenceDoc?: string;
  allowEmpty?: boolean;
  lang: Lang;
}

export async function report(arg: string, options: ReportOptions): Promise<number> {
  const chosen = [options.quarter !== undefined, !!options.half, !!options.year].filter(Boolean).length;
  if (chosen !== 1) {
    process.stderr.write('cchc-plan: say which report: --quarter N, --half or --year\n');
    return 2;
  }
  const q = Number(options.quarter);
  if (options.quarter !== undefined && !(Number.isInteger(q) && q >= 1 && q <= 4)) {
    process.stderr.write(`cchc-plan: --quarter '${options.quarter}' is not 1, 2, 3 or 4\n`);
    return 2;
  }
  for (const [name, value] of [['--date', options.date], ['--today', options.today]] as const) {
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      process.stderr.write(`cchc-plan: ${name} '${value}' is not a date; write it as 2025-04-05\n`);
      return 2;
    }
  }
  const loaded = await loadRecord(arg, options.lang);
  if (typeof loaded === 'number') return loaded;
  const { plan, results } = loaded;
  const year = periodOf(plan).from;
  const period: Period = options.quarter !== undefined ? quarter(year, q) : options.half ? firstHalf(year) : wholeYear(year);
  if (!options.allowEmpty && !(results.activities?.length || results.posts?.length)) {
    process.stderr.write(`cchc-plan: nothing is recorded for ${year} yet (${displayPath(loaded.file)}); record with cchc-plan done and cchc-plan post, or write the report anyway with --allow-empty (every due activity then shows no result)\n`);
    return 1;
  }

  const templatesDir = options.templates ? resolve(options.templates) + '/' : DEFAULT_TEMPLATES;
  // Undated, a report is a draft of the period's last month, its day left for the signature: the same
  // record gives the same bytes.
  const [y, m, d] = (options.date ?? `${year}-${String(period.to).padStart(2, '0')}`).split('-').map(Number) as [number, number, number?];
  const date: ReportDate = { year: y, month: m, ...(d !== undefined && { day: d }) };
  const today = options.today ? new Date(`${options.today}T00:00:00Z`) : new Date(Date.UTC(y, m, 1));
  let files: [string, Uint8Array | string][];
  const stem = `${basename(loaded.file, extname(loaded.file))}-bao-cao-${period.slug}`;
  const outDir = resolve(options.out);
  try {
    const templates = await loadTemplates(templatesDir);
    const context = reportContext(plan, results, period, date, today);
    const model = composeReport(context, templates, { agency: agencyName(plan), date: new Date(Date.UTC(y, m - 1, d ?? 1)) });
    const { renderDocx } = await import('../writers/docx.js');
    files = [[join(outDir, `${stem}.docx`), renderDocx(model, options.referenceDoc && resolve(options.referenceDoc))], [join(outDir, `${stem}.md`), renderMarkdown(model)]];
  } catch (error) {
    const { ReferenceError } = await import('../writers/reference.js');
    if (error instanceof TemplateError || error instanceof ReferenceError) {
      process.stderr.write(`cchc-plan: ${error.message}\n`);
      return error instanceof TemplateError ? 1 : 2;
    }
    throw error;
  }
  try {
    makeFolder(outDir);
    writeFilesAtomic(files);
  } catch (error) {
    const detail = error instanceof WriteError ? `${displayPath(error.file)}: ${error.code}` : String((error as NodeJS.ErrnoException).code ?? error);
    process.stderr.write(`cchc-plan: cannot write the report: ${detail}\n`);
    return 2;
  }
  process.stdout.write(files.map(([f]) => `${displayPath(f)}\n`).join(''));
  return 0;
}
