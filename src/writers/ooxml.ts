// WordprocessingML written directly for the parts of a document that grow with the plan — body paragraphs
// and table rows — since building them as docx objects costs about 1 ms and 140 KB a row. The markup is
// the same the docx library writes for them (see docx.ts, which renders everything else).
import type { Change, Text } from '../doc/model.js';
import { FONT } from './nd30.js';

export interface Mark { id: number; author: string; date: string }
export type Track = (change: Change | undefined) => Mark | undefined;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const FONTS = `<w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`;
const markAttributes = (m: Mark) => `w:id="${m.id}" w:author="${escape(m.author)}" w:date="${m.date}"`;

export interface RunStyle { bold?: boolean; italic?: boolean }

export function runXml(text: string, style: RunStyle, change: Change | undefined, track: Track): string {
  const props = `<w:rPr>${FONTS}${style.bold ? '<w:b/><w:bCs/>' : ''}${style.italic ? '<w:i/><w:iCs/>' : ''}</w:rPr>`;
  const mark = track(change);
  if (mark && change === 'del') return `<w:del ${markAttributes(mark)}><w:r>${props}<w:delText xml:space="preserve">${escape(text)}</w:delText></w:r></w:del>`;
  const run = `<w:r>${props}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
  return mark ? `<w:ins ${markAttributes(mark)}>${run}</w:ins>` : run;
}

export function runsXml(text: Text, style: RunStyle, track: Track): string {
  return text.map((r) => runXml(r.text, { bold: r.bold || style.bold, italic: r.italic || style.italic }, r.change, track)).join('');
}

/** A paragraph in a named style; a whole inserted or deleted paragraph marks its paragraph mark too. */
export function paragraphXml(style: string, content: string, change: Change | undefined, track: Track, align?: 'left' | 'center'): string {
  const mark = track(change);
  const markXml = mark ? `<w:rPr><w:${change} ${markAttributes(mark)}/></w:rPr>` : '';
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${align ? `<w:jc w:val="${align}"/>` : ''}${markXml}</w:pPr>${content}</w:p>`;
}

const CELL_BORDERS = ['top', 'left', 'bottom', 'right'].map((side) => `<w:${side} w:val="single" w:color="000000" w:sz="4"/>`).join('');
const CELL_MARGINS = '<w:tcMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="80"/></w:tcMar>';

/** A data row that does not split across pages: each cell a "Table Text" paragraph of its own width. */
export function tableRowXml(cells: Text[], widths: number[], change: Change | undefined, track: Track): string {
  const mark = track(change);
  const props = `<w:trPr><w:cantSplit/>${mark ? `<w:${change} ${markAttributes(mark)}/>` : ''}</w:trPr>`;
  const tcs = cells.map((cell, i) => {
    const width = widths[i] ?? widths.at(-1)!;
    return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/><w:tcBorders>${CELL_BORDERS}</w:tcBorders>${CELL_MARGINS}</w:tcPr>${paragraphXml('TableText', runsXml(cell, {}, track), undefined, track, 'left')}</w:tc>`;
  });
  return `<w:tr>${props}${tcs.join('')}</w:tr>`;
}
