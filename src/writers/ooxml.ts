// The document's content as WordprocessingML, written directly: the same markup the docx library writes
// for these elements, at a small fraction of its time and memory (the library builds an object per
// attribute; a 10,000-row table took it 12 s and 1.5 GB). docx.ts wraps this in the library's package.
import type { Change, Text } from '../doc/model.js';
import { NOT_XML_CHARACTER } from '../text/characters.js';
import * as zlib from 'node:zlib';
import { FONT } from '../nd30/format.js';
import type { Compressed } from './zip.js';

export interface Mark { id: number; author: string; date: string }
/** Gives each tracked change its own revision id; undefined for text that did not change. */
export type Track = (change: Change | undefined) => Mark | undefined;

/**
 * `validate` refuses plans with characters XML cannot hold; the writer drops any that reach it. (A lone
 * surrogate needs no dropping: encoded as UTF-8 it becomes U+FFFD, which XML allows.)
 */
const NOT_XML = new RegExp(NOT_XML_CHARACTER.source, 'g');

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const SPECIAL = /[&<>"]/g;
const HAS_NOT_XML = new RegExp(NOT_XML_CHARACTER.source);

/** One pass for the entities; the pass for characters XML cannot hold only when there is one. */
export const escapeXml = (s: string) => (HAS_NOT_XML.test(s) ? s.replace(NOT_XML, '') : s).replace(SPECIAL, (c) => ENTITIES[c]!);
const FONTS = `<w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`;
const markAttributes = (m: Mark) => `w:id="${m.id}" w:author="${escapeXml(m.author)}" w:date="${m.date}"`;

export interface RunStyle { bold?: boolean; italic?: boolean; /** half-points */ size?: number }

/** A hyphen inside a word ("UDCNTT-CĐS", "KH-SGDĐT"), not in a web address: where no line may break. */
const WORD_HYPHEN = /(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu;
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;

/**
 * A run's text as WordprocessingML, its word hyphens made non-breaking (w:noBreakHyphen): a reader never
 * meets "UDCNTT-" at a line's end and "CĐS" on the next. Addresses keep theirs, where they may break.
 */
function textXml(text: string, element: 'w:t' | 'w:delText'): string {
  const open = `<${element} xml:space="preserve">`;
  const close = `</${element}>`;
  // Most text has no hyphen inside a word: escaped whole, without splitting it into words.
  const escaped = !text.includes('-')
    ? escapeXml(text)
    : text.split(/(\s+)/).map((word) => (ADDRESS.test(word) ? escapeXml(word) : escapeXml(word).replace(WORD_HYPHEN, `${close}<w:noBreakHyphen/>${open}`))).join('');
  return `${open}${escaped}${close}`;
}

export function runXml(text: string, style: RunStyle, change: Change | undefined, track: Track): string {
  const size = style.size ? `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>` : '';
  const props = `<w:rPr>${FONTS}${style.bold ? '<w:b/><w:bCs/>' : ''}${style.italic ? '<w:i/><w:iCs/>' : ''}${size}</w:rPr>`;
  const mark = track(change);
  if (mark && change === 'del') return `<w:del ${markAttributes(mark)}><w:r>${props}${textXml(text, 'w:delText')}</w:r></w:del>`;
  const run = `<w:r>${props}${textXml(text, 'w:t')}</w:r>`;
  return mark ? `<w:ins ${markAttributes(mark)}>${run}</w:ins>` : run;
}

export function runsXml(text: Text, style: RunStyle, track: Track): string {
  return text.map((r) => runXml(r.text, { ...style, bold: r.bold || style.bold, italic: r.italic || style.italic }, r.change, track)).join('');
}

/** The change of a whole line: set when every run of it was inserted (or every run deleted). */
export function lineChange(value: Text): Change | undefined {
  const first = value[0]?.change;
  return first && value.every((r) => r.change === first) ? first : undefined;
}

export interface ParagraphStyle {
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  /** Twips before and after; set together, as the docx library writes them. */
  spacing?: { before: number; after: number; line?: number; exact?: boolean };
  border?: boolean;
  indent?: { left: number; right: number };
  align?: 'left' | 'center' | 'right';
  /** A whole paragraph inserted or deleted: its paragraph mark is too, so accepting leaves no empty line. */
  change?: Change;
}

export function paragraphXml(p: ParagraphStyle, content: string, track: Track): string {
  const mark = track(p.change);
  const s = p.spacing;
  return '<w:p><w:pPr>'
    + (p.style ? `<w:pStyle w:val="${p.style}"/>` : '')
    + (p.keepNext ? '<w:keepNext/>' : '')
    + (p.keepLines ? '<w:keepLines/>' : '')
    + (p.border ? '<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="1"/></w:pBdr>' : '')
    + (s ? `<w:spacing w:after="${s.after}" w:before="${s.before}"${s.line ? ` w:line="${s.line}"${s.exact ? ' w:lineRule="exact"' : ''}` : ''}/>` : '')
    + (p.indent ? `<w:ind w:left="${p.indent.left}" w:right="${p.indent.right}"/>` : '')
    + (p.align ? `<w:jc w:val="${p.align}"/>` : '')
    + (mark ? `<w:rPr><w:${p.change} ${markAttributes(mark)}/></w:rPr>` : '')
    + `</w:pPr>${content}</w:p>`;
}

const sides = (names: string[], attributes: string) => names.map((side) => `<w:${side} ${attributes}/>`).join('');
const NONE = 'w:val="none" w:color="FFFFFF" w:sz="0"';
const SINGLE = 'w:val="single" w:color="000000" w:sz="4"';

/** A cell; `margins` (left and right, twips) replace the table's own, as the header's cells need. */
/** The left and right margin of a ruled table's cells, in twips. */
export const DATA_CELL_MARGIN = 80;

export interface CellXml { width: number; content: string; margins?: { left: number; right: number } }
export interface RowXml { cells: CellXml[]; header?: boolean; height?: number; change?: Change }

/**
 * Where a document's XML goes, piece by piece, as UTF-8 chunks: a 10,000-row table is some 60 MB as one
 * JavaScript string (two bytes a character once it holds Vietnamese), several times over while joined.
 */
/**
 * A part written piece by piece and compressed as it is written, so that a 10,000-row document.xml is
 * never held whole: each 64 KB is deflated on its own (zlib, a sync flush ending each piece, the last one
 * finishing the stream: the pieces join into one raw deflate stream), and the CRC and size follow along.
 */
export class XmlChunks {
  private deflated: Buffer[] = [];
  private pending = '';
  private crc = 0;
  private size = 0;

  readonly write = (xml: string): void => {
    this.pending += xml;
    if (this.pending.length >= 1 << 16) this.flush(false);
  };

  private flush(last: boolean) {
    const bytes = Buffer.from(this.pending, 'utf8');
    this.pending = '';
    this.crc = zlib.crc32(bytes, this.crc);
    this.size += bytes.length;
    this.deflated.push(zlib.deflateRawSync(bytes, { level: 3, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }));
  }

  toCompressed(): Compressed {
    this.flush(true);
    return { deflated: Buffer.concat(this.deflated), crc: this.crc >>> 0, size: this.size };
  }
}

/** A table of fixed column widths: borderless (the header and signature blocks) or ruled (the appendix tables). */
export function tableXml(widths: number[], rows: RowXml[], ruled: boolean, track: Track): string {
  let xml = '';
  writeTable((piece) => (xml += piece), widths, rows, ruled, track);
  return xml;
}

/** The same table, written a row at a time: the rows may be made as they are asked for. */
export function writeTable(write: (xml: string) => void, widths: number[], rows: Iterable<RowXml>, ruled: boolean, track: Track): void {
  const total = widths.reduce((a, b) => a + b, 0);
  const tableBorders = ruled
    ? sides(['top', 'left', 'bottom', 'right', 'insideH', 'insideV'], 'w:val="single" w:color="auto" w:sz="4"')
    : sides(['top', 'left', 'bottom', 'right', 'insideH', 'insideV'], NONE);
  const cellBorders = `<w:tcBorders>${sides(['top', 'left', 'bottom', 'right'], ruled ? SINGLE : NONE)}</w:tcBorders>`;
  const margins = ruled ? `<w:tcMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="${DATA_CELL_MARGIN}"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="${DATA_CELL_MARGIN}"/></w:tcMar>` : '';
  write(`<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>${tableBorders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`
    + `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`);
  for (const row of rows) {
    const mark = track(row.change);
    const props = '<w:trPr><w:cantSplit/>'
      + (row.header ? '<w:tblHeader/>' : '')
      + (row.height ? `<w:trHeight w:val="${row.height}" w:hRule="atLeast"/>` : '')
      + (mark ? `<w:${row.change} ${markAttributes(mark)}/>` : '')
      + '</w:trPr>';
    const cellMargins = (c: CellXml) => (c.margins ? `<w:tcMar><w:left w:type="dxa" w:w="${c.margins.left}"/><w:right w:type="dxa" w:w="${c.margins.right}"/></w:tcMar>` : margins);
    write(`<w:tr>${props}${row.cells.map((c) => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${c.width}"/>${cellBorders}${cellMargins(c)}</w:tcPr>${c.content}</w:tc>`).join('')}</w:tr>`);
  }
  write('</w:tbl>');
}
