// `npm run gen:reference`: writes templates/reference.docx, the reference document every build copies its
// styles, settings, fonts, page-number headers and content types from (as pandoc's --reference-doc). It is
// made by the docx library from the rules in src/nd30/format.ts, and committed; test/reference.test.ts
// fails when the committed file no longer matches what this script makes.
// An agency restyles a copy in Word and builds with --reference-doc; the styles named in REQUIRED_STYLES
// (src/writers/reference.ts) must stay, each with its style id.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { BODY, FONT, MARGIN, PAGE, SIZE } from '../dist/nd30/format.js';

const FONTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
/** Fixed dates for the package, so the same rules give the same file. */
const FIXED = '2025-01-01T00:00:00Z';

function document() {
  const bodyParagraph = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: BODY.firstLine }, spacing: { before: 0, after: BODY.after, line: BODY.line } };
  const heading = (level) => ({ ...bodyParagraph, keepNext: true, outlineLevel: level });
  const sample = (style, text) => new Paragraph({ style, children: [new TextRun(text)] });
  return new Document({
    creator: 'cchc-plan',
    title: 'Reference document',
    revision: 1,
    styles: {
      default: { document: { run: { font: FONTS, size: SIZE.body } } },
      paragraphStyles: [
        { id: 'BodyText', name: 'Body Text', basedOn: 'Normal', next: 'BodyText', quickFormat: true, run: { font: FONTS, size: SIZE.body }, paragraph: bodyParagraph },
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'BodyText', quickFormat: true, run: { font: FONTS, size: SIZE.body, bold: true }, paragraph: heading(0) },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'BodyText', quickFormat: true, run: { font: FONTS, size: SIZE.body, bold: true }, paragraph: heading(1) },
        { id: 'Heading3', name: 'Heading 3', basedOn: 'Normal', next: 'BodyText', quickFormat: true, run: { font: FONTS, size: SIZE.body }, paragraph: heading(2) },
        { id: 'TableText', name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { font: FONTS, size: SIZE.table }, paragraph: { spacing: { before: 0, after: 0 } } },
        { id: 'TableTitle', name: 'Table Title', basedOn: 'Normal', quickFormat: true, run: { font: FONTS, size: SIZE.body, bold: true }, paragraph: { spacing: { before: 120, after: 120 }, keepNext: true } },
      ],
    },
    sections: [{
      properties: { titlePage: true, page: { size: PAGE, margin: MARGIN } },
      headers: {
        default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONTS, size: SIZE.pageNumber })] })] }),
        first: new Header({ children: [new Paragraph({ children: [] })] }),
      },
      // One paragraph of each style, so that whoever restyles a copy in Word sees them all.
      children: [
        sample('Heading1', 'I. Heading 1 (Đề mục cấp I)'),
        sample('Heading2', '1. Heading 2 (Đề mục cấp 1)'),
        sample('Heading3', 'a) Heading 3 (Đề mục cấp a)'),
        sample('BodyText', 'Body Text: đoạn văn bản, căn đều hai lề, thụt đầu dòng 1 cm.'),
        sample('TableTitle', 'Table Title (Tên bảng)'),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [new TableRow({ children: [new TableCell({ children: [sample('TableText', 'Table Text (Chữ trong bảng)')] })] })],
        }),
      ],
    }],
  });
}

/** The reference document's bytes: the same for the same rules, whenever it is made. */
export async function referenceDocx() {
  const parts = unzipSync(new Uint8Array(await Packer.toBuffer(document())));
  const core = strFromU8(parts['docProps/core.xml'])
    .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${FIXED}$2`);
  parts['docProps/core.xml'] = strToU8(core);
  const names = Object.keys(parts).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : 1));
  return zipSync(Object.fromEntries(names.map((n) => [n, parts[n]])), { level: 9, mtime: new Date(Date.UTC(1980, 0, 1, 12)) });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('../templates/reference.docx', import.meta.url));
  writeFileSync(target, await referenceDocx());
  console.log(`wrote ${target}`);
}
