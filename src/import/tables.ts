// Tables of the .docx as tables of the plan: a monthly assignment table (content, form, lead, cooperating,
// time) becomes kind: assignments with its units declared once, a quarterly rota becomes kind: rota, and
// any other table a free table with its headings.
import type { Assignment, AssignmentTable, FreeTable, Grid, RotaTable, RotaTurn } from '../plan/types.generated.js';
import { COLUMN_LABELS } from '../doc/template-context.js';
import type { Notes, PlanPath } from './notes.js';
import { clean, para, proseOf, romanValue } from './text.js';
import type { WTable } from './wordml.js';
import { widest } from '../text/widest.js';

/** A cell's paragraphs as one line of prose. */
function cellText(table: WTable, row: number, column: number): string {
  const cell = table.rows[row]?.[column];
  if (!cell) return '';
  // Headings are bold in every document and print bold anyway: their emphasis means nothing.
  const text = cell.paragraphs.map((p) => proseOf(para(p).runs, row > 0)).filter(Boolean).join(' ');
  return row > 0 ? text : text.replace(/\\([*\\{])/g, '$1');
}

/**
 * The table as a grid of strings, one entry per grid column. A cell merged down over several rows (a
 * unit that leads them all) gives its text to each row it covers, as a reader reads it; a cell merged
 * across columns keeps its text in its first column and leaves the others empty. The review list says so.
 */
export function gridRows(table: WTable, notes: Notes, path: PlanPath): string[][] {
  const rows: string[][] = [];
  let down = 0;
  let across = 0;
  let nested = false;
  table.rows.forEach((row, r) => {
    const out: string[] = [];
    row.forEach((cell, c) => {
      // The grid column the cell starts at: the spans before it in its row.
      out.push(cell.merged ? (rows[r - 1]?.[out.length] ?? '') : cellText(table, r, c));
      if (cell.merged) down++;
      for (let i = 1; i < cell.span; i++) out.push('');
      if (cell.span > 1) across++;
      nested ||= cell.nested;
    });
    rows.push(out);
  });
  if (down) notes.add(table, path, `Bảng có ô gộp dọc: chữ của ô gộp được ghi lại ở từng dòng nó trải qua (${down} ô).`, `The table has cells merged down: the merged cell's text was written in each row it covers (${down} cells).`);
  if (across) notes.add(table, path, `Bảng có ô gộp ngang (${across} ô): chữ ở cột đầu của ô, các cột sau để trống.`, `The table has cells merged across (${across}): the text is in the cell's first column, the others are empty.`);
  if (nested) notes.add(table, path, 'Bảng có bảng lồng bên trong: bảng lồng thành chữ trong ô.', 'The table holds a nested table: it became text in its cell.');
  return rows;
}

/** Relative column widths, or none when the columns are about equal. */
function widthsOf(table: WTable, columns: number): number[] | undefined {
  const w = table.widths.slice(0, columns);
  if (w.length !== columns || w.some((x) => !(x > 0))) return undefined;
  const total = w.reduce((a, b) => a + b, 0);
  const relative = w.map((x) => Math.max(1, Math.round((x / total) * 100)));
  return widest(relative, 0, Number) - relative.reduce((a, b) => Math.min(a, b)) <= 3 ? undefined : relative;
}

/** A free table or a body table: headings from the first row, the rest as rows. */
export function gridOf(table: WTable, title: string | undefined, notes: Notes, path: PlanPath, rows = gridRows(table, notes, path)): Grid | undefined {
  const width = widest(rows, 0, (r) => r.length);
  if (rows.length === 0 || width === 0) return undefined;
  const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')];
  const columns = pad(rows[0]!);
  let body = rows.slice(1).map(pad);
  if (body.length === 0) {
    body = [Array<string>(width).fill('')];
    notes.add(table, path, 'Bảng chỉ có một dòng: dòng đó thành tiêu đề cột, thêm một dòng trống.', 'The table has one row only: it became the headings, with an empty row added.');
  }
  const widths = widthsOf(table, width);
  return { ...(title && { title }), columns, ...(widths && { widths }), rows: body } as Grid;
}

// ---- units ----------------------------------------------------------------------------------------------

/** Units named in table cells, each declared once under a key made from its name. */
export class UnitRegistry {
  readonly units = new Map<string, string>();
  private readonly byName = new Map<string, string>();

  key(name: string, first: boolean): string {
    const folded = name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
    const known = this.byName.get(folded);
    if (known) {
      // Printed first in a cell, a name is capitalised anyway: keep the form it has elsewhere.
      if (!first) this.units.set(known, name);
      return known;
    }
    const base = unitKey(name);
    let key = base;
    for (let n = 2; this.units.has(key); n++) key = `${base}_${n}`;
    this.units.set(key, name);
    this.byName.set(folded, key);
    return key;
  }
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** "Phòng TCCB" → tccb, "Tổ UDCNTT-CĐS" → udcntt_cds, "Văn phòng" → vp, "Sở Nội vụ" → snv. */
export function unitKey(name: string): string {
  const words = name.split(/[\s,;()]+/).filter(Boolean);
  const acronyms = words.filter((w) => /^[A-ZĐ][A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/u.test(w)).slice(0, 2);
  const raw = acronyms.length ? acronyms.join('_') : words.filter((w) => /^\p{L}/u.test(w)).map((w) => w[0]).join('').slice(0, 8);
  const key = fold(raw).toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(key) ? key : `dv_${key || 'x'}`;
}

/** A lead or cooperating cell: unit keys, or prose with {{units.key}} where the cell uses ";" between them. */
function unitsCell(text: string, registry: UnitRegistry, single = false): string | string[] | undefined {
  const plain = clean(text);
  if (!plain) return undefined;
  if (/[*\\{]/.test(plain)) return plain;
  const pieces = plain.split(/(\s*[,;]\s+)/);
  const names = pieces.filter((_, i) => i % 2 === 0);
  const separators = pieces.filter((_, i) => i % 2 === 1);
  const keys = names.map((n, i) => registry.key(n, i === 0));
  if (keys.length === 1) return keys[0]!;
  if (!single && separators.every((s) => s === ', ')) return keys;
  return keys.map((k, i) => `{{units.${k}}}${separators[i] ?? ''}`).join('');
}

// ---- appendix tables ------------------------------------------------------------------------------------

const norm = (s: string) => clean(s.replace(/\*+/g, '')).toLocaleLowerCase('vi');
const IS = {
  number: (s: string) => /^(stt|tt|số tt|số thứ tự)$/.test(norm(s)),
  content: (s: string) => /nội dung/.test(norm(s)),
  form: (s: string) => /hình thức/.test(norm(s)),
  lead: (s: string) => /chủ trì|phụ trách/.test(norm(s)),
  with: (s: string) => /phối hợp/.test(norm(s)),
  when: (s: string) => /thời gian|thời hạn|thời điểm/.test(norm(s)),
  task: (s: string) => /nhiệm vụ|nội dung/.test(norm(s)),
};

const MONTHS = /^Tháng\s+(\d{1,2}(?:\s*(?:,|;|và)\s*\d{1,2})*)\s+năm\s+(\d{4})\.?$/iu;

function monthsOf(text: string): { months: number[]; year: number } | undefined {
  const m = MONTHS.exec(clean(text));
  if (!m) return undefined;
  const months = m[1]!.split(/\s*(?:,|;|và)\s*/).map(Number);
  return months.every((n) => n >= 1 && n <= 12) ? { months, year: Number(m[2]) } : undefined;
}

/** Headings the plan would print anyway are left out; others are kept as the table's own. */
function ownLabels<K extends string>(labels: Record<K, string>, found: Record<K, string>): Partial<Record<K, string>> | undefined {
  const own = Object.fromEntries(Object.entries(found).filter(([k, v]) => clean(v as string) !== labels[k as K])) as Partial<Record<K, string>>;
  return Object.keys(own).length ? own : undefined;
}

export type AppendixTable = AssignmentTable | RotaTable | FreeTable;

export function appendixTable(table: WTable, title: string | undefined, planYear: number, registry: UnitRegistry, notes: Notes, path: PlanPath): AppendixTable | undefined {
  const rows = gridRows(table, notes, path);
  if (rows.length < 2) {
    const grid = gridOf(table, title, notes, path, rows);
    return grid && { kind: 'table', ...grid };
  }
  const head = rows[0]!;
  const skipNumber = IS.number(head[0] ?? '') ? 1 : 0;
  const cols = head.slice(skipNumber);
  const body = rows.slice(1).map((r) => r.slice(skipNumber));
  if (cols.length === 5 && IS.content(cols[0]!) && IS.form(cols[1]!) && IS.lead(cols[2]!) && IS.with(cols[3]!) && IS.when(cols[4]!)) {
    const assignments = assignmentRows(body, planYear, registry);
    if (assignments) {
      if (skipNumber) notes.add(table, path, 'Cột STT được bỏ: số thứ tự in ở đầu cột nội dung khi dựng.', 'The STT column was dropped: the build numbers the rows in the content column.');
      if (!assignments.numbered) notes.add(table, path, 'Các dòng không có số thứ tự ở đầu nội dung; khi dựng sẽ có "1.", "2.", …', 'The rows had no numbers before their content; the build adds "1.", "2.", …');
      const columns = ownLabels(COLUMN_LABELS.assignments, { content: cols[0]!, form: cols[1]!, lead: cols[2]!, with: cols[3]!, when: cols[4]! });
      const covered = new Set(assignments.rows.flatMap((r) => [r.month ?? []].flat()));
      // A table of a few months (a term, a campaign) is not expected to fill every month of the year.
      const monthly = covered.size === 0 || covered.size === 12;
      if (!monthly) notes.add(table, [...path, 'monthly'], `Bảng chỉ có hoạt động trong ${covered.size} tháng; đã ghi monthly: false để không cảnh báo các tháng trống.`, `The table has activities in ${covered.size} months only; monthly: false keeps the empty months from being reported.`);
      const years = new Set(assignments.rows.map((r) => r.year));
      const year = years.size === 1 ? [...years][0] : undefined;
      const rows = year === undefined ? assignments.rows : assignments.rows.map(({ year: _, ...r }) => r);
      return { kind: 'assignments', ...(title && { title }), ...(!monthly && { monthly: false }), ...(year !== undefined && { year }), ...(columns && { columns }), rows } as AssignmentTable;
    }
  }
  if (cols.length === 4 && IS.task(cols[0]!) && IS.lead(cols[1]!) && IS.with(cols[2]!) && IS.when(cols[3]!)) {
    const rota = rotaRows(body, planYear, registry, skipNumber > 0);
    if (rota) {
      const columns = ownLabels(COLUMN_LABELS.rota, { task: cols[0]!, lead: cols[1]!, with: cols[2]!, when: cols[3]! });
      return { kind: 'rota', ...(title && { title }), ...(rota.task && { task: rota.task }), ...(columns && { columns }), rows: rota.rows } as RotaTable;
    }
  }
  const grid = gridOf(table, title, notes, path, rows);
  return grid && { kind: 'table', ...grid };
}

const NUMBERED = /^\d{1,3}\.\s+/;

function assignmentRows(body: string[][], planYear: number, registry: UnitRegistry): { rows: Assignment[]; numbered: boolean } | undefined {
  if (body.some((r) => !clean(r[0] ?? '') || !clean(r[1] ?? '') || !clean(r[2] ?? ''))) return undefined;
  const numbered = body.every((r) => NUMBERED.test(r[0]!));
  const rows = body.map((r) => {
    const when = monthsOf(r[4] ?? '');
    const cooperating = unitsCell(r[3] ?? '', registry);
    return {
      content: numbered ? r[0]!.replace(NUMBERED, '') : r[0]!,
      form: r[1]!,
      lead: unitsCell(r[2]!, registry, true) as string,
      ...(cooperating !== undefined && { with: cooperating }),
      ...(when ? { month: when.months.length === 1 ? when.months[0]! : when.months, ...(when.year !== planYear && { year: when.year }) } : clean(r[4] ?? '') ? { when: r[4]! } : {}),
    } as Assignment;
  });
  return { rows, numbered };
}

/** The turns of a rota; `counted`: an STT column numbered the rows, so the tasks need no "1. " of their own. */
function rotaRows(body: string[][], planYear: number, registry: UnitRegistry, counted: boolean): { rows: RotaTurn[]; task?: string } | undefined {
  const turns: { turn: RotaTurn; task: string }[] = [];
  for (const [i, r] of body.entries()) {
    const when = monthsOf(r[3] ?? '');
    const task = (r[0] ?? '').replace(NUMBERED, '');
    const q = /quý\s+([IV]+)\b/u.exec(task);
    const quarter = q ? romanValue(q[1]!) : i + 1;
    if (!when || !quarter || quarter > 4 || !(counted || NUMBERED.test(r[0] ?? '')) || !clean(r[1] ?? '')) return undefined;
    const lead = unitsCell(r[1]!, registry, true);
    const cooperating = unitsCell(r[2] ?? '', registry);
    if (typeof lead !== 'string') return undefined;
    turns.push({
      turn: { quarter, lead, ...(cooperating !== undefined && { with: cooperating }), months: when.months, ...(when.year !== planYear && { year: when.year }) } as RotaTurn,
      task: q ? task.replace(q[0], 'quý {{quarter}}') : task,
    });
  }
  const shared = turns.every((t) => t.task === turns[0]!.task) ? turns[0]!.task : undefined;
  return {
    ...(shared && { task: shared }),
    rows: turns.map(({ turn, task }) => (shared ? turn : { quarter: turn.quarter, task, ...Object.fromEntries(Object.entries(turn).filter(([k]) => k !== 'quarter')) } as RotaTurn)),
  };
}
