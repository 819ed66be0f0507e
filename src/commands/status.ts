// `cchc-plan status YEAR [--month YYYY-MM | --quarter N] [--unit KEY]`: what was due up to the end of the
// period and whether it was done, is late or is coming; each unit's articles against the monthly target.
// Exit 1 when something is late, so it can run in CI as a reminder.
import { Chalk } from 'chalk';
import dayjs from 'dayjs';
import type { Lang } from '../diagnostics/messages.js';
import { wantsColor } from '../diagnostics/report.js';
import { displayPath } from '../paths.js';
import { periodOf } from '../plan/references.js';
import { loadRecord } from '../results/load.js';
import { activityStatuses, oneMonth, postCounts, quarter, wholeYear, type Period, type State } from '../results/status.js';
import { unknownUnit } from './units.js';
import { widest } from '../text/widest.js';
import { isDay, isMonth, notADay, notAMonth, notAQuarter } from '../text/dates.js';

export interface StatusOptions {
  month?: string;
  quarter?: string;
  unit?: string;
  today?: string;
  format: 'text' | 'json';
  lang: Lang;
}

const STATE_VI: Record<State, string> = { done: 'đã làm', 'not-done': 'không làm', late: 'trễ hạn', coming: 'sắp tới' };

/** The period asked for, or up to the current month of the plan's year. */
export function periodFrom(year: number, options: { month?: string; quarter?: string }, today: Date): Period | string {
  if (options.month !== undefined && options.quarter !== undefined) return 'give --month or --quarter, not both';
  if (options.quarter !== undefined) {
    const q = Number(options.quarter);
    return Number.isInteger(q) && q >= 1 && q <= 4 ? quarter(year, q) : notAQuarter(options.quarter);
  }
  if (options.month !== undefined) {
    const m = /^(\d{4})-(\d{2})$/.exec(options.month);
    if (!m || !isMonth(options.month)) return notAMonth('--month', options.month, `${year}-03`);
    return oneMonth(Number(m[1]), Number(m[2]));
  }
  return today.getUTCFullYear() === year ? oneMonth(year, today.getUTCMonth() + 1) : wholeYear(year);
}

export async function status(arg: string, options: StatusOptions): Promise<number> {
  if (options.today !== undefined && !isDay(options.today)) {
    process.stderr.write(notADay('--today', options.today, '2025-04-10'));
    return 2;
  }
  const loaded = await loadRecord(arg, options.lang);
  if (typeof loaded === 'number') return loaded;
  const { plan, results } = loaded;
  if (options.unit && !plan.units?.[options.unit]) return unknownUnit(options.unit, plan);
  const today = options.today ? new Date(`${options.today}T00:00:00Z`) : new Date();
  const year = periodOf(plan).from;
  const period = periodFrom(year, options, today);
  if (typeof period === 'string') {
    process.stderr.write(period);
    return 2;
  }
  const activities = activityStatuses(plan, results, { to: { year: period.year, month: period.to }, today, unit: options.unit });
  const posts = postCounts(plan, results, period, options.unit);
  const count = (s: State) => activities.filter((a) => a.state === s).length;
  const summary = { done: count('done'), notDone: count('not-done'), late: count('late'), coming: count('coming') };
  const month = (m: number) => `${period.year}-${String(m).padStart(2, '0')}`;

  if (options.format === 'json') {
    const json = {
      version: 1,
      plan: displayPath(loaded.planFile),
      record: loaded.exists ? displayPath(loaded.file) : null,
      period: { label: period.label, from: month(period.from), to: month(period.to) },
      today: dayjs(today).format('YYYY-MM-DD'),
      ...(options.unit && { unit: options.unit }),
      summary,
      activities: activities.map(({ duty: _, ...a }) => a),
      posts: {
        target: posts.target ?? null,
        months: Array.from({ length: period.to - period.from + 1 }, (_, i) => month(period.from + i)),
        units: posts.units,
      },
    };
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    return summary.late > 0 ? 1 : 0;
  }

  const c = new Chalk({ level: wantsColor(process.stdout) ? 1 : 0 });
  const paint: Record<State, (s: string) => string> = { done: c.green, 'not-done': c.yellow, late: c.red.bold, coming: c.cyan };
  const out = [c.bold(`Tình hình thực hiện đến hết ${period.label}`) + ` — ${displayPath(loaded.planFile)}${loaded.exists ? `, ${displayPath(loaded.file)}` : ' (chưa có kết quả nào được ghi)'}`, ''];
  const width = widest(activities, 0, (a) => a.ref.length);
  let last = '';
  for (const a of activities) {
    const heading = `Tháng ${a.month}/${a.year}`;
    if (heading !== last) out.push(c.bold(heading));
    last = heading;
    const detail = a.state === 'done' ? `${dayjs(a.done).format('DD/MM/YYYY')}${a.evidence ? ` · ${a.evidence}` : ''}` : a.state === 'not-done' ? (a.reason ?? '') : '';
    out.push(`  ${paint[a.state](STATE_VI[a.state].padEnd(9))} ${a.ref.padEnd(width)}  ${a.lead}: ${a.content}${detail ? `\n  ${' '.repeat(9)} ${' '.repeat(width)}  ${c.dim(detail)}` : ''}`);
  }
  if (activities.length === 0) out.push('Không có hoạt động nào đến hạn.');
  out.push('', `Đã làm ${summary.done} · không làm ${summary.notDone} · trễ hạn ${summary.late} · sắp tới ${summary.coming}`);
  if (posts.units.length > 0 || posts.target) {
    out.push('', c.bold(`Tin, bài ${period.label}${posts.target ? ` (chỉ tiêu ${posts.target.text})` : ''}`));
    const months = Array.from({ length: period.to - period.from + 1 }, (_, i) => `T${period.from + i}`);
    const nameWidth = widest(posts.units, 8, (u) => u.name.length);
    out.push(`  ${''.padEnd(nameWidth)}  ${months.map((m) => m.padStart(3)).join(' ')}  cộng`);
    for (const u of posts.units) {
      const cells = u.counts.map((n) => (posts.target && n < posts.target.perMonth ? c.red(String(n).padStart(3)) : String(n).padStart(3)));
      out.push(`  ${u.name.padEnd(nameWidth)}  ${cells.join(' ')}  ${String(u.total).padStart(4)}${u.met === false ? c.red('  chưa đạt') : u.met ? c.green('  đạt') : ''}`);
    }
    if (posts.units.length === 0) out.push('  (chưa ghi tin, bài nào: cchc-plan post)');
  }
  process.stdout.write(out.join('\n') + '\n');
  return summary.late > 0 ? 1 : 0;
}
