// `cchc-plan diff` on pairs of plans with known changes: the 2025 plan and a copy with one edit each.
// Every format must report exactly that edit; the redline, read back by accepting or rejecting all of its
// tracked changes, must say what the newer and the older plan say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, workspace, shipped } from './support/cli.js';
import { firstDifference, words } from './support/compare.js';
import { docxPart, paragraphs, type View } from './support/docx-reader.js';

const BASE = shipped('plans/2025.yaml');

function edit(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1, `"${from}" occurs once in the plan`).toBe(1);
  return text.replace(from, to);
}

interface Case {
  name: string;
  change: (yaml: string) => string;
  /** The JSON report's changes, exactly. */
  expected: { kind: string; path: string[]; old?: string; new?: string }[];
  /** A line the text report must hold, and one the Markdown report must hold. */
  text: string;
  md: string;
}

const ROW_4 = `          - content: Công bố thủ tục hành chính mới ban hành thuộc phạm vi quản lý của Sở GDĐT.
            form: Đăng tin trên website (mục CCHC); niêm yết tại Trung tâm PVHC công
            lead: vp
            with: udcntt
            month: 4
`;
const ROW_5 = `          - content: Giải pháp, cách làm hay trong công tác CCHC
            form: Đăng video clip trên mục Video clip tuyên truyền CCHC và đăng bài trong chuyên mục CCHC
            lead: udcntt
            with: tccb
            month: 5
`;

const CASES: Case[] = [
  {
    name: 'a changed target',
    change: (y) => edit(y, 'value: 80', 'value: 85'),
    expected: [{ kind: 'changed', path: ['Chỉ tiêu', 'Công chức, viên chức được khảo sát nắm vững mục tiêu, nhiệm vụ CCHC'], old: '80%', new: '85%' }],
    text: '  ~ Công chức, viên chức được khảo sát nắm vững mục tiêu, nhiệm vụ CCHC: 80% → 85%',
    md: '- *Sửa* — Công chức, viên chức được khảo sát nắm vững mục tiêu, nhiệm vụ CCHC: 80% → 85%',
  },
  {
    name: 'a reordered table',
    change: (y) => edit(y, ROW_4 + ROW_5, ROW_5 + ROW_4),
    expected: [{ kind: 'moved', path: ['Phụ lục', 'Tháng 5'], old: '5', new: '4' }],
    text: 'Phụ lục\n  ↕ Tháng 5: từ vị trí 5 đến vị trí 4',
    md: '- *Chuyển chỗ* — Tháng 5: từ vị trí 5 đến vị trí 4',
  },
  {
    name: 'a row handed to another unit',
    change: (y) => edit(y, 'lead: longhung', 'lead: tccb'),
    expected: [{ kind: 'changed', path: ['Phụ lục', 'Tháng 6', 'Đơn vị chủ trì'], old: 'Trường THCS và THPT Long Hưng', new: 'Phòng TCCB' }],
    text: 'Phụ lục › Tháng 6\n  ~ Đơn vị chủ trì: Trường THCS và THPT Long Hưng → Phòng TCCB',
    md: '## Phụ lục › Tháng 6\n\n- *Sửa* — Đơn vị chủ trì: Trường THCS và THPT Long Hưng → Phòng TCCB',
  },
  {
    name: 'a deleted bullet',
    change: (y) => edit(y, '          - Đăng tải video clip tuyên truyền CCHC trên website;\n', ''),
    expected: [{ kind: 'removed', path: ['III. NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN', '2. Hình thức tuyên truyền', 'Ý 2'], old: 'Đăng tải video clip tuyên truyền CCHC trên website;' }],
    text: 'III. NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN › 2. Hình thức tuyên truyền\n  - Ý 2: Đăng tải video clip tuyên truyền CCHC trên website;',
    md: '- *Bỏ* — Ý 2: ~~Đăng tải video clip tuyên truyền CCHC trên website;~~',
  },
  {
    name: 'an edited sentence',
    change: (y) => edit(y, 'năm 2025 được bố trí trong nguồn', 'năm 2025 được bố trí từ nguồn'),
    expected: [{
      kind: 'changed',
      path: ['V. KINH PHÍ', 'Đoạn văn'],
      old: 'Kinh phí thực hiện tuyên truyền CCHC năm 2025 được bố trí trong nguồn kinh phí hoạt động thường xuyên của cơ quan, đơn vị.',
      new: 'Kinh phí thực hiện tuyên truyền CCHC năm 2025 được bố trí từ nguồn kinh phí hoạt động thường xuyên của cơ quan, đơn vị.',
    }],
    text: 'V. KINH PHÍ\n  ~ Đoạn văn: … 2025 được bố trí [-trong-] {+từ+} nguồn kinh phí hoạt …\n',
    md: '- *Sửa* — Đoạn văn: … 2025 được bố trí ~~trong~~ **từ** nguồn kinh phí hoạt …\n',
  },
];

const docText = (xml: string, view?: View) => words(paragraphs(xml, view).map((p) => p.text));

describe.each(CASES)('diff: $name', ({ change, expected, text, md }) => {
  const dir = workspace({ 'old.yaml': BASE, 'new.yaml': change(BASE) });
  const run = (...args: string[]) => cli(['diff', 'old.yaml', 'new.yaml', ...args], { cwd: dir });

  it('--format json reports exactly the change, and exits 1', () => {
    const result = run('--format', 'json');
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ version: 1, old: 'old.yaml', new: 'new.yaml', identical: false });
    expect(report.changes).toEqual(expected);
  });

  it('the text report shows it under its part of the document', () => {
    const result = run();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(text);
    expect(result.stdout).toMatch(/1 thay đổi: 1 (thêm|bỏ|sửa|chuyển chỗ)\.\n$/);
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });

  it('--format md shows it for a briefing note', () => {
    const result = run('--format', 'md');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(md);
    expect(result.stdout).toMatch(/[^\n]\n$/);
  });

  it('--docx writes a redline: accepting all gives the newer plan, rejecting all the older', () => {
    const built = cli(['build', 'old.yaml', 'new.yaml', '--out', 'built', '--format', 'docx'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    const result = run('--docx', 'out/redline.docx');
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('Bản so sánh có đánh dấu thay đổi: out/redline.docx');
    const xml = docxPart(join(dir, 'out', 'redline.docx'));
    expect(xml).toMatch(/<w:(ins|del) /);
    expect(firstDifference(docText(xml, 'accepted'), docText(docxPart(join(dir, 'built', 'new.docx'))))).toBe('equal');
    expect(firstDifference(docText(xml, 'rejected'), docText(docxPart(join(dir, 'built', 'old.docx'))))).toBe('equal');
  });
});

describe('diff: the redline marks cells and rows', () => {
  it('a unit handed over is a deletion and an insertion inside the table cell', () => {
    const dir = workspace({ 'old.yaml': BASE, 'new.yaml': edit(BASE, 'lead: longhung', 'lead: tccb') });
    expect(cli(['diff', 'old.yaml', 'new.yaml', '--docx', 'r.docx'], { cwd: dir }).code).toBe(1);
    const xml = docxPart(join(dir, 'r.docx'));
    const cell = /<w:tc>(?:(?!<\/w:tc>)[\s\S])*?<w:del [^>]*>(?:(?!<\/w:tc>)[\s\S])*?<\/w:tc>/.exec(xml)?.[0] ?? '';
    expect(cell).toContain('<w:delText xml:space="preserve">Trường THCS và THPT Long Hưng</w:delText>');
    expect(cell).toMatch(/<w:ins [^>]*><w:r>(?:(?!<\/w:r>)[\s\S])*<w:t xml:space="preserve">Phòng TCCB<\/w:t>/);
  });

  it('a moved row is a deleted row at its old place and an inserted row at its new one', () => {
    const dir = workspace({ 'old.yaml': BASE, 'new.yaml': edit(BASE, ROW_4 + ROW_5, ROW_5 + ROW_4) });
    const result = cli(['diff', 'old.yaml', 'new.yaml', '--docx', 'r.docx'], { cwd: dir });
    expect(result.stdout).toMatch(/đổi chỗ: .*xóa ở chỗ cũ và chèn ở chỗ mới/);
    const xml = docxPart(join(dir, 'r.docx'));
    expect(xml).toMatch(/<w:trPr><w:cantSplit\/><w:del w:id="\d+" w:author="[^"]+" w:date="[^"]+"\/><\/w:trPr>/);
    expect(xml).toMatch(/<w:trPr><w:cantSplit\/><w:ins w:id="\d+" w:author="[^"]+" w:date="[^"]+"\/><\/w:trPr>/);
  });

  it('an added row is an inserted row; --author and --date sign every change', () => {
    const extra = `          - content: Tuyên truyền Ngày Pháp luật Việt Nam
            form: Đăng tin trên website (mục CCHC)
            lead: thanhtra
            month: 11
`;
    const dir = workspace({ 'old.yaml': BASE, 'new.yaml': edit(BASE, ROW_4, ROW_4 + extra) });
    const result = cli(['diff', 'old.yaml', 'new.yaml', '--format', 'json', '--docx', 'r.docx', '--author', 'Phòng TCCB', '--date', '2025-02-03'], { cwd: dir });
    expect(result.code, result.stderr).toBe(1);
    expect(JSON.parse(result.stdout).changes).toContainEqual({ kind: 'added', path: ['Phụ lục', 'Tháng 11 (dòng 5)'], new: 'Tuyên truyền Ngày Pháp luật Việt Nam' });
    const xml = docxPart(join(dir, 'r.docx'));
    const marks = [...xml.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"/g)];
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks.map((m) => `${m[3]} ${m[4]}`))).toEqual(new Set(['Phòng TCCB 2025-02-03T00:00:00Z']));
    expect(new Set(marks.map((m) => m[2])).size, 'revision ids are unique').toBe(marks.length);
    expect(xml).toMatch(/<w:trPr><w:cantSplit\/><w:ins [^>]*\/><\/w:trPr>(?:(?!<\/w:tr>)[\s\S])*Tuyên truyền Ngày Pháp luật Việt Nam/);
  });

  it('without --author and --date the redline is the same file every time', () => {
    const dir = workspace({ 'old.yaml': BASE, 'new.yaml': edit(BASE, 'value: 80', 'value: 85') });
    cli(['diff', 'old.yaml', 'new.yaml', '--docx', 'a.docx'], { cwd: dir });
    cli(['diff', 'old.yaml', 'new.yaml', '--docx', 'b.docx'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.docx')).equals(readFileSync(join(dir, 'b.docx')))).toBe(true);
  });
});

describe('diff: the seed plans', () => {
  it('diff 2025 2025 says the plans are the same and exits 0', () => {
    const result = cli(['diff', '2025', '2025']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Hai kế hoạch giống nhau.');
    expect(JSON.parse(cli(['diff', '2025', '2025', '--format', 'json']).stdout)).toMatchObject({ identical: true, changes: [] });
  });

  it('diff 2022 2025 reports the changes and exits 1; its redline reads as both plans', () => {
    const dir = workspace({});
    const result = cli(['diff', '2022', '2025', '--docx', join(dir, 'r.docx')]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('~ Kỳ kế hoạch: 2022 → 2025');
    expect(result.stdout).toContain('+ Phụ lục: Phân công nhiệm vụ tuyên truyền cải cách hành chính năm 2025');
    expect(result.stdout).toMatch(/Phụ lục .* được thêm: .*ngắt trang/);
    expect(cli(['build', '2022', '2025', '--out', dir, '--format', 'docx']).code).toBe(0);
    const xml = docxPart(join(dir, 'r.docx'));
    expect(firstDifference(docText(xml, 'accepted'), docText(docxPart(join(dir, '2025.docx'))))).toBe('equal');
    expect(firstDifference(docText(xml, 'rejected'), docText(docxPart(join(dir, '2022.docx'))))).toBe('equal');
  });
});

describe('diff --ignore-year', () => {
  const rolled = BASE.replaceAll('2025', '2026').replaceAll('năm 2024', 'năm 2025');
  const dir = workspace({ '2025.yaml': BASE, '2026.yaml': rolled, 'edited.yaml': edit(rolled, 'value: 80', 'value: 90') });

  it('without it, every year that moved is a change', () => {
    const result = cli(['diff', '2025.yaml', '2026.yaml', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    const paths = JSON.parse(result.stdout).changes.map((c: { path: string[] }) => c.path.join(' › '));
    expect(paths).toContain('Kỳ kế hoạch');
    expect(paths).toContain('Trích yếu');
    expect(paths).toContain('Phụ lục › Tháng 1 › Nội dung tuyên truyền');
  });

  it('with it, a plan rolled over to the next year has no changes', () => {
    const result = cli(['diff', '2025.yaml', '2026.yaml', '--ignore-year'], { cwd: dir });
    expect(result.stdout).toContain('Hai kế hoạch giống nhau.');
    expect(result.code).toBe(0);
  });

  it('with it, a real change is still reported', () => {
    const result = cli(['diff', '2025.yaml', 'edited.yaml', '--ignore-year', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).changes).toEqual([
      { kind: 'changed', path: ['Chỉ tiêu', 'Công chức, viên chức được khảo sát nắm vững mục tiêu, nhiệm vụ CCHC'], old: '80%', new: '90%' },
    ]);
  });

  it('a year that does not follow the plan is still a change', () => {
    const odd = edit(rolled, 'dịch vụ giáo dục công năm 2025', 'dịch vụ giáo dục công năm 2020');
    const result = cli(['diff', '2025.yaml', 'odd.yaml', '--ignore-year', '--format', 'json'], { cwd: workspace({ '2025.yaml': BASE, 'odd.yaml': odd }) });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).changes).toMatchObject([{ kind: 'changed', path: ['Phụ lục', 'Tháng 1', 'Nội dung tuyên truyền'] }]);
  });
});

describe('diff: errors', () => {
  it('a missing plan is a usage error (exit 2)', () => {
    const result = cli(['diff', '2019', '2025']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2019');
    expect(result.stdout).toBe('');
  });

  it('an invalid plan stops the comparison with the validate messages (exit 2)', () => {
    const dir = workspace({ 'old.yaml': BASE, 'bad.yaml': edit(BASE, 'lead: longhung', 'lead: longhungg') });
    const result = cli(['diff', 'old.yaml', 'bad.yaml', '--docx', 'r.docx'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad\.yaml:\d+:\d+ lỗi unknown-unit/);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(() => readFileSync(join(dir, 'r.docx'))).toThrow();
  });

  it('a --date that is not a date is a usage error', () => {
    const result = cli(['diff', '2025', '2025', '--date', '2025-13-40']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--date');
  });

  it('an unknown --format is a usage error', () => {
    expect(cli(['diff', '2025', '2025', '--format', 'html']).code).toBe(2);
  });
});

describe('diff: terminal', () => {
  it('colours the report on a terminal (FORCE_COLOR) and never under NO_COLOR', () => {
    const coloured = cli(['diff', '2022', '2025'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\x1b\[3[12]m/);
    expect(cli(['diff', '2022', '2025']).stdout).not.toMatch(/\x1b\[/);
  });

  it('--help shows examples and the exit codes', () => {
    const help = cli(['diff', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('cchc-plan diff 2024 2025 --ignore-year');
    expect(help.stdout).toContain('Mã thoát: 0 không khác, 1 có khác biệt, 2');
    expect(cli(['diff', '--help', '--lang', 'en']).stdout).toContain('Exit codes: 0 no differences, 1 differences found, 2');
  });
});
