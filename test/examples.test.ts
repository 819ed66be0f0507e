// The example plans of other agencies (plans/examples/): a school over two school years, a district
// People's Committee, a Department whose body ends near the foot of a page. Each validates, builds with
// the seeds in one build --all, reads back as written, and renders in LibreOffice with each header line
// on one line and no page holding the signature block alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, ROOT, workspace, shipped, SHIPPED } from './support/cli.js';
import { docxPart, paragraphs } from './support/docx-reader.js';
import { officeAvailable, officeReason, pageCount, pageText, pdfOf, toPdf } from './support/office.js';

const EXAMPLES = ['truong-thpt-2025-2026', 'ubnd-huyen-2026', 'so-gddt-2026', 'ubnd-xa-2026'];
const out = workspace({});
const docx = (name: string) => join(out, 'examples', `${name}.docx`);
const plan = (name: string) => parse(shipped(`plans/examples/${name}.yaml` as (typeof SHIPPED)[number]));
/** The header lines as printed: the parent's, then the agency's, in capitals. */
const headerLines = (name: string) => [plan(name).header.parent ?? [], plan(name).header.agency].flat().map((l: string) => l.toLocaleUpperCase('vi'));

beforeAll(() => {
  const run = cli(['build', '--all', 'plans', '--out', out]);
  expect(run.code, run.stderr).toBe(0);
  // 2022, 2025, the four examples and the six units' plans of plans/units/ (plans/units.yaml is not a plan).
  expect(run.stdout).toMatch(/^12 kế hoạch: 12 đã dựng, 0 lỗi/);
});

describe('plans/examples', () => {
  it('are all there, and validate with no errors and no warnings', () => {
    expect(SHIPPED.filter((f) => f.startsWith('plans/examples/')).sort()).toEqual(EXAMPLES.map((e) => `plans/examples/${e}.yaml`).sort());
    const run = cli(['validate', ...EXAMPLES.map((e) => `plans/examples/${e}.yaml`), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).findings).toEqual([]);
  });

  for (const name of EXAMPLES) {
    it(`${name}: the header cell holds its lines, one paragraph each`, () => {
      const first = paragraphs(docxPart(docx(name))).filter((p) => p.table === 0 && p.text !== '').map((p) => p.text);
      expect(first.slice(0, headerLines(name).length)).toEqual(headerLines(name));
    });
  }

  it('the school: rows of both school years, in two appendices', () => {
    const text = paragraphs(docxPart(docx('truong-thpt-2025-2026'))).map((p) => p.text);
    expect(text).toContain('Phụ lục I');
    expect(text).toContain('Phụ lục II');
    expect(text).toContain('Tháng 9 năm 2025');
    expect(text).toContain('Tháng 1 năm 2026');
    expect(text).toContain('Tháng 3, 4 năm 2026');
  });

  it('the district: a table of targets in section II, a TM./KT. signature, no appendix', () => {
    const xml = docxPart(docx('ubnd-huyen-2026'));
    const text = paragraphs(xml).map((p) => p.text);
    const section = text.indexOf('II. CHỈ TIÊU');
    expect(text.slice(section, section + 7)).toEqual(['II. CHỈ TIÊU', 'Năm 2026, phấn đấu đạt các chỉ tiêu sau:', 'STT', 'Nội dung', 'Số lượng', 'Thời gian', '1']);
    expect(text).toContain('Tập huấn công chức phụ trách CCHC các xã, thị trấn');
    expect(text.filter((t) => t !== '').slice(-4)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn Bình']);
    expect(xml).not.toContain('Phụ lục');
  });
});

describe.skipIf(!officeAvailable)(`plans/examples in LibreOffice${officeAvailable ? '' : ` (skipped: ${officeReason})`}`, () => {
  beforeAll(() => toPdf(EXAMPLES.map(docx), join(out, 'examples')), 400_000);
  const pages = (name: string) => {
    const pdf = pdfOf(docx(name), join(out, 'examples'));
    return Array.from({ length: pageCount(pdf) }, (_, i) => pageText(pdf, i + 1));
  };
  // pdftotext splits a word at some accented letters ("c ải"): lines are compared without spaces.
  const bare = (s: string) => s.replace(/\s+/g, '');

  for (const name of EXAMPLES) {
    it(`${name}: each header line stays on one line`, () => {
      const lines = pages(name)[0]!.split('\n').map(bare);
      for (const line of headerLines(name)) expect(lines.some((l) => l.includes(bare(line))), line).toBe(true);
    });

    it(`${name}: no page holds the signature block alone`, () => {
      const all = pages(name).map((p) => p.replace(/\s+/g, ' '));
      const signature = all.findIndex((p) => p.includes('Nơi nhận'));
      expect(signature).toBeGreaterThanOrEqual(0);
      expect(all[signature]).toContain('Trên đây là Kế hoạch');
    });
  }

  it('so-gddt-2026 is the case in point: its closing paragraph goes to page 3 with the signature', () => {
    const all = pages('so-gddt-2026');
    expect(all).toHaveLength(3);
    expect(all[2]!.replace(/\s+/g, ' ')).toMatch(/^ ?3 Trên đây là Kế hoạch/);
  });
});
