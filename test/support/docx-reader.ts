// Reads a .docx back without the renderer: unzip, then walk word/document.xml as text.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export function docxPart(file: string, part = 'word/document.xml'): string {
  const entry = unzipSync(new Uint8Array(readFileSync(file)))[part];
  if (!entry) throw new Error(`${file} has no ${part}`);
  return strFromU8(entry);
}

export function docxParts(file: string): string[] {
  return Object.keys(unzipSync(new Uint8Array(readFileSync(file))));
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export interface DocParagraph {
  text: string;
  /** How many tables deep the paragraph sits, and which top-level table (0-based) holds it. */
  tableDepth: number;
  table: number | undefined;
}

/** The body's paragraphs in reading order, with their text and the table (if any) that holds them. */
export function paragraphs(xml: string): DocParagraph[] {
  const out: DocParagraph[] = [];
  let depth = 0;
  let tables = -1;
  let current: string[] | undefined;
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>|<w:p[ >]|<w:p\/>|<\/w:p>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)) {
    const tag = m[0];
    if (tag === '<w:tbl>') { if (depth === 0) tables++; depth++; }
    else if (tag === '</w:tbl>') depth--;
    else if (tag.startsWith('<w:p') && tag !== '<w:p/>') current = [];
    else if (tag === '<w:p/>') out.push({ text: '', tableDepth: depth, table: depth ? tables : undefined });
    else if (tag === '</w:p>') { out.push({ text: (current ?? []).join(''), tableDepth: depth, table: depth ? tables : undefined }); current = undefined; }
    else if (tag === '<w:tab/>') current?.push('\t');
    else current?.push(decode(m[1] ?? ''));
  }
  return out;
}

/**
 * A redline as Word shows it after "Accept all changes" (every w:del gone) or "Reject all changes" (every
 * w:ins gone, deleted text read as text). Rows and paragraph marks are left: an emptied one reads as nothing.
 */
export function acceptAll(xml: string): string {
  return xml.replace(/<w:del\b[^>]*[^/]>[\s\S]*?<\/w:del>/g, '');
}

export function rejectAll(xml: string): string {
  return xml.replace(/<w:ins\b[^>]*[^/]>[\s\S]*?<\/w:ins>/g, '').replace(/<w:delText\b/g, '<w:t').replace(/<\/w:delText>/g, '</w:t>');
}
