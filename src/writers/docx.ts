// The official document: the document model laid out by the rules in nd30.ts, as a .docx built with the
// docx library, then re-zipped with fixed times and dates so the same plan gives the same bytes.
import {
  AlignmentType, BorderStyle, Document, Header, HeightRule, Packer, PageNumber, PageOrientation, Paragraph,
  Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IParagraphOptions, type ISectionOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Appendix, Block, DocModel, Run, Table as ModelTable } from '../doc/model.js';
import {
  BODY, FONT, GLYPH, HEADER_COLUMNS, LANDSCAPE_FROM_COLUMNS, LANDSCAPE_TEXT_WIDTH, MARGIN, PAGE, SIZE, TEXT_WIDTH, recipientLine, textWidth,
} from './nd30.js';

const FONTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
const CELL_LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

interface RunStyle { size?: number; bold?: boolean; italics?: boolean }

function text(value: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text: value, font: FONTS, ...style });
}

function runs(list: Run[], style: RunStyle = {}): TextRun[] {
  return list.map((r) => text(r.text, { ...style, bold: r.bold || style.bold, italics: r.italic || style.italics }));
}

function line(value: string, style: RunStyle & { align?: (typeof AlignmentType)[keyof typeof AlignmentType] } & Partial<IParagraphOptions> = {}): Paragraph {
  const { size, bold, italics, align, ...rest } = style;
  return new Paragraph({ alignment: align ?? AlignmentType.CENTER, spacing: { before: 0, after: 0 }, ...rest, children: value ? [text(value, { size, bold, italics })] : [] });
}

/** A short solid rule under a centred line: a bottom border between indents that leave `length` twips. */
function rule(length: number, columnWidth: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - length) / 2));
  return new Paragraph({ border: { bottom: LINE }, indent: { left: side, right: side }, spacing: { before: 0, after: 0, line: 120, lineRule: 'exact' as never }, children: [] });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, children });
}

function headerTable(doc: DocModel): Table {
  const h = doc.header;
  const [left, right] = HEADER_COLUMNS as [number, number];
  const agencyWidth = textWidth(h.agency, SIZE.agency, true, true);
  const mottoWidth = textWidth(h.motto, SIZE.motto, true, false);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(left, [line(h.parent, { size: SIZE.agency }), line(h.agency, { size: SIZE.agency, bold: true }), rule(Math.round(Math.min(agencyWidth, left) * 0.4), left)]),
          cell(right, [line(h.national, { size: SIZE.national, bold: true }), line(h.motto, { size: SIZE.motto, bold: true }), rule(Math.min(mottoWidth, right), right)]),
        ],
      }),
      new TableRow({
        cantSplit: true,
        height: { value: 480, rule: HeightRule.ATLEAST },
        children: [
          cell(left, [line(h.number, { size: SIZE.number, spacing: { before: 120, after: 0 } })]),
          cell(right, [line(h.date, { size: SIZE.date, italics: true, spacing: { before: 120, after: 0 } })]),
        ],
      }),
    ],
  });
}

const BODY_STYLE: Record<Block['kind'], string> = {
  preamble: 'BodyText', p: 'BodyText', closing: 'BodyText', item: 'BodyText', subitem: 'BodyText', h1: 'Heading1', h2: 'Heading2', h3: 'Heading3',
};

function bodyBlock(block: Block): Paragraph {
  const glyph = block.kind === 'item' ? `${GLYPH.item} ` : block.kind === 'subitem' ? `${GLYPH.subitem} ` : '';
  const children = [...(glyph ? [text(glyph)] : []), ...runs(block.runs)];
  return new Paragraph({ style: BODY_STYLE[block.kind], children });
}

function signatureTable(doc: DocModel): Table {
  const s = doc.signature;
  const left = Math.round(TEXT_WIDTH * 0.5);
  const right = TEXT_WIDTH - left;
  const keep = { keepNext: true, keepLines: true };
  const recipients = [
    line(s.heading, { size: SIZE.recipientsHeading, bold: true, italics: true, align: AlignmentType.LEFT, ...keep }),
    ...s.recipients.map((r, i) => line(`- ${recipientLine(r, i === s.recipients.length - 1)}`, { size: SIZE.recipients, align: AlignmentType.LEFT, ...keep })),
  ];
  const signature = [
    ...s.lines.map((l) => line(l, { size: SIZE.body, bold: true, ...keep })),
    ...(s.name ? [...Array.from({ length: 4 }, () => line('', keep)), line(s.name, { size: SIZE.body, bold: true, ...keep })] : []),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, recipients), cell(right, signature.length ? signature : [line('')])] })],
  });
}

function dataTable(table: ModelTable, width: number): Table {
  const total = table.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = table.columns.map((c) => Math.floor((width * c.weight) / total));
  widths[widths.length - 1]! += width - widths.reduce((a, b) => a + b, 0);
  const borders = { top: CELL_LINE, bottom: CELL_LINE, left: CELL_LINE, right: CELL_LINE };
  const tcell = (value: string, w: number, bold: boolean) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      borders,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [new Paragraph({ style: 'TableText', alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT, children: [text(value, { bold })] })],
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((c, i) => tcell(c.label, widths[i]!, true)) }),
      ...table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((v, i) => tcell(v, widths[i] ?? widths.at(-1)!, false)) })),
    ],
  });
}

function pageHeaders() {
  return {
    default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONTS, size: SIZE.pageNumber })] })] }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

function appendixSection(appendix: Appendix): ISectionOptions {
  const landscape = appendix.tables.some((t) => t.columns.length >= LANDSCAPE_FROM_COLUMNS);
  const width = landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  const children: (Paragraph | Table)[] = [
    line(appendix.heading, { size: SIZE.appendixHeading, bold: true }),
    line(appendix.title, { size: SIZE.title, bold: true }),
    line(appendix.reference, { size: SIZE.title, italics: true, spacing: { before: 0, after: 240 } }),
  ];
  for (const table of appendix.tables) {
    children.push(new Paragraph({ style: 'TableTitle', keepNext: true, children: runs(table.title, { bold: true }) }));
    children.push(dataTable(table, width));
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

function document(doc: DocModel): Document {
  const subjectWidth = textWidth(doc.meta.title, SIZE.title, true, false);
  const main: (Paragraph | Table)[] = [
    headerTable(doc),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    line(doc.docType, { size: SIZE.title, bold: true, spacing: { before: 240, after: 0 } }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: runs(doc.subject, { size: SIZE.title, bold: true }) }),
    rule(Math.round(Math.min(subjectWidth, TEXT_WIDTH) * 0.4), TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
    ...doc.body.map(bodyBlock),
    signatureTable(doc),
  ];
  const bodyParagraph = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: BODY.firstLine }, spacing: { before: 0, after: BODY.after, line: BODY.line } };
  return new Document({
    creator: doc.meta.agency,
    lastModifiedBy: doc.meta.agency,
    title: `${doc.docType} ${doc.meta.title}`,
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
      ...doc.appendices.map(appendixSection),
    ],
  });
}

/** 1980-01-01 in DOS time is the earliest a zip can say; any fixed time makes the archive repeatable. */
const ZIP_TIME = new Date(Date.UTC(1980, 0, 1, 12));

export async function renderDocx(doc: DocModel): Promise<Uint8Array> {
  const packed = new Uint8Array(await Packer.toBuffer(document(doc)));
  const files = unzipSync(packed);
  const iso = doc.meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${iso}$2`),
    );
  }
  const entries = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  return zipSync(Object.fromEntries(entries.map((name) => [name, [files[name]!, { mtime: ZIP_TIME }]])), { level: 6 });
}
