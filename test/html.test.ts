// build --format html, opened in a real browser: the seeds' words in order, the header's two columns side
// by side, the appendix table's header row, escaped plan text, and the printed pages.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserAvailable, browserReason, launch } from './support/browser.js';
import { cli, ROOT, readSeed, workspace } from './support/cli.js';
import { words as seedWords } from './support/compare.js';
import { wordsKept } from './support/words.js';

const out = workspace({});
const SEED_FILES: Record<string, string> = { '2025': '000_4d75a179420d0c34.txt', '2022': '001_875d516f730ea496.txt' };

describe.skipIf(!browserAvailable)(`build --format html in Chromium${browserAvailable ? '' : ` (skipped: ${browserReason})`}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    const run = cli(['build', '2025', '2022', '--format', 'html', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('is one standalone page: lang="vi", inline CSS with the A4 page and the fonts, no outside resources', () => {
    const html = readFileSync(join(out, '2025.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/);
    expect(html).toContain('font-family: "Times New Roman", "Liberation Serif"');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('@page wide { size: A4 landscape; }');
    expect(html).not.toMatch(/<(link|script|img)\b/);
  });

  it('is byte-identical run to run', () => {
    const again = workspace({});
    expect(cli(['build', '2025', '--format', 'html', '--out', again]).code).toBe(0);
    expect(readFileSync(join(again, '2025.html'))).toEqual(readFileSync(join(out, '2025.html')));
  });

  it.each(['2025', '2022'])('%s: holds every word of the seed in order; the header is two columns side by side', async (year) => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
    await page.goto(pathToFileURL(join(out, `${year}.html`)).href);
    const text = await page.locator('body').innerText();
    // The seed's Markdown and HTML markers set aside, as the seed tests do; then every word, in order.
    const seed = seedWords(readSeed(SEED_FILES[year]!).split('\n'));
    expect(wordsKept(seed, text)).toBe(1);

    const agency = (await page.locator('table.header td.agency').boundingBox())!;
    const national = (await page.locator('table.header td.national').boundingBox())!;
    expect(agency.x + agency.width).toBeLessThanOrEqual(national.x + 1);
    expect(Math.abs(agency.y - national.y)).toBeLessThan(2);
    expect(agency.width).toBeGreaterThan(150);
    // Semantic: headings for I. and 1., lists for "-" items.
    expect(await page.locator('h2').first().innerText()).toMatch(/^I\. /);
    expect(await page.locator('h3').first().innerText()).toMatch(/^1\. /);
    expect(await page.locator('ul.items > li').count()).toBeGreaterThan(2);
    await page.screenshot({ path: join(ARTIFACTS, `html-${year}.png`) });
    await page.close();
  });

  it('2025: the appendix table has its header row of <th>, and prints on its own landscape pages', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(out, '2025.html')).href);
    const headings = await page.locator('section.appendix table.data').first().locator('thead th').allInnerTexts();
    expect(headings).toEqual(['Nội dung tuyên truyền', 'Hình thức tuyên truyền', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện']);
    expect(await page.locator('section.appendix table.data').first().locator('tbody tr').count()).toBe(12);
    const pdf = join(ARTIFACTS, 'html-2025-print.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    await page.close();
    const { spawnSync } = await import('node:child_process');
    const info = spawnSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' });
    if (info.status !== 0) return; // poppler absent outside CI: the screen checks above still ran
    const sizes = [...info.stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => (Number(m[1]) > Number(m[2]) ? 'L' : 'P'));
    expect(sizes[0]).toBe('P');
    expect(sizes.at(-1)).toBe('L');
    expect(sizes.indexOf('L')).toBeGreaterThan(0);
    expect(sizes.slice(sizes.indexOf('L')).every((s) => s === 'L')).toBe(true);
  });

  it('shows a title <script>alert(1)</script> as those characters, and runs nothing', async () => {
    const plan = readFileSync(join(ROOT, 'plans', '2025.yaml'), 'utf8').replace(/^title: .*$/m, 'title: "<script>alert(1)</script> & <b>x</b>"');
    const dir = workspace({ 'plans/2025.yaml': plan });
    expect(cli(['build', '2025', '--format', 'html'], { cwd: dir }).code).toBe(0);
    const html = readFileSync(join(dir, 'out', '2025.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<script>alert(1)');
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(join(dir, 'out', '2025.html')).href);
    expect(await page.locator('h1 .subject').innerText()).toBe('<script>alert(1)</script> & <b>x</b>');
    expect(await page.locator('script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
