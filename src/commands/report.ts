// `cchc-plan report YEAR --quarter N | --half | --year`: the period's report on the plan, from the record,
// as out/YEAR-bao-cao-quy-N.docx and .md, in the plan's ND30 layout, through templates/report.hbs.
import { basename, extname, join, resolve } from 'node:path';
import dayjs from 'dayjs';
import type { Lang } from '../diagnostics/messages.js';
import { composeReport, defaultTemplates, loadTemplates, TemplateError } from '../doc/compose.js';
import { displayPath } from '../paths.js';
import { periodOf } from '../plan/references.js';
import { agencyName } from '../plan/view.js';
import { loadRecord } from '../results/load.js';
import { reportContext, type ReportDate } from '../results/report-context.js';
import { firstHalf, quarter, wholeYear, type Period } from '../results/status.js';
import { makeFolder, WriteError, writeFilesAtomic } from '../writers/atomic.js';
import { renderMarkdown } from '../writers/markdown.js';
import { isDay, isMonth, notADay, notAMonth, notAQuarter } from '../text/dates.js';
import { say, systemError } from '../i18n.js';

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
    process.stderr.write(say('cchc-plan: chọn một loại báo cáo: --quarter N, --half hoặc --year\n', 'cchc-plan: say which report: --quarter N, --half or --year\n'));
    return 2;
  }
  const q = Number(options.quarter);
  if (options.quarter !== undefined && !(Number.isInteger(q) && q >= 1 && q <= 4)) {
    process.stderr.write(notAQuarter(options.quarter!));
    return 2;
  }
  // The report's date: a day (2025-04-05), or a month whose day is left for the signature (2025-04).
  if (options.date !== undefined && !isDay(options.date) && !isMonth(options.date)) {
    process.stderr.write(notADay('--date', options.date, '2025-04-05'));
    return 2;
  }
  if (options.today !== undefined && !isDay(options.today)) {
    process.stderr.write(notADay('--today', options.today, '2025-04-05'));
    return 2;
  }
  const loaded = await loadRecord(arg, options.lang);
  if (typeof loaded === 'number') return loaded;
  const { plan, results } = loaded;
  const year = periodOf(plan).from;
  const period: Period = options.quarter !== undefined ? quarter(year, q) : options.half ? firstHalf(year) : wholeYear(year);
  if (!options.allowEmpty && !(results.activities?.length || results.posts?.length)) {
    process.stderr.write(say(
      `cchc-plan: chưa ghi kết quả nào cho năm ${year} (${displayPath(loaded.file)}); ghi bằng cchc-plan done và cchc-plan post, hoặc vẫn viết báo cáo với --allow-empty (mọi hoạt động đến hạn khi đó đều chưa có kết quả)\n`,
      `cchc-plan: nothing is recorded for ${year} yet (${displayPath(loaded.file)}); record with cchc-plan done and cchc-plan post, or write the report anyway with --allow-empty (every due activity then shows no result)\n`,
    ));
    return 1;
  }

  const templatesDir = options.templates ? resolve(options.templates) + '/' : defaultTemplates();
  // Undated, a report is dated today; what is late is judged on the report's day (a month's: its end).
  const [y, m, d] = (options.date ?? dayjs().format('YYYY-MM-DD')).split('-').map(Number) as [number, number, number?];
  const date: ReportDate = { year: y, month: m, ...(d !== undefined && { day: d }) };
  const lastDay = d ?? new Date(Date.UTC(y, m, 0)).getUTCDate();
  const today = options.today ? new Date(`${options.today}T00:00:00Z`) : new Date(Date.UTC(y, m - 1, lastDay + 1));
  let files: [string, Uint8Array | string][];
  const stem = `${basename(loaded.file, extname(loaded.file))}-bao-cao-${period.slug}`;
  const outDir = resolve(options.out);
  try {
    const templates = await loadTemplates(templatesDir);
    const context = reportContext(plan, results, period, date, today);
    // A report cannot be dated before what it tells of: "đã thực hiện ngày 03/04" in a report of 31/03.
    const reportDay = `${y}-${String(m).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
    if (context.latest && context.latest.date > reportDay) {
      const dmy = (iso: string) => iso.split('-').reverse().join('/');
      const shown = d === undefined ? `${String(m).padStart(2, '0')}/${y}` : dmy(reportDay);
      process.stderr.write(`cchc-plan: ${say(
        `báo cáo ghi ngày ${shown} nhưng kể việc có ngày ${dmy(context.latest.date)}: ${context.latest.what}. Ngày báo cáo không được trước việc nó báo cáo: ghi --date từ ${context.latest.date} trở đi, hoặc bỏ --date để lấy ngày hôm nay. Không có tệp nào được ghi.`,
        `the report is dated ${shown} but tells of something dated ${dmy(context.latest.date)}: ${context.latest.what}. A report cannot be dated before what it reports: give --date ${context.latest.date} or later, or leave --date out for today. Nothing was written.`,
      )}\n`);
      return 1;
    }
    const model = composeReport(context, templates, { agency: agencyName(plan), date: new Date(Date.UTC(y, m - 1, d ?? 1)) });
    const { renderDocx } = await import('../writers/docx.js');
    files = [[join(outDir, `${stem}.docx`), renderDocx(model, options.referenceDoc && resolve(options.referenceDoc))], [join(outDir, `${stem}.md`), renderMarkdown(model)]];
  } catch (error) {
    const { ReferenceError } = await import('../writers/reference.js');
    if (error instanceof TemplateError || error instanceof ReferenceError) {
      process.stderr.write(`cchc-plan: ${error.message}\n`);
      return error instanceof TemplateError ? error.exit : 2;
    }
    throw error;
  }
  try {
    makeFolder(outDir);
    writeFilesAtomic(files);
  } catch (error) {
    const detail = error instanceof WriteError ? `${displayPath(error.file)}: ${systemError(error.code)}` : systemError(error);
    process.stderr.write(say(`cchc-plan: không ghi được báo cáo: ${detail}\n`, `cchc-plan: cannot write the report: ${detail}\n`));
    return 2;
  }
  process.stdout.write(files.map(([f]) => `${displayPath(f)}\n`).join(''));
  return 0;
}
