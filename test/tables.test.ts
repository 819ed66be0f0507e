// Tables beyond the monthly plan's: an appendix table without a title, straight after "(Kèm theo …)".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, workspace } from './support/cli.js';
import { docxPart, paragraphs } from './support/docx-reader.js';

const BASE = readFileSync(join(ROOT, 'test/fixtures/minimal.yaml'), 'utf8');

describe('tables without a title', () => {
  const untitled = BASE.replace('      - title: Lịch đăng tin\n        rows:', '      - rows:');

  it('an appendix goes from "(Kèm theo …)" straight to the table, in the .docx and the .md', () => {
    const dir = workspace({ 'plans/2025.yaml': untitled });
    const run = cli(['build', '2025'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const xml = docxPart(join(dir, 'out', '2025.docx'));
    const after = xml.slice(xml.indexOf('(Kèm theo Kế hoạch số'));
    expect(after.indexOf('<w:tbl>')).toBeLessThan(after.indexOf('TableTitle'));
    expect(xml).not.toMatch(/<w:pStyle w:val="TableTitle"\/><w:keepNext\/><\/w:pPr><\/w:p>/);
    const md = readFileSync(join(dir, 'out', '2025.md'), 'utf8');
    expect(md).not.toMatch(/^### $/m);
    expect(md).toMatch(/\(Kèm theo Kế hoạch số[^\n]*\n\n\| Nội dung tuyên truyền/);
  });

  it('a title of spaces only is an error at its line, not an empty bold line', () => {
    const blank = BASE.replace('      - title: Lịch đăng tin\n', '      - title: " "\n');
    const run = cli(['validate', '2025', '--format', 'json'], { cwd: workspace({ 'plans/2025.yaml': blank }) });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings[0]).toMatchObject({ code: 'empty-text', line: 29, path: 'appendices[0].tables[0].title' });
  });

  it('diff and calendar take an untitled table', () => {
    const dir = workspace({ 'old.yaml': BASE, 'new.yaml': untitled });
    const diff = cli(['diff', 'old.yaml', 'new.yaml', '--format', 'json'], { cwd: dir });
    expect(diff.code, diff.stderr).toBe(1);
    expect(JSON.parse(diff.stdout).changes).toEqual([expect.objectContaining({ kind: 'removed', old: 'Lịch đăng tin' })]);
    expect(cli(['calendar', 'new.yaml', '--out', '-'], { cwd: dir }).stdout).toContain('Phân công nhiệm vụ');
  });
});

describe('plans over several years', () => {
  it('{{period}} prints as the author wrote it', () => {
    for (const written of ['2026 - 2027', '2026–2027', '2026-2027']) {
      const plan = BASE.replace('period: 2025', `period: "${written}"`).replace('date: 2025-01-15', 'date: 2026-01-15')
        .replace('title: Tuyên truyền cải cách hành chính năm 2025', 'title: Tuyên truyền cải cách hành chính giai đoạn {{period}}');
      const dir = workspace({ 'plans/2026.yaml': plan });
      const run = cli(['build', '2026', '--format', 'md'], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(join(dir, 'out', '2026.md'), 'utf8')).toContain(`**Tuyên truyền cải cách hành chính giai đoạn ${written}**`);
    }
  });
});

describe('tables that are not monthly', () => {
  it('monthly: false: a table of a few months draws no warning for the others', () => {
    const few = BASE.replace('month: [7, 8, 9, 10, 11, 12] }', 'month: [7] }');
    const warned = cli(['validate', '2025', '--format', 'json'], { cwd: workspace({ 'plans/2025.yaml': few }) });
    expect(JSON.parse(warned.stdout).findings.map((f: { code: string }) => f.code)).toContain('month-without-activity');
    const campaign = few.replace('      - title: Lịch đăng tin\n', '      - title: Lịch đăng tin\n        monthly: false\n');
    const quiet = cli(['validate', '2025', '--format', 'json'], { cwd: workspace({ 'plans/2025.yaml': campaign }) });
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.stdout).findings).toEqual([]);
  });
});

describe('rows in the second year of a plan', () => {
  const twoYears = BASE.replace('period: 2025', 'period: "2026 - 2027"').replace('date: 2025-01-15', 'date: 2026-01-15')
    .replace('month: [7, 8, 9, 10, 11, 12] }', 'month: [7, 8, 9, 10, 11, 12] }\n          - { id: tk27, content: Tổng kết giai đoạn, form: Hội nghị, lead: vp, month: 12, year: 2027 }');

  it('prints "Tháng 12 năm 2027" for the row that says so, the first year for the others', () => {
    const dir = workspace({ 'plans/2026.yaml': twoYears });
    const run = cli(['build', '2026', '--format', 'md'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const md = readFileSync(join(dir, 'out', '2026.md'), 'utf8');
    expect(md).toMatch(/Tổng kết giai đoạn \| Hội nghị \| Văn phòng \|[^|]*\| Tháng 12 năm 2027 \|/);
    expect(md).toContain('Tháng 7, 8, 9, 10, 11, 12 năm 2026');
  });

  it('an appendix or a table may say the year of all its rows', () => {
    const appendixYear = BASE.replace('period: 2025', 'period: "2026 - 2027"').replace('date: 2025-01-15', 'date: 2026-01-15')
      .replace('  - title: Phân công nhiệm vụ\n', '  - title: Phân công nhiệm vụ\n    year: 2027\n');
    const dir = workspace({ 'plans/2026.yaml': appendixYear });
    expect(cli(['build', '2026', '--format', 'md'], { cwd: dir }).code).toBe(0);
    const md = readFileSync(join(dir, 'out', '2026.md'), 'utf8');
    expect(md).toContain('Tháng 1, 2, 3, 4, 5, 6 năm 2027');
    expect(md).toContain('Tháng 2,3 năm 2027');
  });

  it('calendar and due put the row in December 2027', () => {
    const dir = workspace({ 'plans/2026.yaml': twoYears });
    const ics = cli(['calendar', '2026', '--out', '-'], { cwd: dir });
    expect(ics.code, ics.stderr).toBe(0);
    expect(ics.stdout).toMatch(/DTSTART;VALUE=DATE:20271201[\s\S]*?SUMMARY:[^\r]*Tổng kết giai đoạn/);
    const due = cli(['due', '--month', '2027-12', '--plan', '2026', '--format', 'json'], { cwd: dir });
    expect(due.code, due.stderr).toBe(0);
    const duties = JSON.parse(due.stdout).units.flatMap((u: { duties: { content: string }[] }) => u.duties.map((d) => d.content));
    expect(duties).toEqual(['Tổng kết giai đoạn']);
    const before = cli(['due', '--month', '2026-12', '--plan', '2026', '--format', 'json'], { cwd: dir });
    expect(JSON.stringify(JSON.parse(before.stdout))).not.toContain('Tổng kết giai đoạn');
  });

  it('new moves the row year with the plan, and diff shows a row moved to another year', () => {
    const dir = workspace({ 'plans/2026.yaml': twoYears });
    expect(cli(['new', '2028'], { cwd: dir }).code).toBe(0);
    const next = readFileSync(join(dir, 'plans', '2028.yaml'), 'utf8');
    expect(next).toContain('period: "2028 - 2029"');
    expect(next).toContain('month: 12, year: 2029 }');
    const moved = twoYears.replace('month: 12, year: 2027 }', 'month: 12, year: 2026 }');
    const diff = cli(['diff', 'plans/2026.yaml', 'moved.yaml', '--format', 'json'], { cwd: workspace({ 'plans/2026.yaml': twoYears, 'moved.yaml': moved }) });
    expect(JSON.parse(diff.stdout).changes).toContainEqual(expect.objectContaining({ kind: 'changed', old: 'Tháng 12 năm 2027', new: 'Tháng 12 năm 2026' }));
  });

  it('a year outside the period is an error at it', () => {
    const run = cli(['validate', '2026', '--format', 'json'], { cwd: workspace({ 'plans/2026.yaml': twoYears.replace('year: 2027', 'year: 2028') }) });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings[0]).toMatchObject({ code: 'year-outside-period', line: 33 });
  });
});

describe('tables in the body', () => {
  const targets = '      - "Các chỉ tiêu cụ thể:"\n      - table:\n          columns: [STT, Nội dung, Số lượng, Thời gian]\n          rows:\n            - ["1", Tập huấn công chức phụ trách CCHC, "40 người", Quý I]\n            - ["2", "Tin, bài trên trang thông tin điện tử", 01 tin/tháng, Hằng tháng]\n      - Các phòng chuyên môn triển khai theo chức năng.\n';
  const withTable = BASE.replace('  - title: MỤC TIÊU\n    items:', `  - title: MỤC TIÊU\n    text:\n${targets}    items:`);

  it('a table of targets between two paragraphs of a section, in the portrait text width', () => {
    const dir = workspace({ 'plans/2025.yaml': withTable });
    const run = cli(['build', '2025'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const xml = docxPart(join(dir, 'out', '2025.docx'));
    const body = xml.slice(xml.indexOf('MỤC TIÊU'), xml.indexOf('Nơi nhận'));
    const at = (s: string) => body.indexOf(s);
    expect(at('Các chỉ tiêu cụ thể:')).toBeLessThan(at('<w:tbl>'));
    expect(at('<w:tbl>')).toBeLessThan(at('Tập huấn công chức phụ trách CCHC'));
    expect(at('</w:tbl>')).toBeLessThan(at('Các phòng chuyên môn triển khai'));
    const widths = [.../<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(body)![1]!.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(4);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9355);
    expect(body).toContain('<w:tblHeader/>');
    const md = readFileSync(join(dir, 'out', '2025.md'), 'utf8');
    expect(md).toContain('| STT | Nội dung | Số lượng | Thời gian |\n| --- | --- | --- | --- |\n| 1 | Tập huấn công chức phụ trách CCHC | 40 người | Quý I |');
  });

  it('widths with a number too few is an error that says so', () => {
    const run = cli(['validate', '2025', '--format', 'json'], { cwd: workspace({ 'plans/2025.yaml': withTable.replace('columns: [STT, Nội dung, Số lượng, Thời gian]', 'columns: [STT, Nội dung, Số lượng, Thời gian]\n          widths: [1, 6, 2]') }) });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings[0]).toMatchObject({ code: 'widths-count', path: 'sections[0].text[1].table.widths', message: 'widths có 3 số nhưng bảng có 4 cột.' });
  });

  it('a row with a cell too many is an error at it', () => {
    const wide = withTable.replace('Quý I]', 'Quý I, thừa]');
    const run = cli(['validate', '2025', '--format', 'json'], { cwd: workspace({ 'plans/2025.yaml': wide }) });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings[0]).toMatchObject({ code: 'row-width', path: 'sections[0].text[1].table.rows[0]' });
  });

  it('diff names a changed cell, and the redline accepts to the new table and rejects to the old', () => {
    const changed = withTable.replace('"40 người"', '"45 người"');
    const dir = workspace({ 'old.yaml': withTable, 'new.yaml': changed });
    const run = cli(['diff', 'old.yaml', 'new.yaml', '--format', 'json', '--docx', 'so-sanh.docx'], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(JSON.parse(run.stdout).changes).toEqual([{ kind: 'changed', path: ['I. MỤC TIÊU', 'Bảng 2', 'Dòng 1', 'Số lượng'], old: '40 người', new: '45 người' }]);
    const xml = docxPart(join(dir, 'so-sanh.docx'));
    const text = (view: 'accepted' | 'rejected') => paragraphs(xml, view).map((p) => p.text);
    expect(text('accepted')).toContain('45 người');
    expect(text('accepted')).not.toContain('40 người');
    expect(text('rejected')).toContain('40 người');
    expect(text('rejected')).not.toContain('45 người');
  });
});

describe('redline notes', () => {
  it('an untitled table whose columns changed is named as such, not as bảng ""', () => {
    const grid = (columns: string, row: string) => BASE.replace('  - title: MỤC TIÊU\n    items:', `  - title: MỤC TIÊU\n    text:\n      - table:\n          columns: ${columns}\n          rows: [${row}]\n    items:`);
    const dir = workspace({ 'old.yaml': grid('[A, B]', '[a, b]'), 'new.yaml': grid('[A, B, C]', '[a, b, c]') });
    const run = cli(['diff', 'old.yaml', 'new.yaml', '--docx', 'r.docx', '--format', 'json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(JSON.parse(run.stdout).redline.notes).toEqual(['Nội dung, một bảng không tên: số cột đổi từ 2 thành 3; bảng cũ được đánh dấu xóa cả bảng và bảng mới đánh dấu chèn cả bảng.']);
  });
});
