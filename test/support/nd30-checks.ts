// The checks of Nghị định 30 that every document cchc-plan writes must pass, read from the .docx's XML:
// the plan (build-format.test.ts) and the report on it (report.test.ts) run the same ones.
import { describe, expect, it } from 'vitest';
import { docxPart, paragraphs } from './docx-reader.js';

export interface Nd30Expectations {
  /** The header table's lines, in reading order. */
  headerCells: string[];
  /** A Heading 1 and a Heading 2 text the body must have. */
  headings: [string, string];
  /** The signer's title and name, in the signature table. */
  signature: string[];
  /** A column heading each data table has, and how many such tables there are. */
  dataTables: { heading: string; count: number };
}

const attr = (tag: string, name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(tag)?.[1]);

export function nd30Checks(label: string, file: () => string, expected: Nd30Expectations): void {
  const xml = () => docxPart(file());
  const styles = () => docxPart(file(), 'word/styles.xml');
  const sections = () => [...xml().matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);

  describe(`${label}: Nghị định 30`, () => {
    it('A4 portrait, margins inside the ranges', () => {
      const main = sections()[0]!;
      const size = /<w:pgSz[^>]*>/.exec(main)![0];
      expect([attr(size, 'w'), attr(size, 'h')]).toEqual([11906, 16838]);
      const margin = /<w:pgMar[^>]*>/.exec(main)![0];
      expect(attr(margin, 'top')).toBeGreaterThanOrEqual(1134); expect(attr(margin, 'top')).toBeLessThanOrEqual(1417);
      expect(attr(margin, 'bottom')).toBeGreaterThanOrEqual(1134); expect(attr(margin, 'bottom')).toBeLessThanOrEqual(1417);
      expect(attr(margin, 'left')).toBeGreaterThanOrEqual(1701); expect(attr(margin, 'left')).toBeLessThanOrEqual(1984);
      expect(attr(margin, 'right')).toBeGreaterThanOrEqual(850); expect(attr(margin, 'right')).toBeLessThanOrEqual(1134);
    });

    it('page numbers: none on page 1 (empty first-page header), a centred PAGE field on the others', () => {
      const rels = docxPart(file(), 'word/_rels/document.xml.rels');
      const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]!;
      for (const section of sections()) {
        expect(section).toContain('<w:titlePg/>');
        const first = /<w:headerReference w:type="first" r:id="(\w+)"/.exec(section)![1];
        const other = /<w:headerReference w:type="default" r:id="(\w+)"/.exec(section)![1];
        const firstXml = docxPart(file(), `word/${target(first!)}`);
        const otherXml = docxPart(file(), `word/${target(other!)}`);
        expect(firstXml).not.toMatch(/PAGE/);
        expect(firstXml).not.toMatch(/<w:t/);
        expect(otherXml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
        expect(otherXml).toContain('<w:jc w:val="center"/>');
      }
    });

    it('Times New Roman on all four channels, in the defaults and every run that sets a font', () => {
      const fonts = [...(styles() + xml()).matchAll(/<w:rFonts [^>]*>/g)].map((m) => m[0]);
      expect(fonts.length).toBeGreaterThan(10);
      for (const f of fonts) for (const channel of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(f).toContain(`w:${channel}="Times New Roman"`);
    });

    it('one size set: Quốc hiệu 13 bold, Tiêu ngữ 14, date 14 italic, body 14', () => {
      const runOf = (text: string) => new RegExp(`<w:r>(?:(?!</w:r>).)*?<w:t[^>]*>${text}</w:t>`, 's').exec(xml())![0];
      expect(runOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:sz w:val="26"/>');
      expect(runOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:b/>');
      expect(runOf('Độc lập - Tự do - Hạnh phúc')).toContain('<w:sz w:val="28"/>');
      const date = runOf('[^<]*, ngày[^<]*');
      expect(date).toContain('<w:sz w:val="28"/>');
      expect(date).toContain('<w:i/>');
      expect(styles()).toMatch(/<w:style w:type="paragraph" w:styleId="BodyText">[\s\S]*?<w:sz w:val="28"\/>/);
    });

    it('the header: a borderless two-column table, the Quốc hiệu column at least 100 mm', () => {
      const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml())![0];
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
      expect(grid).toHaveLength(2);
      expect(grid[0]).toBeLessThanOrEqual(3685);
      expect(grid[1]).toBeGreaterThanOrEqual(5670);
      expect(table).not.toMatch(/<w:top w:val="single"/);
      expect(paragraphs(table).map((p) => p.text).filter(Boolean)).toEqual(expected.headerCells);
    });

    it('rules under the agency, the motto and the title', () => {
      expect([...xml().matchAll(/<w:pBdr><w:bottom w:val="single"/g)].length).toBe(3);
    });

    it('Heading 1–2 for numbered parts, Body Text justified with a first-line indent', () => {
      const body = /<w:style w:type="paragraph" w:styleId="BodyText">[\s\S]*?<\/w:style>/.exec(styles())![0];
      expect(body).toContain('<w:jc w:val="both"/>');
      expect(attr(/<w:ind [^>]*>/.exec(body)![0], 'firstLine')).toBe(567);
      const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(xml()).toMatch(new RegExp(`<w:pStyle w:val="Heading1"/>(?:(?!</w:p>).)*${escape(expected.headings[0])}`, 's'));
      expect(xml()).toMatch(new RegExp(`<w:pStyle w:val="Heading2"/>(?:(?!</w:p>).)*${escape(expected.headings[1])}`, 's'));
    });

    it('the signature and "Nơi nhận" sit in a borderless two-column table that does not split', () => {
      const tables = [...xml().matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
      const signature = tables.find((t) => t.includes('Nơi nhận:'))!;
      for (const text of expected.signature) expect(signature).toContain(text);
      expect(signature).toContain('<w:cantSplit/>');
      expect([...signature.matchAll(/<w:gridCol /g)]).toHaveLength(2);
    });

    it('data tables: explicit column widths, a repeated header row, rows that do not split', () => {
      // Headings bind their words in twos with a no-break space.
      const tables = [...xml().matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).filter((t) => t.replace(/\u00A0/g, ' ').includes(expected.dataTables.heading));
      expect(tables).toHaveLength(expected.dataTables.count);
      for (const table of tables) {
        const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
        expect(grid.every((w) => w > 500)).toBe(true);
        expect(table).toContain('<w:tblLayout w:type="fixed"/>');
        const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
        expect(rows[0]).toContain('<w:tblHeader/>');
        expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
        for (const row of rows) expect(row).toContain('<w:cantSplit/>');
      }
    });
  });
}
