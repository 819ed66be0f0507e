// The parts of a plan around its body: the header (agency lines, number, place and date), the document
// type and subject, and the end (Nơi nhận, Lưu, the signature), in the usual borderless tables or as
// plain paragraphs.
import type { Header, Signer } from '../plan/types.generated.js';
import { allBold, clean, para, proseOf, splitLines, type Para } from './text.js';
import type { Notes } from './notes.js';
import type { WBlock, WRun, WTable } from './wordml.js';
import { widest } from '../text/widest.js';

/** A paragraph of the header or the end, with the table column it sat in (undefined: not in a table). */
export interface Placed extends Para {
  column?: number;
  block: WBlock;
}

/**
 * A line typed with tab stops for two columns ("ỦY BAN NHÂN DÂN⇥CỘNG HÒA…", "Nơi nhận:⇥KT. GIÁM ĐỐC"): its
 * left and right parts, as a reader sees them; a line that starts with tabs is the right column's only.
 * A tab after a bullet or a number ("-⇥Sở Nội vụ;") is a space.
 */
function tabColumns(line: Para): { left?: Para; right?: Para } | undefined {
  const at = line.runs.findIndex((r) => r.text.includes('\t'));
  if (at < 0) return undefined;
  const before: WRun[] = line.runs.slice(0, at);
  const [head, ...tail] = line.runs[at]!.text.split('\t');
  if (head) before.push({ ...line.runs[at]!, text: head });
  const after: WRun[] = [{ ...line.runs[at]!, text: tail.join(' ') }, ...line.runs.slice(at + 1)];
  const left = para(line.p, before);
  const right = para(line.p, after);
  if (left.text && (!/\p{L}.*\p{L}/u.test(left.text) || /^([IVXLC]+|\d+|[a-zđ])[.)]$/u.test(left.text))) return undefined;
  return { ...(left.text && { left }), ...(right.text && { right }) };
}

/**
 * The paragraphs of some blocks in reading order; a table's cell by cell, row by row. Where lines are
 * typed with tab stops for two columns, each part takes its column, and a line with no tab the left one.
 */
export function placedLines(blocks: WBlock[]): Placed[] {
  const out: Placed[] = [];
  const typed: Placed[] = [];
  let tabbed = false;
  for (const block of blocks) {
    if (block.type === 'p') {
      for (const line of splitLines(block)) {
        const parts = tabColumns(line);
        if (!parts) {
          const placed = { ...line, block };
          typed.push(placed);
          out.push(placed);
          continue;
        }
        tabbed = true;
        if (parts.left) out.push({ ...parts.left, column: 0, block });
        if (parts.right) out.push({ ...parts.right, column: 1, block });
      }
      continue;
    }
    const columns = widest(block.rows, 0, (r) => r.length);
    for (let c = 0; c < columns; c++) {
      for (const row of block.rows) {
        for (const p of row[c]?.paragraphs ?? []) for (const line of splitLines(p)) out.push({ ...line, column: c, block });
      }
    }
  }
  if (tabbed) for (const line of typed) line.column = 0;
  return out.filter((l) => l.text !== '');
}

const NATIONAL = /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/iu;
const MOTTO = /^Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc$/iu;
const NUMBER = /^Số\s*:?\s*(\d*)\s*\/\s*([A-Za-zĐđ]+)\s*-\s*(\S+)\s*$/u;
const DATE_WORDS = /^(.+?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})\.?$/iu;
const DATE_DIGITS = /^(.+?),\s*(?:ngày\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})\.?$/iu;

export const TYPES = ['KH', 'CTr', 'PA', 'ĐA', 'HD', 'BC', 'TB', 'QĐ', 'TTr', 'CT'];

export interface HeaderRead {
  header: Header;
  /** The year of the date line, when there is one. */
  year?: number;
}

export function readHeader(lines: Placed[], notes: Notes, fallbackYear: number): HeaderRead {
  const names: Placed[] = [];
  let number: RegExpExecArray | undefined;
  let date: { place: string; day?: number; month?: number; year: number } | undefined;
  for (const line of lines) {
    const text = line.text;
    if (NATIONAL.test(text) || MOTTO.test(text) || /^[_\-–—\s.]+$/.test(text)) continue;
    const n = NUMBER.exec(text);
    if (n && !number) { number = n; continue; }
    const d = DATE_WORDS.exec(text) ?? DATE_DIGITS.exec(text);
    if (d && !date) {
      const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
      date = { place: clean(d[1]!), day: num(d[2]), month: num(d[3]), year: Number(d[4]) };
      continue;
    }
    if (line.column === undefined || line.column === 0) names.push(line);
  }
  const { parent, agency } = agencyLines(names, notes);
  const header: Header = { ...(parent.length && { parent: (parent.length === 1 ? parent[0]! : parent) as Header['agency'] }), agency: (agency.length === 1 ? agency[0]! : agency) as Header['agency'], code: 'KH', place: date?.place ?? '', date: '' };
  if (number) {
    const type = number[2]!;
    header.code = number[3]!;
    if (TYPES.includes(type)) {
      if (type !== 'KH') header.type = type as Header['type'];
    } else {
      notes.add(number === undefined ? undefined : lines.find((l) => NUMBER.test(l.text))?.block, ['header', 'code'], `Loại văn bản "${type}" không có trong Phụ lục III Nghị định 30; đã ghi là KH.`, `The document type "${type}" is not one of Appendix III of Decree 30; written as KH.`);
    }
    // As written: "09" keeps its leading zero.
    header.number = number[1] ? number[1] : null;
  } else {
    notes.add(lines[0]?.block, ['header', 'code'], 'Không tìm thấy dòng "Số: …/KH-…"; ký hiệu cơ quan là đoán, hãy sửa.', 'No "Số: …/KH-…" line was found; the agency code is a guess, correct it.');
    header.number = null;
  }
  if (!date) {
    header.place = 'Địa danh';
    header.date = fallbackYear;
    notes.add(lines[0]?.block, ['header', 'place'], 'Không tìm thấy dòng địa danh, ngày tháng; hãy ghi địa danh và ngày.', 'No place-and-date line was found; write the place and the date.');
  } else {
    const pad = (n: number) => String(n).padStart(2, '0');
    header.date = date.month === undefined ? date.year : date.day === undefined ? `${date.year}-${pad(date.month)}` : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  }
  // The key order of plans/2025.yaml.
  const { parent: p, agency: a, code, type, number: no, place, date: d } = header;
  return { header: { ...(p !== undefined && { parent: p }), agency: a, code, ...(type && { type }), number: no, place, date: d }, year: date?.year };
}

/** A People's Committee or Council's first line: the body's own name, whose place follows on the next line. */
const COLLECTIVE = /^(ỦY|UỶ|HỘI ĐỒNG) (BAN )?NHÂN DÂN$/iu;

/**
 * Parent lines are regular and agency lines bold; without that difference, the first of several is the
 * parent. "ỦY BAN NHÂN DÂN" over "HUYỆN PHÚ TÂN" is one agency, whatever its weight: a People's Committee
 * has no parent above it.
 */
function agencyLines(lines: Placed[], notes: Notes): { parent: string[]; agency: string[] } {
  const text = (l: Placed) => clean(l.text);
  const bold = lines.map((l) => allBold(l.runs) || l.p.styleBold);
  const firstBold = bold.indexOf(true);
  if (firstBold === 1 && COLLECTIVE.test(text(lines[0]!))) return { parent: [], agency: lines.map(text) };
  if (firstBold > 0 && bold.slice(firstBold).every(Boolean)) {
    return { parent: lines.slice(0, firstBold).map(text), agency: lines.slice(firstBold).map(text) };
  }
  if (lines.length === 0) {
    notes.add(undefined, ['header', 'agency'], 'Không tìm thấy tên cơ quan ban hành ở đầu văn bản; hãy ghi tên.', 'No issuing agency was found at the top; write its name.');
    return { parent: [], agency: ['CƠ QUAN BAN HÀNH'] };
  }
  if (lines.length === 1 || firstBold === 0 || COLLECTIVE.test(text(lines[0]!))) return { parent: [], agency: lines.map(text) };
  notes.add(lines[0]!.block, ['header', 'parent'], 'Dòng đầu được coi là cơ quan chủ quản, các dòng sau là cơ quan ban hành (văn bản không in đậm để phân biệt).', 'The first line was taken as the parent agency and the rest as the issuing agency (no bold tells them apart).');
  return { parent: [text(lines[0]!)], agency: lines.slice(1).map(text) };
}

export const RECIPIENTS_HEADING = /^Nơi nhận\s*:?/iu;
const AUTHORITY = /^(TM|Q|KT|TL|TUQ)\.\s*\S/u;
const BULLET = /^[-–—•+]\s*/u;
const ARCHIVE = /^Lưu\s*:?\s*/iu;

export interface EndRead {
  recipients: string[];
  archive: string | string[];
  signer?: Signer;
}

/** Nơi nhận, Lưu and the signature, from the lines between the body and the first appendix. */
export function readEnd(lines: Placed[], notes: Notes): EndRead {
  const recipients: string[] = [];
  let archive: string | string[] | undefined;
  const signature: Placed[] = [];
  const heading = lines.findIndex((l) => RECIPIENTS_HEADING.test(l.text));
  const recipientColumn = heading >= 0 ? lines[heading]!.column : undefined;
  lines.forEach((line, i) => {
    const inRecipients = heading >= 0 && i > heading && (recipientColumn !== undefined ? line.column === recipientColumn : BULLET.test(line.text) || ARCHIVE.test(line.text) || /[;.]$/.test(line.text) && !AUTHORITY.test(line.text) && line.text !== line.text.toLocaleUpperCase('vi'));
    if (i === heading) {
      const rest = clean(line.text.replace(RECIPIENTS_HEADING, ''));
      if (rest) recipients.push(rest);
    } else if (inRecipients || (line.p.list && i > heading && heading >= 0 && recipientColumn === undefined)) {
      const text = clean(line.text.replace(BULLET, ''));
      if (ARCHIVE.test(text)) archive = archiveOf(text.replace(ARCHIVE, ''));
      else recipients.push(text);
    } else if (!/^\(.*\)$/.test(line.text) || AUTHORITY.test(line.text)) {
      signature.push(line);
    } else {
      notes.add(line.block, ['signer'], `"${line.text}" bên chữ ký không có chỗ trong kế hoạch, đã bỏ qua.`, `"${line.text}" by the signature has no place in the plan and was left out.`);
    }
  });
  const cleaned = recipients.map((r, i) => (i === recipients.length - 1 && archive === undefined ? r.replace(/[;.]$/, '') : r.replace(/;$/, '')));
  if (archive === undefined) {
    archive = 'VT';
    notes.add(lines[heading]?.block ?? lines[0]?.block, ['archive'], 'Không tìm thấy dòng "Lưu: …"; đã ghi "Lưu: VT".', 'No "Lưu: …" line was found; written as "Lưu: VT".');
  }
  if (cleaned.length === 0) {
    cleaned.push('Như trên');
    notes.add(lines[0]?.block, ['recipients'], 'Không tìm thấy "Nơi nhận:"; đã ghi tạm "Như trên", hãy sửa.', 'No "Nơi nhận:" was found; "Như trên" stands in for the recipients, correct it.');
  }
  return { recipients: cleaned, archive, ...signerOf(signature, notes) };
}

function archiveOf(text: string): string | string[] {
  const body = text.replace(/\.$/, '');
  // "Lưu: VT, VP (V)," as issued: punctuation the build would not add is kept as written.
  if (/[,;:]$/.test(body)) return body;
  const places = body.split(/\s*,\s*/).map(clean).filter(Boolean);
  return places.length === 1 ? places[0]! : places;
}

function signerOf(lines: Placed[], notes: Notes): { signer?: Signer } {
  if (lines.length === 0) return {};
  const authority = lines.filter((l) => AUTHORITY.test(l.text)).map((l) => clean(l.text).replace(/^(TM|Q|KT|TL|TUQ)\.\s*/u, '$1. '));
  const rest = lines.filter((l) => !AUTHORITY.test(l.text));
  if (rest.length === 0) {
    notes.add(lines[0]!.block, ['signer', 'title'], 'Có dòng thẩm quyền ký nhưng không có chức vụ người ký; hãy ghi chức vụ.', 'An authority line but no signer title; write the title.');
    return { signer: { authority: authority.slice(0, 2) as Signer['authority'], title: 'CHỨC VỤ' } };
  }
  const isName = (l: Placed) => l.text !== l.text.toLocaleUpperCase('vi') || rest.length >= 2;
  const name = rest.length >= 2 && isName(rest.at(-1)!) ? clean(rest.at(-1)!.text) : undefined;
  const titleLines = name ? rest.slice(0, -1) : rest;
  if (titleLines.length > 1) {
    notes.add(titleLines[1]!.block, ['signer', 'title'], `Chức vụ người ký ghép từ ${titleLines.length} dòng: "${titleLines.map((l) => l.text).join(' / ')}".`, `The signer's title joins ${titleLines.length} lines: "${titleLines.map((l) => l.text).join(' / ')}".`);
  }
  const signer: Signer = {
    ...(authority.length && { authority: (authority.length === 1 ? authority[0]! : authority.slice(0, 2)) as Signer['authority'] }),
    title: titleLines.map((l) => clean(l.text)).join(' '),
    ...(name && { name }),
  };
  return { signer };
}

/** The subject under the document type: the centred or bold lines after it, up to the first blank one. */
export function subjectLines(blocks: WBlock[], from: number): { text: string; end: number } {
  const parts: string[] = [];
  let i = from;
  for (; i < blocks.length && parts.length < 4; i++) {
    const block = blocks[i]!;
    if (block.type === 'table') break;
    const line = para(block);
    if (line.text === '' || /^[_\-–—\s.]+$/.test(line.text)) {
      if (parts.length) { i++; break; }
      continue;
    }
    const centred = block.align === 'center' || allBold(line.runs) || block.styleBold || block.heading !== undefined || block.styleName.toLowerCase() === 'title' || block.styleName.toLowerCase() === 'subtitle';
    if (parts.length && !centred) break;
    parts.push(proseOf(line.runs, false));
  }
  return { text: parts.join(' '), end: i };
}

export type { WTable };
