// The official document: the document model laid out by the rules in nd30.ts. The docx library makes the
// package for each page layout (styles, page setup, page-number headers, relationships) with a placeholder
// for each section's content — at build time for the usual layouts, else once per process — and the
// content itself is written as WordprocessingML (ooxml.ts). Zipped with fixed times and the plan's dates,
// so the same plan gives the same bytes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ISectionOptions } from 'docx';
import { PACKAGE_ROOT } from '../paths.js';
import { isoSeconds, mergeRuns, textOf, type Appendix, type Block, type DocModel, type Table as ModelTable, type Text } from '../doc/model.js';
import {
  BODY, FONT, GLYPH, HEADER_COLUMNS, LANDSCAPE_FROM_COLUMNS, LANDSCAPE_TEXT_WIDTH, MARGIN, PAGE, SIZE, TEXT_WIDTH, textWidth,
} from './nd30.js';
import {
  escapeXml, lineChange, paragraphXml, runsXml, tableXml, writeTable, XmlChunks, type ParagraphStyle, type RowXml, type RunStyle, type Track,
} from './ooxml.js';
import { compress, zipFiles, type Compressed } from './zip.js';

const FONTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };

/** Each inserted or deleted run, paragraph mark and table row of a redline gets its own revision id. */
function tracker(doc: DocModel): Track {
  let id = 0;
  const author = doc.meta.revision?.author ?? doc.meta.agency;
  const date = doc.meta.revision?.date ?? isoSeconds(doc.meta.date);
  return (change) => (change ? { id: ++id, author, date } : undefined);
}

// ---- content ----------------------------------------------------------------------------------------

/** A line of the header, the title or the signature block: centred unless said otherwise, no spacing. */
function line(value: Text, style: RunStyle & Omit<ParagraphStyle, 'change'> & { prefix?: string }, track: Track): string {
  const { size, bold, italic, prefix, ...paragraph } = style;
  const whole = lineChange(value);
  const runs = mergeRuns([...(prefix ? [{ text: prefix, change: whole }] : []), ...value]);
  return paragraphXml({ spacing: { before: 0, after: 0 }, align: 'center', ...paragraph, change: whole }, runsXml(runs, { size, bold, italic }, track), track);
}

/** A short solid rule under a centred line: a bottom border between indents that leave `length` twips. */
function rule(length: number, columnWidth: number, track: Track): string {
  const side = Math.max(0, Math.round((columnWidth - length) / 2));
  return paragraphXml({ border: true, spacing: { before: 0, after: 0, line: 120, exact: true }, indent: { left: side, right: side } }, '', track);
}

function headerTable(doc: DocModel, track: Track): string {
  const h = doc.header;
  const [left, right] = HEADER_COLUMNS as [number, number];
  const agencyWidth = textWidth(textOf(h.agency), SIZE.agency, true, true);
  const mottoWidth = textWidth(textOf(h.motto), SIZE.motto, true, false);
  const after = { spacing: { before: 120, after: 0 } };
  return tableXml([left, right], [
    { cells: [
      { width: left, content: line(h.parent, { size: SIZE.agency }, track) + line(h.agency, { size: SIZE.agency, bold: true }, track) + rule(Math.round(Math.min(agencyWidth, left) * 0.4), left, track) },
      { width: right, content: line(h.national, { size: SIZE.national, bold: true }, track) + line(h.motto, { size: SIZE.motto, bold: true }, track) + rule(Math.min(mottoWidth, right), right, track) },
    ] },
    { height: 480, cells: [
      { width: left, content: line(h.number, { size: SIZE.number, ...after }, track) },
      { width: right, content: line(h.date, { size: SIZE.date, italic: true, ...after }, track) },
    ] },
  ], false, track);
}

const BODY_STYLE: Record<Block['kind'], string> = {
  preamble: 'BodyText', p: 'BodyText', closing: 'BodyText', item: 'BodyText', subitem: 'BodyText', h1: 'Heading1', h2: 'Heading2', h3: 'Heading3',
};

function bodyBlock(block: Block, track: Track): string {
  const glyph = block.kind === 'item' ? `${GLYPH.item} ` : block.kind === 'subitem' ? `${GLYPH.subitem} ` : '';
  const runs = [...(glyph ? [{ text: glyph, ...(block.change && { change: block.change }) }] : []), ...block.runs];
  return paragraphXml({ style: BODY_STYLE[block.kind], ...(block.change && { change: block.change }) }, runsXml(runs, {}, track), track);
}

function signatureTable(doc: DocModel, track: Track): string {
  const s = doc.signature;
  const left = Math.round(TEXT_WIDTH * 0.5);
  const right = TEXT_WIDTH - left;
  const keep = { keepNext: true, keepLines: true };
  const recipients = [
    line(s.heading, { size: SIZE.recipientsHeading, bold: true, italic: true, align: 'left', ...keep }, track),
    ...s.recipients.map((r) => line(r, { size: SIZE.recipients, align: 'left', prefix: '- ', ...keep }, track)),
  ];
  const signature = [
    ...s.lines.map((l) => line(l, { size: SIZE.body, bold: true, ...keep }, track)),
    ...(s.name ? [...Array.from({ length: 4 }, () => line([], keep, track)), line(s.name, { size: SIZE.body, bold: true, ...keep }, track)] : []),
  ];
  return tableXml([left, right], [{ cells: [
    { width: left, content: recipients.join('') },
    { width: right, content: signature.length ? signature.join('') : line([], {}, track) },
  ] }], false, track);
}

function dataTable(write: (xml: string) => void, table: ModelTable, width: number, track: Track): void {
  const total = table.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = table.columns.map((c) => Math.floor((width * c.weight) / total));
  widths[widths.length - 1]! += width - widths.reduce((a, b) => a + b, 0);
  const cell = (value: Text, i: number, bold: boolean) => ({
    width: widths[i] ?? widths.at(-1)!,
    content: paragraphXml({ style: 'TableText', align: bold ? 'center' : 'left' }, runsXml(value, { bold }, track), track),
  });
  // The rows are made one at a time as the table is written, not all held as markup at once.
  function* rows(): Generator<RowXml> {
    yield { header: true, cells: table.columns.map((c, i) => cell(c.label, i, true)) };
    for (const row of table.rows) yield { ...(row.change && { change: row.change }), cells: row.cells.map((v, i) => cell(v, i, false)) };
  }
  writeTable(write, widths, rows(), true, track);
}

const landscape = (appendix: Appendix) => appendix.tables.some((t) => t.columns.length >= LANDSCAPE_FROM_COLUMNS);

function mainSection(write: (xml: string) => void, doc: DocModel, track: Track): void {
  const subjectWidth = textWidth(doc.meta.title, SIZE.title, true, false);
  write(headerTable(doc, track)
    + paragraphXml({ spacing: { before: 0, after: 0 } }, '', track)
    + line(doc.docType, { size: SIZE.title, bold: true, spacing: { before: 240, after: 0 } }, track)
    + paragraphXml({ spacing: { before: 0, after: 0 }, align: 'center' }, runsXml(doc.subject, { size: SIZE.title, bold: true }, track), track)
    + rule(Math.round(Math.min(subjectWidth, TEXT_WIDTH) * 0.4), TEXT_WIDTH, track)
    + paragraphXml({ spacing: { before: 0, after: 120 } }, '', track));
  for (const block of doc.body) write(bodyBlock(block, track));
  write(signatureTable(doc, track));
}

function appendixSection(write: (xml: string) => void, appendix: Appendix, track: Track): void {
  const width = landscape(appendix) ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  write(line(appendix.heading, { size: SIZE.appendixHeading, bold: true }, track)
    + line(appendix.title, { size: SIZE.title, bold: true }, track)
    + line(appendix.reference, { size: SIZE.title, italic: true, spacing: { before: 0, after: 240 } }, track));
  for (const table of appendix.tables) {
    const change = lineChange(table.title);
    write(paragraphXml({ style: 'TableTitle', keepNext: true, ...(change && { change }) }, runsXml(table.title, { bold: true }, track), track));
    dataTable(write, table, width, track);
  }
}

// ---- the package ------------------------------------------------------------------------------------

export interface Skeleton {
  /** Every part of the package as text (all are XML). */
  files: Record<string, string>;
  /** document.xml cut at each section's placeholder: content goes between the pieces. */
  document: string[];
}

/** What a build needs of a skeleton, as dist/skeletons keeps it: the parts used as they are, compressed. */
export interface PackedSkeleton {
  parts: Record<string, { deflated: string /* base64 */; crc: number; size: number }>;
  document: string[];
  /** docProps/core.xml, whose title, author and dates each document fills in. */
  core: string;
}

/** Compressed once, at the highest level: at build time, or once a process for an unusual layout. */
export function packSkeleton(skeleton: Skeleton): PackedSkeleton {
  const parts: PackedSkeleton['parts'] = {};
  for (const [name, text] of Object.entries(skeleton.files)) {
    if (name === 'word/document.xml' || name === 'docProps/core.xml') continue;
    const { deflated, crc, size } = compress(Buffer.from(text, 'utf8'), 9);
    parts[name] = { deflated: Buffer.from(deflated).toString('base64'), crc, size };
  }
  return { parts, document: skeleton.document, core: skeleton.files['docProps/core.xml']! };
}

const PLACEHOLDER = (i: number) => `@@CCHC-SECTION-${i}@@`;
/** Skeletons made when the project was built (src/build/precompile.ts), for the layouts plans have. */
export const SKELETONS_DIR = join(PACKAGE_ROOT, 'dist', 'skeletons');
const skeletons = new Map<string, Promise<{ parts: Record<string, Compressed>; document: string[]; core: string }>>();

export const layoutKey = (orientations: boolean[]) => `main${orientations.map((l) => (l ? '-L' : '-P')).join('')}`;

/** The package for a main section and appendices of these orientations: made at build time, or here once. */
function skeleton(orientations: boolean[]) {
  const key = layoutKey(orientations);
  let made = skeletons.get(key);
  if (!made) {
    const file = join(SKELETONS_DIR, `${key}.json`);
    const packed = existsSync(file) ? Promise.resolve(JSON.parse(readFileSync(file, 'utf8')) as PackedSkeleton) : makeSkeleton(orientations).then(packSkeleton);
    made = packed.then((sk) => ({
      parts: Object.fromEntries(Object.entries(sk.parts).map(([name, p]) => [name, { ...p, deflated: Buffer.from(p.deflated, 'base64') }])),
      document: sk.document,
      core: sk.core,
    }));
    skeletons.set(key, made);
  }
  return made;
}

/** The docx library's package, with a placeholder paragraph where each section's content goes. */
export async function makeSkeleton(orientations: boolean[]): Promise<Skeleton> {
  const { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } = await import('docx');
  const pageHeaders = () => ({
    default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONTS, size: SIZE.pageNumber })] })] }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  });
  const placeholder = (i: number) => [new Paragraph({ children: [new TextRun(PLACEHOLDER(i))] })];
  const appendix = (wide: boolean, i: number): ISectionOptions => ({
    properties: {
      titlePage: true,
      page: {
        size: wide ? { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE } : { width: PAGE.width, height: PAGE.height },
        margin: MARGIN,
        pageNumbers: { start: 1 },
      },
    },
    headers: pageHeaders(),
    children: placeholder(i + 1),
  });
  const bodyParagraph = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: BODY.firstLine }, spacing: { before: 0, after: BODY.after, line: BODY.line } };
  const document = new Document({
    creator: '@@AGENCY@@',
    lastModifiedBy: '@@AGENCY@@',
    title: '@@TITLE@@',
    revision: 1,
    styles: {
      default: { document: { run: { font: FONTS, size: SIZE.body } } },
      paragraphStyles: [
        { id: 'BodyText', name: 'Body Text', basedOn: 'Normal', next: 'BodyText', quickFormat: true, run: { font: FONTS, size: SIZE.body }, paragraph: bodyParagraph },
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'BodyText', quickFormat: true, run: { font: FONTS, size: SIZE.body, bold: true }, paragraph: { ...bodyParagraph, keepNext: true, outlineLevel: 0 } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'BodyText', quickFormat: true, run: { font: FONTS, size: SIZE.body, bold: true }, paragraph: { ...bodyParagraph, keepNext: true, outlineLevel: 1 } },
        { id: 'Heading3', name: 'Heading 3', basedOn: 'Normal', next: 'BodyText', quickFormat: true, run: { font: FONTS, size: SIZE.body }, paragraph: { ...bodyParagraph, keepNext: true, outlineLevel: 2 } },
        { id: 'TableText', name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { font: FONTS, size: SIZE.table }, paragraph: { spacing: { before: 0, after: 0 } } },
        { id: 'TableTitle', name: 'Table Title', basedOn: 'Normal', quickFormat: true, run: { font: FONTS, size: SIZE.body, bold: true }, paragraph: { spacing: { before: 120, after: 120 }, keepNext: true } },
      ],
    },
    sections: [
      { properties: { titlePage: true, page: { size: PAGE, margin: MARGIN } }, headers: pageHeaders(), children: placeholder(0) },
      ...orientations.map(appendix),
    ],
  });
  const { unzipSync } = await import('fflate');
  const zipped = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  const files = Object.fromEntries(Object.entries(zipped).map(([name, data]) => [name, Buffer.from(data).toString('utf8')]));
  const xml = files['word/document.xml']!;
  const pieces: string[] = [];
  let from = 0;
  let keep = '';
  for (let i = 0; i <= orientations.length; i++) {
    const at = xml.indexOf(PLACEHOLDER(i), from);
    const start = xml.lastIndexOf('<w:p>', at);
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    pieces.push(keep + xml.slice(from, start));
    // A section's properties ride on its last paragraph: keep them, in an empty paragraph after the content.
    const properties = /<w:pPr>[\s\S]*<\/w:pPr>/.exec(xml.slice(start, end))?.[0];
    keep = properties ? `<w:p>${properties}</w:p>` : '';
    from = end;
  }
  pieces.push(keep + xml.slice(from));
  return { files, document: pieces };
}

/** 1980-01-01 in DOS time is the earliest a zip can say; any fixed time makes the archive repeatable. */
const ZIP_TIME = new Date(Date.UTC(1980, 0, 1, 12));

export async function renderDocx(doc: DocModel): Promise<Uint8Array> {
  const track = tracker(doc);
  const { parts: fixed, document, core } = await skeleton(doc.appendices.map(landscape));
  const body = new XmlChunks();
  body.write(document[0]!);
  mainSection(body.write, doc, track);
  body.write(document[1]!);
  doc.appendices.forEach((appendix, i) => {
    appendixSection(body.write, appendix, track);
    body.write(document[i + 2]!);
  });
  const iso = isoSeconds(doc.meta.date);
  const coreXml = core
    .replace('@@TITLE@@', escapeXml(`${textOf(doc.docType)} ${doc.meta.title}`))
    .replace(/@@AGENCY@@/g, escapeXml(doc.meta.agency))
    .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${iso}$2`);
  const parts: Record<string, Uint8Array | Compressed> = { ...fixed, 'word/document.xml': body.toBuffer(), 'docProps/core.xml': Buffer.from(coreXml, 'utf8') };
  // Code-unit order (the names are ASCII): localeCompare's first call loads collation data, some 5 ms.
  const names = Object.keys(parts).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return zipFiles(names.map((name) => [name, parts[name]!]), ZIP_TIME);
}
