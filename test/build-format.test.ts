// The .docx follows Nghị định 30 (../shared/reference/nd30.md), read from its XML.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, workspace } from './support/cli.js';
import { docxPart, paragraphs } from './support/docx-reader.js';
import { nd30Checks } from './support/nd30-checks.js';

const out = workspace({});
let xml = '';

beforeAll(() => {
  const run = cli(['build', '2025', '--out', out, '--format', 'docx']);
  expect(run.code, run.stderr).toBe(0);
  xml = docxPart(join(out, '2025.docx'));
});

const attr = (tag: string, name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(tag)?.[1]);
describe('the plan', () => {
  const sections = () => [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);

    it('the appendix is its own landscape section, numbered from 1', () => {
    const [main, appendix] = sections();
    expect(sections()).toHaveLength(2);
    expect(main).not.toContain('w:orient="landscape"');
    const size = /<w:pgSz[^>]*>/.exec(appendix!)![0];
    expect(size).toContain('w:orient="landscape"');
    expect(attr(size, 'w')).toBeGreaterThan(attr(size, 'h'));
    expect(appendix).toMatch(/<w:pgNumType w:start="1"/);
  });

  it('the header holds Số and the undated date of the draft', () => {
    const cells = paragraphs(/<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0]).map((p) => p.text).filter(Boolean);
    expect(cells.slice(-2)).toEqual(['Số:       /KH-SGDĐT', 'Sóc Trăng, ngày        tháng 01 năm 2025']);
  });

  it('the five-column assignment table of the appendix', () => {
    // Headings bind their words in twos with a no-break space ("Hình thức" "tuyên truyền").
    const five = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.replace(/\u00A0/g, ' ').includes('Hình thức tuyên truyền'))!;
    expect([...five.matchAll(/<w:gridCol /g)]).toHaveLength(5);
  });

  it('"Phụ lục", the title in capitals and the italic "(Kèm theo …)" line open the appendix', () => {
    const texts = paragraphs(xml).map((p) => p.text);
    const at = texts.indexOf('Phụ lục');
    expect(at).toBeGreaterThan(0);
    expect(texts[at + 1]).toBe('PHÂN CÔNG NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2025');
    expect(texts[at + 2]!.replace(/\s+/g, ' ')).toBe('(Kèm theo Kế hoạch số /KH-SGDĐT ngày tháng 01 năm 2025 của Sở Giáo dục và Đào tạo)');
  });
});

nd30Checks('2025.docx', () => join(out, '2025.docx'), {
  headerCells: ['UBND TỈNH SÓC TRĂNG', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số:       /KH-SGDĐT', 'Sóc Trăng, ngày        tháng 01 năm 2025'],
  headings: ['I. MỤC TIÊU, YÊU CẦU', '1. Mục tiêu'],
  signature: ['GIÁM ĐỐC', 'Châu Tuấn Hồng'],
  dataTables: { heading: 'Thời gian thực hiện', count: 2 },
});

describe('reproducible output', () => {
  it('two builds give the same sha256', () => {
    const second = workspace({});
    expect(cli(['build', '2025', '--out', second, '--format', 'docx']).code).toBe(0);
    const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
    expect(sha(join(second, '2025.docx'))).toBe(sha(join(out, '2025.docx')));
  });

  it('document dates come from the plan, not the clock', () => {
    const core = docxPart(join(out, '2025.docx'), 'docProps/core.xml');
    expect(core).toMatch(/<dcterms:created[^>]*>2025-01-01T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified[^>]*>2025-01-01T00:00:00Z<\/dcterms:modified>/);
  });
});
