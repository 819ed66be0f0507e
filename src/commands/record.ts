// `cchc-plan done YEAR ROW …` and `cchc-plan post YEAR --unit KEY …`: one entry added to results/YEAR.yaml,
// every other line of the file kept as it was; refused (the file untouched) if the record would not
// validate afterwards.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import dayjs from 'dayjs';
import { Findings } from '../diagnostics/finding.js';
import type { Lang } from '../diagnostics/messages.js';
import { reportToStderr } from '../diagnostics/report.js';
import { displayPath, PACKAGE_ROOT } from '../paths.js';
import { paddedKey } from '../text/characters.js';
import { closestAll } from '../text/closest.js';
import { checkResultsBytes, rowMonths } from '../results/check.js';
import { appendEntry, newRecord } from '../results/edit.js';
import { loadRecord } from '../results/load.js';
import { makeFolder, writeAtomic, WriteError, writeTarget } from '../writers/atomic.js';
import { LockError, withLock } from '../writers/lock.js';

export interface DoneOptions {
  month?: string;
  date?: string;
  evidence?: string;
  note?: string;
  notDone?: string;
  lang: Lang;
}

export interface PostOptions {
  unit: string;
  title: string;
  url: string;
  date?: string;
  lang: Lang;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function done(year: string, typed: string, options: DoneOptions): Promise<number> {
  const loaded = await loadRecord(year, options.lang);
  if (typeof loaded === 'number') return loaded;
  const months = rowMonths(loaded.plan);
  // A row pasted with an invisible space around it is the row: the record gets the bare reference.
  const row = paddedKey(typed, (bare) => months.has(bare))?.bare ?? typed;
  if (!months.has(row)) {
    const near = closestAll(row, [...months.keys()], 3);
    process.stderr.write(`cchc-plan: ${displayPath(loaded.planFile)} has no row '${row}'; the closest: ${near.join(', ')}. cchc-plan status ${year} lists every row.\n`);
    return 2;
  }
  const planned = months.get(row)!;
  let month = options.month === undefined ? undefined : Number(options.month);
  if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) {
    process.stderr.write(`cchc-plan: --month '${options.month}' is not a month (1–12)\n`);
    return 2;
  }
  if (month === undefined && planned.length > 1) {
    process.stderr.write(`cchc-plan: row '${row}' is planned for months ${planned.join(', ')}; say which with --month\n`);
    return 2;
  }
  if (month === undefined && planned.length === 1) month = planned[0];
  if (options.notDone === undefined && options.date !== undefined && !DATE.test(options.date)) {
    process.stderr.write(`cchc-plan: --date '${options.date}' is not a date; write it as 2025-01-20\n`);
    return 2;
  }
  const entry = {
    row,
    ...(month !== undefined && { month }),
    ...(options.notDone !== undefined ? { not_done: options.notDone } : { done: options.date ?? dayjs().format('YYYY-MM-DD') }),
    ...(options.evidence !== undefined && { evidence: options.evidence }),
    ...(options.note !== undefined && { note: options.note }),
  };
  const what = options.notDone !== undefined ? `${row}${month ? ` tháng ${month}` : ''}: không thực hiện — ${options.notDone}` : `${row}${month ? ` tháng ${month}` : ''}: đã thực hiện ngày ${(entry as { done: string }).done}`;
  return write(loaded.file, year, 'activities', entry, what, options.lang);
}

export async function post(year: string, options: PostOptions): Promise<number> {
  const loaded = await loadRecord(year, options.lang);
  if (typeof loaded === 'number') return loaded;
  const { units } = loaded.plan;
  options = { ...options, unit: paddedKey(options.unit, (bare) => units?.[bare] !== undefined)?.bare ?? options.unit };
  if (options.date !== undefined && !DATE.test(options.date)) {
    process.stderr.write(`cchc-plan: --date '${options.date}' is not a date; write it as 2025-01-20\n`);
    return 2;
  }
  const entry = { unit: options.unit, date: options.date ?? dayjs().format('YYYY-MM-DD'), title: options.title, url: options.url };
  return write(loaded.file, year, 'posts', entry, `${options.unit}: ${options.title} (${entry.date})`, options.lang);
}

async function write(file: string, year: string, key: 'activities' | 'posts', entry: Record<string, unknown>, what: string, lang: Lang): Promise<number> {
  const schema = relative(dirname(resolve(file)), join(PACKAGE_ROOT, 'schemas', 'results.schema.json')).split('\\').join('/');
  try {
    makeFolder(dirname(writeTarget(file)));
    // Read, edit, check and write under the record's lock: another done or post may have added its entry
    // since the record was first read, and its entry must stay.
    return await withLock(file, async (target, assertHeld) => {
      const exists = existsSync(target);
      // The text as read, not as normalised for checking: the lines not edited stay byte for byte.
      const original = exists ? readFileSync(target, 'utf8') : newRecord(Number(year) || year, schema);
      const edited = appendEntry(original, key, entry);
      if (edited === undefined) {
        process.stderr.write(`cchc-plan: ${displayPath(file)}: the '${key}' list is not one cchc-plan can add to (a one-line [ … ] list, or not a list); add the entry by hand. The file was left as it is.\n`);
        return 1;
      }
      const findings = new Findings();
      const checked = await checkResultsBytes(file, new TextEncoder().encode(edited), findings);
      if (!checked.results) {
        reportToStderr(findings, file, checked.text, lang);
        process.stderr.write(`cchc-plan: the record would not be valid with this entry; ${exists ? 'the file was left as it is' : 'nothing was written'}\n`);
        return 1;
      }
      assertHeld();
      writeAtomic(target, edited);
      process.stdout.write(`${displayPath(file)}: ${what}\n`);
      return 0;
    });
  } catch (error) {
    if (error instanceof LockError && error.code === 'busy') {
      process.stderr.write(lang === 'en'
        ? `cchc-plan: ${displayPath(file)} is being written by another command, and was still locked after 15 s; nothing was written. Try again in a moment.\n`
        : `cchc-plan: ${displayPath(file)} đang được một lệnh khác ghi và vẫn bị khóa sau 15 giây; chưa ghi gì. Hãy chạy lại sau ít phút.\n`);
      return 2;
    }
    if (error instanceof LockError || error instanceof WriteError) {
      process.stderr.write(`cchc-plan: cannot write ${displayPath(file)}: ${error.code}\n`);
      return 2;
    }
    throw error;
  }
}
