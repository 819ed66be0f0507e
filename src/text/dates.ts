// The dates a person types on the command line (--date, --today, --month): the shape YYYY-MM-DD or YYYY-MM,
// and a day the calendar has. 2025-02-30 has the shape and no day: it is refused, not rolled into March.
import { say } from '../i18n.js';

/** A day the calendar has, written YYYY-MM-DD. */
export function isDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A month written YYYY-MM. */
export function isMonth(text: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** The message for an option whose value is not a day (or a month), with an example of the right shape. */
export function notADay(option: string, value: string, example: string): string {
  const shape = /^\d{4}-\d{2}-\d{2}$/.test(value) || /^\d{4}-\d{2}$/.test(value);
  return shape
    ? say(`cchc-plan: ${option} '${value}' không phải ngày có trong lịch; ghi một ngày có thật, như ${example}\n`,
      `cchc-plan: ${option} '${value}' is not a day the calendar has; give a real one, such as ${example}\n`)
    : say(`cchc-plan: ${option} '${value}' không phải một ngày; ghi dạng ${example}\n`,
      `cchc-plan: ${option} '${value}' is not a date; write it as ${example}\n`);
}

export const notAMonth = (option: string, value: string, example: string) => say(
  `cchc-plan: ${option} '${value}' không phải một tháng; ghi dạng ${example}\n`,
  `cchc-plan: ${option} '${value}' is not a month; write it as ${example}\n`,
);

export const notAQuarter = (value: string) => say(
  `cchc-plan: --quarter '${value}' không phải quý 1, 2, 3 hoặc 4\n`,
  `cchc-plan: --quarter '${value}' is not 1, 2, 3 or 4\n`,
);
