// cchc-plan lint as a văn thư uses it: documents made by other programs (test/fixtures/lint/corpus, what
// each holds written beside it by hand) give exactly their findings; every document cchc-plan writes
// lints clean; a built document with one rule broken gives that finding and no other; the rules are data
// with their clauses, and the writer's numbers sit inside the ranges the rules allow.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, copyShipped, ROOT, shipped, workspace } from './support/cli.js';
import { officeAvailable, officeReason } from './support/office.js';

const CORPUS = join(ROOT, 'test', 'fixtures', 'lint', 'corpus');

interface Found { rule: string; place: string; message: string; severity: string; clause: string; fix: string }
const lint = (args: string[], cwd?: string) => {
  const run = cli(['lint', ...args, '--format', 'json'], cwd ? { cwd } : {});
  return { ...run, json: run.stdout ? (JSON.parse(run.stdout) as { findings: Found[]; errors: number }) : undefined };
};

describe('the corpus: documents made by other programs', () => {
  const documents = readdirSync(CORPUS).filter((f) => f.endsWith('.docx')).sort();

  it('holds documents other than plans, made by each program', () => {
    const expected = documents.map((d) => parse(readFileSync(join(CORPUS, d.replace(/\.docx$/, '.expected.yaml')), 'utf8')));
    expect(new Set(expected.map((e) => e.kind))).toEqual(new Set(['công văn', 'quyết định', 'báo cáo', 'kế hoạch']));
    expect(expected.map((e) => e.made_by).join(' ')).toMatch(/python-docx[\s\S]*WordprocessingML[\s\S]*LibreOffice|LibreOffice[\s\S]*python-docx/);
  });

  for (const document of documents) {
    it(`${document}: exactly the findings written beside it`, () => {
      const expected = parse(readFileSync(join(CORPUS, document.replace(/\.docx$/, '.expected.yaml')), 'utf8')) as { findings: { rule: string; place: string; says?: string }[] };
      const run = lint([join(CORPUS, document)]);
      expect(run.code, run.stderr).toBe(expected.findings.length > 0 ? 1 : 0);
      expect(run.json!.findings.map((f) => ({ rule: f.rule, place: f.place }))).toEqual(expected.findings.map((f) => ({ rule: f.rule, place: f.place })));
      expected.findings.forEach((f, i) => {
        if (f.says) expect(run.json!.findings[i]!.message).toContain(f.says);
        expect(run.json!.findings[i]!.clause).toMatch(/Phụ lục I, Phần II, mục I+\.\d/);
      });
    });
  }
});

describe('every document cchc-plan writes lints clean', () => {
  const dir = workspace({});
  copyShipped(dir);
  beforeAll(() => {
    expect(cli(['build', '--all', 'plans', '--out', 'out', '--format', 'docx'], { cwd: dir }).code).toBe(0);
    expect(cli(['report', '2025', '--quarter', '1', '--date', '2025-04', '--out', 'out'], { cwd: dir }).code).toBe(0);
    expect(cli(['diff', '2022', '2025', '--docx', 'out/so-sanh.docx'], { cwd: dir }).code).toBe(1);
    expect([0, 1]).toContain(cli(['rollup', '2025', '--quarter', '1', '--today', '2025-04-15', '--format', 'docx', '--out', 'out/phu-luc.docx'], { cwd: dir }).code);
  });

  it('the plans (seeds, examples, units), the report, the redline and the annex: exit 0, no finding', () => {
    const files = ['out/2025.docx', 'out/2022.docx', 'out/2025-bao-cao-quy-1.docx', 'out/so-sanh.docx', 'out/phu-luc.docx',
      ...readdirSync(join(dir, 'out', 'examples')).map((f) => `out/examples/${f}`),
      ...readdirSync(join(dir, 'out', 'units')).map((u) => `out/units/${u}/2025.docx`)];
    const run = lint(files, dir);
    expect(run.json!.findings.map((f) => `${f.rule} ${f.place}: ${f.message}`)).toEqual([]);
    expect(run.code).toBe(0);
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  /** The built 2025 plan with one part edited. */
  const broken = (name: string, edit: (parts: Record<string, string>) => void) => {
    const parts = Object.fromEntries(Object.entries(unzipSync(readFileSync(join(dir, 'out', '2025.docx')))).map(([n, d]) => [n, strFromU8(d)]));
    edit(parts);
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, zipSync(Object.fromEntries(Object.entries(parts).map(([n, t]) => [n, strToU8(t)]))));
    return lint([file]);
  };
  const only = (run: ReturnType<typeof lint>) => run.json!.findings.map((f) => `${f.rule} | ${f.place} | ${f.message}`);

  it('a top margin of 30 mm: exactly that', () => {
    const run = broken('margin', (p) => { p['word/document.xml'] = p['word/document.xml']!.replace(/w:top="1134"/g, 'w:top="1701"'); });
    // The plan and its landscape appendix are two sections, with the same fault: one finding.
    expect(only(run)).toEqual(['margins | cả văn bản | Lề trang: phần 1, 2: lề trên 30 mm (20–25 mm)']);
    expect(run.code).toBe(1);
  });

  it('one paragraph in Arial: exactly that, at that paragraph', () => {
    const run = broken('font', (p) => {
      const xml = p['word/document.xml']!;
      const at = xml.indexOf('Căn cứ');
      const start = xml.lastIndexOf('<w:p>', at);
      const end = xml.indexOf('</w:p>', at);
      p['word/document.xml'] = xml.slice(0, start) + xml.slice(start, end).replace(/w:ascii="Times New Roman"/g, 'w:ascii="Arial"').replace(/w:hAnsi="Times New Roman"/g, 'w:hAnsi="Arial"') + xml.slice(end);
    });
    expect(only(run)).toHaveLength(1);
    expect(only(run)[0]).toMatch(/^font \| đoạn \d+ \| Phông chữ Times New Roman: phông Arial \(1 đoạn\)$/);
  });

  it('the rule under the agency taken away: exactly that', () => {
    const run = broken('rule', (p) => {
      const xml = p['word/document.xml']!;
      // The first bottom border of the document is the one under the agency, in the header's left cell.
      p['word/document.xml'] = xml.replace(/<w:pBdr><w:bottom [^>]*\/><\/w:pBdr>/, '');
    });
    expect(only(run)).toEqual([expect.stringMatching(/^agency-rule \| bảng 1, hàng 1, ô 1, dòng 2 \| Đường kẻ dưới tên cơ quan: không có đường kẻ dưới tên cơ quan ban hành$/)]);
  });

  it('the page number shown on page 1: exactly that', () => {
    const run = broken('title-page', (p) => { p['word/document.xml'] = p['word/document.xml']!.replace(/<w:titlePg\/>/g, ''); });
    expect(only(run)).toEqual(['page-numbers | đầu trang | Số trang: số trang hiện ở trang thứ nhất']);
  });

  it.runIf(officeAvailable)(`--render: the built plan lays out clean; a long school name on one line does not${officeAvailable ? '' : ` (skipped: ${officeReason})`}`, () => {
    const clean = cli(['lint', 'out/2025.docx', '--render', '--format', 'json'], { cwd: dir });
    expect(clean.code, clean.stderr).toBe(0);
    expect(JSON.parse(clean.stdout).findings).toEqual([]);
    const plan = shipped('plans/examples/truong-thpt-2025-2026.yaml').replace('agency: [TRƯỜNG THPT, PHAN NGỌC HIỂN]', 'agency: TRƯỜNG THPT CHUYÊN NGUYỄN THỊ MINH KHAI');
    writeFileSync(join(dir, 'long.yaml'), plan);
    expect(cli(['build', 'long.yaml', '--out', 'long', '--format', 'docx'], { cwd: dir }).code).toBe(0);
    const wide = cli(['lint', 'long/long.docx', '--render', '--format', 'json'], { cwd: dir });
    const found = JSON.parse(wide.stdout).findings as Found[];
    expect(found.map((f) => f.rule)).toEqual(['header-lines']);
    expect(found[0]!.message).toContain('TRƯỜNG THPT CHUYÊN NGUYỄN THỊ MINH KHAI');
  }, 120_000);
});

describe('the rules', () => {
  const files = readdirSync(join(ROOT, 'rules', 'nd30')).filter((f) => f.endsWith('.yaml')).sort();

  it('lint --rules lists each rule file: its id, its clause and what it checks', () => {
    const run = cli(['lint', '--rules', '--format', 'json']);
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as { id: string; clause: string; checks: string }[];
    expect(listed.map((r) => `${r.id}.yaml`).sort()).toEqual(files);
    for (const r of listed) {
      const file = parse(readFileSync(join(ROOT, 'rules', 'nd30', `${r.id}.yaml`), 'utf8'));
      expect(r.clause).toBe(file.clause);
      expect(r.clause).toMatch(/Phụ lục I|Nghị định 30 không quy định/);
      expect(r.checks).toBe(file.checks.vi);
    }
    const text = cli(['lint', '--rules']).stdout;
    expect(text).toContain('margins — Phụ lục I, Phần II, mục I.3 (Định lề trang văn bản)');
  });

  it("the writer's numbers sit inside the ranges the rules allow", async () => {
    const { MARGIN, SIZE, BODY, FONT } = await import('../dist/nd30/format.js');
    const rule = (id: string) => parse(readFileSync(join(ROOT, 'rules', 'nd30', `${id}.yaml`), 'utf8')).params;
    const mm = (twips: number) => twips / 56.7;
    const within = (v: number, [lo, hi]: [number, number]) => v >= lo - 0.05 && v <= hi + 0.05;
    const m = rule('margins');
    expect([within(mm(MARGIN.top), m.top_mm), within(mm(MARGIN.bottom), m.bottom_mm), within(mm(MARGIN.left), m.left_mm), within(mm(MARGIN.right), m.right_mm)]).toEqual([true, true, true, true]);
    expect(FONT).toBe(rule('font').font);
    expect(within(SIZE.national / 2, rule('national-title').size_pt)).toBe(true);
    expect(within(SIZE.motto / 2, rule('motto').size_pt)).toBe(true);
    expect(within(SIZE.agency / 2, rule('agency').size_pt)).toBe(true);
    expect(within(SIZE.body / 2, rule('body').size_pt)).toBe(true);
    expect(within(BODY.firstLine / 567, rule('body').first_line_cm)).toBe(true);
    expect(within(BODY.line / 240, rule('body').line_spacing)).toBe(true);
    expect(within(SIZE.recipients / 2, rule('recipients').size_pt)).toBe(true);
  });
});

describe('lint on the command line', () => {
  it('a file that is missing, or not a Word document, is exit 2 with a message in words', () => {
    const dir = workspace({ 'ghi-chu.docx': 'không phải tệp Word' });
    const missing = cli(['lint', 'khong-co.docx'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('không có tệp hoặc thư mục');
    const text = cli(['lint', 'ghi-chu.docx'], { cwd: dir });
    expect(text.code).toBe(2);
    expect(text.stderr).not.toMatch(/\n\s+at /);
    expect(cli(['lint'], { cwd: dir }).code).toBe(2);
  });

  it('text for people, GitHub annotations, and English with --lang en', () => {
    const dir = workspace({});
    copyFileSync(join(CORPUS, 'cong-van-ba-loi.docx'), join(dir, 'cv.docx'));
    const text = cli(['lint', 'cv.docx'], { cwd: dir });
    expect(text.stdout).toContain('cv.docx: bảng 1, hàng 1, ô 2, dòng 4 ("An Giang, ngày 5 tháng 1 năm 2026") lỗi place-date');
    expect(text.stdout).toContain('Phụ lục I, Phần II, mục II.4 (Địa danh và thời gian ban hành văn bản)');
    expect(text.stdout).toMatch(/1 văn bản: 3 lỗi, 0 cảnh báo\n$/);
    const github = cli(['lint', 'cv.docx', '--format', 'github'], { cwd: dir });
    expect(github.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect(github.stdout).toMatch(/^::error file=cv\.docx,title=cchc-plan lint subject::/);
    const english = cli(['lint', 'cv.docx', '--lang', 'en'], { cwd: dir });
    expect(english.stdout).toContain('table 1, row 1, cell 2, line 4');
    expect(english.stdout).toContain('day 5 needs a leading zero (05)');
  });
});
