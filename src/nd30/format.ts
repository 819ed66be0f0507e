// The format rules of Nghị định 30/2020/NĐ-CP in Word units (see ../shared/reference/nd30.md): the one
// place that knows them. Twips: 1 mm = 56.7; sizes in half-points: 13 pt = 26.

import { BOLD, REGULAR, UNITS_PER_EM } from './font-widths.generated.js';

export const FONT = 'Times New Roman';

export const PAGE = { width: 11906, height: 16838 }; // A4
/** Top/bottom 20 mm, left 30 mm, right 15 mm: the low end of each range, for the most text width. */
export const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 };
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 9355 twips, 165 mm
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - MARGIN.left - MARGIN.right;

/**
 * One consistent set: Quốc hiệu 13, Tiêu ngữ 14, date 14, body 14 (header-layout.ts takes the decree's
 * other set, 12/13/13, when the agency needs the room); agency lines 12.
 */
export const SIZE = { national: 26, motto: 28, agency: 24, number: 26, date: 28, title: 28, body: 28, recipientsHeading: 24, recipients: 22, pageNumber: 26, table: 26, appendixHeading: 28 };

export const BODY = { firstLine: 567, after: 120, line: 288 }; // 1 cm indent, 6 pt after, 1.2 lines

/** The rule under the agency and under the subject: 1/3 to 1/2 of the line above it. */
export const RULE_SHARE = 0.4;

export const GLYPH = { item: '-', subitem: '+' };

/** A table at least this many columns wide goes on a landscape page. */
export const LANDSCAPE_FROM_COLUMNS = 5;

/** An appendix goes on landscape pages when any of its tables is that wide. */
export const isWide = (tables: { columns: unknown[] }[]) => tables.some((t) => t.columns.length >= LANDSCAPE_FROM_COLUMNS);

/** Width of text in twips, from Times New Roman's advance widths (font-widths.generated.ts). */
export function textWidth(text: string, halfPoints: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text) units += table[char] ?? table.N!; // a character not in the table: as wide as N
  return Math.round((units / UNITS_PER_EM) * halfPoints * 10);
}

/** Word's default cell margins, left and right (0.19 cm each): what a header column loses to them. */
export const CELL_MARGINS = 2 * 108;

/** Twips in a millimetre, for messages. */
export const TWIPS_PER_MM = 56.7;

/** "- Sở Nội vụ;" … "- Lưu: VT, TCCB.": punctuation is added unless the text already ends with some. */
export function recipientLine(text: string, last: boolean): string {
  return /[.;,:]$/.test(text) ? text : `${text}${last ? '.' : ';'}`;
}
