// The .docx follows Nghị định 30 (../shared/reference/nd30.md), read from its XML.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, workspace } from './support/cli.js';
import { docxPart, paragraphs } from './support/docx-reader.js';

const out = workspace({});
let xml = '';
let styles = '';

beforeAll(() => {
  const run = cli(['build', '2025', '--out', out, '--format', 'docx']);
  expect(run.code, run.stderr).toBe(0);
  xml = docxPart(join(out, '2025.docx'));
  styles = docxPart(join(out, '2025.docx'), 'word/styles.xml');
});

const attr = (tag: string, name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(tag)?.[1]);
const sections = () => [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);

describe('page', () => {
  it('A4 portrait for the plan, margins inside the ranges', () => {
    const main = sections()[0]!;
    const size = /<w:pgSz[^>]*>/.exec(main)![0];
    expect([attr(size, 'w'), attr(size, 'h')]).toEqual([11906, 16838]);
    const margin = /<w:pgMar[^>]*>/.exec(main)![0];
    expect(attr(margin, 'top')).toBeGreaterThanOrEqual(1134); expect(attr(margin, 'top')).toBeLessThanOrEqual(1417);
    expect(attr(margin, 'bottom')).toBeGreaterThanOrEqual(1134); expect(attr(margin, 'bottom')).toBeLessThanOrEqual(1417);
    expect(attr(margin, 'left')).toBeGreaterThanOrEqual(1701); expect(attr(margin, 'left')).toBeLessThanOrEqual(1984);
    expect(attr(margin, 'right')).toBeGreaterThanOrEqual(850); expect(attr(margin, 'right')).toBeLessThanOrEqual(1134);
  });

  it('the appendix is its own landscape section, numbered from 1', () => {
    const [main, appendix] = sections();
    expect(sections()).toHaveLength(2);
    expect(main).not.toContain('w:orient="landscape"');
    const size = /<w:pgSz[^>]*>/.exec(appendix!)![0];
    expect(size).toContain('w:orient="landscape"');
    expect(attr(size, 'w')).toBeGreaterThan(attr(size, 'h'));
    expect(appendix).toMatch(/<w:pgNumType w:start="1"/);
  });

  it('page numbers: none on page 1 (empty first-page header), a centred PAGE field on the others', () => {
    for (const section of sections()) {
      expect(section).toContain('<w:titlePg/>');
      const first = /<w:headerReference w:type="first" r:id="(\w+)"/.exec(section)![1];
      const other = /<w:headerReference w:type="default" r:id="(\w+)"/.exec(section)![1];
      const rels = docxPart(join(out, '2025.docx'), 'word/_rels/document.xml.rels');
      const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]!;
      const firstXml = docxPart(join(out, '2025.docx'), `word/${target(first!)}`);
      const otherXml = docxPart(join(out, '2025.docx'), `word/${target(other!)}`);
      expect(firstXml).not.toMatch(/PAGE/);
      expect(firstXml).not.toMatch(/<w:t/);
      expect(otherXml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(otherXml).toContain('<w:jc w:val="center"/>');
    }
  });
});

describe('fonts and sizes', () => {
  it('Times New Roman on all four channels, in the defaults and every run that sets a font', () => {
    const fonts = [...(styles + xml).matchAll(/<w:rFonts [^>]*>/g)].map((m) => m[0]);
    expect(fonts.length).toBeGreaterThan(10);
    for (const f of fonts) {
      for (const channel of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(f).toContain(`w:${channel}="Times New Roman"`);
    }
  });

  it('one size set: Quốc hiệu 13, Tiêu ngữ 14, date 14 italic, body 14', () => {
    const runOf = (text: string) => new RegExp(`<w:r>(?:(?!</w:r>).)*?<w:t[^>]*>${text}</w:t>`, 's').exec(xml)![0];
    expect(runOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:sz w:val="26"/>');
    expect(runOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:b/>');
    expect(runOf('Độc lập - Tự do - Hạnh phúc')).toContain('<w:sz w:val="28"/>');
    const date = runOf('Sóc Trăng, ngày[^<]*');
    expect(date).toContain('<w:sz w:val="28"/>');
    expect(date).toContain('<w:i/>');
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="BodyText">[\s\S]*?<w:sz w:val="28"\/>/);
  });
});

describe('header block', () => {
  it('a borderless two-column table whose right column holds the Quốc hiệu on one line (≥ 100 mm)', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(2);
    expect(grid[0]).toBeLessThanOrEqual(3685); // at most 65 mm
    expect(grid[1]).toBeGreaterThanOrEqual(5670); // at least 100 mm
    expect(table).not.toMatch(/<w:top w:val="single"/);
    const cells = paragraphs(table).map((p) => p.text).filter(Boolean);
    expect(cells).toEqual(['UBND TỈNH SÓC TRĂNG', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số:       /KH-SGDĐT', 'Sóc Trăng, ngày        tháng 01 năm 2025']);
  });

  it('rules under the agency, the motto and the title', () => {
    expect([...xml.matchAll(/<w:pBdr><w:bottom w:val="single"/g)].length).toBe(3);
  });
});

describe('body', () => {
  it('uses Word styles: Heading 1–2 for numbered parts, Body Text justified with a first-line indent', () => {
    expect(styles).toContain('<w:name w:val="Heading 1"/>');
    expect(styles).toContain('<w:name w:val="Body Text"/>');
    const body = /<w:style w:type="paragraph" w:styleId="BodyText">[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(attr(/<w:ind [^>]*>/.exec(body)![0], 'firstLine')).toBe(567);
    const spacing = /<w:spacing [^>]*>/.exec(body)![0];
    expect(attr(spacing, 'after')).toBeGreaterThanOrEqual(120);
    expect(attr(spacing, 'line')).toBeGreaterThanOrEqual(240);
    expect(attr(spacing, 'line')).toBeLessThanOrEqual(360);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*I\. MỤC TIÊU, YÊU CẦU/s);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*1\. Mục tiêu/s);
  });

  it('the signature and "Nơi nhận" sit in a borderless two-column table that does not split', () => {
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const signature = tables.find((t) => t.includes('Nơi nhận:'))!;
    expect(signature).toContain('GIÁM ĐỐC');
    expect(signature).toContain('Châu Tuấn Hồng');
    expect(signature).toContain('<w:cantSplit/>');
    expect([...signature.matchAll(/<w:gridCol /g)]).toHaveLength(2);
  });
});

describe('appendix tables', () => {
  it('explicit column widths, a repeated header row, rows that do not split', () => {
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).filter((t) => t.includes('Thời gian thực hiện'));
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
      expect(grid.every((w) => w > 500)).toBe(true);
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
      for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    }
    const five = tables.find((t) => t.includes('Hình thức tuyên truyền'))!;
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
