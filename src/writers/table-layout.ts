// A data table's columns sized and aligned from what they hold, as a careful typist would set them:
// no column narrower than its longest word, so that no word and no heading breaks inside itself; a
// web address breaks only after "/", "-" or "."; the rest of the width shared by the template's weights;
// STT and number columns centred. The .docx and the web page both take their columns from here.
import type { Column, Table, Text } from '../doc/model.js';
import { textOf } from '../doc/model.js';
import { textWidth } from '../nd30/format.js';

export type Align = 'left' | 'center' | 'right';

export interface TableLayout {
  /** Twips per column, adding up to the width given. */
  widths: number[];
  /** How the body cells of each column are aligned (headings are centred). */
  align: Align[];
}

const URL = /^[a-z][a-z0-9+.-]*:\/\/\S+$|^www\.\S+$/i;

/** Where a web address may break: after "/", "-", "." (and "?", "&", "=", "_", "#"), never inside a word. */
const URL_BREAK = /(?<=[/\-.?&=_#])(?=[^/\-.?&=_#])/g;

/**
 * A cell's text with a zero-width space after each place a web address may break, so that Word and
 * LibreOffice break it there rather than anywhere a long address happens to reach the cell's edge.
 */
export function breakable(text: string): string {
  return text.split(/(\s+)/).map((word) => (URL.test(word) ? word.replace(URL_BREAK, '\u200B') : word)).join('');
}

/**
 * A heading's words bound in twos ("Đơn vị chủ trì" → "Đơn vị" + "chủ trì", with a no-break space
 * inside each pair): Vietnamese words are mostly of two syllables, and a heading that must wrap then
 * wraps between words, never inside one ("chủ / trì").
 */
export function headingPairs(text: string): string {
  const words = text.split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 2) out.push(words.slice(i, i + 2).join('\u00A0'));
  return out.join(' ');
}

/** The widest piece of a text that cannot break: a word, a heading's pair of words, an address's part. */
function widestPiece(text: string, size: number, bold: boolean): number {
  let most = 0;
  // Breaks at spaces and zero-width spaces, not at the no-break space that binds a heading's pair.
  for (const piece of text.split(/[ \t\n\r\u200B]+/)) if (piece) most = Math.max(most, textWidth(piece, size, bold));
  return most;
}

const NUMBER_CELL = /^[\d\s.,/%+–-]+$/;
const STT = /^(stt|tt|số tt|số thứ tự)$/i;

/** A column's alignment: as the plan says, else centred for STT and for cells that are all numbers. */
function alignOf(column: Column, cells: string[]): Align {
  if (column.align) return column.align;
  if (STT.test(textOf(column.label).trim())) return 'center';
  const filled = cells.filter((c) => c.trim());
  return filled.length > 0 && filled.every((c) => NUMBER_CELL.test(c)) ? 'center' : 'left';
}

/**
 * The table laid out in `width` twips at `size` half-points, each cell losing `margins` twips to its
 * left and right margins.
 */
export function tableLayout(table: Table, width: number, size: number, margins: number): TableLayout {
  const cells = (i: number) => table.rows.map((r) => textOf(r.cells[i] ?? ([] as Text)));
  const least = table.columns.map((c, i) => {
    let widest = widestPiece(headingPairs(textOf(c.label)), size, true);
    for (const cell of cells(i)) widest = Math.max(widest, widestPiece(breakable(cell), size, false));
    return widest + margins + ROUNDING;
  });
  return { widths: share(width, table.columns.map((c) => c.weight), least), align: table.columns.map((c, i) => alignOf(c, cells(i))) };
}

/** What the renderers' own rounding of widths may take from a column: 1 pt. */
const ROUNDING = 20;

/**
 * `width` shared by `weights`, every column given at least its `least`: a column that its share leaves
 * short takes its least, and the others share what is left, until every one has enough. When the leasts
 * alone exceed the width, each gets its share of the width in proportion to its least.
 */
export function share(width: number, weights: number[], least: number[]): number[] {
  const total = least.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (total >= width) {
    widths = least.map((l) => Math.floor((width * l) / total));
  } else {
    const fixed = new Set<number>();
    for (;;) {
      const free = weights.reduce((sum, w, i) => sum + (fixed.has(i) ? 0 : w), 0);
      const room = width - least.reduce((sum, l, i) => sum + (fixed.has(i) ? l : 0), 0);
      widths = weights.map((w, i) => (fixed.has(i) ? least[i]! : Math.floor((room * w) / free)));
      const short = widths.findIndex((w, i) => !fixed.has(i) && w < least[i]!);
      if (short < 0) break;
      fixed.add(short);
    }
  }
  widths[widths.length - 1]! += width - widths.reduce((a, b) => a + b, 0);
  return widths;
}
