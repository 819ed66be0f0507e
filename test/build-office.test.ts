// A real office suite opens the .docx: LibreOffice converts it to PDF, pdftotext reads the pages back.
// Under CI=true this must run (.ci/run installs the packages); elsewhere it skips when they are missing.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, workspace } from './support/cli.js';
import { officeAvailable as available, officeReason as reason, pageText, toPdf } from './support/office.js';

function pageSizes(pdf: string): [number, number][] {
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' }).stdout;
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe.skipIf(!available)(`LibreOffice reads the built documents${available ? '' : ` (skipped: ${reason})`}`, () => {
  const out = workspace({});
  const pdf = (year: string) => join(out, `${year}.pdf`);

  beforeAll(() => {
    expect(cli(['build', '2025', '2022', '--out', out, '--format', 'docx']).code).toBe(0);
    toPdf([join(out, '2025.docx'), join(out, '2022.docx')], out);
    expect(cli(['diff', '2022', '2025', '--docx', join(out, 'redline.docx')]).code).toBe(1);
    toPdf([join(out, 'redline.docx')], out);
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf')).sort()).toEqual(['2022.pdf', '2025.pdf', 'redline.pdf']);
  }, 400_000);

  it('the 2022 → 2025 redline converts, showing both the deleted and the inserted text', () => {
    const text = spawnSync('pdftotext', ['-layout', join(out, 'redline.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Thực hiện Kế hoạch số 172/KH-SGDĐT');
    expect(text).toContain('Căn cứ Kế hoạch số 19/KH-UBND');
  });

  for (const year of ['2025', '2022']) {
    it(`${year}: the Quốc hiệu and the agency name each stay on one line`, () => {
      const lines = pageText(pdf(year), 1).split('\n');
      expect(lines.some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
      expect(lines.some((l) => l.includes('SỞ GIÁO DỤC VÀ ĐÀO TẠO'))).toBe(true);
    });

    it(`${year}: page 1 carries no page number, page 2 starts with "2"`, () => {
      const first = pageText(pdf(year), 1).split('\n').map((l) => l.trim()).filter(Boolean);
      expect(first[0]).not.toMatch(/^\d+$/);
      expect(first.at(-1)).not.toMatch(/^\d+$/);
      const second = pageText(pdf(year), 2).split('\n').map((l) => l.trim()).filter(Boolean);
      expect(second[0]).toBe('2');
    });
  }

  it('2025: the appendix pages are landscape, the plan pages portrait, and the appendix starts a new page', () => {
    const sizes = pageSizes(pdf('2025'));
    const landscape = sizes.map(([w, h]) => w > h);
    const firstAppendix = landscape.indexOf(true);
    expect(firstAppendix).toBeGreaterThan(0);
    expect(landscape.slice(0, firstAppendix).every((l) => !l)).toBe(true);
    expect(landscape.slice(firstAppendix).every(Boolean)).toBe(true);
    const appendixPage = pageText(pdf('2025'), firstAppendix + 1);
    expect(appendixPage).toMatch(/Phụ lục/);
    expect(appendixPage).toMatch(/Nội dung tuyên truyền/);
  });
});
