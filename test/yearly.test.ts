// The yearly routine: next year's plan from this year's (`new`), the year's duties as a calendar
// (`calendar`, read back with ical.js) and the month's duties (`due`), each run as a user runs it.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, ROOT, workspace, shipped } from './support/cli.js';

const PLAN_2025 = shipped('plans/2025.yaml');
const PLAN_2022 = shipped('plans/2022.yaml');

/** Comments as a reader sees them: from "#" after a space or at a line start, to the line end. */
const comments = (yaml: string) => yaml.split('\n').flatMap((l) => /(?:^|\s)(#.*)$/.exec(l)?.[1] ?? []);

describe('new 2026 --from 2025', () => {
  const dir = workspace({ 'plans/2025.yaml': PLAN_2025 });
  const run = cli(['new', '2026', '--from', '2025'], { cwd: dir });
  const written = () => readFileSync(join(dir, 'plans', '2026.yaml'), 'utf8');

  it('writes plans/2026.yaml and says what it changed and what to check', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('plans/2026.yaml: từ plans/2025.yaml');
    expect(run.stdout).toMatch(/15:9 +period +2025 → 2026/);
    expect(run.stdout).toMatch(/header\.date +2025-01 → 2026/);
    expect(run.stdout).toMatch(/Cần người xem lại \(2\):\n.*# Kế hoạch tuyên truyền cải cách hành chính năm 2025.*\n.*preamble\[0\] +22\/01\/2025/);
  });

  it('moves the years that follow the plan, and only those, line for line', () => {
    const before = PLAN_2025.split('\n');
    const after = written().split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [i]));
    expect(changed.length).toBeGreaterThan(15);
    for (const i of changed) {
      if (/^\s+date:/.test(before[i]!)) continue;
      // The same line with each year one later, except inside a full date (22/01/2025).
      const expected = before[i]!.replace(/(\d\d\/\d\d\/)?(20\d\d)(?!\d)/g, (m, date, y) => (date ? m : String(Number(y) + 1)));
      expect(after[i]).toBe(expected);
    }
    const plan = parse(written());
    expect(plan.period).toBe(2026);
    expect(plan.header).toMatchObject({ number: null, date: 2026 });
    expect(plan.appendices[0].tables[0].rows[0].content).toBe('Kết quả khảo sát sự hài lòng của người dân đối với dịch vụ giáo dục công năm 2025');
    expect(plan.appendices[0].tables[0].rows.map((r: { month: number }) => r.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(written()).toContain('ngày 22/01/2025');
  });

  it('keeps every comment', () => {
    expect(comments(PLAN_2025).length).toBeGreaterThan(5);
    expect(comments(written())).toEqual(comments(PLAN_2025));
  });

  it('validates and builds', () => {
    const validate = cli(['validate', '2026'], { cwd: dir });
    expect(validate.code, validate.stdout).toBe(0);
    expect(validate.stdout).toContain('0 lỗi');
    expect(cli(['build', '2026', '--format', 'docx'], { cwd: dir }).code).toBe(0);
  });

  it('against 2025 with --ignore-year, differs only in the cleared date (the number was already blank)', () => {
    const diff = cli(['diff', '2025', '2026', '--ignore-year', '--format', 'json'], { cwd: dir });
    expect(diff.code).toBe(1);
    expect(JSON.parse(diff.stdout).changes).toEqual([{ kind: 'changed', path: ['Phần đầu', 'Ngày ban hành'], old: '01/2025', new: '2026' }]);
  });

  it('refuses to overwrite an existing plan without --force', () => {
    const before = statSync(join(dir, 'plans', '2026.yaml')).mtimeMs;
    const again = cli(['new', '2026'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('plans/2026.yaml đã có; tệp được giữ nguyên');
    expect(again.stderr).toContain('--force');
    expect(statSync(join(dir, 'plans', '2026.yaml')).mtimeMs).toBe(before);
    expect(cli(['new', '2026', '--force'], { cwd: dir }).code).toBe(0);
  });
});

describe('new: other plans', () => {
  it('clears a registered number and a full date', () => {
    const signed = PLAN_2025.replace('  number:            # chưa lấy số', '  number: 5          # số đã lấy').replace('  date: 2025-01      #', '  date: 2025-01-24   #');
    const dir = workspace({ 'plans/2025.yaml': signed });
    expect(cli(['new', '2026'], { cwd: dir }).code).toBe(0);
    const text = readFileSync(join(dir, 'plans', '2026.yaml'), 'utf8');
    expect(text).toMatch(/\n  number: +# số đã lấy\n/);
    expect(text).toContain('\n  date: 2026   # ngày để trống đến khi ký\n');
    expect(parse(text).header).toMatchObject({ number: null, date: 2026 });
  });

  it('a period spanning years moves by its length: 2022-2025 → 2026-2029', () => {
    const span = PLAN_2022.replace('period: 2022', 'period: "2022-2025"');
    const dir = workspace({ 'plans/2022.yaml': span });
    const run = cli(['new', '2026'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const plan = parse(readFileSync(join(dir, 'plans', '2026.yaml'), 'utf8'));
    expect(plan.period).toBe('2026-2029');
    expect(plan.title).toBe('Tuyên truyền cải cách hành chính năm 2026');
    expect(run.stdout).toMatch(/ngày 21 tháng 01 năm 2022 — ngày của một văn bản/);
    expect(cli(['validate', '2026'], { cwd: dir }).code).toBe(0);
  });

  it('with no earlier plan, says so (exit 2)', () => {
    const run = cli(['new', '2020'], { cwd: workspace({ 'plans/2025.yaml': PLAN_2025 }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không có kế hoạch nào trước năm 2020');
  });
});

interface Event { uid: string; summary: string; start: string; end: string; description: string }

function events(ics: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toString(), end: e.endDate.toString(), description: e.description };
  });
}

describe('calendar 2025', () => {
  const dir = workspace({ 'plans/2025.yaml': PLAN_2025 });
  const run = cli(['calendar', '2025'], { cwd: dir });
  const ics = readFileSync(join(dir, 'out', '2025.ics'), 'utf8');
  const all = events(ics);

  it('writes out/2025.ics with one event per monthly activity and per rota month', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('out/2025.ics: 20 sự kiện\n');
    expect(all).toHaveLength(12 + 8);
    const monthly = all.filter((e) => e.description.includes('Bảng: Phân công nhiệm vụ thực hiện công tác'));
    expect(monthly.map((e) => e.start)).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}-01`));
    expect(monthly.map((e) => e.end)).toEqual(Array.from({ length: 12 }, (_, i) => (i === 11 ? '2026-01-01' : `2025-${String(i + 2).padStart(2, '0')}-01`)));
    const rota = all.filter((e) => e.description.includes('Bảng: Phân công nhiệm vụ viết tin'));
    expect(rota.map((e) => e.start.slice(0, 7))).toEqual(['2025-02', '2025-03', '2025-04', '2025-05', '2025-07', '2025-08', '2025-10', '2025-11']);
  });

  it('carries the content, the form, the lead and the cooperating units', () => {
    const june = all.find((e) => e.start === '2025-06-01' && e.summary.includes('Toạ đàm'))!;
    expect(june.summary).toBe('Trường THCS và THPT Long Hưng: Toạ đàm CCHC gắn với nhiệm vụ chuyển đổi số');
    expect(june.description).toContain('Hình thức: Toạ đàm');
    expect(june.description).toContain('Đơn vị phối hợp: Phòng TCCB và các đơn vị liên quan');
  });

  it('has stable, unique UIDs: the same file on every run', () => {
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
    expect(cli(['calendar', '2025', '--out', 'again.ics'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'again.ics'), 'utf8')).toBe(ics);
  });

  it('keeps its UIDs when a row is reworded, so a re-import updates the event', () => {
    const reworded = workspace({ 'plans/2025.yaml': PLAN_2025.replace('Toạ đàm CCHC gắn với nhiệm vụ chuyển đổi số', 'Toạ đàm CCHC và chuyển đổi số') });
    cli(['calendar', '2025'], { cwd: reworded });
    const after = events(readFileSync(join(reworded, 'out', '2025.ics'), 'utf8'));
    expect(after.map((e) => e.uid)).toEqual(all.map((e) => e.uid));
    expect(after.find((e) => e.start === '2025-06-01' && e.summary.includes('Toạ đàm'))!.summary).toContain('Toạ đàm CCHC và chuyển đổi số');
  });

  it('is RFC 5545 text: CRLF lines of at most 75 octets', () => {
    const lines = ics.split('\r\n');
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(lines.filter((l) => l.includes('\n'))).toEqual([]);
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
  });

  it('--unit keeps one unit\'s duties, as lead or cooperating', () => {
    const unit = cli(['calendar', '2025', '--unit', 'tccb'], { cwd: dir });
    expect(unit.code, unit.stderr).toBe(0);
    const mine = events(readFileSync(join(dir, 'out', '2025-tccb.ics'), 'utf8'));
    expect(mine.length).toBe(all.filter((e) => /Phòng TCCB/.test(e.summary + e.description)).length);
    expect(mine.every((e) => /Phòng TCCB/.test(e.summary + e.description))).toBe(true);
    expect(mine.some((e) => e.summary.startsWith('Trường THCS'))).toBe(true);
  });

  it('an unknown unit is a usage error that names the keys', () => {
    const bad = cli(['calendar', '2025', '--unit', 'tccbb'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("có phải là 'tccb'?");
  });
});

describe('due', () => {
  const dir = workspace({ 'plans/2025.yaml': PLAN_2025 });

  it('--month 2025-03 lists the month\'s duties grouped by unit', () => {
    const run = cli(['due', '--month', '2025-03'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Việc đến hạn tháng 3 năm 2025 — plans/2025.yaml');
    expect(run.stdout).toContain('Phòng Tổ chức cán bộ\n  • Chủ trì: Kết quả thực hiện CCHC của Sở GDĐT trong quý I năm 2025');
    expect(run.stdout).toContain('Sở Nội vụ\n  • Phối hợp: Cộng tác tin bài đăng chuyên trang CCHC tỉnh Sóc Trăng trong quý I');
    expect(run.stdout).toContain('Hằng tháng: 01 tin, bài/tháng');
  });

  it('--format json with --unit', () => {
    const run = cli(['due', '--month', '2025-06', '--unit', 'tccb', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ month: '2025-06', title: 'Tháng 6 năm 2025', plan: 'plans/2025.yaml' });
    expect(json.units).toEqual([{
      key: 'tccb', name: 'Phòng Tổ chức cán bộ',
      duties: [expect.objectContaining({ role: 'with', content: 'Toạ đàm CCHC gắn với nhiệm vụ chuyển đổi số', lead: 'Trường THCS và THPT Long Hưng' })],
    }]);
  });

  it('a month with no plan, or a malformed month, is a usage error', () => {
    expect(cli(['due', '--month', '2031-01'], { cwd: dir }).code).toBe(2);
    const bad = cli(['due', '--month', '2025-13'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('2025-03');
  });
});
