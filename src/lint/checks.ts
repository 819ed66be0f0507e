// What each rule of rules/nd30/ looks at, by its id: the rule file gives the clause, the severity and the
// numbers; the function here finds the paragraphs (anatomy.ts) and compares what Word would show with them.
import { range, rule, type RuleData } from '../nd30/rules.js';
import { say } from '../i18n.js';
import type { Anatomy } from './anatomy.js';
import type { LintDoc, LParagraph, Where } from './read.js';
import { allParagraphs } from './read.js';

export interface LintFinding {
  rule: RuleData;
  where: Where;
  /** A few words of the paragraph, so a person can find it. */
  quote?: string;
  /** What is wrong here, in the reader's language. */
  detail: string;
}

type Report = (where: Where, detail: string, quote?: string) => void;
type Check = (doc: LintDoc, a: Anatomy, report: Report) => void;

const TWIPS_PER_MM = 56.7;
const mm = (twips: number) => Math.round((twips / TWIPS_PER_MM) * 10) / 10;
const pt = (halfPoints: number | undefined) => (halfPoints === undefined ? undefined : halfPoints / 2);
const inRange = (v: number | undefined, [lo, hi]: [number, number]) => v !== undefined && v >= lo - 1e-9 && v <= hi + 1e-9;
const quote = (p: LParagraph) => (p.text.trim().length > 48 ? `${p.text.trim().slice(0, 45)}…` : p.text.trim());
/** Runs with letters in them: an empty run's formatting shows nothing. */
const shown = (p: LParagraph) => p.runs.filter((r) => /\S/.test(r.text));
const allOf = (p: LParagraph, test: (r: LParagraph['runs'][number]) => boolean) => shown(p).length > 0 && shown(p).every(test);
const capitals = (p: LParagraph) => allOf(p, (r) => r.props.caps === true || r.text === r.text.toLocaleUpperCase('vi'));
const sizes = (p: LParagraph) => [...new Set(shown(p).map((r) => pt(r.props.size)))];

/** The paragraph's sizes outside the range, as words; undefined when every run is within it. */
function sizeProblem(p: LParagraph, allowed: [number, number]): string | undefined {
  const wrong = sizes(p).filter((s) => !inRange(s, allowed));
  if (wrong.length === 0) return undefined;
  const was = wrong.map((s) => (s === undefined ? say('không rõ', 'unknown') : `${s} pt`)).join(', ');
  const want = allowed[0] === allowed[1] ? `${allowed[0]} pt` : `${allowed[0]}–${allowed[1]} pt`;
  return say(`cỡ chữ ${was}, cần ${want}`, `size ${was}, needs ${want}`);
}

/** Problems of a line's emphasis and case: "không đậm", "chữ thường". */
function styleProblems(p: LParagraph, want: { bold?: boolean; italic?: boolean; caps?: boolean }): string[] {
  const out: string[] = [];
  if (want.bold === true && !allOf(p, (r) => !!r.props.bold)) out.push(say('không đậm', 'not bold'));
  if (want.bold === false && shown(p).some((r) => r.props.bold)) out.push(say('in đậm', 'bold'));
  if (want.italic === true && !allOf(p, (r) => !!r.props.italic)) out.push(say('không nghiêng', 'not italic'));
  if (want.italic === false && shown(p).some((r) => r.props.italic)) out.push(say('in nghiêng', 'italic'));
  if (want.caps && !capitals(p)) out.push(say('không viết in hoa', 'not in capitals'));
  return out;
}

function line(report: Report, p: LParagraph, id: string, sizeRange: string, want: Parameters<typeof styleProblems>[1]) {
  const problems = [sizeProblem(p, range(id, sizeRange)), ...styleProblems(p, want)].filter((x): x is string => !!x);
  if (problems.length) report(p.where, problems.join('; '), quote(p));
}

/** A rule drawn under a line: a paragraph border, or a line shape, among the paragraphs after `from`. */
function ruleAfter(cell: LParagraph[], from: LParagraph | undefined, until?: (p: LParagraph) => boolean): boolean {
  if (!from) return false;
  const start = cell.indexOf(from);
  for (let i = start; i < cell.length; i++) {
    const p = cell[i]!;
    if (i > start && until?.(p)) break;
    if (p.props.borderBottom || p.drawnLine || (i > start && p.props.borderTop) || (i > start && /^[_—─]{5,}$/.test(p.text.trim()))) return true;
  }
  return false;
}

/** "Place, ngày 05 tháng 01 năm 2025"; a draft leaves the day or the month blank ("ngày    tháng 01"). */
const DATE = /,\s*ngày\s*(\d*|[.…]*)\s*tháng\s*(\d*|[.…]*)\s*năm\s*\d{4}/u;

export const CHECKS: Record<string, Check> = {
  paper: (doc, _a, report) => {
    const { width_mm: w, height_mm: h, tolerance_mm: tol } = rule('paper').params as { width_mm: number; height_mm: number; tolerance_mm: number };
    doc.sections.forEach((s, i) => {
      if (s.width === undefined || s.height === undefined) return;
      const [short, long] = [Math.min(s.width, s.height), Math.max(s.width, s.height)].map(mm) as [number, number];
      if (Math.abs(short - w) > tol || Math.abs(long - h) > tol) report({}, say(`phần ${i + 1} của văn bản có khổ ${short} × ${long} mm`, `section ${i + 1} is ${short} × ${long} mm`));
    });
  },
  margins: (doc, _a, report) => {
    // Sections with the same fault share one finding: "phần 1, 2: lề trên 30 mm".
    const found = new Map<string, number[]>();
    doc.sections.forEach((s, i) => {
      // A landscape page (an appendix's wide table) keeps the same margins, as the text runs on it.
      const sides = s.margins;
      const wrong = (['top', 'bottom', 'left', 'right'] as const).filter((side) => sides[side] !== undefined && !inRange(mm(sides[side]!), range('margins', `${side}_mm`)));
      if (wrong.length) {
        const names: Record<string, [string, string]> = { top: ['trên', 'top'], bottom: ['dưới', 'bottom'], left: ['trái', 'left'], right: ['phải', 'right'] };
        const words = wrong.map((side) => `${say(`lề ${names[side]![0]}`, `${names[side]![1]} margin`)} ${mm(sides[side]!)} mm (${range('margins', `${side}_mm`).join('–')} mm)`);
        found.set(words.join(', '), [...(found.get(words.join(', ')) ?? []), i + 1]);
      }
    });
    for (const [words, sections] of found) {
      report({}, `${doc.sections.length > 1 ? say(`phần ${sections.join(', ')}: `, `section${sections.length > 1 ? 's' : ''} ${sections.join(', ')}: `) : ''}${words}`);
    }
  },
  font: (doc, _a, report) => {
    const font = String(rule('font').params!.font);
    const paragraphs = [...allParagraphs(doc.blocks), ...Object.values(doc.headers).flat()];
    const seen = new Map<string, LParagraph[]>();
    for (const p of paragraphs) {
      for (const r of shown(p)) {
        const used = r.props.font ?? say('phông mặc định của Word', "Word's default font");
        if (used.toLowerCase() !== font.toLowerCase()) seen.set(used, [...(seen.get(used) ?? []), p].filter((x, i, all) => all.indexOf(x) === i));
      }
    }
    // One finding per font, at its first paragraph, with how many paragraphs use it: not one per run.
    for (const [used, where] of seen) {
      report(where[0]!.where, say(`phông ${used} (${where.length} đoạn)`, `the font ${used} (${where.length} paragraphs)`), quote(where[0]!));
    }
  },
  'national-title': (_doc, a, report) => {
    if (a.annex) return;
    if (!a.national) return report({}, say('không thấy dòng "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" ở cột phải của phần đầu văn bản', 'no line "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in the right column of the header'));
    line(report, a.national, 'national-title', 'size_pt', { bold: true, italic: false, caps: true });
  },
  motto: (_doc, a, report) => {
    if (a.annex) return;
    if (!a.motto) return report({}, say('không thấy dòng "Độc lập - Tự do - Hạnh phúc"', 'no line "Độc lập - Tự do - Hạnh phúc"'));
    line(report, a.motto, 'motto', 'size_pt', { bold: true, italic: false });
    if (a.motto.text.trim() !== 'Độc lập - Tự do - Hạnh phúc') report(a.motto.where, say('viết khác "Độc lập - Tự do - Hạnh phúc" (chữ hoa đầu cụm từ, gạch nối có cách chữ hai bên)', 'written other than "Độc lập - Tự do - Hạnh phúc" (each phrase capitalised, hyphens with spaces)'), quote(a.motto));
  },
  'motto-rule': (_doc, a, report) => {
    if (a.motto && !ruleAfter(a.rightAll, a.motto, (p) => p === a.date)) report(a.motto.where, say('không có đường kẻ dưới Tiêu ngữ', 'no rule under the motto'), quote(a.motto));
  },
  agency: (_doc, a, report) => {
    if (a.annex) return;
    if (!a.header) return report({}, say('không thấy phần đầu văn bản (bảng hai cột: cơ quan ban hành; Quốc hiệu, Tiêu ngữ)', 'no header (a two-column table: the agency; the national title and motto)'));
    if (a.agency.length === 0) return report({}, say('không thấy tên cơ quan ban hành ở cột trái', 'no issuing agency in the left column'));
    for (const p of a.parent) line(report, p, 'agency', 'size_pt', { bold: false, italic: false, caps: true });
    for (const p of a.agency) line(report, p, 'agency', 'size_pt', { bold: true, italic: false, caps: true });
  },
  'agency-rule': (_doc, a, report) => {
    const last = a.agency.at(-1);
    if (last && !ruleAfter(a.leftAll, last, (p) => p === a.number)) report(last.where, say('không có đường kẻ dưới tên cơ quan ban hành', 'no rule under the issuing agency'), quote(last));
  },
  number: (_doc, a, report) => {
    if (!a.header) return;
    if (!a.number) return report({}, say('không thấy dòng "Số: …/…" ở cột trái của phần đầu văn bản', 'no "Số: …/…" line in the left column of the header'));
    const text = a.number.text.trim();
    const m = /^Số\s*:\s*(\d*)\s*\/\s*(\S*)/u.exec(text);
    const problems: string[] = [];
    if (!m || !m[2]) problems.push(say('thiếu dấu "/" và ký hiệu sau số', 'no "/" and code after the number'));
    else {
      if (m[1] && m[1].length === 1) problems.push(say(`số ${m[1]} cần số 0 đứng trước (0${m[1]})`, `the number ${m[1]} needs a leading zero (0${m[1]})`));
      if (/\s-|-\s/.test(text.slice(text.indexOf('/')))) problems.push(say('ký hiệu có dấu cách quanh dấu "-"', 'spaces around "-" in the code'));
    }
    const size = sizeProblem(a.number, range('number', 'size_pt'));
    if (size) problems.push(size);
    problems.push(...styleProblems(a.number, { bold: false, italic: false }));
    if (problems.length) report(a.number.where, problems.join('; '), quote(a.number));
  },
  'place-date': (_doc, a, report) => {
    if (!a.header) return;
    if (!a.date) return report({}, say('không thấy dòng địa danh và ngày tháng ở cột phải', 'no place and date line in the right column'));
    const problems: string[] = [];
    const m = DATE.exec(a.date.text);
    if (!m) problems.push(say('không có dạng "Địa danh, ngày … tháng … năm …"', 'not in the form "Place, ngày … tháng … năm …"'));
    else {
      if (/^\d$/.test(m[1]!)) problems.push(say(`ngày ${m[1]} cần số 0 đứng trước (0${m[1]})`, `day ${m[1]} needs a leading zero (0${m[1]})`));
      if (/^[12]$/.test(m[2]!)) problems.push(say(`tháng ${m[2]} cần số 0 đứng trước (0${m[2]})`, `month ${m[2]} needs a leading zero (0${m[2]})`));
    }
    const size = sizeProblem(a.date, range('place-date', 'size_pt'));
    if (size) problems.push(size);
    problems.push(...styleProblems(a.date, { italic: true, bold: false }));
    if (problems.length) report(a.date.where, problems.join('; '), quote(a.date));
  },
  'document-type': (_doc, a, report) => {
    if (!a.docType) return;
    const problems = [sizeProblem(a.docType, range('document-type', 'size_pt')), ...styleProblems(a.docType, { bold: true, italic: false, caps: true })].filter((x): x is string => !!x);
    if (a.docType.props.align !== 'center') problems.push(say('không căn giữa', 'not centred'));
    if (problems.length) report(a.docType.where, problems.join('; '), quote(a.docType));
  },
  subject: (_doc, a, report) => {
    for (const p of a.subject) {
      const problems = [sizeProblem(p, range('subject', 'size_pt')), ...styleProblems(p, { bold: true, italic: false })].filter((x): x is string => !!x);
      if (p.props.align !== 'center') problems.push(say('không căn giữa', 'not centred'));
      if (problems.length) report(p.where, problems.join('; '), quote(p));
    }
    for (const p of a.vv) {
      const problems = [sizeProblem(p, range('subject', 'vv_size_pt')), ...styleProblems(p, { bold: false, italic: false })].filter((x): x is string => !!x);
      if (problems.length) report(p.where, problems.join('; '), quote(p));
    }
    if (a.docType && a.subject.length === 0) report(a.docType.where, say('không thấy trích yếu (dòng đậm, căn giữa) dưới tên loại', 'no subject (a bold centred line) under the document type'), quote(a.docType));
  },
  body: (_doc, a, report) => {
    const [lo, hi] = range('body', 'first_line_cm');
    const [single, most] = range('body', 'line_spacing');
    const between = Number(rule('body').params!.space_between_pt);
    // Like paragraphs share one finding, at the first of them, with how many there are.
    const found = new Map<string, LParagraph[]>();
    for (const p of a.body) {
      const problems: string[] = [];
      const size = sizeProblem(p, range('body', 'size_pt'));
      if (size) problems.push(size);
      if (p.props.align !== 'both' && p.props.align !== 'distribute') problems.push(say('không căn đều hai bên', 'not justified'));
      const indent = ((p.props.firstLine ?? 0) / TWIPS_PER_MM) / 10;
      if (!inRange(Math.round(indent * 100) / 100, [lo, hi])) problems.push(say(`lùi đầu dòng ${indent.toFixed(2)} cm, cần ${lo}–${hi} cm`, `first-line indent ${indent.toFixed(2)} cm, needs ${lo}–${hi} cm`));
      const gap = ((p.props.before ?? 0) + (p.props.after ?? 0)) / 20;
      if (gap < between) problems.push(say(`cách đoạn ${gap} pt, cần từ ${between} pt`, `${gap} pt between paragraphs, needs ${between} pt or more`));
      const lines = p.props.lineRule === 'auto' || p.props.lineRule === undefined ? (p.props.line ?? 240) / 240 : undefined;
      if (lines !== undefined && !inRange(Math.round(lines * 100) / 100, [single, most])) problems.push(say(`khoảng cách dòng ${lines.toFixed(2)} dòng, cần ${single}–${most}`, `line spacing ${lines.toFixed(2)} lines, needs ${single}–${most}`));
      if (problems.length) found.set(problems.join('; '), [...(found.get(problems.join('; ')) ?? []), p]);
    }
    for (const [problems, ps] of found) report(ps[0]!.where, ps.length > 1 ? `${problems} (${say(`${ps.length} đoạn như thế`, `${ps.length} such paragraphs`)})` : problems, quote(ps[0]!));
  },
  'page-numbers': (doc, _a, report) => {
    const first = doc.sections[0];
    if (!first) return;
    const printsNumber = (id: string | undefined) => !!id && (doc.headers[id] ?? []).some((p) => p.pageField);
    const numbered = doc.sections.some((s) => printsNumber(s.headers.default));
    if (!numbered) return report({}, say('không đánh số trang (số trang ở giữa phần lề trên, từ trang thứ hai)', 'no page numbers (centred in the top margin, from the second page)'));
    if (printsNumber(first.titlePage ? first.headers.first : first.headers.default)) {
      report({ header: first.titlePage ? first.headers.first : first.headers.default }, say('số trang hiện ở trang thứ nhất', 'a page number on the first page'));
    }
    for (const s of doc.sections) {
      if (s.pageNumberFormat && !/^decimal/.test(s.pageNumberFormat)) report({}, say(`số trang dạng ${s.pageNumberFormat}, cần chữ số Ả Rập`, `page numbers as ${s.pageNumberFormat}, need Arabic numerals`));
      const id = s.headers.default;
      const paragraph = id ? (doc.headers[id] ?? []).find((p) => p.pageField) : undefined;
      if (!paragraph) continue;
      const problems: string[] = [];
      if (paragraph.props.align !== 'center') problems.push(say('không căn giữa', 'not centred'));
      const size = sizeProblem(paragraph, range('page-numbers', 'size_pt'));
      if (size) problems.push(size);
      if (problems.length) report({ header: id }, problems.join('; '));
      break;
    }
  },
  signature: (_doc, a, report) => {
    if (a.signer.length === 0) return;
    const authorities = (rule('signature').params!.authorities as string[]);
    const name = a.signer.at(-1)!;
    // Every line above the name is the authority or the title, but a note in brackets ("(Đã ký)").
    for (const p of a.signer.slice(0, -1)) {
      if (/^\(.*\)$/.test(p.text.trim())) continue;
      line(report, p, 'signature', 'size_pt', { bold: true, italic: false, caps: true });
    }
    const first = a.signer[0]!.text.trim();
    if (/^(TM|KT|Q|TL|TUQ)\b(?!\.)/i.test(first) && !authorities.some((x) => first.startsWith(x))) {
      report(a.signer[0]!.where, say(`quyền hạn viết "${first.split(/\s/)[0]}", cần một trong ${authorities.join(', ')}`, `the authority is written "${first.split(/\s/)[0]}", needs one of ${authorities.join(', ')}`), quote(a.signer[0]!));
    }
    line(report, name, 'signature', 'size_pt', { bold: true, italic: false });
  },
  recipients: (_doc, a, report) => {
    if (a.annex) return;
    if (!a.recipientsHeading) return report({}, say('không thấy "Nơi nhận:"', 'no "Nơi nhận:"'));
    line(report, a.recipientsHeading, 'recipients', 'heading_size_pt', { bold: true, italic: true });
    const wrongSize = a.recipients.filter((p) => sizeProblem(p, range('recipients', 'size_pt')));
    if (wrongSize.length) report(wrongSize[0]!.where, `${sizeProblem(wrongSize[0]!, range('recipients', 'size_pt'))}${wrongSize.length > 1 ? ` (${say(`${wrongSize.length} dòng`, `${wrongSize.length} lines`)})` : ''}`, quote(wrongSize[0]!));
    const last = a.recipients.at(-1);
    if (!last || !/^[-–]\s*Lưu\s*:?\s*VT/i.test(last.text.trim())) report((last ?? a.recipientsHeading).where, say('dòng cuối không phải "- Lưu: VT, …"', 'the last line is not "- Lưu: VT, …"'), last && quote(last));
  },
};
