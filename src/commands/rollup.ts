// `cchc-plan rollup YEAR [--dir plans/units] [--results results/units] [--quarter N] [--format …] [--out FILE]`:
// the Department's overview of every unit's plan and record. Text, Markdown and JSON go to stdout; the .docx
// annex and the .xlsx to --out. Problems in a unit's files go to stderr with file and line and never stop
// the others. Exit 1 when a unit falls short, for CI.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Chalk } from 'chalk';
import dayjs from 'dayjs';
import { Findings } from '../diagnostics/finding.js';
import type { Lang } from '../diagnostics/messages.js';
import { renderReport, wantsColor } from '../diagnostics/report.js';
import { displayPath } from '../paths.js';
import { checkPlanFile } from '../plan/check.js';
import { planFile } from '../plan/files.js';
import type { Plan } from '../plan/types.generated.js';
import { quarter, wholeYear } from '../results/status.js';
import { rollup } from '../units/rollup.js';
import { rollupJson, rollupMarkdown, rollupText } from '../units/rollup-report.js';
import { makeFolder, writeAtomic } from '../writers/atomic.js';
import { isDay, isMonth, notADay, notAMonth, notAQuarter } from '../text/dates.js';
import { say, systemError } from '../i18n.js';

export interface RollupOptions {
  dir: string;
  results: string;
  built: string;
  units?: string;
  received?: string;
  quarter?: string;
  today?: string;
  format: 'text' | 'md' | 'json' | 'docx' | 'xlsx';
  out?: string;
  referenceDoc?: string;
  lang: Lang;
}

export async function rollupCommand(yearArg: string, options: RollupOptions): Promise<number> {
  if (!/^\d{4}$/.test(yearArg)) {
    process.stderr.write(say(`cchc-plan: '${yearArg}' không phải một năm; ghi như 2025\n`, `cchc-plan: '${yearArg}' is not a year; write it as 2025\n`));
    return 2;
  }
  const year = Number(yearArg);
  const q = Number(options.quarter);
  if (options.quarter !== undefined && !(Number.isInteger(q) && q >= 1 && q <= 4)) {
    process.stderr.write(notAQuarter(options.quarter!));
    return 2;
  }
  if (options.today !== undefined && !isDay(options.today)) {
    process.stderr.write(notADay('--today', options.today, '2025-04-10'));
    return 2;
  }
  const dir = resolve(options.dir);
  if (!existsSync(dir) && !options.units) {
    process.stderr.write(say(
      `cchc-plan: không có thư mục kế hoạch đơn vị ${displayPath(dir)}; lập bằng cchc-plan derive ${year} --units plans/units.yaml\n`,
      `cchc-plan: no folder ${displayPath(dir)} of unit plans; write them with cchc-plan derive ${year} --units plans/units.yaml\n`,
    ));
    return 2;
  }
  if (options.received !== undefined && !existsSync(resolve(options.received))) {
    process.stderr.write(say(
      `cchc-plan: không có thư mục văn bản đơn vị gửi về ${displayPath(resolve(options.received))}; mỗi đơn vị một thư mục con theo mã đơn vị (${options.received}/longhung/ke-hoach.docx)\n`,
      `cchc-plan: no folder ${displayPath(resolve(options.received))} of documents the units sent; one subfolder per unit key (${options.received}/longhung/plan.docx)\n`,
    ));
    return 2;
  }
  const findings = new Findings();
  const sources = new Map<string, string>();
  let listed: { key: string; name: string }[] | undefined;
  if (options.units) {
    const { readUnitsFile } = await import('../units/read.js');
    const file = resolve(options.units);
    const read = readUnitsFile(file, findings);
    if (read.text !== undefined) sources.set(file, read.text);
    if (!read.file) {
      process.stderr.write(renderReport(findings, { format: 'text', lang: options.lang, color: wantsColor(process.stderr), sources, files: [file] }));
      return 2;
    }
    listed = read.file.units.map((u) => ({ key: u.key, name: u.name }));
  }

  const today = options.today ? new Date(`${options.today}T00:00:00Z`) : new Date();
  const period = options.quarter !== undefined ? quarter(year, q) : wholeYear(year);
  const bar = process.stderr.isTTY && !process.env.CI ? (await import('../batch/run.js')).progressBar(process.stderr, (key) => key) : undefined;
  const result = await rollup({ year, period, today, dir, results: resolve(options.results), built: resolve(options.built), listed, ...(options.received !== undefined && { received: resolve(options.received) }), lang: options.lang }, bar);
  for (const f of result.findings.list) findings.add(f);
  for (const [file, text] of result.sources) sources.set(file, text);
  if (findings.list.length > 0) {
    const files = [...new Set(findings.list.map((f) => f.file))];
    process.stderr.write(renderReport(findings, { format: 'text', lang: options.lang, color: wantsColor(process.stderr), sources, files }));
  }
  const short = result.units.some((u) => u.shortfalls.length > 0) ? 1 : 0;

  if (options.format === 'docx' || options.format === 'xlsx') {
    // The period in the name: the overview of quý I and of quý II are two files.
    const out = resolve(options.out ?? join('out', `rollup-${year}${period.key === 'year' ? '' : `-${period.key}`}.${options.format}`));
    let bytes: Uint8Array;
    if (options.format === 'docx') {
      const { rollupDocx } = await import('../units/rollup-files.js');
      bytes = rollupDocx(result, period, await department(yearArg), options.referenceDoc && resolve(options.referenceDoc));
    } else {
      const { rollupXlsx } = await import('../units/rollup-files.js');
      bytes = await rollupXlsx(result, period);
    }
    try {
      makeFolder(dirname(out));
      writeAtomic(out, bytes);
    } catch (error) {
      process.stderr.write(say(`cchc-plan: không ghi được ${displayPath(out)}: ${systemError(error)}\n`, `cchc-plan: cannot write ${displayPath(out)}: ${systemError(error)}\n`));
      return 2;
    }
    process.stdout.write(`${displayPath(out)}\n`);
    return short;
  }
  if (options.format === 'json') {
    const json = rollupJson(result, period, dayjs(today).format('YYYY-MM-DD'), { dir, results: resolve(options.results), built: resolve(options.built) });
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else if (options.format === 'md') {
    process.stdout.write(rollupMarkdown(result, period, dir));
  } else {
    const c = new Chalk({ level: wantsColor(process.stdout) ? 1 : 0 });
    process.stdout.write(rollupText(result, period, dir, { bad: c.red, good: (s) => s, bold: c.bold }));
  }
  return short;
}

/** The Department's code and name for the annex's "(Kèm theo Báo cáo số …/BC-SGDĐT …)", from plans/YEAR.yaml. */
async function department(year: string): Promise<{ code?: string; name?: string }> {
  const file = planFile(year);
  if (!existsSync(file)) return {};
  const checked = await checkPlanFile(file, new Findings());
  const header = (checked.source?.data as Partial<Plan> | undefined)?.header;
  return header && typeof header === 'object' ? { code: header.code, name: header.name } : {};
}
