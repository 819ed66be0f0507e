// The plan as the templates see it: every prose field filled ({{targets.…}} resolved), unit keys turned
// into names, every optional key present (null when absent) so strict templates can test it, and the
// numbering and date rules of the format applied.
import { fillProse } from '../plan/prose.js';
import { periodOf, proseContext, UNIT_KEY, type ProseContext } from '../plan/context.js';
import type { Item, Paragraphs, Plan, Section } from '../plan/types.generated.js';
import { roman, pad2, letter } from './numbering.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function paragraphs(value: Paragraphs | undefined, ctx: ProseContext): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : value).map((p) => squash(fillProse(p, ctx)));
}

function items(list: Item[] | undefined, ctx: ProseContext) {
  return (list ?? []).map((item) =>
    typeof item === 'string'
      ? { text: squash(fillProse(item, ctx)), items: [] }
      : { text: squash(fillProse(item.text, ctx)), items: (item.items ?? []).map((s) => squash(fillProse(s, ctx))) },
  );
}

type Node = Partial<Pick<Section, 'title' | 'text' | 'items' | 'closing'>> & { parts?: Node[] };

export interface NodeContext {
  level: number;
  number: string;
  title: string | null;
  text: string[];
  items: { text: string; items: string[] }[];
  parts: NodeContext[];
  closing: string[];
}

const NUMBER = [(i: number) => `${roman(i + 1)}.`, (i: number) => `${i + 1}.`, (i: number) => `${letter(i)})`];

function node(n: Node, level: number, index: number, ctx: ProseContext): NodeContext {
  return {
    level,
    number: NUMBER[level - 1]!(index),
    title: n.title === undefined ? null : squash(fillProse(n.title, ctx)),
    text: paragraphs(n.text, ctx),
    items: items(n.items, ctx),
    parts: (n.parts ?? []).map((p, i) => node(p, level + 1, i, ctx)),
    closing: paragraphs(n.closing, ctx),
  };
}

/** A table cell that names units: a key, a list joined with ", ", or text with references. */
export function cell(value: string | string[] | undefined, ctx: ProseContext): string {
  if (value === undefined) return '';
  const one = (v: string) => (UNIT_KEY.test(v) && ctx.units[v] ? ctx.units[v]!.short : squash(fillProse(v, ctx)));
  const text = typeof value === 'string' ? one(value) : value.map(one).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const months = (m: number | number[] | undefined) => (m === undefined ? [] : Array.isArray(m) ? m : [m]);

/** The column headings a plan gets unless its table names its own. */
export const COLUMN_LABELS = {
  assignments: { content: 'Nội dung tuyên truyền', form: 'Hình thức tuyên truyền', lead: 'Đơn vị chủ trì', with: 'Đơn vị phối hợp', when: 'Thời gian thực hiện' },
  rota: { task: 'Nhiệm vụ', lead: 'Đơn vị phụ trách', with: 'Cơ quan phối hợp', when: 'Thời gian thực hiện' },
};

/** Blank parts of a draft's number and date leave room to write them in by hand. */
const BLANK = '      ';

/** The day the plan is dated: its header date, with a missing day or month taken as the first. */
export function issueDate(plan: Plan): Date {
  const [year, month, day] = String(plan.header.date).split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

export function templateContext(plan: Plan) {
  const ctx = proseContext(plan);
  const [year, month, day] = String(plan.header.date).split('-').map(Number) as [number, number?, number?];
  const number = plan.header.number === null || plan.header.number === undefined || String(plan.header.number).trim() === ''
    ? BLANK
    : String(plan.header.number).trim().padStart(2, '0');
  const appendices = (plan.appendices ?? []).map((appendix) => ({
    title: squash(fillProse(appendix.title, ctx)),
    manyTables: appendix.tables.length > 1,
    tables: appendix.tables.map((table) => {
      const title = squash(fillProse(table.title, ctx));
      if (table.kind === 'table') {
        return { kind: 'table', title, columns: table.columns, rows: table.rows.map((r) => r.map((c) => squash(fillProse(c, ctx)))) };
      }
      if (table.kind === 'rota') {
        return {
          kind: 'rota',
          title,
          columns: { ...COLUMN_LABELS.rota, ...table.columns },
          rows: table.rows.map((row) => {
            const quarter = { ...ctx, quarter: roman(row.quarter) };
            const task = row.task ?? table.task;
            return { quarter: row.quarter, task: task === undefined ? null : squash(fillProse(task, quarter)), lead: cell(row.lead, ctx), with: cell(row.with, ctx), months: months(row.months) };
          }),
        };
      }
      return {
        kind: 'assignments',
        title,
        columns: { ...COLUMN_LABELS.assignments, ...table.columns },
        rows: table.rows.map((row) => ({
          content: squash(fillProse(row.content, ctx)),
          form: squash(fillProse(row.form, ctx)),
          lead: cell(row.lead, ctx),
          with: cell(row.with, ctx),
          months: months(row.month),
          when: row.when === undefined ? null : squash(fillProse(row.when, ctx)),
        })),
      };
    }),
  }));
  return {
    year: periodOf(plan).from,
    period: ctx.period,
    docType: DOC_TYPES[plan.header.type ?? 'KH'] ?? 'KẾ HOẠCH',
    header: {
      parent: plan.header.parent,
      agency: plan.header.agency,
      name: plan.header.name ?? plan.header.agency,
      code: plan.header.code,
      type: plan.header.type ?? 'KH',
      number,
      place: plan.header.place,
      year: String(year),
      month: month === undefined ? BLANK : pad2(month, true),
      day: day === undefined ? BLANK : pad2(day, false),
    },
    title: squash(fillProse(plan.title, ctx)),
    preamble: paragraphs(plan.preamble, ctx),
    sections: plan.sections.map((s, i) => node(s, 1, i, ctx)),
    closing: paragraphs(plan.closing, ctx),
    signer: plan.signer ? { authority: plan.signer.authority ?? null, title: plan.signer.title, name: plan.signer.name ?? null } : null,
    recipients: plan.recipients.map((r) => squash(r)),
    archive: Array.isArray(plan.archive) ? plan.archive.join(', ') : squash(plan.archive),
    manyAppendices: appendices.length > 1,
    appendices,
    issued: issueDate(plan),
  };
}

export type TemplateContext = ReturnType<typeof templateContext>;

const DOC_TYPES: Record<string, string> = {
  KH: 'KẾ HOẠCH', CTr: 'CHƯƠNG TRÌNH', PA: 'PHƯƠNG ÁN', 'ĐA': 'ĐỀ ÁN', HD: 'HƯỚNG DẪN', BC: 'BÁO CÁO',
  TB: 'THÔNG BÁO', 'QĐ': 'QUYẾT ĐỊNH', TTr: 'TỜ TRÌNH', CT: 'CHỈ THỊ',
};
