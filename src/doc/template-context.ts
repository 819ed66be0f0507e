// The plan as the templates see it: every prose field filled ({{targets.…}} resolved), unit keys turned
// into names, every optional key present (null when absent) so strict templates can test it, and the
// numbering and date rules of the format applied.
import { periodOf, proseContext, type ProseContext } from '../plan/references.js';
import type { Grid, Item, Paragraphs, Plan } from '../plan/types.generated.js';
import { archiveLine, dateParts, headerLines, issueDate, lineList, rowYear, months, oneLine, paragraphList, partNumber, proseLine, unitCell, type PlanNode } from '../plan/view.js';
import { LINE_BREAK } from '../text/characters.js';
import { roman, pad2 } from './numbering.js';
import type { HeaderText } from '../writers/header-layout.js';

/** A table as the templates see it: title (or null), headings and cells filled in. */
const grid = (table: Grid, ctx: ProseContext) => ({
  title: table.title === undefined ? null : proseLine(table.title, ctx),
  columns: table.columns.map(oneLine),
  widths: table.columns.map((_, i) => table.widths?.[i] ?? 1),
  align: table.columns.map((_, i) => table.align?.[i] ?? null),
  rows: table.rows.map((row) => row.map((c) => proseLine(c, ctx))),
});

/** A paragraph field's entries: each paragraph as text, each table as { table } (the isTable helper tells them apart). */
const paragraphs = (value: Paragraphs | undefined, ctx: ProseContext) =>
  paragraphList(value).map((p) => (typeof p === 'string' ? proseLine(p, ctx) : { table: grid(p.table, ctx) }));

function items(list: Item[] | undefined, ctx: ProseContext) {
  return (list ?? []).map((item) =>
    typeof item === 'string'
      ? { text: proseLine(item, ctx), items: [] }
      : { text: proseLine(item.text, ctx), items: (item.items ?? []).map((s) => proseLine(s, ctx)) },
  );
}

export interface NodeContext {
  level: number;
  number: string;
  title: string | null;
  text: ReturnType<typeof paragraphs>;
  items: { text: string; items: string[] }[];
  parts: NodeContext[];
  closing: ReturnType<typeof paragraphs>;
}

function node(n: PlanNode, level: number, index: number, ctx: ProseContext): NodeContext {
  return {
    level,
    number: partNumber(level, index),
    title: n.title === undefined ? null : proseLine(n.title, ctx),
    text: paragraphs(n.text, ctx),
    items: items(n.items, ctx),
    parts: (n.parts ?? []).map((p, i) => node(p, level + 1, i, ctx)),
    closing: paragraphs(n.closing, ctx),
  };
}

const cell = (value: string | string[] | undefined, ctx: ProseContext) => unitCell(value, ctx).text;

/** The column headings a plan gets unless its table names its own. */
export const COLUMN_LABELS = {
  assignments: { content: 'Nội dung tuyên truyền', form: 'Hình thức tuyên truyền', lead: 'Đơn vị chủ trì', with: 'Đơn vị phối hợp', when: 'Thời gian thực hiện' },
  rota: { task: 'Nhiệm vụ', lead: 'Đơn vị phụ trách', with: 'Cơ quan phối hợp', when: 'Thời gian thực hiện' },
};

/** Blank parts of a draft's number and date leave room to write them in by hand. */
export const BLANK = '      ';

/**
 * Every string the templates receive is one line: the template output is read line by line ("kind:
 * text"), so a line break inside a value would start a line of another kind (a recipient, say).
 */
const LINE_BREAKS = new RegExp(LINE_BREAK.source, 'g');

function asLines<T>(value: T): T {
  if (typeof value === 'string') return value.replace(LINE_BREAKS, ' ') as T;
  if (Array.isArray(value)) return value.map(asLines) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asLines(v)])) as T;
  }
  return value;
}

export function templateContext(plan: Plan) {
  return asLines(contextOf(plan));
}

/** The header's fields as the templates print them: a blank number or day left as room to write in. */
function headerContext(plan: Plan) {
  const { year, month, day } = dateParts(plan);
  const header = headerLines(plan);
  const number = plan.header.number === null || plan.header.number === undefined || String(plan.header.number).trim() === ''
    ? BLANK
    : String(plan.header.number).trim().padStart(2, '0');
  return {
    parent: header.parent.length ? header.parent.join(' ') : null,
    agency: header.agency.join(' '),
    parentLines: header.parent,
    agencyLines: header.agency,
    name: plan.header.name ?? header.agency.join(' '),
    code: plan.header.code,
    type: plan.header.type ?? 'KH',
    number,
    place: plan.header.place,
    year: String(year),
    month: month === undefined ? BLANK : pad2(month, true),
    day: day === undefined ? BLANK : pad2(day, false),
  };
}

/**
 * The header's lines as the built-in plan.hbs prints them (capitals, "Số: …", "…, ngày … tháng … năm …"):
 * what validate measures the header's columns by, as the build lays them out.
 */
export function printedHeader(plan: Plan): HeaderText {
  const h = headerContext(plan);
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  return {
    parent: h.parentLines.map(upper),
    agency: h.agencyLines.map(upper),
    number: `Số: ${h.number}/${h.type}-${h.code}`,
    national: NATIONAL,
    motto: MOTTO,
    date: `${h.place}, ngày ${h.day} tháng ${h.month} năm ${h.year}`,
  };
}

/** The Quốc hiệu and the motto, as plan.hbs and report.hbs print them. */
export const NATIONAL = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

function contextOf(plan: Plan) {
  const ctx = proseContext(plan);
  const header = headerContext(plan);
  const appendices = (plan.appendices ?? []).map((appendix) => ({
    title: proseLine(appendix.title, ctx),
    manyTables: appendix.tables.length > 1,
    tables: appendix.tables.map((table) => {
      const title = table.title === undefined ? null : proseLine(table.title, ctx);
      if (table.kind === 'table') {
        return { kind: 'table', ...grid(table, ctx) };
      }
      if (table.kind === 'rota') {
        return {
          kind: 'rota',
          title,
          columns: { ...COLUMN_LABELS.rota, ...table.columns },
          rows: table.rows.map((row) => {
            const quarter = { ...ctx, quarter: roman(row.quarter) };
            const task = row.task ?? table.task;
            return { quarter: row.quarter, task: task === undefined ? null : proseLine(task, quarter), lead: cell(row.lead, ctx), with: cell(row.with, ctx), months: months(row.months), year: rowYear(plan, row, table, appendix) };
          }),
        };
      }
      return {
        kind: 'assignments',
        title,
        columns: { ...COLUMN_LABELS.assignments, ...table.columns },
        rows: table.rows.map((row) => ({
          content: proseLine(row.content, ctx),
          form: proseLine(row.form, ctx),
          lead: cell(row.lead, ctx),
          with: cell(row.with, ctx),
          months: months(row.month),
          year: rowYear(plan, row, table, appendix),
          when: row.when === undefined ? null : proseLine(row.when, ctx),
        })),
      };
    }),
  }));
  return {
    year: periodOf(plan).from,
    period: ctx.period,
    docType: DOC_TYPES[plan.header.type ?? 'KH'] ?? 'KẾ HOẠCH',
    header,
    title: proseLine(plan.title, ctx),
    preamble: paragraphs(plan.preamble, ctx),
    sections: plan.sections.map((s, i) => node(s, 1, i, ctx)),
    closing: paragraphs(plan.closing, ctx),
    signer: plan.signer ? {
      authority: plan.signer.authority === undefined ? null : lineList(plan.signer.authority).join(' '),
      authorityLines: lineList(plan.signer.authority),
      title: plan.signer.title,
      name: plan.signer.name ?? null,
    } : null,
    recipients: plan.recipients.map(oneLine),
    archive: archiveLine(plan),
    manyAppendices: appendices.length > 1,
    appendices,
    issued: issueDate(plan),
  };
}

export type TemplateContext = ReturnType<typeof templateContext>;

/** The document type line for each type abbreviation of Phụ lục III, Nghị định 30. */
export const DOC_TYPES: Record<string, string> = {
  KH: 'KẾ HOẠCH', CTr: 'CHƯƠNG TRÌNH', PA: 'PHƯƠNG ÁN', 'ĐA': 'ĐỀ ÁN', HD: 'HƯỚNG DẪN', BC: 'BÁO CÁO',
  TB: 'THÔNG BÁO', 'QĐ': 'QUYẾT ĐỊNH', TTr: 'TỜ TRÌNH', CT: 'CHỈ THỊ',
};
