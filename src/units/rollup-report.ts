// The overview's words and its tabular form, shared by every output: the terminal table, Markdown, JSON,
// the .docx annex and the .xlsx sheet all show the same columns from the same rows.
import { displayPath } from '../paths.js';
import type { Period } from '../results/status.js';
import type { Rollup, Shortfall, UnitRollup } from './rollup.js';
import { widest } from '../text/widest.js';

// In the words an office's own overview uses: a plan is being drafted, drafted, or issued (it has a
// number); not the tool's words for its files.
const SHORTFALL_VI: Record<Shortfall, (u: UnitRollup) => string> = {
  'no-plan': () => 'chưa có kế hoạch',
  'two-plans': (u) => `có ${u.plans?.length ?? 2} kế hoạch cho một năm`,
  invalid: (u) => `kế hoạch chưa đúng thể thức (${u.errors} lỗi)`,
  unfinished: (u) => `còn ${u.awaiting} nội dung chưa viết`,
  'not-built': () => 'chưa có văn bản',
  'record-invalid': () => 'số liệu kết quả chưa đúng',
  posts: (u) => `thiếu tin, bài ${u.postsShort.length > 1 ? 'các tháng' : 'tháng'} ${u.postsShort.map((m) => Number(m.slice(5))).join(', ')}`,
  late: (u) => `${u.late.length} hoạt động chậm tiến độ`,
  'no-report': () => 'chưa báo cáo',
  'not-received': () => 'chưa gửi văn bản',
  form: (u) => {
    const wrong = (u.received ?? []).filter((d) => d.errors > 0);
    return `${wrong.length} văn bản gửi về sai thể thức (${wrong.reduce((n, d) => n + d.errors, 0)} lỗi)`;
  },
};

export const shortfallText = (u: UnitRollup) => u.shortfalls.map((s) => SHORTFALL_VI[s](u)).join('; ');

function planState(u: UnitRollup): string {
  if (u.plans) return `Có ${u.plans.length} bản`;
  if (!u.plan) return 'Chưa có';
  if (!u.valid) return 'Chưa đúng thể thức';
  if (u.awaiting) return 'Đang xây dựng';
  if (!u.built) return 'Đã xây dựng, chưa có văn bản';
  return u.number ? 'Đã ban hành' : 'Đã xây dựng';
}

/** Whether the unit has reported for the period, as the overview's column says it. */
const reportState = (u: UnitRollup) => (u.report ? (u.report.made ? 'Đã báo cáo' : u.report.due ? 'Chưa báo cáo' : 'Chưa đến hạn') : '');

/** What lint found in the documents the unit sent, in one cell. */
export function formState(u: UnitRollup): string {
  const docs = u.received ?? [];
  if (docs.length === 0) return 'Chưa gửi';
  const errors = docs.reduce((n, d) => n + d.errors, 0);
  const warnings = docs.reduce((n, d) => n + d.warnings, 0);
  const count = `${docs.length} văn bản`;
  if (errors === 0) return `${count}, đúng thể thức${warnings ? ` (${warnings} cảnh báo)` : ''}`;
  return `${count}, ${errors} lỗi${warnings ? `, ${warnings} cảnh báo` : ''}`;
}

/** The overview as rows of cells, under its column headings: one table for every output. */
export function rollupTable(r: Rollup, period: Period, narrow = false): { columns: string[]; rows: string[][] } {
  const months = Array.from({ length: period.to - period.from + 1 }, (_, i) => `T${period.from + i}`);
  const form = r.received !== undefined;
  const columns = ['Đơn vị', 'Kế hoạch', 'Số', 'Ngày', ...months.map((m) => `Tin, bài ${m}`), 'Hoạt động chậm', 'Báo cáo', ...(form ? ['Thể thức'] : []), 'Chưa đạt'];
  const rows = r.units.map((u) => [
    narrow ? (u.short ?? u.name) : u.name,
    planState(u),
    u.number ?? (u.plan ? 'Chưa có số' : ''),
    u.date ?? '',
    ...months.map((_, i) => (u.posts[i] ? String(u.posts[i]!.count) : '')),
    u.plan && u.valid ? String(u.late.length) : '',
    reportState(u),
    ...(form ? [formState(u)] : []),
    shortfallText(u),
  ]);
  return { columns, rows };
}

export function heading(r: Rollup, period: Period, dir: string): string {
  const short = r.units.filter((u) => u.shortfalls.length).length;
  return `Tình hình thực hiện kế hoạch tuyên truyền CCHC của các đơn vị, ${period.label} — ${displayPath(dir)}: ${r.units.length} đơn vị, ${short} chưa đạt`;
}

/** A plain table for the terminal, its columns padded; the units that fall short are listed first. */
export { reportState };

export function rollupText(r: Rollup, period: Period, dir: string, paint: { bad: (s: string) => string; good: (s: string) => string; bold: (s: string) => string }): string {
  const { columns, rows } = rollupTable(r, period, true);
  const short = columns.map((c) => c.replace('Tin, bài ', ''));
  const widths = short.map((c, i) => widest(rows, c.length, (row) => row[i]!.length));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = [paint.bold(heading(r, period, dir)), '', paint.bold(line(short))];
  r.units.forEach((u, i) => {
    const text = line(rows[i]!);
    out.push(u.shortfalls.length ? paint.bad(text) : paint.good(text));
  });
  if (r.units.length === 0) out.push('(không có đơn vị nào)');
  const target = r.units.find((u) => u.perMonth !== undefined)?.perMonth;
  if (target !== undefined) out.push('', `Chỉ tiêu: ${target} tin, bài mỗi tháng; tháng đang diễn ra chưa tính là thiếu.`);
  if (r.received !== undefined) out.push('', ...receivedLines(r, (s) => s, paint.bold));
  return out.join('\n') + '\n';
}

export function rollupMarkdown(r: Rollup, period: Period, dir: string): string {
  const { columns, rows } = rollupTable(r, period);
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const table = [`# ${heading(r, period, dir)}`, '', `| ${columns.map(cell).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''];
  if (r.received !== undefined) table.push(...receivedLines(r, (s) => `## ${s}`, (s) => `**${s}**`), '');
  return table.join('\n');
}

/** The findings in each document the units sent, unit by unit: what a văn thư would write back to them. */
function receivedLines(r: Rollup, title: (s: string) => string, bold: (s: string) => string): string[] {
  const out = [title(`Thể thức văn bản các đơn vị gửi về (${displayPath(r.received!)})`), ''];
  const faulty = r.units.filter((u) => (u.received ?? []).some((d) => d.findings.length > 0 || d.unreadable));
  if (faulty.length === 0) out.push('Các văn bản đã gửi đều đúng thể thức theo Nghị định 30/2020/NĐ-CP.');
  for (const u of faulty) {
    out.push(bold(u.name));
    for (const d of u.received!) {
      if (d.unreadable) {
        out.push(`- ${displayPath(d.file)}: không đọc được — ${d.unreadable}`);
        continue;
      }
      if (d.findings.length === 0) continue;
      out.push(`- ${displayPath(d.file)}: ${d.errors} lỗi, ${d.warnings} cảnh báo`);
      for (const f of d.findings) {
        out.push(`  - ${f.place}${f.quote ? ` ("${f.quote}")` : ''}: ${f.message} (${f.severity === 'error' ? 'lỗi' : 'cảnh báo'} ${f.rule}; ${f.clause})`);
      }
    }
    out.push('');
  }
  return out;
}

export function rollupJson(r: Rollup, period: Period, today: string, paths: { dir: string; results: string; built: string }): object {
  const count = (s: Shortfall) => r.units.filter((u) => u.shortfalls.includes(s)).length;
  const shortfalls: Shortfall[] = ['no-plan', 'two-plans', 'invalid', 'unfinished', 'not-built', 'record-invalid', 'posts', 'late', 'no-report', ...(r.received !== undefined ? (['not-received', 'form'] as const) : [])];
  const month = (m: number) => `${period.year}-${String(m).padStart(2, '0')}`;
  return {
    version: 1,
    period: { label: period.label, from: month(period.from), to: month(period.to) },
    today,
    dir: displayPath(paths.dir),
    results: displayPath(paths.results),
    built: displayPath(paths.built),
    received: r.received !== undefined ? displayPath(r.received) : null,
    summary: { units: r.units.length, short: r.units.filter((u) => u.shortfalls.length).length, ...Object.fromEntries(shortfalls.map((s) => [s, count(s)])) },
    units: r.units.map((u) => ({
      key: u.key,
      name: u.name,
      plan: u.plan ? displayPath(u.plan) : null,
      ...(u.plans && { plans: u.plans.map((p) => displayPath(p)) }),
      valid: u.valid ?? null,
      errors: u.errors,
      awaiting: u.awaiting,
      built: u.built ?? null,
      number: u.number ?? null,
      date: u.date ?? null,
      record: u.record ? displayPath(u.record) : null,
      posts: { target: u.perMonth ?? null, months: u.posts, short: u.postsShort },
      late: u.late,
      report: u.report ? { due: u.report.due, made: u.report.made, file: displayPath(u.report.file) } : null,
      ...(u.received && {
        received: u.received.map((d) => ({ file: displayPath(d.file), errors: d.errors, warnings: d.warnings, unreadable: d.unreadable ?? null, findings: d.findings })),
      }),
      shortfalls: u.shortfalls,
      summary: shortfallText(u),
    })),
  };
}
