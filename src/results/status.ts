// Where the year stands: each planned activity up to a period's end as done, not done (with its reason),
// late (its month is over and nothing is recorded) or coming, and each unit's articles per month against
// the plan's monthly target. status prints it; report writes it up.
import { roman } from '../doc/numbering.js';
import { formatTarget } from '../plan/references.js';
import type { Plan } from '../plan/types.generated.js';
import { involves, planDuties, type Duty } from '../schedule/duties.js';
import type { Entry, Results } from './types.generated.js';

export type State = 'done' | 'not-done' | 'late' | 'coming';

export interface ActivityStatus {
  ref: string;
  year: number;
  month: number;
  content: string;
  lead: string;
  table: string;
  state: State;
  done?: string;
  evidence?: string;
  note?: string;
  reason?: string;
  duty: Duty;
}

/** A reporting period: a quarter, the first half, a month, or the whole year. */
export interface Period {
  key: 'q1' | 'q2' | 'q3' | 'q4' | 'h1' | 'year' | 'month';
  year: number;
  from: number;
  to: number;
  /** "quý I năm 2025", "6 tháng đầu năm 2025", "năm 2025", "tháng 3 năm 2025" */
  label: string;
  /** For file names: "quy-1", "6-thang", "nam", "thang-03". */
  slug: string;
}

export function quarter(year: number, n: number): Period {
  return { key: `q${n}` as Period['key'], year, from: n * 3 - 2, to: n * 3, label: `quý ${roman(n)} năm ${year}`, slug: `quy-${n}` };
}
export const firstHalf = (year: number): Period => ({ key: 'h1', year, from: 1, to: 6, label: `6 tháng đầu năm ${year}`, slug: '6-thang' });
export const wholeYear = (year: number): Period => ({ key: 'year', year, from: 1, to: 12, label: `năm ${year}`, slug: 'nam' });
export const oneMonth = (year: number, month: number): Period => ({ key: 'month', year, from: month, to: month, label: `tháng ${month} năm ${year}`, slug: `thang-${String(month).padStart(2, '0')}` });

/** The period after this one, for "Phương hướng, nhiệm vụ kỳ tiếp theo": its activities come from the plan. */
export function nextPeriod(p: Period): Period {
  if (p.key.startsWith('q')) return Number(p.key[1]) < 4 ? quarter(p.year, Number(p.key[1]) + 1) : quarter(p.year + 1, 1);
  if (p.key === 'h1') return { key: 'year', year: p.year, from: 7, to: 12, label: `6 tháng cuối năm ${p.year}`, slug: '6-thang-cuoi' };
  if (p.key === 'month') return p.to < 12 ? oneMonth(p.year, p.to + 1) : oneMonth(p.year + 1, 1);
  return wholeYear(p.year + 1);
}

const monthIndex = (year: number, month: number) => year * 12 + month - 1;

/** The record's entry for a duty: by row and month, or by row alone when the row has one month. */
function entryFor(duty: Duty, entries: Entry[], months: Map<string, number>): Entry | undefined {
  return entries.find((e) => e.row === duty.ref && (e.month === duty.month || (e.month === undefined && months.get(duty.ref) === 1)));
}

export interface StatusOptions {
  /** Activities from this month (inclusive; default the first of the plan)… */
  from?: { year: number; month: number };
  /** …to this one (inclusive). */
  to: { year: number; month: number };
  today: Date;
  unit?: string;
}

export function activityStatuses(plan: Plan, results: Results, options: StatusOptions): ActivityStatus[] {
  const { duties } = planDuties(plan);
  const months = new Map<string, number>();
  for (const d of duties) months.set(d.ref, (months.get(d.ref) ?? 0) + 1);
  const entries = results.activities ?? [];
  const todayIndex = monthIndex(options.today.getUTCFullYear(), options.today.getUTCMonth() + 1);
  const from = options.from ? monthIndex(options.from.year, options.from.month) : -Infinity;
  const to = monthIndex(options.to.year, options.to.month);
  return duties
    .filter((d) => monthIndex(d.year, d.month) >= from && monthIndex(d.year, d.month) <= to)
    .filter((d) => !options.unit || involves(d, options.unit))
    .map((duty) => {
      const entry = entryFor(duty, entries, months);
      const state: State = entry?.done !== undefined ? 'done' : entry?.not_done !== undefined ? 'not-done' : monthIndex(duty.year, duty.month) < todayIndex ? 'late' : 'coming';
      return {
        ref: duty.ref, year: duty.year, month: duty.month, content: duty.content, lead: duty.lead.text, table: duty.table, state, duty,
        ...(entry?.done !== undefined && { done: entry.done }),
        ...(entry?.evidence !== undefined && { evidence: entry.evidence }),
        ...(entry?.note !== undefined && { note: entry.note }),
        ...(entry?.not_done !== undefined && { reason: entry.not_done }),
      };
    });
}

export interface PostTarget {
  key: string;
  perMonth: number;
  text: string;
}

/** The plan's monthly articles target ("01 tin, bài/tháng"), when it has one. */
export function postTarget(plan: Plan): PostTarget | undefined {
  for (const [key, target] of Object.entries(plan.targets ?? {})) {
    const text = formatTarget(target);
    const m = /(\d+)\s*tin(?:,?\s*bài)?\s*\/\s*tháng/iu.exec(text);
    if (m) return { key, perMonth: Number(m[1]), text };
  }
  return undefined;
}

export interface UnitPosts {
  key: string;
  name: string;
  counts: number[];
  total: number;
  /** Every month of the period reached the target (undefined when the plan has none). */
  met?: boolean;
}

/** Articles per unit and month of the period: every unit that posted in the year, in the plan's order. */
export function postCounts(plan: Plan, results: Results, period: Period, unit?: string): { target?: PostTarget; units: UnitPosts[] } {
  const target = postTarget(plan);
  const posts = results.posts ?? [];
  const keys = Object.keys(plan.units ?? {}).filter((k) => posts.some((p) => p.unit === k && Number(p.date.slice(0, 4)) === period.year) && (!unit || k === unit));
  const units = keys.map((key) => {
    const counts: number[] = [];
    for (let m = period.from; m <= period.to; m++) counts.push(posts.filter((p) => p.unit === key && p.date.startsWith(`${period.year}-${String(m).padStart(2, '0')}`)).length);
    const u = plan.units![key]!;
    const name = typeof u === 'string' ? u : (u.short ?? u.name);
    return { key, name, counts, total: counts.reduce((a, b) => a + b, 0), ...(target && { met: counts.every((c) => c >= target.perMonth) }) };
  });
  return { ...(target && { target }), units };
}
