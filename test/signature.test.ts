// The signature block: up to two authority lines above the title (TM. … / KT. …), and never alone at the
// top of a page: the closing paragraph goes with it, as LibreOffice shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, workspace } from './support/cli.js';
import { docxPart, paragraphs } from './support/docx-reader.js';
import { officeAvailable, officeReason, pageCount, pageText, pdfOf, toPdf } from './support/office.js';

const BASE = readFileSync(join(ROOT, 'test/fixtures/minimal.yaml'), 'utf8');
const CLOSING = 'Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2025 của nhà trường./.';

describe('signature lines', () => {
  it('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name', () => {
    const plan = BASE.replace('  title: HIỆU TRƯỞNG\n', '  authority: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH]\n  title: PHÓ CHỦ TỊCH\n');
    const dir = workspace({ 'plans/2025.yaml': plan });
    const run = cli(['build', '2025'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const cells = paragraphs(docxPart(join(dir, 'out', '2025.docx'))).filter((p) => p.table === 1 && p.text !== '').map((p) => p.text);
    expect(cells.slice(-4)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A']);
    expect(readFileSync(join(dir, 'out', '2025.md'), 'utf8')).toMatch(/\*\*TM\. ỦY BAN NHÂN DÂN\*\*[\s\S]*\*\*KT\. CHỦ TỊCH\*\*[\s\S]*\*\*PHÓ CHỦ TỊCH\*\*/);
  });

  it('a third authority line, or one without TM./KT./…, is an error', () => {
    const three = BASE.replace('  title: HIỆU TRƯỞNG\n', '  authority: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, KT. PHÓ CHỦ TỊCH]\n  title: PHÓ CHỦ TỊCH\n');
    expect(cli(['validate', 'plans/2025.yaml'], { cwd: workspace({ 'plans/2025.yaml': three }) }).code).toBe(1);
    const bare = BASE.replace('  title: HIỆU TRƯỞNG\n', '  authority: [CHỦ TỊCH]\n  title: PHÓ CHỦ TỊCH\n');
    expect(cli(['validate', 'plans/2025.yaml'], { cwd: workspace({ 'plans/2025.yaml': bare }) }).code).toBe(1);
  });
});

describe.skipIf(!officeAvailable)(`the signature is never alone on a page${officeAvailable ? '' : ` (skipped: ${officeReason})`}`, () => {
  // Bodies of 7 to 12 paragraphs: with 9 and 10 the body ends about 3 cm above the foot of page 1, where
  // "Nơi nhận" and the signature (some 5 cm, not split) no longer fit.
  const sizes = [7, 8, 9, 10, 11, 12];
  const out = workspace({});
  const paragraph = '      - Tuyên truyền mục tiêu, nhiệm vụ cải cách hành chính của tỉnh, của cơ quan, đơn vị; phản ánh những mặt mạnh, mặt hạn chế trong công tác cải cách hành chính.\n';
  const docx = (n: number) => join(out, `body-${n}.docx`);

  beforeAll(() => {
    const files: Record<string, string> = {};
    for (const n of sizes) {
      files[`body-${n}.yaml`] = BASE
        .replace('giáo viên được tập huấn.\n', `giáo viên được tập huấn.\n${paragraph.repeat(n)}`)
        .replace('signer:\n', `closing: ${CLOSING}\nsigner:\n`)
        .replace(/\nappendices:[\s\S]*$/, '\n');
    }
    const dir = workspace(files);
    const run = cli(['build', ...sizes.map((n) => `body-${n}.yaml`), '--out', out, '--format', 'docx'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    toPdf(sizes.map(docx), out);
  }, 400_000);

  for (const n of sizes) {
    it(`${n} paragraphs: the page with "Nơi nhận" holds the closing paragraph too`, () => {
      const pdf = pdfOf(docx(n), out);
      const pages = Array.from({ length: pageCount(pdf) }, (_, i) => pageText(pdf, i + 1).replace(/\s+/g, ' '));
      const signaturePage = pages.findIndex((p) => p.includes('Nơi nhận'));
      expect(signaturePage).toBeGreaterThanOrEqual(0);
      expect(pages[signaturePage]).toContain('Trên đây là Kế hoạch');
    });
  }

  it('the bodies that end near the foot of page 1 do move the closing paragraph to page 2', () => {
    // Shows the case the test is about happens: for some size, page 2 starts with the closing paragraph.
    const moved = sizes.filter((n) => {
      const pdf = pdfOf(docx(n), out);
      return pageCount(pdf) === 2 && /^\s*2?\s*Trên đây là Kế hoạch/.test(pageText(pdf, 2));
    });
    expect(moved.length).toBeGreaterThan(0);
  });
});
