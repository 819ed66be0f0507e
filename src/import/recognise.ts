// A Word document read back into a plan: finds the header, the document type and subject, the body, the
// end (Nơi nhận and the signature) and the appendices, and hands each to its reader. What it could not be
// sure of goes to the review list.
import type { Appendix, Plan } from '../plan/types.generated.js';
import { DOC_TYPES } from '../doc/template-context.js';
import { readBody } from './body.js';
import { placedLines, readEnd, readHeader, RECIPIENTS_HEADING, subjectLines, type Placed } from './header.js';
import { Notes } from './notes.js';
import { ImportError } from './package.js';
import { appendixTable, UnitRegistry, type AppendixTable } from './tables.js';
import { unfoldBreaks } from './breaks.js';
import { clean, para, proseOf, splitLines } from './text.js';
import type { WBlock, WDocument } from './wordml.js';

export interface Recognised {
  plan: Plan;
  notes: Notes;
  counts: { sections: number; parts: number; tables: number; units: number; recipients: number; appendices: number };
}

const DOC_TYPE_LINES = new Set(Object.values(DOC_TYPES));
const APPENDIX = /^PHỤ LỤC(?:\s+([IVXLC]+|\d+))?\s*[:.\-–]?\s*(.*)$/iu;
const AUTHORITY = /^(TM|Q|KT|TL|TUQ)\.\s*\S/u;

const texts = new WeakMap<WBlock, string>();
/** A paragraph's words, worked out once: the zones are found by scanning the blocks several times. */
const textOf = (b: WBlock) => {
  if (b.type !== 'p') return '';
  let text = texts.get(b);
  if (text === undefined) texts.set(b, (text = para(b).text));
  return text;
};
const hasRecipientsHeading = (b: WBlock) =>
  b.type === 'p' ? RECIPIENTS_HEADING.test(textOf(b)) : b.rows.some((r) => r.some((c) => c.paragraphs.some((p) => RECIPIENTS_HEADING.test(para(p).text))));

export function recognise(doc: WDocument): Recognised {
  const notes = new Notes();
  const blocks = unfoldBreaks(doc.blocks);
  const typeAt = blocks.findIndex((b, i) => i < 60 && b.type === 'p' && DOC_TYPE_LINES.has(clean(textOf(b)).toLocaleUpperCase('vi')));
  if (typeAt < 0) throw new ImportError('no-plan', 'doc-type');
  const subject = subjectLines(blocks, typeAt + 1);
  if (!subject.text) throw new ImportError('no-plan', 'subject');

  // The end: the block holding "Nơi nhận", and the signature lines typed just above it.
  let endAt = blocks.findIndex((b, i) => i >= subject.end && hasRecipientsHeading(b));
  const appendixFrom = (from: number) => blocks.findIndex((b, i) => i >= from && b.type === 'p' && APPENDIX.test(textOf(b)) && textOf(b).length < 200);
  if (endAt < 0) {
    const appendixAt = appendixFrom(subject.end);
    endAt = appendixAt < 0 ? blocks.length : appendixAt;
  } else if (blocks[endAt]!.type === 'p') {
    while (endAt > subject.end && isSignatureLine(blocks[endAt - 1]!)) endAt--;
  }
  let appendixAt = appendixFrom(endAt + 1);
  if (appendixAt < 0) appendixAt = blocks.length;
  // Tables after the signature are appendices, with or without a "Phụ lục" line (the Sóc Trăng plan has
  // its tables on a landscape page after the signature): the end stops at a table or a page break.
  appendixAt = Math.min(appendixAt, endOfEnd(blocks, endAt, appendixAt));

  const typeLine = clean(textOf(blocks[typeAt]!)).toLocaleUpperCase('vi');
  const title = subject.text;
  const headerLines = placedLines(blocks.slice(0, typeAt));
  const periodMatch = /(\d{4})\s*[-–]\s*(\d{4})/.exec(title);
  const yearInTitle = /năm\s+(?:học\s+)?(\d{4})/iu.exec(title);
  const { header, year } = readHeader(headerLines, notes, Number(yearInTitle?.[1] ?? new Date().getFullYear()));
  const type = Object.entries(DOC_TYPES).find(([, line]) => line === typeLine)?.[0];
  if (type && type !== (header.type ?? 'KH')) {
    notes.add(blocks[typeAt], ['header', 'type'], `Dòng loại văn bản là "${typeLine}" nhưng ký hiệu là ${header.type ?? 'KH'}; đã theo dòng loại văn bản.`, `The document type line says "${typeLine}" but the number says ${header.type ?? 'KH'}; the type line was followed.`);
    if (type === 'KH') delete header.type;
    else header.type = type as never;
  }
  const period: Plan['period'] = periodMatch ? periodMatch[0] : Number(yearInTitle?.[1] ?? year ?? header.date.toString().slice(0, 4));
  if (!periodMatch && !yearInTitle) notes.add(blocks[typeAt + 1], ['period'], `Trích yếu không nêu năm; kỳ kế hoạch lấy theo năm ban hành (${period}).`, `The subject names no year; the plan's period is the year of issue (${period}).`);
  const planYear = typeof period === 'number' ? period : Number(period.slice(0, 4));

  const body = readBody(blocks.slice(subject.end, endAt), notes);
  if (body.sections.length === 0) throw new ImportError('no-plan', 'sections');
  const end = readEnd(placedLines(blocks.slice(endAt, appendixAt)), notes);
  const registry = new UnitRegistry();
  const appendices = readAppendices(blocks.slice(appendixAt), planYear, registry, notes);
  const { parent, agency, ...rest } = header;
  const orderedHeader = { ...(parent !== undefined && { parent }), agency, ...(appendices.name && { name: appendices.name }), ...rest };

  if (doc.seen.trackedChanges) notes.add(undefined, [], 'Văn bản có thay đổi được theo dõi (track changes): đã đọc như khi chấp nhận tất cả.', 'The document has tracked changes: it was read as if all were accepted.');
  if (doc.seen.textBoxes) notes.add(undefined, [], `Văn bản có ${doc.seen.textBoxes} khung chữ (text box): chữ trong khung được đặt sau đoạn chứa khung.`, `The document has ${doc.seen.textBoxes} text box(es): their text was placed after the paragraph that holds them.`);

  const plan = {
    header: orderedHeader,
    period,
    title,
    ...(body.preamble.length && { preamble: body.preamble }),
    ...(registry.units.size && { units: Object.fromEntries(registry.units) }),
    sections: body.sections,
    ...(body.closing.length && { closing: body.closing.length === 1 && typeof body.closing[0] === 'string' ? body.closing[0] : body.closing }),
    ...(end.signer && { signer: end.signer }),
    recipients: end.recipients,
    archive: end.archive,
    ...(appendices.list.length && { appendices: appendices.list }),
  } as Plan;
  const parts = body.sections.reduce((n, s) => n + (s.parts?.length ?? 0), 0);
  const tables = appendices.list.reduce((n, a) => n + a.tables.length, 0);
  return { plan, notes, counts: { sections: body.sections.length, parts, tables, units: registry.units.size, recipients: end.recipients.length, appendices: appendices.list.length } };
}

/**
 * Where the end (Nơi nhận and the signature) stops: at the first table after it (its own table aside), or
 * at the first page or section break, whichever comes first before `limit`.
 */
function endOfEnd(blocks: WBlock[], endAt: number, limit: number): number {
  for (let i = blocks[endAt]?.type === 'table' ? endAt + 1 : endAt; i < limit; i++) {
    const block = blocks[i]!;
    if (block.type === 'table' && i > endAt && !hasRecipientsHeading(block)) return i;
    if (block.type === 'p' && block.breakBefore && i > endAt) return i;
    if (block.type === 'p' && block.breakAfter) return i + 1;
  }
  return limit;
}

function isSignatureLine(b: WBlock): boolean {
  if (b.type !== 'p') return false;
  const t = textOf(b);
  if (t === '') return true;
  if (AUTHORITY.test(t)) return true;
  if (t.length <= 60 && t === t.toLocaleUpperCase('vi') && /\p{L}/u.test(t)) return true;
  return t.length <= 40 && !/[.;:,]$/.test(t) && t.split(' ').every((w) => /^\p{Lu}/u.test(w));
}

function readAppendices(blocks: WBlock[], planYear: number, registry: UnitRegistry, notes: Notes): { list: Appendix[]; name?: string } {
  const list: Appendix[] = [];
  let name: string | undefined;
  let appendix: Appendix | undefined;
  let stage: 'title' | 'tables' = 'title';
  let pending: Placed[] = [];
  const leftOut = (lines: Placed[]) => {
    for (const l of lines) notes.add(l.block, ['appendices', Math.max(0, list.length - 1)], `"${l.text.slice(0, 60)}" trong phụ lục không phải tên bảng nên không có chỗ trong kế hoạch.`, `"${l.text.slice(0, 60)}" in the appendix is not a table title and has no place in the plan.`);
  };
  // Tables with no "Phụ lục" line before them (they follow the signature) make an appendix of their own:
  // a line of capitals first is its title, as under a "Phụ lục" line; other lines title the next table.
  const implicit = (titled: boolean) => {
    appendix = { title: '', tables: [] as unknown as Appendix['tables'] };
    list.push(appendix);
    stage = titled ? 'title' : 'tables';
    return appendix;
  };
  for (const block of blocks) {
    if (block.type === 'table') {
      const current: Appendix = appendix ?? implicit(false);
      const titleLine = pending.pop();
      leftOut(pending);
      pending = [];
      stage = 'tables';
      const title = titleLine ? proseOf(titleLine.runs, false) : undefined;
      const path = ['appendices', list.length - 1, 'tables', current.tables.length];
      const table: AppendixTable | undefined = appendixTable(block, title, planYear, registry, notes, path);
      if (table) current.tables.push(table);
      else notes.add(block, path, 'Bảng trống đã bỏ qua.', 'An empty table was left out.');
      continue;
    }
    for (const line of splitLines(block).filter((l) => l.text)) {
      const placed: Placed = { ...line, block };
      const heading = APPENDIX.exec(line.text);
      if (heading && line.text.length < 200 && (!appendix || stage === 'tables' || appendix.tables.length)) {
        if (appendix) leftOut(pending);
        pending = [];
        appendix = { title: '', tables: [] as unknown as Appendix['tables'] };
        list.push(appendix);
        stage = 'title';
        if (heading[2]) appendix.title = clean(heading[2]);
        continue;
      }
      if (!appendix) implicit(line.text === line.text.toLocaleUpperCase('vi'));
      if (stage === 'title' && /^\(?\s*Kèm theo/iu.test(line.text)) {
        const of = /\bcủa\s+(.+?)\)?\s*$/u.exec(line.text);
        if (of && !name) name = clean(of[1]!);
        stage = 'tables';
        continue;
      }
      const upper = line.text === line.text.toLocaleUpperCase('vi');
      if (stage === 'title' && (!appendix!.title || upper)) appendix!.title = clean(`${appendix!.title} ${proseOf(line.runs, false)}`);
      else pending.push(placed);
    }
  }
  leftOut(pending);
  for (const [i, a] of list.entries()) {
    // The build numbers the titles of an appendix's tables when it has several: "1. …", "2. …".
    const titled = a.tables.filter((t) => t.title);
    if (a.tables.length > 1 && titled.every((t, n) => t.title!.startsWith(`${n + 1}. `))) for (const t of titled) t.title = t.title!.replace(/^\d{1,2}\.\s+/, '');
    if (!a.title) {
      a.title = 'Phụ lục';
      notes.add(undefined, ['appendices', i, 'title'], 'Phụ lục không có tiêu đề; đã ghi "Phụ lục".', 'The appendix has no title; written as "Phụ lục".');
    }
  }
  return { list: list.filter((a) => a.tables.length > 0), ...(name && { name }) };
}
