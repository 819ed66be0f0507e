// derive and rollup as the Department runs them: the CLI in a folder holding the Sóc Trăng plan, the
// example units file and the example records; every derived plan validated, built and read back from
// its .docx; the overview read back from its JSON, its .docx and its .xlsx.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, ROOT, workspace, shipped, copyShipped } from './support/cli.js';
import { docxPart, paragraphs, tables } from './support/docx-reader.js';

const dept = parse(shipped('plans/2025.yaml'));
const unitsFile = parse(shipped('plans/units.yaml'));

/** A folder like the repo: the Department's plan and the units file, nothing derived yet. */
function department(extra: Record<string, string> = {}): string {
  return workspace({
    'plans/2025.yaml': shipped('plans/2025.yaml'),
    'plans/units.yaml': shipped('plans/units.yaml'),
    ...extra,
  });
}

/** The Department's rows naming a unit or its groups: read from the YAML here, not by the code under test. */
function rowsFor(key: string, groups: string[]): { content: string; month: number }[] {
  const names = [key, ...groups];
  const mentions = (cell: unknown) => [cell ?? []].flat().some((v) => names.some((n) => v === n || String(v).includes(`{{units.${n}}}`) || String(v).includes(`{{units.${n}.`)));
  return dept.appendices[0].tables[0].rows.filter((r: any) => mentions(r.lead) || mentions(r.with));
}

describe('derive', () => {
  const dir = department();
  const run = cli(['derive', '2025', '--units', 'plans/units.yaml'], { cwd: dir });

  it('writes one plan per unit of the example units file', () => {
    expect(run.stderr).toContain('6 kế hoạch đã ghi');
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'plans', 'units')).sort()).toEqual(unitsFile.units.map((u: any) => u.key).sort());
  });

  it.each(unitsFile.units.map((u: any) => [u.key, u]))('%s: validates with 0 errors, builds, and its table holds the Department rows that name it', (key, unit: any) => {
    const plan = join('plans', 'units', key, '2025.yaml');
    const validate = cli(['validate', plan, '--format', 'json'], { cwd: dir });
    expect(validate.code).toBe(0);
    const report = JSON.parse(validate.stdout);
    expect(report.errors).toBe(0);
    // The warnings are the places waiting for the unit's words, each at a line.
    expect(report.findings.every((f: any) => f.code === 'awaits-words' && f.line > 0)).toBe(true);
    expect(report.warnings).toBeGreaterThanOrEqual(8);

    const build = cli(['build', plan, '--out', join('out', key)], { cwd: dir });
    expect(build.code).toBe(0);
    const xml = docxPart(join(dir, 'out', key, '2025.docx'));
    const text = paragraphs(xml).map((p) => p.text);
    const all = text.join('\n');
    expect(all).toContain('SỞ GDĐT SÓC TRĂNG');
    expect(all).toContain(`Số:`);
    expect(all).toContain(`/KH-${unit.code}`);
    expect(all).toContain(`Căn cứ tình hình thực tế của đơn vị, ${unit.name} xây dựng Kế hoạch tuyên truyền cải cách hành chính năm 2025 như sau:`);
    expect(all).toContain('của Sở Giáo dục và Đào tạo về tuyên truyền cải cách hành chính năm 2025;');
    expect(text).toContain(unit.signer.title);
    expect(text).toContain(unit.signer.name);
    expect(all).toContain('Sở GDĐT (để báo cáo)');
    // Every section of the Department's plan, in its order.
    const headings = dept.sections.map((s: any) => s.title);
    const at = headings.map((h: string) => text.findIndex((t) => t.endsWith(h)));
    expect(at.every((i: number) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);

    const table = tables(xml).at(-1)!;
    expect(table[0]).toEqual(['Nội dung tuyên truyền', 'Hình thức tuyên truyền', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện']);
    const expected = rowsFor(key, [...unitsFile.groups, ...(unit.groups ?? [])]);
    expect(expected.length).toBeGreaterThan(0);
    // Renumbered from 1 in the unit's table; the month as the Department set it.
    expect(table.slice(1).map((row) => row[0])).toEqual(expected.map((r, i) => `${i + 1}. ${r.content}`));
    expect(table.slice(1).map((row) => row[4])).toEqual(expected.map((r) => `Tháng ${r.month} năm 2025`));
  });

  it('the long agency names fit the header column without a warning', () => {
    const validate = cli(['validate', ...unitsFile.units.map((u: any) => join('plans', 'units', u.key, '2025.yaml')), '--format', 'json'], { cwd: dir });
    expect(JSON.parse(validate.stdout).findings.filter((f: any) => f.code === 'header-line-too-wide')).toEqual([]);
  });

  it('leaves existing plans alone without --force, and replaces them with it', () => {
    const file = join(dir, 'plans', 'units', 'gdtx', '2025.yaml');
    writeFileSync(file, readFileSync(file, 'utf8') + '# sửa tay\n');
    const before = readFileSync(file);
    const again = cli(['derive', '2025', '--units', 'plans/units.yaml'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('plans/units/gdtx/2025.yaml đã có; giữ nguyên (--force để ghi đè)');
    expect(readFileSync(file)).toEqual(before);
    const forced = cli(['derive', '2025', '--units', 'plans/units.yaml', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('# sửa tay');
  });

  it('a units CSV with a header row derives the same plans as the YAML', () => {
    const rows = unitsFile.units.map((u: any) => [u.key, u.name, u.short ?? '', [u.agency ?? []].flat().join('\n'), u.code, u.place ?? '', [...unitsFile.groups, ...(u.groups ?? [])].join(' '), u.signer.authority ?? '', u.signer.title, u.signer.name ?? '']);
    const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const csv = ['key,name,short,agency,code,place,groups,signer_authority,signer_title,signer_name', ...rows.map((r: string[]) => r.map(quote).join(','))].join('\r\n') + '\r\n';
    // A CSV holds units only: its plans take the parent line and report-to name from the Department's plan.
    const csvDir = department({ 'units.csv': csv });
    const yamlRun = cli(['derive', '2025', '--units', 'plans/units.yaml', '--out', 'from-yaml'], { cwd: csvDir });
    const csvRun = cli(['derive', '2025', '--units', 'units.csv', '--out', 'from-csv'], { cwd: csvDir });
    expect(yamlRun.code).toBe(0);
    expect(csvRun.code).toBe(0);
    for (const u of unitsFile.units) {
      const a = parse(readFileSync(join(csvDir, 'from-yaml', u.key, '2025.yaml'), 'utf8'));
      const b = parse(readFileSync(join(csvDir, 'from-csv', u.key, '2025.yaml'), 'utf8'));
      // Only the file-wide settings differ: the CSV's units report to the Department by its name.
      expect({ ...b, header: { ...b.header, parent: a.header.parent }, recipients: a.recipients }).toEqual(a);
    }
  });
});

describe('derive: bad units files', () => {
  const units = `units:
  - { key: truong_a, name: Trường THPT A, code: THPTA, signer: { title: HIỆU TRƯỞNG } }
  - { key: truong_a, name: Trường THPT A2, code: THPTAA, signer: { title: HIỆU TRƯỞNG } }
  - { key: truong_b, code: THPTB, signer: { title: HIỆU TRƯỞNG } }
  - { key: truong_c, name: Trường THPT C, code: thpt c, signer: { title: HIỆU TRƯỞNG } }
  - { key: truong_d, name: Trường THPT D, code: THPTD, groups: [tructhuoc_so], signer: { title: HIỆU TRƯỞNG } }
  - { key: truong_e, name: Trường THPT E, code: THPTE, groups: [tructhuoc], signer: { title: HIỆU TRƯỞNG } }
`;

  it('reports each bad unit at its line and still derives the good ones (YAML)', () => {
    const dir = department({ 'plans/units.yaml': units });
    const run = cli(['derive', '2025', '--units', 'plans/units.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/plans\/units\.yaml:3:\d+ lỗi unit-duplicate-key/);
    expect(run.stderr).toMatch(/plans\/units\.yaml:4:\d+ lỗi/);
    expect(run.stderr).toContain("'name'");
    expect(run.stderr).toMatch(/plans\/units\.yaml:5:\d+ lỗi/);
    expect(run.stderr).toMatch(/plans\/units\.yaml:6:\d+ lỗi unit-unknown-group/);
    expect(run.stderr).toContain("Có phải là 'tructhuoc'?");
    expect(run.stderr).not.toMatch(/at \w+ \(/); // no stack trace
    expect(readdirSync(join(dir, 'plans', 'units')).sort()).toEqual(['truong_a', 'truong_e']);
    expect(run.stderr).toContain('2 kế hoạch đã ghi, 4 đơn vị để lại');
  });

  it('reports each bad CSV row at its line', () => {
    const csv = 'key,name,code,signer_title\ntruong_a,Trường THPT A,THPTA,HIỆU TRƯỞNG\ntruong_a,Trường THPT A2,THPTAA,HIỆU TRƯỞNG\ntruong_b,,THPTB,HIỆU TRƯỞNG\ntruong_c,Trường THPT C,thpt c,HIỆU TRƯỞNG\n';
    const dir = department({ 'units.csv': csv });
    const run = cli(['derive', '2025', '--units', 'units.csv'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/units\.csv:3:1 lỗi unit-duplicate-key/);
    expect(run.stderr).toMatch(/units\.csv:4:\d+ lỗi/);
    expect(run.stderr).toMatch(/units\.csv:5:\d+ lỗi/);
    expect(readdirSync(join(dir, 'plans', 'units'))).toEqual(['truong_a']);
  });

  it('a CSV without a header row, or with a misspelt column, writes nothing', () => {
    const dir = department({ 'a.csv': 'truong_a,Trường THPT A,THPTA,HIỆU TRƯỞNG\n', 'b.csv': 'key,ten,code,signer_title\ntruong_a,Trường THPT A,THPTA,HIỆU TRƯỞNG\n' });
    const a = cli(['derive', '2025', '--units', 'a.csv'], { cwd: dir });
    expect(a.code).toBe(1);
    expect(a.stderr).toContain("Cột 'truong_a' không có trong danh sách đơn vị");
    const b = cli(['derive', '2025', '--units', 'b.csv'], { cwd: dir });
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/b\.csv:1:\d+ lỗi units-csv-column/);
    expect(b.stderr).toContain("Thiếu cột 'name'");
    expect(existsSync(join(dir, 'plans', 'units'))).toBe(false);
  });

  it('validate checks a units file against its schema', () => {
    const dir = department({ 'plans/units.yaml': units });
    const run = cli(['validate', 'plans/units.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/plans\/units\.yaml:3:\d+ lỗi unit-duplicate-key/);
    expect(cli(['validate'], { cwd: ROOT }).code).toBe(0);
  });
});

/** The repo's example: the derived plans (Long Hưng's written out), three Q1 records, built, one report made. */
function unitsYear(): string {
  const dir = department();
  copyShipped(dir, 'plans/units/');
  copyShipped(dir, 'results/units/');
  expect(cli(['build', '--all', 'plans/units', '--out', 'out/units'], { cwd: dir }).code).toBe(0);
  expect(cli(['report', 'results/units/longhung/2025.yaml', '--quarter', '1', '--out', 'out/units/longhung'], { cwd: dir }).code).toBe(0);
  return dir;
}

const Q1 = ['rollup', '2025', '--quarter', '1', '--today', '2025-04-15'];
const EXPECTED: Record<string, string[]> = {
  longhung: [],
  thpt_phu_tam: ['unfinished', 'no-report'],
  thpt_chuyen: ['unfinished', 'posts', 'late', 'no-report'],
  thpt_hoang_dieu: ['unfinished', 'posts', 'late', 'no-report'],
  ptdtnt: ['unfinished', 'posts', 'late', 'no-report'],
  gdtx: ['unfinished', 'posts', 'late', 'no-report'],
};

describe('rollup --quarter 1 over the example units', () => {
  const dir = unitsYear();

  it('JSON: the expected shortfalls, units that fall short first; exit 1', () => {
    const run = cli([...Q1, '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(Object.fromEntries(json.units.map((u: any) => [u.key, u.shortfalls]))).toEqual(EXPECTED);
    expect(json.units.at(-1).key).toBe('longhung');
    const chuyen = json.units.find((u: any) => u.key === 'thpt_chuyen');
    expect(chuyen.posts).toEqual({ target: 1, months: [{ month: '2025-01', count: 1 }, { month: '2025-02', count: 0 }, { month: '2025-03', count: 1 }], short: ['2025-02'] });
    expect(chuyen.late).toEqual(['a1t1r3 (T3)']);
    const longhung = json.units.find((u: any) => u.key === 'longhung');
    expect(longhung).toMatchObject({ valid: true, built: true, number: '15/KH-THCSTHPTLH', date: '10/02/2025', awaiting: 0, report: { due: true, made: true } });
    expect(json.summary).toMatchObject({ units: 6, short: 5, posts: 4, late: 4, 'no-report': 5, unfinished: 5 });
  });

  it('text: one line per unit, those that fall short first', () => {
    const run = cli(Q1, { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toContain('6 đơn vị, 5 chưa đạt');
    const chuyen = lines.find((l) => l.startsWith('Trường THPT Chuyên'))!;
    expect(chuyen).toContain('thiếu tin, bài tháng 2; 1 hoạt động chậm tiến độ; chưa báo cáo');
    expect(lines.findIndex((l) => l.startsWith('THCS và THPT Long Hưng'))).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Trường THPT Phú Tâm')));
  });

  it('Markdown: the same table, a row per unit', () => {
    const run = cli([...Q1, '--format', 'md'], { cwd: dir });
    expect(run.code).toBe(1);
    const rows = run.stdout.split('\n').filter((l) => l.startsWith('| '));
    expect(rows[0]).toBe('| Đơn vị | Kế hoạch | Số | Ngày | Tin, bài T1 | Tin, bài T2 | Tin, bài T3 | Hoạt động chậm | Báo cáo | Chưa đạt |');
    expect(rows).toHaveLength(7);
    expect(rows.find((r) => r.startsWith('| Trường THPT Phú Tâm |'))).toContain('| Đang xây dựng | Chưa có số |');
    expect(rows.find((r) => r.startsWith('| Trường THPT Phú Tâm |'))).toContain('| còn 10 nội dung chưa viết; chưa báo cáo |');
  });

  it('.docx annex: a landscape table with a row per unit, read back', () => {
    const run = cli([...Q1, '--format', 'docx'], { cwd: dir });
    expect(run.stdout.trim()).toBe('out/rollup-2025-q1.docx');
    const xml = docxPart(join(dir, 'out', 'rollup-2025-q1.docx'));
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const text = paragraphs(xml).map((p) => p.text);
    expect(text).toContain('TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH CỦA CÁC ĐƠN VỊ QUÝ I NĂM 2025');
    const [table] = tables(xml);
    expect(table![0]!.slice(0, 3)).toEqual(['STT', 'Đơn vị', 'Kế hoạch']);
    const byName = Object.fromEntries(table!.slice(1).map((row) => [row[1], row.at(-1)]));
    expect(byName['Trường THPT Chuyên Nguyễn Thị Minh Khai']).toBe('còn 10 nội dung chưa viết; thiếu tin, bài tháng 2; 1 hoạt động chậm tiến độ; chưa báo cáo');
    // The office's words, not the tool's: a plan is being drafted, drafted or issued.
    expect(table!.slice(1).map((row) => row[2])).toEqual(expect.arrayContaining(['Đang xây dựng', 'Đã ban hành']));
    expect(text.join(' ')).not.toMatch(/(đã|chưa) dựng|chờ viết/);
    expect(byName['Trường THCS và THPT Long Hưng']).toBe('');
    expect(table!.length).toBe(7);
  });

  it('.xlsx: named for the quarter, a title row, one row per unit by name, its dates as dates, read back with exceljs', async () => {
    const named = cli([...Q1, '--format', 'xlsx'], { cwd: dir });
    expect(named.stdout.trim()).toBe('out/rollup-2025-q1.xlsx');
    const run = cli([...Q1, '--format', 'xlsx', '--out', 'tong-hop.xlsx'], { cwd: dir });
    expect(run.code).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'tong-hop.xlsx'));
    const sheet = book.getWorksheet('Đơn vị')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Tình hình thực hiện kế hoạch tuyên truyền cải cách hành chính của các đơn vị quý I năm 2025');
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual(['Đơn vị', 'Kế hoạch', 'Số', 'Ngày', 'Tin, bài tháng 1', 'Tin, bài tháng 2', 'Tin, bài tháng 3', 'Chỉ tiêu/tháng', 'Hoạt động chậm', 'Báo cáo', 'Chưa đạt', 'Nội dung chưa viết', 'Tệp kế hoạch', 'Mã đơn vị']);
    const rows = new Map<string, Record<string, unknown>>();
    sheet.eachRow((row, n) => {
      if (n <= 2) return;
      const values = (row.values as unknown[]).slice(1);
      rows.set(String(values[0]), Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
    });
    expect([...rows.values()].map((r) => r['Mã đơn vị']).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(rows.get('Trường THPT Chuyên Nguyễn Thị Minh Khai')).toMatchObject({ 'Tin, bài tháng 1': 1, 'Tin, bài tháng 2': 0, 'Tin, bài tháng 3': 1, 'Hoạt động chậm': 1, 'Báo cáo': 'Chưa báo cáo' });
    const longhung = rows.get('Trường THCS và THPT Long Hưng')!;
    expect(longhung).toMatchObject({ 'Kế hoạch': 'Đã ban hành', Số: '15/KH-THCSTHPTLH', 'Báo cáo': 'Đã báo cáo', 'Chưa đạt': null });
    expect(longhung['Ngày']).toEqual(new Date(Date.UTC(2025, 1, 10)));
    expect(sheet.getColumn(4).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('a plan edited after its build counts as not built', () => {
    const plan = join(dir, 'plans', 'units', 'longhung', '2025.yaml');
    const later = new Date(Date.now() + 60_000);
    utimesSync(plan, later, later);
    const json = JSON.parse(cli([...Q1, '--format', 'json'], { cwd: dir }).stdout);
    expect(json.units.find((u: any) => u.key === 'longhung').shortfalls).toEqual(['not-built']);
  });
});

describe('rollup: bad unit folders and records never stop the others', () => {
  it('two plans for one year, a record naming rows the plan lacks, a listed unit without a folder', () => {
    const dir = unitsYear();
    cpSync(join(dir, 'plans', 'units', 'gdtx', '2025.yaml'), join(dir, 'plans', 'units', 'gdtx', '2025-sua.yaml'));
    writeFileSync(join(dir, 'results', 'units', 'thpt_phu_tam', '2025.yaml'), 'plan: 2025\nactivities:\n  - row: a1t1r9\n    done: 2025-01-21\n');
    writeFileSync(join(dir, 'units-more.yaml'), readFileSync(join(dir, 'plans', 'units.yaml'), 'utf8') + '  - { key: truong_moi, name: Trường THPT Mới, code: THPTM, signer: { title: HIỆU TRƯỞNG } }\n');
    const run = cli([...Q1, '--units', 'units-more.yaml', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/plans\/units\/gdtx\/2025.yaml:1:1 lỗi unit-two-plans/);
    expect(run.stderr).toMatch(/results\/units\/thpt_phu_tam\/2025\.yaml:3:\d+ lỗi/);
    expect(run.stderr).toContain('a1t1r9');
    const json = JSON.parse(run.stdout);
    const by = Object.fromEntries(json.units.map((u: any) => [u.key, u.shortfalls]));
    expect(by.gdtx).toEqual(['two-plans']);
    expect(by.thpt_phu_tam).toEqual(['unfinished', 'record-invalid']);
    expect(by.truong_moi).toEqual(['no-plan']);
    expect(by.longhung).toEqual([]);
    expect(json.units).toHaveLength(7);
  });
});

describe("docs/reference.md: For the Department", () => {
  const readme = readFileSync(join(ROOT, 'docs', 'reference.md'), 'utf8');
  /** The ```text block that starts with "$ npx cchc-plan <command>": its arguments and its output. */
  const block = (command: string) => {
    const m = new RegExp('```text\\n\\$ npx cchc-plan (' + command + '[^\\n]*)\\n([\\s\\S]*?)```').exec(readme);
    if (!m) throw new Error(`no block in docs/reference.md for ${command}`);
    return { args: m[1]!.split(/\s+/), output: m[2]! };
  };

  it('shows what derive prints', () => {
    const { args, output } = block('derive');
    const run = cli(args, { cwd: department() });
    expect(run.stdout + run.stderr).toBe(output);
  });

  it('shows what rollup prints over the example units', () => {
    const { args, output } = block('rollup');
    const run = cli(args, { cwd: unitsYear() });
    expect(run.stdout).toBe(output);
  });
});

describe('rollup --received: the documents each unit sent, through lint', () => {
  // Documents made by other programs, with the findings a văn thư would write written beside each.
  const CORPUS = join(ROOT, 'test', 'fixtures', 'lint', 'corpus');
  const expected = (name: string) => (parse(readFileSync(join(CORPUS, `${name}.expected.yaml`), 'utf8')).findings as { rule: string }[]).map((f) => f.rule);

  function received(): string {
    const dir = unitsYear();
    const put = (key: string, from: string, as: string) => {
      mkdirSync(join(dir, 'nhan', key), { recursive: true });
      cpSync(from, join(dir, 'nhan', key, as));
    };
    put('longhung', join(CORPUS, 'cong-van-python-docx.docx'), 'cong-van.docx');
    put('longhung', join(dir, 'out', 'units', 'longhung', '2025.docx'), 'ke-hoach.docx');
    put('thpt_chuyen', join(CORPUS, 'cong-van-ba-loi.docx'), 'cong-van.docx');
    put('gdtx', join(CORPUS, 'bao-cao-word-mac-dinh.docx'), 'bao-cao.docx');
    mkdirSync(join(dir, 'nhan', 'ptdtnt'));
    writeFileSync(join(dir, 'nhan', 'ptdtnt', 'ke-hoach.docx'), 'văn bản gõ nhầm đuôi\n');
    // Word's lock file beside an open document is not a document the unit sent.
    writeFileSync(join(dir, 'nhan', 'longhung', '~$ke-hoach.docx'), 'lock');
    return dir;
  }

  it('JSON: each document with its findings; the units with faults or nothing sent fall short', () => {
    const dir = received();
    const run = cli([...Q1, '--received', 'nhan', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.received).toBe('nhan');
    const by = Object.fromEntries(json.units.map((u: any) => [u.key, u]));
    expect(by.longhung.received.map((d: any) => [d.file, d.errors])).toEqual([['nhan/longhung/cong-van.docx', 0], ['nhan/longhung/ke-hoach.docx', 0]]);
    expect(by.longhung.shortfalls).toEqual([]);
    expect(by.thpt_chuyen.received[0].findings.map((f: any) => f.rule)).toEqual(expected('cong-van-ba-loi'));
    expect(by.thpt_chuyen.received[0].findings[1]).toMatchObject({ place: 'bảng 1, hàng 1, ô 2, dòng 4', severity: 'error', clause: expect.stringContaining('II.4') });
    expect(by.thpt_chuyen.shortfalls[0]).toBe('form');
    expect([...by.gdtx.received[0].findings.map((f: any) => f.rule)].sort()).toEqual([...expected('bao-cao-word-mac-dinh')].sort());
    expect(by.ptdtnt.received[0]).toMatchObject({ errors: 1, unreadable: expect.stringContaining('không phải') });
    expect(by.ptdtnt.shortfalls[0]).toBe('form');
    expect(by.thpt_phu_tam.received).toEqual([]);
    expect(by.thpt_phu_tam.shortfalls[0]).toBe('not-received');
    expect(json.summary).toMatchObject({ form: 3, 'not-received': 2 });
  });

  it('text and Markdown: a column of form per unit, then what to fix, document by document', () => {
    const dir = received();
    const text = cli([...Q1, '--received', 'nhan'], { cwd: dir }).stdout;
    expect(text.split('\n').find((l) => l.startsWith('THCS và THPT Long Hưng'))).toContain('2 văn bản, đúng thể thức');
    expect(text.split('\n').find((l) => l.startsWith('Trường THPT Hoàng Diệu'))).toContain('chưa gửi văn bản');
    expect(text).toContain('- nhan/thpt_chuyen/cong-van.docx: 3 lỗi, 0 cảnh báo');
    expect(text).toContain('  - bảng 1, hàng 1, ô 2, dòng 4 ("An Giang, ngày 5 tháng 1 năm 2026"): Địa danh và ngày tháng: ngày 5 cần số 0 đứng trước (05)');
    expect(text).toContain('- nhan/ptdtnt/ke-hoach.docx: không đọc được');
    expect(text).not.toContain('~$');
    const md = cli([...Q1, '--received', 'nhan', '--format', 'md'], { cwd: dir }).stdout;
    expect(md.split('\n').find((l) => l.startsWith('| Đơn vị'))).toBe('| Đơn vị | Kế hoạch | Số | Ngày | Tin, bài T1 | Tin, bài T2 | Tin, bài T3 | Hoạt động chậm | Báo cáo | Thể thức | Chưa đạt |');
    expect(md).toContain('## Thể thức văn bản các đơn vị gửi về (nhan)');
  });

  it('.docx annex says it in "Chưa đạt", the .xlsx in a column of its own, read back', async () => {
    const dir = received();
    cli([...Q1, '--received', 'nhan', '--format', 'docx'], { cwd: dir });
    const [table] = tables(docxPart(join(dir, 'out', 'rollup-2025-q1.docx')));
    expect(table![0]).toEqual(['STT', 'Đơn vị', 'Kế hoạch', 'Số', 'Ngày', 'Tin, bài T1', 'Tin, bài T2', 'Tin, bài T3', 'Hoạt động chậm', 'Báo cáo', 'Chưa đạt']);
    expect(table!.find((row) => row[1] === 'Trường THPT Chuyên Nguyễn Thị Minh Khai')!.at(-1)).toMatch(/^1 văn bản gửi về sai thể thức \(3 lỗi\); /);
    expect(table!.find((row) => row[1] === 'Trường THPT Hoàng Diệu')!.at(-1)).toMatch(/^chưa gửi văn bản; /);
    cli([...Q1, '--received', 'nhan', '--format', 'xlsx'], { cwd: dir });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'out', 'rollup-2025-q1.xlsx'));
    const sheet = book.getWorksheet('Đơn vị')!;
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    const at = header.indexOf('Thể thức văn bản gửi về');
    expect(at).toBeGreaterThan(0);
    const forms: string[] = [];
    sheet.eachRow((row, n) => { if (n > 2) forms.push(String((row.values as unknown[]).slice(1)[at])); });
    expect(forms).toContain('1 văn bản, 17 lỗi');
  });

  it('a received folder that does not exist: exit 2 in words, nothing written', () => {
    const dir = unitsYear();
    const run = cli([...Q1, '--received', 'khong-co', '--format', 'docx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không có thư mục văn bản đơn vị gửi về khong-co');
    expect(existsSync(join(dir, 'out', 'rollup-2025-q1.docx'))).toBe(false);
  });
});
