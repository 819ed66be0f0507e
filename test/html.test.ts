// build --format html, opened in a real browser: the seeds' words in order, the header's two columns side
// by side, the appendix table's header row, escaped plan text, and the printed pages.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserAvailable, browserReason, launch } from './support/browser.js';
import { cli, ROOT, readSeed, workspace, shipped } from './support/cli.js';
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

  // The page as the .docx lays it out, point by point (measured in the browser, against nd30.ts's rules).
  it.each(['2025', '2022'])('%s: as the .docx: a rule under the title, "Số:" level with the date, the blanks left for the clerk', async (year) => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
    await page.goto(pathToFileURL(join(out, `${year}.html`)).href);
    const subject = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1 .subject')!);
      const r = range.getBoundingClientRect();
      return { bottom: r.bottom, width: r.width };
    });
    const rule = (await page.locator('hr.subject').boundingBox())!;
    expect(rule.y).toBeGreaterThan(subject.bottom);
    expect(rule.y - subject.bottom).toBeLessThan(20);
    expect(rule.width / subject.width).toBeGreaterThanOrEqual(1 / 3);
    expect(rule.width / subject.width).toBeLessThanOrEqual(1 / 2);
    const number = (await page.locator('table.header p.number').boundingBox())!;
    const date = (await page.locator('table.header p.date').boundingBox())!;
    expect(Math.abs(number.y - date.y)).toBeLessThan(2);
    // "Số:      /KH-SGDĐT": the blank for the number keeps its width on the page.
    expect(await page.locator('table.header p.number').innerText()).toMatch(/^Số:[\s\u00a0]{4,}\/KH-SGDĐT$/);
    if (year === '2025') expect(await page.locator('section.appendix p.reference').innerText()).toMatch(/Kế hoạch số[\s\u00a0]{4,}\/KH-SGDĐT ngày[\s\u00a0]{4,}tháng 01/);
    await page.close();
  });

  it('2022: the first "+" point stands apart from the "-" point above it, as every point does', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
    await page.goto(pathToFileURL(join(out, '2022.html')).href);
    const gap = await page.evaluate(() => {
      const sub = document.querySelector('ul.items > li > ul.subitems')!;
      const range = document.createRange();
      range.setStart(sub.parentElement!, 0);
      range.setEndBefore(sub);
      return sub.getBoundingClientRect().top - range.getBoundingClientRect().bottom;
    });
    // 6 pt, as between the paragraphs of the .docx (8 CSS pixels).
    expect(gap).toBeGreaterThanOrEqual(7.5);
    await page.close();
  });

  it('2025: a landscape appendix page shows its edges in the window, as a sheet', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
    await page.goto(pathToFileURL(join(out, '2025.html')).href);
    const sheet = (await page.locator('section.appendix.wide').first().boundingBox())!;
    expect(sheet.x).toBeGreaterThanOrEqual(16);
    expect(sheet.x + sheet.width).toBeLessThanOrEqual(1100 - 16);
    expect(await page.locator('section.appendix.wide').first().evaluate((e) => getComputedStyle(e).boxShadow)).not.toBe('none');
    await page.close();
  });

  it('a point a) is upright and regular, as in the .docx', async () => {
    const point = '  - title: MỤC TIÊU\n    parts:\n      - title: Mục tiêu\n        parts:\n          - { title: Đối với giáo viên, text: Được tập huấn. }\n';
    const plan = readFileSync(join(ROOT, 'test', 'fixtures', 'minimal.yaml'), 'utf8').replace('  - title: MỤC TIÊU\n', point);
    const dir = workspace({ 'plans/2025.yaml': plan });
    const run = cli(['build', '2025', '--format', 'html,docx'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dir, 'out', '2025.html')).href);
    expect(await page.locator('h4').first().innerText()).toMatch(/^a\) Đối với giáo viên/);
    expect(await page.locator('h4').first().evaluate((e) => getComputedStyle(e).fontWeight)).toBe('400');
    // The .docx sets it in Heading 3, which is not bold.
    const styles = readFileSync(join(dir, 'out', '2025.docx'));
    const { unzipSync, strFromU8 } = await import('fflate');
    const heading3 = /<w:style [^>]*w:styleId="Heading3"[\s\S]*?<\/w:style>/.exec(strFromU8(unzipSync(new Uint8Array(styles))['word/styles.xml']!))![0];
    expect(heading3).not.toContain('<w:b/>');
    await page.close();
  });

  it('shows a title <script>alert(1)</script> as those characters, and runs nothing', async () => {
    const plan = shipped('plans/2025.yaml').replace(/^title: .*$/m, 'title: "<script>alert(1)</script> & <b>x</b>"');
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
