// The official document: the document model laid out by the rules in nd30.ts, written as WordprocessingML
// (ooxml.ts) into the package of a reference document (reference.ts), which carries the styles a user may
// restyle. Zipped with fixed times and the plan's dates, so the same plan gives the same bytes.
import { isoSeconds, mergeRuns, textOf, type Appendix, type Block, type DocModel, type Table as ModelTable, type Text } from '../doc/model.js';
import { HEADER_CELL_MARGIN, headerLayout, headerText } from './header-layout.js';
import {
  GLYPH, isWide, LANDSCAPE_TEXT_WIDTH, MARGIN, PAGE, RULE_SHARE, SIZE, TEXT_WIDTH, textWidth,
} from '../nd30/format.js';
import {
  DATA_CELL_MARGIN, escapeXml, lineChange, paragraphXml, runsXml, tableXml, writeTable, XmlChunks, type ParagraphStyle, type RowXml, type RunStyle, type Track,
} from './ooxml.js';
import { loadReference, type Reference } from './reference.js';
import { breakable, headingPairs, tableLayout } from './table-layout.js';

export { ReferenceError } from './reference.js';
import { zipFiles, type Compressed } from './zip.js';
import { widest } from '../text/widest.js';

/** Each inserted or deleted run, paragraph mark and table row of a redline gets its own revision id. */
function tracker(doc: Pick<DocModel, 'meta'>): Track {
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

/**
 * A short solid rule under a centred line: a bottom border between indents that leave `length` twips of
 * the `width` a paragraph has (a cell's width less its margins: the border is drawn inside them).
 */
function rule(length: number, width: number, track: Track): string {
  const side = Math.max(0, Math.round((width - length) / 2));
  return paragraphXml({ border: true, spacing: { before: 0, after: 0, line: 120, exact: true }, indent: { left: side, right: side } }, '', track);
}

function headerTable(doc: DocModel, track: Track): string {
  const h = doc.header;
  const layout = headerLayout(headerText(h));
  const { sizes } = layout;
  const [left, right] = layout.columns;
  // No margin at the page's edges; HEADER_CELL_MARGIN on each side of the gap between the columns.
  const leftCell = { left: 0, right: HEADER_CELL_MARGIN };
  const rightCell = { left: HEADER_CELL_MARGIN, right: 0 };
  const agencyWidth = widest(h.agency, 0, (l) => textWidth(textOf(l), sizes.agency, true));
  const mottoWidth = textWidth(textOf(h.motto), sizes.motto, true);
  const after = { spacing: { before: 120, after: 0 } };
  const inner = (width: number) => width - HEADER_CELL_MARGIN;
  return tableXml([left, right], [
    { cells: [
      { width: left, margins: leftCell, content: [...h.parent.map((l) => line(l, { size: sizes.agency }, track)), ...h.agency.map((l) => line(l, { size: sizes.agency, bold: true }, track))].join('') + rule(Math.round(Math.min(agencyWidth, inner(left)) * RULE_SHARE), inner(left), track) },
      { width: right, margins: rightCell, content: line(h.national, { size: sizes.national, bold: true }, track) + line(h.motto, { size: sizes.motto, bold: true }, track) + rule(Math.min(mottoWidth, inner(right)), inner(right), track) },
    ] },
    { height: 480, cells: [
      { width: left, margins: leftCell, content: line(h.number, { size: sizes.number, ...after }, track) },
      { width: right, margins: rightCell, content: line(h.date, { size: sizes.date, italic: true, ...after }, track) },
    ] },
  ], false, track);
}

const BODY_STYLE: Record<Exclude<Block['kind'], 'table'>, string> = {
  preamble: 'BodyText', p: 'BodyText', closing: 'BodyText', item: 'BodyText', subitem: 'BodyText', h1: 'Heading1', h2: 'Heading2', h3: 'Heading3',
};

/** A paragraph of the body; `keep` holds it on the page of what follows, whole. */
function bodyBlock(block: Block & { kind: keyof typeof BODY_STYLE }, track: Track, keep = false): string {
  const glyph = block.kind === 'item' ? `${GLYPH.item} ` : block.kind === 'subitem' ? `${GLYPH.subitem} ` : '';
  const runs = [...(glyph ? [{ text: glyph, ...(block.change && { change: block.change }) }] : []), ...block.runs];
  const style = { style: BODY_STYLE[block.kind], ...(keep && { keepNext: true, keepLines: true }), ...(block.change && { change: block.change }) };
  return paragraphXml(style, runsXml(runs, {}, track), track);
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

/** A table's text as it is set in a cell: a heading's words bound in twos, an address with its break points. */
const headingText = (value: Text): Text => value.map((r) => ({ ...r, text: headingPairs(r.text) }));
const cellText = (value: Text): Text => value.map((r) => ({ ...r, text: breakable(r.text) }));

function dataTable(write: (xml: string) => void, table: ModelTable, width: number, track: Track): void {
  const { widths, align } = tableLayout(table, width, SIZE.table, 2 * DATA_CELL_MARGIN);
  const cell = (value: Text, i: number, heading: boolean) => ({
    width: widths[i] ?? widths.at(-1)!,
    content: paragraphXml({ style: 'TableText', align: heading ? 'center' : align[i] ?? 'left' }, runsXml(heading ? headingText(value) : cellText(value), { bold: heading }, track), track),
  });
  // The rows are made one at a time as the table is written, not all held as markup at once.
  function* rows(): Generator<RowXml> {
    yield { header: true, cells: table.columns.map((c, i) => cell(c.label, i, true)) };
    for (const row of table.rows) yield { ...(row.change && { change: row.change }), cells: row.cells.map((v, i) => cell(v, i, false)) };
  }
  writeTable(write, widths, rows(), true, track);
  // 6 pt under every table: what follows it never sits on its bottom border.
  write(paragraphXml({ spacing: { before: 0, after: 0, line: 120, exact: true } }, '', track));
}

const landscape = (appendix: Appendix) => isWide(appendix.tables);

function mainSection(write: (xml: string) => void, doc: DocModel, track: Track): void {
  const subjectWidth = textWidth(doc.meta.title, SIZE.title, true);
  write(headerTable(doc, track)
    + paragraphXml({ spacing: { before: 0, after: 0 } }, '', track)
    + line(doc.docType, { size: SIZE.title, bold: true, spacing: { before: 240, after: 0 } }, track)
    + paragraphXml({ spacing: { before: 0, after: 0 }, align: 'center' }, runsXml(doc.subject, { size: SIZE.title, bold: true }, track), track)
    + rule(Math.round(Math.min(subjectWidth, TEXT_WIDTH) * RULE_SHARE), TEXT_WIDTH, track)
    + paragraphXml({ spacing: { before: 0, after: 120 } }, '', track));
  // The last paragraph (the closing one) goes with the signature table, which does not split: ND30
  // practice never leaves "Nơi nhận" and the signature alone at the top of a page.
  doc.body.forEach((block, i) => {
    if (block.kind === 'table') titledTable(write, block.table!, TEXT_WIDTH, track);
    else write(bodyBlock(block as Block & { kind: keyof typeof BODY_STYLE }, track, i === doc.body.length - 1));
  });
  write(signatureTable(doc, track));
}

function appendixSection(write: (xml: string) => void, appendix: Appendix, track: Track): void {
  const width = landscape(appendix) ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  write(line(appendix.heading, { size: SIZE.appendixHeading, bold: true }, track)
    + line(appendix.title, { size: SIZE.title, bold: true }, track)
    + line(appendix.reference, { size: SIZE.title, italic: true, spacing: { before: 0, after: 240 } }, track));
  for (const table of appendix.tables) titledTable(write, table, width, track);
}

/** A table under its bold title, kept with it; a table without a title stands on its own. */
function titledTable(write: (xml: string) => void, table: ModelTable, width: number, track: Track): void {
  const change = lineChange(table.title);
  if (table.title.length) write(paragraphXml({ style: 'TableTitle', keepNext: true, ...(change && { change }) }, runsXml(table.title, { bold: true }, track), track));
  dataTable(write, table, width, track);
}

// ---- the package ------------------------------------------------------------------------------------

/** A section's page setup (nd30.ts), with the reference document's page-number headers. */
function sectionProperties(wide: boolean, first: boolean, reference: Reference): string {
  const { default: pages, first: firstPage } = reference.headers;
  const [width, height] = wide ? [PAGE.height, PAGE.width] : [PAGE.width, PAGE.height];
  const m = MARGIN;
  return '<w:sectPr>'
    + `<w:headerReference w:type="default" r:id="${pages}"/>`
    + (firstPage ? `<w:headerReference w:type="first" r:id="${firstPage}"/>` : '')
    + `<w:pgSz w:w="${width}" w:h="${height}" w:orient="${wide ? 'landscape' : 'portrait'}"/>`
    + `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/>`
    // Each appendix numbers its pages from 1, and shows no number on its first page, as the main text.
    + (first ? '<w:pgNumType/>' : '<w:pgNumType w:start="1"/>')
    + '<w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>';
}

const DOCUMENT_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
  + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>';

function coreXml(title: string, meta: DocModel['meta']): string {
  const iso = isoSeconds(meta.date);
  const agency = escapeXml(meta.agency);
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${agency}</dc:creator><cp:lastModifiedBy>${agency}</cp:lastModifiedBy><cp:revision>1</cp:revision>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`;
}

/** 1980-01-01 in DOS time is the earliest a zip can say; any fixed time makes the archive repeatable. */
const ZIP_TIME = new Date(Date.UTC(1980, 0, 1, 12));

/** The document as a .docx: its content and page setup, in the reference document's package. */
export function renderDocx(doc: DocModel, referenceFile?: string): Uint8Array {
  const reference = loadReference(referenceFile);
  const track = tracker(doc);
  const body = new XmlChunks();
  body.write(DOCUMENT_START);
  mainSection(body.write, doc, track);
  // A section's properties ride on its last paragraph; the last section's close the body.
  const sections = [false, ...doc.appendices.map(landscape)].map((wide, i) => sectionProperties(wide, i === 0, reference));
  doc.appendices.forEach((appendix, i) => {
    body.write(`<w:p><w:pPr>${sections[i]}</w:pPr></w:p>`);
    appendixSection(body.write, appendix, track);
  });
  body.write(`${sections.at(-1)}</w:body></w:document>`);
  return pack(reference, body, `${textOf(doc.docType)} ${doc.meta.title}`, doc.meta);
}

/**
 * One appendix as a document of its own, landscape when its tables are wide: an annex a Department
 * attaches to a report it writes elsewhere (the units' overview of rollup).
 */
export function renderAnnexDocx(appendix: Appendix, meta: DocModel['meta'], referenceFile?: string): Uint8Array {
  const reference = loadReference(referenceFile);
  const body = new XmlChunks();
  body.write(DOCUMENT_START);
  appendixSection(body.write, appendix, tracker({ meta }));
  body.write(`${sectionProperties(landscape(appendix), true, reference)}</w:body></w:document>`);
  return pack(reference, body, meta.title, meta);
}

function pack(reference: Reference, body: XmlChunks, title: string, meta: DocModel['meta']): Uint8Array {
  const parts: [string, Uint8Array | Compressed][] = [...reference.parts, ['word/document.xml', body.toCompressed()], ['docProps/core.xml', Buffer.from(coreXml(title, meta), 'utf8')]];
  // Code-unit order (the names are ASCII), with the content types first, as Word writes them.
  parts.sort(([a], [b]) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return zipFiles(parts, ZIP_TIME);
}
