// `cchc-plan done YEAR ROW …` and `cchc-plan post YEAR --unit KEY …`: one entry added to results/YEAR.yaml,
// every other line of the file kept as it was; refused (the file untouched) if the record would not
// validate afterwards.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import dayjs from 'dayjs';
import { Findings } from '../diagnostics/finding.js';
import type { Lang } from '../diagnostics/messages.js';
import { reportToStderr } from '../diagnostics/report.js';
import { displayPath } from '../paths.js';
import { schemaFrom } from '../plan/plan-yaml.js';
import { paddedKey } from '../text/characters.js';
import { closestAll } from '../text/closest.js';
import { checkResultsBytes, rowMonths } from '../results/check.js';
import { appendEntry, newRecord } from '../results/edit.js';
import { loadRecord } from '../results/load.js';
import { makeFolder, writeAtomic, WriteError, writeTarget } from '../writers/atomic.js';
import { LockError, withLock } from '../writers/lock.js';
import { isDay, notADay } from '../text/dates.js';
import { say, systemError } from '../i18n.js';

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


export async function done(year: string, typed: string, options: DoneOptions): Promise<number> {
  const loaded = await loadRecord(year, options.lang);
  if (typeof loaded === 'number') return loaded;
  const months = rowMonths(loaded.plan);
  // A row pasted with an invisible space around it is the row: the record gets the bare reference.
  const row = paddedKey(typed, (bare) => months.has(bare))?.bare ?? typed;
  if (!months.has(row)) {
    const near = closestAll(row, [...months.keys()], 3);
    process.stderr.write(say(
      `cchc-plan: ${displayPath(loaded.planFile)} không có dòng '${row}'; gần nhất: ${near.join(', ')}. cchc-plan status ${year} liệt kê mọi dòng.\n`,
      `cchc-plan: ${displayPath(loaded.planFile)} has no row '${row}'; the closest: ${near.join(', ')}. cchc-plan status ${year} lists every row.\n`,
    ));
    return 2;
  }
  const planned = months.get(row)!;
  let month = options.month === undefined ? undefined : Number(options.month);
  if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) {
    process.stderr.write(say(`cchc-plan: --month '${options.month}' không phải một tháng (1–12)\n`, `cchc-plan: --month '${options.month}' is not a month (1–12)\n`));
    return 2;
  }
  if (month === undefined && planned.length > 1) {
    process.stderr.write(say(
      `cchc-plan: dòng '${row}' có kế hoạch vào các tháng ${planned.join(', ')}; chọn tháng bằng --month\n`,
      `cchc-plan: row '${row}' is planned for months ${planned.join(', ')}; say which with --month\n`,
    ));
    return 2;
  }
  if (month === undefined && planned.length === 1) month = planned[0];
  if (options.notDone === undefined && options.date !== undefined && !isDay(options.date)) {
    process.stderr.write(notADay('--date', options.date, '2025-01-20'));
    return 2;
  }
  const entry = {
    row,
    ...(month !== undefined && { month }),
    ...(options.notDone !== undefined ? { not_done: options.notDone } : { done: options.date ?? dayjs().format('YYYY-MM-DD') }),
    ...(options.evidence !== undefined && { evidence: options.evidence }),
    ...(options.note !== undefined && { note: options.note }),
  };
  const which = `${row}${month ? say(` tháng ${month}`, ` month ${month}`) : ''}`;
  const what = options.notDone !== undefined
    ? say(`${which}: không thực hiện — ${options.notDone}`, `${which}: not done — ${options.notDone}`)
    : say(`${which}: đã thực hiện ngày ${(entry as { done: string }).done}`, `${which}: done on ${(entry as { done: string }).done}`);
  return write(loaded.file, year, 'activities', entry, what, options.lang);
}

export async function post(year: string, options: PostOptions): Promise<number> {
  const loaded = await loadRecord(year, options.lang);
  if (typeof loaded === 'number') return loaded;
  const { units } = loaded.plan;
  options = { ...options, unit: paddedKey(options.unit, (bare) => units?.[bare] !== undefined)?.bare ?? options.unit };
  if (options.date !== undefined && !isDay(options.date)) {
    process.stderr.write(notADay('--date', options.date, '2025-01-20'));
    return 2;
  }
  const entry = { unit: options.unit, date: options.date ?? dayjs().format('YYYY-MM-DD'), title: options.title, url: options.url };
  return write(loaded.file, year, 'posts', entry, `${options.unit}: ${options.title} (${entry.date})`, options.lang);
}

async function write(file: string, year: string, key: 'activities' | 'posts', entry: Record<string, unknown>, what: string, lang: Lang): Promise<number> {
  const schema = schemaFrom(dirname(resolve(file)), 'results.schema.json');
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
        process.stderr.write(say(
          `cchc-plan: ${displayPath(file)}: cchc-plan không thêm được vào danh sách '${key}' (danh sách viết trên một dòng [ … ], hoặc không phải danh sách); hãy thêm mục bằng tay. Tệp được giữ nguyên.\n`,
          `cchc-plan: ${displayPath(file)}: the '${key}' list is not one cchc-plan can add to (a one-line [ … ] list, or not a list); add the entry by hand. The file was left as it is.\n`,
        ));
        return 1;
      }
      const findings = new Findings();
      const checked = await checkResultsBytes(file, new TextEncoder().encode(edited), findings);
      if (!checked.results) {
        // The findings' lines are those of the record as it would be with the entry: say which lines are
        // the new entry, since the file on disk does not have them.
        const added = addedLines(original, edited);
        reportToStderr(findings, file, checked.text, lang);
        process.stderr.write(say(
          `cchc-plan: mục mới (dòng ${added} ở trên, chưa có trong tệp) làm tệp kết quả không hợp lệ; ${exists ? 'tệp được giữ nguyên' : 'không ghi gì'}\n`,
          `cchc-plan: the new entry (line ${added} above, not in the file) would make the record invalid; ${exists ? 'the file was left as it is' : 'nothing was written'}\n`,
        ));
        return 1;
      }
      assertHeld();
      writeAtomic(target, edited);
      process.stdout.write(`${displayPath(file)}: ${what}\n`);
      return 0;
    });
  } catch (error) {
    if (error instanceof LockError && error.code === 'busy') {
      process.stderr.write(say(
        `cchc-plan: ${displayPath(file)} đang được một lệnh khác ghi và vẫn bị khóa sau 15 giây; chưa ghi gì. Hãy chạy lại sau ít phút.\n`,
        `cchc-plan: ${displayPath(file)} is being written by another command, and was still locked after 15 s; nothing was written. Try again in a moment.\n`,
      ));
      return 2;
    }
    if (error instanceof LockError || error instanceof WriteError) {
      process.stderr.write(say(`cchc-plan: không ghi được ${displayPath(file)}: ${systemError(error.code)}\n`, `cchc-plan: cannot write ${displayPath(file)}: ${systemError(error.code)}\n`));
      return 2;
    }
    throw error;
  }
}

/** The lines of `edited` that `original` does not have, as "12" or "12–15": where the new entry sits. */
function addedLines(original: string, edited: string): string {
  const a = original.split('\n');
  const b = edited.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = b.length - 1;
  for (let i = a.length - 1; i >= start && end >= start && a[i] === b[end]; i--) end--;
  return end > start ? `${start + 1}–${end + 1}` : `${start + 1}`;
}
