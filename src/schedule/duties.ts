// What the plan asks each unit to do, month by month: one Duty per scheduled row and month of the
// assignment tables and the rota. Rows timed only in words ("Cả năm") cannot be put on a calendar.
import { createHash } from 'node:crypto';
import { months } from '../doc/context.js';
import { roman } from '../doc/numbering.js';
import { periodOf, proseContext, UNIT_KEY, type ProseContext } from '../plan/context.js';
import { fillProse, parseProse } from '../plan/prose.js';
import type { Plan } from '../plan/types.generated.js';

/** A cell naming units, with the unit keys it names (a key, or {{units.key}} inside text). */
export interface Units {
  keys: string[];
  text: string;
}

export interface Duty {
  /** Stable across runs and across edits of the row's wording, so a calendar re-import updates. */
  uid: string;
  year: number;
  month: number;
  kind: 'assignments' | 'rota';
  /** The table's title, as printed. */
  table: string;
  content: string;
  form?: string;
  lead: Units;
  with?: Units;
}

export interface Unscheduled {
  table: string;
  content: string;
  when: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function units(value: string | string[] | undefined, ctx: ProseContext): Units | undefined {
  if (value === undefined) return undefined;
  const keys: string[] = [];
  const parts = (typeof value === 'string' ? [value] : value).map((v) => {
    if (UNIT_KEY.test(v) && ctx.units[v]) {
      keys.push(v);
      return ctx.units[v]!.short;
    }
    const parsed = parseProse(v);
    if (parsed.ok) for (const r of parsed.references) if (r.path.startsWith('units.')) keys.push(r.path.split('.')[1]!);
    return squash(fillProse(v, ctx));
  });
  const text = parts.join(', ');
  return { keys: [...new Set(keys)], text: text.charAt(0).toUpperCase() + text.slice(1) };
}

/** ASCII for identifiers: "SGDĐT" → "sgddt". */
function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function planDuties(plan: Plan): { duties: Duty[]; unscheduled: Unscheduled[] } {
  const ctx = proseContext(plan);
  const year = periodOf(plan).from;
  // The agency in the UID keeps two Departments' calendars apart though both use the code "SGDĐT".
  const agency = createHash('sha256').update(`${plan.header.parent}\n${plan.header.agency}`).digest('hex').slice(0, 8);
  const uid = (where: string, row: { id?: string }, index: number, month: number) =>
    `${slug(plan.header.code)}-${agency}-${year}-${where}-${row.id ? slug(row.id) : `r${index + 1}`}-m${String(month).padStart(2, '0')}@cchc-plan`;
  const duties: Duty[] = [];
  const unscheduled: Unscheduled[] = [];
  (plan.appendices ?? []).forEach((appendix, a) => {
    appendix.tables.forEach((table, t) => {
      const where = `a${a + 1}t${t + 1}`;
      const title = squash(fillProse(table.title, ctx));
      if (table.kind === 'table') return;
      if (table.kind === 'rota') {
        table.rows.forEach((row, r) => {
          const task = row.task ?? table.task;
          const content = task === undefined ? `Viết tin, bài đăng chuyên trang CCHC trong quý ${roman(row.quarter)}` : squash(fillProse(task, { ...ctx, quarter: roman(row.quarter) }));
          for (const month of months(row.months)) {
            duties.push({ uid: uid(where, row, r, month), year, month, kind: 'rota', table: title, content, lead: units(row.lead, ctx)!, ...(row.with !== undefined && { with: units(row.with, ctx) }) });
          }
        });
        return;
      }
      table.rows.forEach((row, r) => {
        const content = squash(fillProse(row.content, ctx));
        if (row.month === undefined) {
          unscheduled.push({ table: title, content, when: squash(fillProse(row.when ?? '', ctx)) });
          return;
        }
        for (const month of months(row.month)) {
          duties.push({
            uid: uid(where, row, r, month), year, month, kind: 'assignments', table: title, content, form: squash(fillProse(row.form, ctx)),
            lead: units(row.lead, ctx)!, ...(row.with !== undefined && { with: units(row.with, ctx) }),
          });
        }
      });
    });
  });
  duties.sort((x, y) => x.month - y.month);
  return { duties, unscheduled };
}

export function involves(duty: Duty, key: string): 'lead' | 'with' | undefined {
  if (duty.lead.keys.includes(key)) return 'lead';
  if (duty.with?.keys.includes(key)) return 'with';
  return undefined;
}
