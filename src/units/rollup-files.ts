// The overview as files: a .docx annex (one landscape table under ND30's appendix heading) that the
// Department attaches to its own report, and an .xlsx with one row per unit for the clerks to filter.
import { BLANK } from '../doc/template-context.js';
import { displayPath } from '../paths.js';
import { plain, type Appendix } from '../doc/model.js';
import type { Period } from '../results/status.js';
import { renderAnnexDocx } from '../writers/docx.js';
import type { Rollup } from './rollup.js';
import { rollupTable, shortfallText } from './rollup-report.js';

export interface Department {
  /** "SGDĐT", for "Báo cáo số …/BC-SGDĐT". */
  code?: string;
  /** "Sở Giáo dục và Đào tạo". */
  name?: string;
}

/** Dated the period's last day, so the same overview gives the same bytes. */
const periodEnd = (p: Period) => new Date(Date.UTC(p.year, p.to, 0));

export function rollupDocx(r: Rollup, period: Period, dept: Department, referenceDoc?: string): Uint8Array {
  const { columns, rows } = rollupTable(r, period);
  // Weights that keep "10/02/2025" and "15/KH-THCSTHPTLH" on one line at 13 pt, across a landscape page.
  const WEIGHTS: Record<string, number> = { 'Đơn vị': 5, 'Kế hoạch': 3.4, Số: 3.8, Ngày: 2.9, 'Hoạt động trễ': 1.8, 'Báo cáo': 2, 'Chưa đạt': 6 };
  const weight = (c: string) => WEIGHTS[c] ?? 1.3;
  const title = `TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH CỦA CÁC ĐƠN VỊ ${period.label.toLocaleUpperCase('vi')}`;
  const appendix: Appendix = {
    heading: plain('Phụ lục'),
    title: plain(title),
    reference: plain(`(Kèm theo Báo cáo số ${BLANK}/BC-${dept.code ?? BLANK} ngày ${BLANK} tháng ${BLANK} năm ${period.year}${dept.name ? ` của ${dept.name}` : ''})`),
    tables: [{
      title: [],
      columns: [{ label: plain('TT'), weight: 1.1 }, ...columns.map((c) => ({ label: plain(c), weight: weight(c) }))],
      rows: rows.map((row, i) => ({ cells: [plain(String(i + 1)), ...row.map(plain)] })),
    }],
  };
  return renderAnnexDocx(appendix, { title, agency: dept.name ?? '', date: periodEnd(period) }, referenceDoc);
}

export async function rollupXlsx(r: Rollup, period: Period): Promise<Uint8Array> {
  // exceljs writes a real workbook (shared strings, styles, filters) that Excel and LibreOffice open
  // without repair, and reads it back in the tests; the format is too large to write by hand.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'cchc-plan';
  book.created = book.modified = periodEnd(period);
  const sheet = book.addWorksheet('Đơn vị', { views: [{ state: 'frozen', ySplit: 1 }] });
  const months = Array.from({ length: period.to - period.from + 1 }, (_, i) => period.from + i);
  sheet.columns = [
    { header: 'Khóa', key: 'key', width: 16 },
    { header: 'Đơn vị', key: 'name', width: 40 },
    { header: 'Kế hoạch', key: 'plan', width: 34 },
    { header: 'Hợp lệ', key: 'valid', width: 8 },
    { header: 'Chỗ chờ viết', key: 'awaiting', width: 12 },
    { header: 'Đã dựng', key: 'built', width: 9 },
    { header: 'Số', key: 'number', width: 18 },
    { header: 'Ngày', key: 'date', width: 12 },
    ...months.map((m) => ({ header: `Tin, bài T${m}`, key: `m${m}`, width: 11 })),
    { header: 'Chỉ tiêu/tháng', key: 'target', width: 13 },
    { header: 'Hoạt động trễ', key: 'late', width: 13 },
    { header: 'Báo cáo', key: 'report', width: 14 },
    { header: 'Chưa đạt', key: 'short', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  const yesNo = (v: boolean | undefined) => (v === undefined ? null : v ? 'có' : 'không');
  for (const u of r.units) {
    sheet.addRow({
      key: u.key,
      name: u.name,
      plan: u.plan ? displayPath(u.plan) : u.plans ? u.plans.map((p) => displayPath(p)).join('; ') : null,
      valid: yesNo(u.valid),
      awaiting: u.plan ? u.awaiting : null,
      built: yesNo(u.built),
      number: u.number ?? null,
      date: u.date ?? null,
      ...Object.fromEntries(u.posts.map((p) => [`m${Number(p.month.slice(5))}`, p.count])),
      target: u.perMonth ?? null,
      late: u.plan && u.valid ? u.late.length : null,
      report: u.report ? (u.report.made ? 'đã báo cáo' : u.report.due ? 'chưa' : 'chưa đến hạn') : null,
      short: shortfallText(u) || null,
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
