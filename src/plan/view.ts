// One view of the plan: what the templates, diff, the schedule and the rules each need from the raw
// data (one-line text, month lists, the issue date, part numbers, unit cells, the archive line), worked
// out here once, so that all of them read a plan the same way.
import { letter, roman } from '../doc/numbering.js';
import { fillProse, parseProse } from './prose.js';
import { periodOf, UNIT_KEY, type ProseContext } from './references.js';
import type { BodyTable, Paragraphs, Plan, Section } from './types.generated.js';

/** Text as one line: runs of white space (line breaks of folded blocks among them) as one space. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A prose field with its references filled in, as one line. */
export const proseLine = (text: string, ctx: ProseContext) => oneLine(fillProse(text, ctx));

/** An entry of a paragraph field: a paragraph, or a table the author put where a paragraph could be. */
export type Paragraph = string | BodyTable;

/** A paragraph field as the list of its entries. */
export const paragraphList = (value: Paragraphs | undefined): Paragraph[] => (value === undefined ? [] : typeof value === 'string' ? [value] : value);

/** An entry's words: a paragraph's text, a table's title, headings and cells. */
export const paragraphText = (p: Paragraph): string =>
  typeof p === 'string' ? p : [p.table.title ?? '', ...p.table.columns, ...p.table.rows.flat()].join(' ');

/** A month cell (3, or [3, 9]) as a list. */
export const months = (m: number | number[] | undefined): number[] => (m === undefined ? [] : Array.isArray(m) ? m : [m]);

/**
 * The year a row states: its own, else its table's, else its appendix's (a plan over several years says
 * which of them); undefined when it only follows the plan's first year.
 */
export const statedYear = (...levels: ({ year?: number } | undefined)[]) => levels.find((l) => l?.year !== undefined)?.year;

/** The year a row's months are in: the year it states, else the plan's first year. */
export const rowYear = (plan: Pick<Plan, 'period'>, ...levels: ({ year?: number } | undefined)[]): number =>
  statedYear(...levels) ?? periodOf(plan).from;

/** A numbered part of the body at any depth: a section (I.), a part (1.) or a point (a)). */
export type PlanNode = Partial<Pick<Section, 'title' | 'text' | 'items' | 'closing'>> & { id?: string; parts?: PlanNode[] };

/** "I.", "1." or "a)": the label of the part at `index` (0-based) on `level` (1 = section). */
export function partNumber(level: number, index: number): string {
  return level === 1 ? `${roman(index + 1)}.` : level === 2 ? `${index + 1}.` : `${letter(index)})`;
}

/** A field of one line or a list of lines (the header's agency lines), as its lines. */
export const lineList = (value: string | string[] | undefined): string[] => [value ?? []].flat().map(oneLine);

/** The parent agency's lines (none for a People's Committee) and the issuing agency's, as written. */
export function headerLines(plan: Pick<Plan, 'header'>): { parent: string[]; agency: string[] } {
  return { parent: lineList(plan.header.parent), agency: lineList(plan.header.agency) };
}

/** The issuing agency on one line: "TRƯỜNG THPT CHUYÊN NGUYỄN THỊ MINH KHAI". */
export const agencyName = (plan: Pick<Plan, 'header'>) => lineList(plan.header.agency).join(' ');

/** The header date as written: 2025-01-05, 2025-01 (no day yet) or 2025 (no month yet). */
export function dateParts(plan: Pick<Plan, 'header'>): { year: number; month?: number; day?: number } {
  const [year, month, day] = String(plan.header.date).split('-').map(Number) as [number, number?, number?];
  return { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
}

/** The day the plan is dated: its header date, with a missing day or month taken as the first. */
export function issueDate(plan: Pick<Plan, 'header'>): Date {
  const { year, month, day } = dateParts(plan);
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

/** The places of "Lưu: VT, TCCB.", as written (the punctuation is the template's). */
export function archiveLine(plan: Pick<Plan, 'archive'>): string {
  return oneLine([plan.archive].flat().join(', '));
}

/** A table cell that names units: a key, a list joined with ", ", or text with references. */
export interface UnitCell {
  /** The unit keys it names, as keys or as {{units.key}} references. */
  keys: string[];
  /** As printed: short names, first letter capitalised. */
  text: string;
}

export function unitCell(value: string | string[] | undefined, ctx: ProseContext): UnitCell {
  const keys: string[] = [];
  const parts = [value ?? []].flat().map((v) => {
    if (UNIT_KEY.test(v) && ctx.units[v]) {
      keys.push(v);
      return ctx.units[v]!.short;
    }
    const parsed = parseProse(v);
    if (parsed.ok) for (const r of parsed.references) if (r.path.startsWith('units.')) keys.push(r.path.split('.')[1]!);
    return proseLine(v, ctx);
  });
  const text = parts.join(', ');
  return { keys: [...new Set(keys)], text: text.charAt(0).toUpperCase() + text.slice(1) };
}
