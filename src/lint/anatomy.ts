// Which paragraph of a document is which part of the decree's layout: the header table's two columns
// (parent, agency, "Số:", a công văn's "V/v"; Quốc hiệu, Tiêu ngữ, place and date), the document type and
// its subject, the body, and the signature table ("Nơi nhận" and the recipients; the signer's lines).
// Found by what the parts say and where they stand, as a clerk finds them, not by the styles' names.
import type { Block, LParagraph, LTable } from './read.js';

export interface Anatomy {
  /** An annex sent on its own ("Phụ lục …" first, no header): it has no header, signature or recipients of its own. */
  annex: boolean;
  header?: LTable;
  parent: LParagraph[];
  agency: LParagraph[];
  /** Paragraphs of the left column after the agency: a rule drawn or bordered among them. */
  leftAll: LParagraph[];
  rightAll: LParagraph[];
  number?: LParagraph;
  vv: LParagraph[];
  national?: LParagraph;
  motto?: LParagraph;
  date?: LParagraph;
  docType?: LParagraph;
  subject: LParagraph[];
  body: LParagraph[];
  signature?: LTable;
  recipientsHeading?: LParagraph;
  recipients: LParagraph[];
  signer: LParagraph[];
}

const TYPES = /^(KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|THÔNG BÁO|TỜ TRÌNH|CHỈ THỊ|HƯỚNG DẪN|CHƯƠNG TRÌNH|PHƯƠNG ÁN|ĐỀ ÁN|NGHỊ QUYẾT|QUY CHẾ|QUY ĐỊNH|CÔNG ĐIỆN|GIẤY MỜI|GIẤY GIỚI THIỆU|BIÊN BẢN|DỰ ÁN|BẢN GHI NHỚ|BẢN THỎA THUẬN|GIẤY ỦY QUYỀN|PHIẾU GỬI|PHIẾU CHUYỂN|PHIẾU BÁO|THƯ CÔNG)$/u;
const filled = (p: LParagraph) => p.text.trim() !== '';
const upper = (s: string) => s === s.toLocaleUpperCase('vi') && /\p{L}/u.test(s);

/** The paragraphs of a table's column (0: first, -1: last), every row. */
function column(table: LTable, which: 0 | -1): LParagraph[] {
  return table.rows.flatMap((row) => (row.length > 1 ? (which === 0 ? row[0]! : row.at(-1)!) : []));
}

export function anatomy(blocks: Block[]): Anatomy {
  const a: Anatomy = { annex: false, parent: [], agency: [], leftAll: [], rightAll: [], vv: [], subject: [], body: [], recipients: [], signer: [] };
  // The header: the first table, when nothing but empty paragraphs stands before it.
  const first = blocks.findIndex((b) => b.kind === 'table' || filled(b.p));
  const headerBlock = blocks[first];
  let at = first;
  if (headerBlock?.kind === 'table' && headerBlock.table.rows.some((r) => r.length > 1) && /CỘNG HÒA|Độc lập/i.test(column(headerBlock.table, -1).map((p) => p.text).join(' '))) {
    a.header = headerBlock.table;
    a.leftAll = column(a.header, 0);
    a.rightAll = column(a.header, -1);
    const left = a.leftAll.filter(filled);
    const numberAt = left.findIndex((p) => /^Số\s*:/i.test(p.text.trim()));
    const names = numberAt >= 0 ? left.slice(0, numberAt) : left;
    // The agency is the bold lines; the parent, the plain ones above them.
    const firstBold = names.findIndex((p) => p.runs.filter((r) => r.text.trim()).every((r) => r.props.bold));
    a.parent = firstBold > 0 ? names.slice(0, firstBold) : [];
    a.agency = firstBold >= 0 ? names.slice(firstBold) : names;
    if (numberAt >= 0) {
      a.number = left[numberAt];
      a.vv = left.slice(numberAt + 1).filter((p) => /^V\/v\b/i.test(p.text.trim()) || a.vv.length > 0);
    }
    const right = a.rightAll.filter(filled);
    a.national = right.find((p) => /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/i.test(p.text));
    a.motto = right.find((p) => /Độc lập/i.test(p.text));
    a.date = right.find((p) => /ngày|tháng|năm\s+\d{4}/i.test(p.text) && p !== a.motto);
    at = first + 1;
  }
  if (!a.header && headerBlock?.kind === 'p' && /^Phụ lục\b/i.test(headerBlock.p.text.trim())) a.annex = true;
  // The signature: the last table with "Nơi nhận" in a cell.
  let signatureAt = -1;
  for (let i = blocks.length - 1; i > at; i--) {
    const b = blocks[i]!;
    if (b.kind === 'table' && b.table.rows.flat(2).some((p) => /^Nơi nhận/i.test(p.text.trim()))) {
      signatureAt = i;
      a.signature = b.table;
      const cells = b.table.rows.flat();
      const leftCell = cells.find((c) => c.some((p) => /^Nơi nhận/i.test(p.text.trim())))!;
      a.recipientsHeading = leftCell.find((p) => /^Nơi nhận/i.test(p.text.trim()));
      a.recipients = leftCell.slice(leftCell.indexOf(a.recipientsHeading!) + 1).filter(filled);
      a.signer = cells.filter((c) => c !== leftCell).flat().filter(filled);
      break;
    }
  }
  const end = signatureAt >= 0 ? signatureAt : blocks.length;
  const paragraphs = blocks.slice(at, end).flatMap((b) => (b.kind === 'p' ? [b.p] : []));
  // Without a signature table: "Nơi nhận" and its lines as paragraphs, when the document has them.
  if (!a.signature) {
    const heading = paragraphs.findIndex((p) => /^Nơi nhận/i.test(p.text.trim()));
    if (heading >= 0) {
      a.recipientsHeading = paragraphs[heading];
      a.recipients = paragraphs.slice(heading + 1).filter((p) => /^[-–•]/.test(p.text.trim()));
      paragraphs.splice(heading);
    }
  }
  let i = paragraphs.findIndex(filled);
  const typeLine = paragraphs[i];
  if (typeLine && TYPES.test(typeLine.text.trim().toLocaleUpperCase('vi'))) {
    a.docType = typeLine;
    // The subject: the lines that follow, up to an empty line, a rule, or the first line not set like a title.
    for (i++; i < paragraphs.length && a.subject.length < 4; i++) {
      const p = paragraphs[i]!;
      if (!filled(p) || p.props.align !== 'center' || upper(p.text.trim()) && a.subject.length > 0) break;
      a.subject.push(p);
      if (p.props.borderBottom || p.drawnLine) { i++; break; }
    }
  }
  // The body: the paragraphs of running text after them (headings set apart, "Kính gửi", the lines of a
  // quyết định's authority, and short centred lines are not running text).
  for (; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const text = p.text.trim();
    if (!filled(p) || p.props.align === 'center' || p.props.align === 'right' || /^Kính gửi/i.test(text) || (upper(text) && text.length < 80 && !/^[IVX]+\.\s/.test(text))) continue;
    a.body.push(p);
  }
  return a;
}
