// The official document: the document model laid out by the rules in nd30.ts, as a .docx built with the
// docx library, then re-zipped with fixed times and dates so the same plan gives the same bytes.
import {
  AlignmentType, BorderStyle, DeletedTextRun, Document, Header, HeightRule, InsertedTextRun, Packer, PageNumber, PageOrientation, Paragraph,
  Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IParagraphOptions, type ISectionOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { zipFiles } from './zip.js';
import { paragraphXml, runsXml, runXml, tableRowXml, type Track } from './ooxml.js';
import { mergeRuns, textOf, type Appendix, type Block, type Change, type DocModel, type Table as ModelTable, type Text } from '../doc/model.js';
import {
  BODY, FONT, GLYPH, HEADER_COLUMNS, LANDSCAPE_FROM_COLUMNS, LANDSCAPE_TEXT_WIDTH, MARGIN, PAGE, SIZE, TEXT_WIDTH, textWidth,
} from './nd30.js';

const FONTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
const CELL_LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

interface RunStyle { size?: number; bold?: boolean; italics?: boolean }

/**
 * Word's tracked changes for a redline: each inserted or deleted run, paragraph mark and table row gets its
 * own revision id, all with the same author and date.
 */

function tracker(doc: DocModel): Track {
  let id = 0;
  const author = doc.meta.revision?.author ?? doc.meta.agency;
  const date = doc.meta.revision?.date ?? doc.meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (change) => (change ? { id: ++id, author, date } : undefined);
}

const NO_TRACK: Track = () => undefined;

function text(value: string, style: RunStyle = {}, change?: Change, track: Track = NO_TRACK): TextRun | InsertedTextRun | DeletedTextRun {
  const options = { text: value, font: FONTS, ...style };
  const mark = track(change);
  if (!mark) return new TextRun(options);
  return change === 'ins' ? new InsertedTextRun({ ...options, ...mark }) : new DeletedTextRun({ ...options, ...mark });
}

function runs(list: Text, style: RunStyle, track: Track) {
  return list.map((r) => text(r.text, { ...style, bold: r.bold || style.bold, italics: r.italic || style.italics }, r.change, track));
}

/** The change of a whole line: set when every run of it was inserted (or every run deleted). */
function lineChange(value: Text): Change | undefined {
  const first = value[0]?.change;
  return first && value.every((r) => r.change === first) ? first : undefined;
}

/** A paragraph mark inserted or deleted with its text, so accepting or rejecting leaves no empty line. */
function markChange(change: Change | undefined, track: Track): Partial<IParagraphOptions> {
  const mark = track(change);
  if (!mark) return {};
  return { run: change === 'ins' ? { insertion: mark } : { deletion: mark } };
}

type LineStyle = RunStyle & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; prefix?: string } & Partial<IParagraphOptions>;

function line(value: Text, style: LineStyle, track: Track): Paragraph {
  const { size, bold, italics, align, prefix, ...rest } = style;
  const whole = lineChange(value);
  const children = runs(mergeRuns([...(prefix ? [{ text: prefix, change: whole }] : []), ...value]), { size, bold, italics }, track);
  return new Paragraph({ alignment: align ?? AlignmentType.CENTER, spacing: { before: 0, after: 0 }, ...rest, ...markChange(whole, track), children });
}

const EMPTY: Text = [];

/** A short solid rule under a centred line: a bottom border between indents that leave `length` twips. */
function rule(length: number, columnWidth: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - length) / 2));
  return new Paragraph({ border: { bottom: LINE }, indent: { left: side, right: side }, spacing: { before: 0, after: 0, line: 120, lineRule: 'exact' as never }, children: [] });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, children });
}

function headerTable(doc: DocModel, track: Track): Table {
  const h = doc.header;
  const [left, right] = HEADER_COLUMNS as [number, number];
  const agencyWidth = textWidth(textOf(h.agency), SIZE.agency, true, true);
  const mottoWidth = textWidth(textOf(h.motto), SIZE.motto, true, false);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(left, [line(h.parent, { size: SIZE.agency }, track), line(h.agency, { size: SIZE.agency, bold: true }, track), rule(Math.round(Math.min(agencyWidth, left) * 0.4), left)]),
          cell(right, [line(h.national, { size: SIZE.national, bold: true }, track), line(h.motto, { size: SIZE.motto, bold: true }, track), rule(Math.min(mottoWidth, right), right)]),
        ],
      }),
      new TableRow({
        cantSplit: true,
        height: { value: 480, rule: HeightRule.ATLEAST },
        children: [
          cell(left, [line(h.number, { size: SIZE.number, spacing: { before: 120, after: 0 } }, track)]),
          cell(right, [line(h.date, { size: SIZE.date, italics: true, spacing: { before: 120, after: 0 } }, track)]),
        ],
      }),
    ],
  });
}

const BODY_STYLE: Record<Block['kind'], string> = {
  preamble: 'BodyText', p: 'BodyText', closing: 'BodyText', item: 'BodyText', subitem: 'BodyText', h1: 'Heading1', h2: 'Heading2', h3: 'Heading3',
};

function bodyBlock(block: Block, track: Track): string {
  const glyph = block.kind === 'item' ? `${GLYPH.item} ` : block.kind === 'subitem' ? `${GLYPH.subitem} ` : '';
  const content = (glyph ? runXml(glyph, {}, block.change, track) : '') + runsXml(block.runs, {}, track);
  return paragraphXml(BODY_STYLE[block.kind], content, block.change, track);
}

/**
 * The parts written as markup (ooxml.ts) go into the docx library's output through placeholders: a
 * paragraph, or a table row, holding only "@@CCHC-n@@", replaced by the n-th piece once the library is done.
 */
class Pieces {
  private readonly list: { xml: string; element: 'w:p' | 'w:tr' }[] = [];

  paragraph(xml: string): Paragraph {
    return new Paragraph({ children: [new TextRun(this.marker(xml, 'w:p'))] });
  }

  row(xml: string): TableRow {
    return new TableRow({ children: [new TableCell({ children: [new Paragraph({ children: [new TextRun(this.marker(xml, 'w:tr'))] })] })] });
  }

  private marker(xml: string, element: 'w:p' | 'w:tr'): string {
    this.list.push({ xml, element });
    return `@@CCHC-${this.list.length - 1}@@`;
  }

  /** Each placeholder's element — the nearest enclosing row or paragraph — replaced by its piece. */
  splice(xml: string): string {
    let out = '';
    let from = 0;
    for (const [index, { xml: piece, element }] of this.list.entries()) {
      const at = xml.indexOf(`@@CCHC-${index}@@`, from);
      const start = xml.lastIndexOf(`<${element}>`, at);
      const end = xml.indexOf(`</${element}>`, at) + element.length + 3;
      out += xml.slice(from, start) + piece;
      from = end;
    }
    return out + xml.slice(from);
  }
}

function signatureTable(doc: DocModel, track: Track): Table {
  const s = doc.signature;
  const left = Math.round(TEXT_WIDTH * 0.5);
  const right = TEXT_WIDTH - left;
  const keep = { keepNext: true, keepLines: true };
  const recipients = [
    line(s.heading, { size: SIZE.recipientsHeading, bold: true, italics: true, align: AlignmentType.LEFT, ...keep }, track),
    ...s.recipients.map((r) => line(r, { size: SIZE.recipients, align: AlignmentType.LEFT, prefix: '- ', ...keep }, track)),
  ];
  const signature = [
    ...s.lines.map((l) => line(l, { size: SIZE.body, bold: true, ...keep }, track)),
    ...(s.name ? [...Array.from({ length: 4 }, () => line(EMPTY, keep, track)), line(s.name, { size: SIZE.body, bold: true, ...keep }, track)] : []),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, recipients), cell(right, signature.length ? signature : [line(EMPTY, {}, track)])] })],
  });
}

function dataTable(table: ModelTable, width: number, track: Track, pieces: Pieces): Table {
  const total = table.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = table.columns.map((c) => Math.floor((width * c.weight) / total));
  widths[widths.length - 1]! += width - widths.reduce((a, b) => a + b, 0);
  const borders = { top: CELL_LINE, bottom: CELL_LINE, left: CELL_LINE, right: CELL_LINE };
  const tcell = (value: Text, w: number, bold: boolean) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      borders,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [new Paragraph({ style: 'TableText', alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT, children: runs(value, { bold }, track) })],
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((c, i) => tcell(c.label, widths[i]!, true)) }),
      ...(table.rows.length > 0 ? [pieces.row(table.rows.map((row) => tableRowXml(row.cells, widths, row.change, track)).join(''))] : []),
    ],
  });
}

function pageHeaders() {
  return {
    default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONTS, size: SIZE.pageNumber })] })] }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

function appendixSection(appendix: Appendix, track: Track, pieces: Pieces): ISectionOptions {
  const landscape = appendix.tables.some((t) => t.columns.length >= LANDSCAPE_FROM_COLUMNS);
  const width = landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  const children: (Paragraph | Table)[] = [
    line(appendix.heading, { size: SIZE.appendixHeading, bold: true }, track),
    line(appendix.title, { size: SIZE.title, bold: true }, track),
    line(appendix.reference, { size: SIZE.title, italics: true, spacing: { before: 0, after: 240 } }, track),
  ];
  for (const table of appendix.tables) {
    children.push(new Paragraph({ style: 'TableTitle', keepNext: true, ...markChange(lineChange(table.title), track), children: runs(table.title, { bold: true }, track) }));
    children.push(dataTable(table, width, track, pieces));
  }
  return {
    properties: {
      titlePage: true,
      page: {
        size: landscape ? { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE } : { width: PAGE.width, height: PAGE.height },
        margin: MARGIN,
        pageNumbers: { start: 1 },
      },
    },
    headers: pageHeaders(),
    children,
  };
}

function document(doc: DocModel, pieces: Pieces): Document {
  const track = tracker(doc);
  const subjectWidth = textWidth(doc.meta.title, SIZE.title, true, false);
  const main: (Paragraph | Table)[] = [
    headerTable(doc, track),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    line(doc.docType, { size: SIZE.title, bold: true, spacing: { before: 240, after: 0 } }, track),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: runs(doc.subject, { size: SIZE.title, bold: true }, track) }),
    rule(Math.round(Math.min(subjectWidth, TEXT_WIDTH) * 0.4), TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
    ...(doc.body.length > 0 ? [pieces.paragraph(doc.body.map((block) => bodyBlock(block, track)).join(''))] : []),
    signatureTable(doc, track),
  ];
  const bodyParagraph = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: BODY.firstLine }, spacing: { before: 0, after: BODY.after, line: BODY.line } };
  return new Document({
    creator: doc.meta.agency,
    lastModifiedBy: doc.meta.agency,
    title: `${textOf(doc.docType)} ${doc.meta.title}`,
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
      {
        properties: { titlePage: true, page: { size: PAGE, margin: MARGIN } },
        headers: pageHeaders(),
        children: main,
      },
      ...doc.appendices.map((appendix) => appendixSection(appendix, track, pieces)),
    ],
  });
}

/** 1980-01-01 in DOS time is the earliest a zip can say; any fixed time makes the archive repeatable. */
const ZIP_TIME = new Date(Date.UTC(1980, 0, 1, 12));

export async function renderDocx(doc: DocModel): Promise<Uint8Array> {
  const pieces = new Pieces();
  const packed = new Uint8Array(await Packer.toBuffer(document(doc, pieces)));
  const files = unzipSync(packed);
  files['word/document.xml'] = strToU8(pieces.splice(strFromU8(files['word/document.xml']!)));
  const iso = doc.meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${iso}$2`),
    );
  }
  const entries = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  return zipFiles(entries.map((name) => [name, files[name]!]), ZIP_TIME);
}
