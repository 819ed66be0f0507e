// The overview as files: a .docx annex (one landscape table under ND30's appendix heading) that the
// Department attaches to its own report, and an .xlsx with one row per unit for the clerks to filter.
import { BLANK } from '../doc/template-context.js';
import { displayPath } from '../paths.js';
import { plain, type Appendix } from '../doc/model.js';
import type { Period } from '../results/status.js';
import { renderAnnexDocx } from '../writers/docx.js';
import type { Rollup } from './rollup.js';
import { formState, reportState, rollupTable, shortfallText } from './rollup-report.js';

export interface Department {
  /** "SGDĐT", for "Báo cáo số …/BC-SGDĐT". */
  code?: string;
  /** "Sở Giáo dục và Đào tạo". */
  name?: string;
}

/** Dated the period's last day, so the same overview gives the same bytes. */
const periodEnd = (p: Period) => new Date(Date.UTC(p.year, p.to, 0));

export function rollupDocx(r: Rollup, period: Period, dept: Department, referenceDoc?: string): Uint8Array {
  const table = rollupTable(r, period);
  // On a landscape page the form of what units sent is said in "Chưa đạt" ("1 văn bản gửi về sai thể thức
  // (3 lỗi)"); a column of its own would squeeze the headings until they break inside words.
  const drop = table.columns.indexOf('Thể thức');
  const columns = table.columns.filter((_, i) => i !== drop);
  const rows = table.rows.map((row) => row.filter((_, i) => i !== drop));
  // Weights that keep "10/02/2025" and "15/KH-THCSTHPTLH" on one line at 13 pt, across a landscape page.
  // The columns are never narrower than their longest word (table-layout.ts); these weights share the rest.
  const WEIGHTS: Record<string, number> = { 'Đơn vị': 5, 'Kế hoạch': 3.4, Số: 3.8, Ngày: 2.9, 'Hoạt động chậm': 1.8, 'Báo cáo': 2, 'Chưa đạt': 6 };
  const weight = (c: string) => WEIGHTS[c] ?? 1.3;
  const title = rollupTitle(period).toLocaleUpperCase('vi');
  const appendix: Appendix = {
    heading: plain('Phụ lục'),
    title: plain(title),
    reference: plain(`(Kèm theo Báo cáo số ${BLANK}/BC-${dept.code ?? BLANK} ngày ${BLANK} tháng ${BLANK} năm ${period.year}${dept.name ? ` của ${dept.name}` : ''})`),
    tables: [{
      title: [],
      columns: [{ label: plain('STT'), weight: 1.1 }, ...columns.map((c) => ({ label: plain(c), weight: weight(c) }))],
      rows: rows.map((row, i) => ({ cells: [plain(String(i + 1)), ...row.map(plain)] })),
    }],
  };
  return renderAnnexDocx(appendix, { title, agency: dept.name ?? '', date: periodEnd(period) }, referenceDoc);
}

/** The overview's title: what the annex and the workbook are about. */
export const rollupTitle = (period: Period) => `Tình hình thực hiện kế hoạch tuyên truyền cải cách hành chính của các đơn vị ${period.label}`;

export async function rollupXlsx(r: Rollup, period: Period): Promise<Uint8Array> {
  // exceljs writes a real workbook (shared strings, styles, filters) that Excel and LibreOffice open
  // without repair, and reads it back in the tests; the format is too large to write by hand.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'cchc-plan';
  book.created = book.modified = periodEnd(period);
  // Row 1 names the period; the headings are row 2, frozen with it, and carry the filter.
  const sheet = book.addWorksheet('Đơn vị', { views: [{ state: 'frozen', ySplit: 2 }] });
  const months = Array.from({ length: period.to - period.from + 1 }, (_, i) => period.from + i);
  const columns = [
    { header: 'Đơn vị', key: 'name', width: 40 },
    { header: 'Kế hoạch', key: 'plan', width: 26 },
    { header: 'Số', key: 'number', width: 18 },
    { header: 'Ngày', key: 'date', width: 12, style: { numFmt: 'dd/mm/yyyy' } },
    ...months.map((m) => ({ header: `Tin, bài tháng ${m}`, key: `m${m}`, width: 11 })),
    { header: 'Chỉ tiêu/tháng', key: 'target', width: 13 },
    { header: 'Hoạt động chậm', key: 'late', width: 13 },
    { header: 'Báo cáo', key: 'report', width: 14 },
    ...(r.received !== undefined ? [{ header: 'Thể thức văn bản gửi về', key: 'form', width: 24 }] : []),
    { header: 'Chưa đạt', key: 'short', width: 60 },
    { header: 'Nội dung chưa viết', key: 'awaiting', width: 12 },
    { header: 'Tệp kế hoạch', key: 'file', width: 34 },
    { header: 'Mã đơn vị', key: 'key', width: 16 },
  ];
  sheet.columns = columns.map(({ header: _, ...c }) => c);
  sheet.addRow([rollupTitle(period)]).font = { bold: true, size: 13 };
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  const dayOf = (dmy: string | undefined) => {
    const m = dmy && /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(dmy);
    return m ? new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) : (dmy ?? null);
  };
  for (const u of r.units) {
    sheet.addRow({
      name: u.name,
      plan: rollupTable({ units: [u] } as Rollup, period).rows[0]![1],
      number: u.number ?? null,
      // A date as a date (the day of a draft, "…/01/2025", stays text).
      date: dayOf(u.date),
      ...Object.fromEntries(u.posts.map((p) => [`m${Number(p.month.slice(5))}`, p.count])),
      target: u.perMonth ?? null,
      late: u.plan && u.valid ? u.late.length : null,
      report: reportState(u) || null,
      ...(r.received !== undefined && { form: formState(u) }),
      short: shortfallText(u) || null,
      awaiting: u.plan ? u.awaiting : null,
      file: u.plan ? displayPath(u.plan) : u.plans ? u.plans.map((p) => displayPath(p)).join('; ') : null,
      key: u.key,
    });
  }
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
