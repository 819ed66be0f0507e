// Reads a .docx back without the renderer: fflate unzips it, saxes (a strict XML parser) reads
// word/document.xml as Word would show it — as it is, or after "Accept all changes" / "Reject all changes".
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export function docxPart(file: string, part = 'word/document.xml'): string {
  const entry = unzipSync(new Uint8Array(readFileSync(file)))[part];
  if (!entry) throw new Error(`${file} has no ${part}`);
  return strFromU8(entry);
}

export function docxParts(file: string): string[] {
  return Object.keys(unzipSync(new Uint8Array(readFileSync(file))));
}

export interface DocParagraph {
  text: string;
  /** How many tables deep the paragraph sits, and which top-level table (0-based) holds it. */
  tableDepth: number;
  table: number | undefined;
}

/**
 * How tracked changes read: 'as-is' shows inserted text and not deleted text (as Word shows the markup's
 * result), 'accepted' drops what was deleted, 'rejected' drops what was inserted and reads deleted text.
 * Rows and paragraph marks are left: an emptied one reads as nothing.
 */
export type View = 'as-is' | 'accepted' | 'rejected';

/** The body's paragraphs in reading order, with their text and the table (if any) that holds them. */
export function paragraphs(xml: string, view: View = 'as-is'): DocParagraph[] {
  const out: DocParagraph[] = [];
  const parser = new SaxesParser();
  let depth = 0;
  let tables = -1;
  let current: string[] | undefined;
  let reading: 'w:t' | 'w:delText' | undefined;
  let inserted = 0;
  let deleted = 0;
  let runs = 0;
  // Whether what stands here shows in this view: inserted text not when rejected, deleted text only then.
  const showing = () => (deleted > 0 ? view === 'rejected' : !(view === 'rejected' && inserted > 0));
  parser.on('opentag', (tag) => {
    switch (tag.name) {
      case 'w:tbl': if (depth++ === 0) tables++; break;
      case 'w:p': current = []; break;
      case 'w:ins': if (!tag.isSelfClosing) inserted++; break;
      case 'w:del': if (!tag.isSelfClosing && runs === 0) deleted++; break;
      // A tab in a run; w:tabs/w:tab in the paragraph's properties is a tab stop, not a character.
      case 'w:tab': if (runs > 0) current?.push('\t'); break;
      case 'w:r': runs++; break;
      // A line break (Shift+Enter) shows as one: the words on either side stay apart.
      case 'w:br': case 'w:cr': current?.push('\n'); break;
      // A non-breaking hyphen shows as a hyphen.
      case 'w:noBreakHyphen': if (showing()) current?.push('-'); break;
      case 'w:t': case 'w:delText': reading = tag.name; break;
    }
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'w:tbl': depth--; break;
      case 'w:ins': if (!tag.isSelfClosing) inserted--; break;
      case 'w:del': if (!tag.isSelfClosing && runs === 0) deleted--; break;
      case 'w:r': runs--; break;
      case 'w:t': case 'w:delText': reading = undefined; break;
      case 'w:p':
        out.push({ text: (current ?? []).join(''), tableDepth: depth, table: depth ? tables : undefined });
        current = undefined;
        break;
    }
  });
  parser.on('text', (raw) => {
    // A zero-width space (where an address may break) is not seen; a no-break space reads as a space.
    const text = raw.replace(/\u200B/g, '').replace(/\u00A0/g, ' ');
    const shown = reading === 'w:t' ? !(view === 'rejected' && inserted > 0) : reading === 'w:delText' && view === 'rejected';
    if (shown) current?.push(text);
  });
  parser.write(xml).close();
  return out;
}

/** The body's top-level tables, each as rows of cell texts (a cell's paragraphs joined with a space). */
export function tables(xml: string): string[][][] {
  const out: string[][][] = [];
  const parser = new SaxesParser();
  let depth = 0;
  let cell: string[] | undefined;
  let reading = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:tbl' && depth++ === 0) out.push([]);
    if (depth !== 1) return;
    if (tag.name === 'w:tr') out.at(-1)!.push([]);
    if (tag.name === 'w:tc') cell = [];
    if (tag.name === 'w:p' && cell && cell.length) cell.push(' ');
    if (tag.name === 'w:t') reading = true;
    if (tag.name === 'w:noBreakHyphen' && cell) cell.push('-');
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:tbl') depth--;
    if (tag.name === 'w:t') reading = false;
    if (tag.name === 'w:tc' && depth === 1 && cell) {
      out.at(-1)!.at(-1)!.push(cell.join('').trim());
      cell = undefined;
    }
  });
  parser.on('text', (text) => {
    if (reading && cell) cell.push(text.replace(/\u200B/g, '').replace(/\u00A0/g, ' '));
  });
  parser.write(xml).close();
  return out;
}
