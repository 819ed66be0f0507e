// build --format pdf: the .docx through LibreOffice, in a fresh profile each run. Both seeds convert with
// their pages in the right orientation and pdftotext finds their words; a missing LibreOffice and a hung
// conversion end with a message, exit 2, and no file.
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli, readSeed, workspace } from './support/cli.js';
import { words as seedWords } from './support/compare.js';
import { officeAvailable, officeReason, pageCount } from './support/office.js';
import { wordsKept } from './support/words.js';

const orientation = (pdf: string) =>
  [...spawnSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' }).stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)]
    .map((m) => (Number(m[1]) > Number(m[2]) ? 'L' : 'P')).join('');

describe.skipIf(!officeAvailable)(`build --format pdf${officeAvailable ? '' : ` (skipped: ${officeReason})`}`, () => {
  const out = workspace({});
  const run = cli(['build', '2025', '2022', '--format', 'docx,pdf', '--out', out]);

  it('converts both seeds beside their .docx', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['2022.docx', '2022.pdf', '2025.docx', '2025.pdf']);
    expect(readFileSync(join(out, '2025.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.each([
    // 2025: three portrait pages of plan, then its appendix on two landscape pages; 2022: three portrait.
    ['2025', '000_4d75a179420d0c34.txt', 'PPPLL'],
    ['2022', '001_875d516f730ea496.txt', 'PPP'],
  ])('%s: the expected pages, and pdftotext holds every word of the seed in order', (year, seed, pages) => {
    const pdf = join(out, `${year}.pdf`);
    expect(pageCount(pdf)).toBe(pages.length);
    expect(orientation(pdf)).toBe(pages);
    // A narrow cell breaks "UDCNTT-CĐS" and a long link after their "-" or "/": joined again, as a reader reads them.
    const text = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/([-/])\n(?=\S)/g, '$1');
    expect(wordsKept(seedWords(readSeed(seed).split('\n')), text)).toBe(1);
  });

  it('a hung conversion is stopped after --pdf-timeout: exit 2, a message, and neither file written', () => {
    const dir = workspace({ 'soffice': '#!/bin/sh\nsleep 30\n' });
    chmodSync(join(dir, 'soffice'), 0o755);
    const started = Date.now();
    const hung = cli(['build', '2025', '--format', 'docx,pdf', '--pdf-timeout', '1', '--out', join(dir, 'out')], { env: { CCHC_SOFFICE: join(dir, 'soffice') } });
    expect(hung.code).toBe(2);
    expect(hung.stderr).toContain('LibreOffice chưa làm xong PDF sau 1 giây nên đã bị dừng; không ghi PDF nào');
    expect(hung.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'out', '2025.pdf'))).toBe(false);
    expect(existsSync(join(dir, 'out', '2025.docx'))).toBe(false);
    expect(Date.now() - started).toBeLessThan(25_000); // the sleeping soffice was killed, not waited for
  });
});

describe('build --format pdf without LibreOffice', () => {
  it('exits 2 with the install command for Debian/Ubuntu and a note for Windows, building nothing', () => {
    const dir = workspace({});
    const run = cli(['build', '2025', '--format', 'pdf', '--out', dir], { env: { PATH: workspace({}), CCHC_SOFFICE: undefined } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--format pdf cần LibreOffice (không thấy 'soffice' trong PATH)");
    expect(run.stderr).toContain('sudo apt-get install libreoffice-writer-nogui');
    expect(run.stderr).toContain('Trên Windows, cài LibreOffice');
    expect(readdirSync(dir)).toEqual([]);
  });
});
