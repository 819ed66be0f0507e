// The header's two columns sized from their text, within the text width: Nghị định 30 fixes the type and
// the order of the header's lines, not the widths of its columns. The right column holds the Quốc hiệu
// on one line, the motto and the place and date; the left, the parent and agency lines and "Số:". When
// the left needs more than the 13/14 size set leaves it, the decree's other set (12/13/13) gives it
// more; a line that fits neither is reported, with a break between words that never cuts a name.
import { textOf, type DocHeader } from '../doc/model.js';
import { widest } from '../text/widest.js';
import { SIZE, TEXT_WIDTH, textWidth } from '../nd30/format.js';

/** The header's lines as printed (capitals where the template makes them so). */
export interface HeaderText {
  parent: string[];
  agency: string[];
  number: string;
  national: string;
  motto: string;
  date: string;
}

/** The sizes of one consistent set (half-points): Quốc hiệu 13, motto 14, date 14; or 12, 13, 13. */
export const SIZE_SETS = [
  { national: 26, motto: 28, date: 28 },
  { national: 24, motto: 26, date: 26 },
] as const;

/** Cell margins of the header table: none at the page's edges, 1 mm each side of the gap between columns. */
export const HEADER_CELL_MARGIN = 57;
const GAP = 2 * HEADER_CELL_MARGIN;

/** A line whose width comes within this of its room is taken not to fit: renderers round differently. */
const TOLERANCE = 28; // 0.5 mm

export interface WideLine {
  key: 'parent' | 'agency';
  index: number;
  line: string;
  /** Twips the line needs, and the twips its column has inside its margins. */
  width: number;
  room: number;
  /** Where it reads well broken: lines that each fit, broken between words, never inside a name. */
  suggestion: string[];
}

export interface HeaderLayout {
  sizes: { national: number; motto: number; date: number; agency: number; number: number };
  /** The two cells' widths in twips, margins included; they add up to the text width. */
  columns: [number, number];
  /** The left column's lines that do not fit on one line. */
  wide: WideLine[];
  /** The place and date line does not fit the right column: its width and the room it has. */
  wideDate?: { width: number; room: number };
}

const lineWidth = (text: string, size: number, bold: boolean) => textWidth(text, size, bold);

/** A document's header as the lines the columns are sized from. */
export const headerText = (h: DocHeader): HeaderText => ({
  parent: h.parent.map(textOf), agency: h.agency.map(textOf), number: textOf(h.number), national: textOf(h.national), motto: textOf(h.motto), date: textOf(h.date),
});

export function headerLayout(h: HeaderText): HeaderLayout {
  const agency = SIZE.agency;
  const left = Math.max(widest(h.parent, 0, (l) => lineWidth(l, agency, false)), widest(h.agency, 0, (l) => lineWidth(l, agency, true)), lineWidth(h.number, SIZE.number, false));
  const rightOf = (set: (typeof SIZE_SETS)[number]) => ({
    national: lineWidth(h.national, set.national, true),
    rest: Math.max(lineWidth(h.motto, set.motto, true), lineWidth(h.date, set.date, false)),
    date: lineWidth(h.date, set.date, false),
  });
  let set: (typeof SIZE_SETS)[number] = SIZE_SETS[0];
  let right = rightOf(set);
  if (left + Math.max(right.national, right.rest) + GAP + TOLERANCE > TEXT_WIDTH) {
    set = SIZE_SETS[1];
    right = rightOf(set);
  }
  // The right column keeps the Quốc hiệu whole, and the date when the left can still have 40 mm.
  const needRight = Math.max(right.national, right.rest);
  const rightInner = needRight + left + GAP <= TEXT_WIDTH ? needRight : Math.max(right.national, Math.min(needRight, TEXT_WIDTH - GAP - 2268));
  const slack = Math.max(0, TEXT_WIDTH - GAP - rightInner - left);
  // What is left over goes to both columns in proportion to what they hold, which keeps them balanced.
  const leftInner = left + Math.round(left + rightInner > 0 ? (slack * left) / (left + rightInner) : slack / 2);
  const leftCell = Math.min(TEXT_WIDTH - GAP - rightInner, leftInner) + HEADER_CELL_MARGIN;
  const room = leftCell - HEADER_CELL_MARGIN;
  const wide: WideLine[] = [];
  for (const [key, lines, bold] of [['parent', h.parent, false], ['agency', h.agency, true]] as const) {
    lines.forEach((line, index) => {
      const width = lineWidth(line, agency, bold);
      if (width + TOLERANCE > room) wide.push({ key, index, line, width, room, suggestion: breakLine(line, room - TOLERANCE, agency, bold) });
    });
  }
  const dateRoom = TEXT_WIDTH - leftCell - HEADER_CELL_MARGIN;
  return {
    sizes: { ...set, agency, number: SIZE.number },
    columns: [leftCell, TEXT_WIDTH - leftCell],
    wide,
    ...(right.date + TOLERANCE > dateRoom && { wideDate: { width: right.date, room: dateRoom } }),
  };
}

/**
 * The phrases an agency's kind is made of, longest first ("TRƯỜNG THCS VÀ THPT", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
 * "ỦY BAN NHÂN DÂN" + "HUYỆN"): a line breaks between them, never inside one, and what follows them is
 * a name (a person's, a place's), which is not broken either.
 */
const KIND_PHRASES = [
  'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'GIÁO DỤC VÀ ĐÀO TẠO', 'TRUNG HỌC PHỔ THÔNG', 'TRUNG HỌC CƠ SỞ', 'TIỂU HỌC', 'MẦM NON', 'MẪU GIÁO', 'DÂN TỘC NỘI TRÚ', 'DÂN TỘC BÁN TRÚ', 'PHỔ THÔNG', 'LIÊN CẤP',
  'ỦY BAN NHÂN DÂN', 'UỶ BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN', 'THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'TRUNG TÂM', 'KỸ THUẬT TỔNG HỢP',
  'HƯỚNG NGHIỆP', 'GIÁO DỤC THƯỜNG XUYÊN', 'GIÁO DỤC NGHỀ NGHIỆP', 'TRƯỜNG', 'THPT', 'THCS', 'TH', 'MN', 'CHUYÊN', 'VÀ', 'SỞ',
  'PHÒNG', 'BAN', 'UBND', 'HĐND', 'GDĐT', 'GDTX', 'GDNN-GDTX', 'GDNN', 'TỈNH', 'HUYỆN', 'QUẬN', 'XÃ', 'PHƯỜNG', 'CÔNG LẬP', 'TƯ THỤC',
].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** The line as units that never break inside: its kind's phrases, then its name (when it has one). */
function units(words: string[]): { units: string[][]; name: boolean } {
  const out: string[][] = [];
  let at = 0;
  for (;;) {
    const phrase = KIND_PHRASES.find((p) => p.every((w, i) => words[at + i] === w));
    if (!phrase) break;
    out.push(phrase);
    at += phrase.length;
  }
  if (at === words.length) return { units: out, name: false };
  if (at === 0) return { units: words.map((w) => [w]), name: false }; // no kind: words are the units
  // "TỈNH BẠC LIÊU", "HUYỆN PHÚ TÂN": a place's level goes with its name.
  while (out.length > 1 && PLACE_LEVELS.has(out.at(-1)!.join(' '))) at -= out.pop()!.length;
  out.push(words.slice(at));
  return { units: out, name: true };
}

const PLACE_LEVELS = new Set(['TỈNH', 'THÀNH PHỐ', 'HUYỆN', 'QUẬN', 'THỊ XÃ', 'THỊ TRẤN', 'XÃ', 'PHƯỜNG']);

/**
 * The line broken into lines of at most `room` twips: between the phrases of its kind and before its
 * name, never inside either (a name wider than the room alone is broken between its words). The fewest
 * lines, and of those a break just before the name, else the most even.
 */
export function breakLine(line: string, room: number, size: number, bold: boolean): string[] {
  const words = line.split(/\s+/).filter(Boolean);
  const parsed = units(words);
  let pieces = parsed.units;
  const width = (list: string[][]) => lineWidth(list.flat().join(' '), size, bold);
  // A name too wide for a line of its own is broken between its words after all.
  if (parsed.name && width([pieces.at(-1)!]) > room) pieces = [...pieces.slice(0, -1), ...pieces.at(-1)!.map((w) => [w])];
  const nameAt = parsed.name && pieces.length > 1 && width([pieces.at(-1)!]) <= room ? pieces.length - 1 : -1;
  const best: { lines: number; named: boolean; worst: number; from: number }[] = Array.from({ length: pieces.length + 1 }, () => ({ lines: Infinity, named: false, worst: Infinity, from: -1 }));
  best[0] = { lines: 0, named: false, worst: 0, from: -1 };
  for (let to = 1; to <= pieces.length; to++) {
    for (let from = 0; from < to; from++) {
      if (best[from]!.lines === Infinity) continue;
      const w = width(pieces.slice(from, to));
      if (w > room && to - from > 1) continue;
      const candidate = { lines: best[from]!.lines + 1, named: best[from]!.named || from === nameAt, worst: Math.max(best[from]!.worst, w), from };
      const current = best[to]!;
      const better = candidate.lines < current.lines
        || (candidate.lines === current.lines && (candidate.named !== current.named ? candidate.named : candidate.worst < current.worst));
      if (better) best[to] = candidate;
    }
  }
  const out: string[] = [];
  for (let to = pieces.length; to > 0; to = best[to]!.from) out.unshift(pieces.slice(best[to]!.from, to).flat().join(' '));
  return out;
}
