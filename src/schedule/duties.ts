// What the plan asks each unit to do, month by month: one Duty per scheduled row and month of the
// assignment tables and the rota. Rows timed only in words ("Cả năm") cannot be put on a calendar.
import { createHash } from 'node:crypto';
import { roman } from '../doc/numbering.js';
import { periodOf, proseContext } from '../plan/references.js';
import type { Plan } from '../plan/types.generated.js';
import { headerLines, months, proseLine, rowYear, unitCell, type UnitCell } from '../plan/view.js';

export interface Duty {
  /** Stable across runs and across edits of the row's wording, so a calendar re-import updates. */
  uid: string;
  /** The row, as a results record names it: its id, or where it is (a1t1r3: appendix 1, table 1, row 3). */
  ref: string;
  year: number;
  month: number;
  kind: 'assignments' | 'rota';
  /** The table's title, as printed. */
  table: string;
  content: string;
  form?: string;
  lead: UnitCell;
  with?: UnitCell;
}

export interface Unscheduled {
  ref: string;
  lead: UnitCell;
  table: string;
  content: string;
  when: string;
}

/** ASCII for identifiers: "SGDĐT" → "sgddt". */
function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function planDuties(plan: Plan): { duties: Duty[]; unscheduled: Unscheduled[] } {
  const ctx = proseContext(plan);
  // The UID keeps the plan's first year, as it always had, whatever year a row is in: one row, one UID per month.
  const year = periodOf(plan).from;
  // The agency in the UID keeps two Departments' calendars apart though both use the code "SGDĐT".
  // The lines joined as the old single-line fields were, so existing calendars keep their UIDs.
  const { parent, agency: name } = headerLines(plan);
  const agency = createHash('sha256').update(`${parent.join(' ') || undefined}\n${name.join(' ')}`).digest('hex').slice(0, 8);
  const uid = (where: string, row: { id?: string }, index: number, month: number) =>
    `${slug(plan.header.code)}-${agency}-${year}-${where}-${row.id ? slug(row.id) : `r${index + 1}`}-m${String(month).padStart(2, '0')}@cchc-plan`;
  const duties: Duty[] = [];
  const unscheduled: Unscheduled[] = [];
  (plan.appendices ?? []).forEach((appendix, a) => {
    appendix.tables.forEach((table, t) => {
      const where = `a${a + 1}t${t + 1}`;
      const title = proseLine(table.title ?? appendix.title, ctx); // an untitled table goes by its appendix's title
      if (table.kind === 'table') return;
      const ref = (row: { id?: string }, r: number) => row.id ?? `${where}r${r + 1}`;
      if (table.kind === 'rota') {
        table.rows.forEach((row, r) => {
          const task = row.task ?? table.task;
          const content = task === undefined ? `Viết tin, bài đăng chuyên trang CCHC trong quý ${roman(row.quarter)}` : proseLine(task, { ...ctx, quarter: roman(row.quarter) });
          for (const month of months(row.months)) {
            duties.push({ uid: uid(where, row, r, month), ref: ref(row, r), year: rowYear(plan, row, table, appendix), month, kind: 'rota', table: title, content, lead: unitCell(row.lead, ctx), ...(row.with !== undefined && { with: unitCell(row.with, ctx) }) });
          }
        });
        return;
      }
      table.rows.forEach((row, r) => {
        const content = proseLine(row.content, ctx);
        if (row.month === undefined) {
          unscheduled.push({ ref: ref(row, r), lead: unitCell(row.lead, ctx), table: title, content, when: proseLine(row.when ?? '', ctx) });
          return;
        }
        for (const month of months(row.month)) {
          duties.push({
            uid: uid(where, row, r, month), ref: ref(row, r), year: rowYear(plan, row, table, appendix), month, kind: 'assignments', table: title, content, form: proseLine(row.form, ctx),
            lead: unitCell(row.lead, ctx), ...(row.with !== undefined && { with: unitCell(row.with, ctx) }),
          });
        }
      });
    });
  });
  duties.sort((x, y) => x.year - y.year || x.month - y.month);
  return { duties, unscheduled };
}

export function involves(duty: Duty, key: string): 'lead' | 'with' | undefined {
  if (duty.lead.keys.includes(key)) return 'lead';
  if (duty.with?.keys.includes(key)) return 'with';
  return undefined;
}
