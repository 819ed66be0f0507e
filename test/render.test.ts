// Every kind of document the tool writes, rendered by LibreOffice and read back from the PDF's pages the
// way a clerk reads a printout: no word broken across two lines (a web address may break after "/", "-"
// or "."), each header line on one line, nothing set on the bottom border of a table above it, and the
// signature never alone on its page. The page images are kept in out/test-artifacts/render/ to look at.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, workspace, copyShipped } from './support/cli.js';
import { docxPart, paragraphs } from './support/docx-reader.js';
import { officeAvailable, officeReason } from './support/office.js';
import { readPages, type Page, type Word } from './support/pages.js';

const ARTIFACTS = join(ROOT, 'out', 'test-artifacts', 'render');
const BASE = readFileSync(join(ROOT, 'test', 'fixtures', 'minimal.yaml'), 'utf8');
/** Schools' names as offices write them: one fits its column only broken, one only at the smaller size set. */
const LONG_NAMES = ['TRƯỜNG THPT NGUYỄN THỊ MINH KHAI', 'TRƯỜNG THCS VÀ THPT LÊ HỒNG PHONG', 'TRƯỜNG TRUNG HỌC PHỔ THÔNG CHUYÊN NGUYỄN THỊ MINH KHAI'];

interface Made { name: string; docx: string; header: boolean; signature: boolean }

/** Where a web address may break, and so where the PDF may show it in pieces. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
const words = (text: string) => text.normalize('NFC').split(/\s+/).filter(Boolean);
const sameLine = (a: Word, b: Word) => Math.abs(a.yMin - b.yMin) < 1.5;

/**
 * The document's words, as LibreOffice prints them: a redline's inserted and deleted words are set side by
 * side ("2022" struck through against "2025"), so only its unchanged words are a word of their own.
 */
function printedWords(docx: string): string[] {
  const xml = docxPart(docx);
  if (!/<w:(ins|del) /.test(xml)) return words(paragraphs(xml, 'as-is').map((p) => p.text).join('\n'));
  // Each inserted or deleted run (not a mark on a paragraph or a row, which closes itself) becomes a marker.
  const marked = xml.replace(/<w:(ins|del) [^>]*[^/]>[\s\S]*?<\/w:\1>/g, '<w:r><w:t>\uE000</w:t></w:r>');
  return words(paragraphs(marked, 'as-is').map((p) => p.text).join('\n')).filter((w) => !w.includes('\uE000'));
}

/** The document's words, and the PDF's: each of the document's is whole on a page, or an address broken where it may. */
function brokenWords(docx: string, pages: Page[]): string[] {
  const all = pages.flatMap((p) => p.words);
  const count = new Map<string, number>();
  for (const w of all) count.set(w.text, (count.get(w.text) ?? 0) + 1);
  const broken: string[] = [];
  for (const word of printedWords(docx)) {
    const n = count.get(word) ?? 0;
    if (n > 0) {
      count.set(word, n - 1);
      continue;
    }
    // An address in pieces, each but the last ending where an address may break.
    const pieces = ADDRESS.test(word) && all.some((w, i) => {
      let joined = '';
      for (let k = i; k < all.length && k < i + 12; k++) {
        joined += all[k]!.text;
        if (joined === word) return true;
        if (!word.startsWith(joined) || !/[/\-.?&=_#]$/.test(all[k]!.text)) return false;
      }
      return false;
    });
    if (!pieces) broken.push(word);
  }
  return broken;
}

/** The header table's lines (its cells' paragraphs) that the first page does not show on one line. */
function wrappedHeaderLines(docx: string, page: Page): string[] {
  const header = paragraphs(docxPart(docx)).filter((p) => p.table === 0 && p.text.trim()).map((p) => words(p.text));
  // A line's words side by side on one baseline, left to right (a blank for the clerk may part them).
  const onOneLine = (line: string[]) => page.words.filter((w) => w.text === line[0]).some((first) => {
    const row = page.words.filter((w) => sameLine(w, first) && w.xMin >= first.xMin).sort((a, b) => a.xMin - b.xMin);
    return line.every((word, k) => row[k]?.text === word);
  });
  return header.filter((line) => !onOneLine(line)).map((line) => line.join(' '));
}

/** The paragraphs that follow a data table, each with the gap to the table's bottom border where it sits on one. */
function gapsUnderTables(docx: string, pages: Page[]): { text: string; gap: number }[] {
  const xml = docxPart(docx);
  const body = xml.slice(xml.indexOf('<w:body>'));
  // Top-level blocks in order: a data table (it repeats its header row), or a paragraph's text.
  const blocks: ({ table: true } | { text: string })[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<w:tbl>|<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>|<w:tblHeader\/>/g)) {
    if (m[0] === '<w:tbl>') { if (depth++ === 0) blocks.push({ table: true }); continue; }
    if (m[0] === '</w:tbl>') { depth--; continue; }
    if (m[0] === '<w:tblHeader/>') { (blocks.at(-1) as { table: true; data?: boolean }).data = true as never; continue; }
    if (depth === 0) blocks.push({ text: paragraphs(`<w:document><w:body>${m[0]}</w:body></w:document>`).map((p) => p.text).join('') });
  }
  const out: { text: string; gap: number }[] = [];
  blocks.forEach((block, i) => {
    if (!('table' in block) || !(block as { data?: boolean }).data) return;
    const next = blocks.slice(i + 1).find((b) => 'text' in b && b.text.trim()) as { text: string } | undefined;
    if (!next) return;
    const opening = words(next.text).slice(0, 3);
    for (const page of pages) {
      page.words.forEach((w, k) => {
        if (!opening.every((word, j) => page.words[k + j]?.text === word && sameLine(page.words[k + j]!, w))) return;
        // The nearest rule above the line's middle: a border the words are set on lies inside their box's top.
        const rule = page.rules.filter((r) => r.y < (w.yMin + w.yMax) / 2 && r.x1 <= w.xMax && r.x2 >= w.xMin).sort((a, b) => b.y - a.y)[0];
        const between = rule && page.words.some((o) => o !== w && o.yMax <= w.yMin && o.yMin >= rule.y && o.xMax >= rule.x1 && o.xMin <= rule.x2);
        if (rule && !between && w.yMin - rule.y < 30) out.push({ text: opening.join(' '), gap: w.yMin - rule.y });
      });
    }
  });
  return out;
}

/**
 * Table headings that wrap inside a word: Vietnamese words are mostly two syllables, so a heading of four
 * ("Đơn vị chủ trì") may wrap between its pairs of syllables, never between "chủ" and "trì".
 */
function headingsSplitInWords(docx: string, pages: Page[]): string[] {
  const xml = docxPart(docx);
  const headings = [...xml.matchAll(/<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/>[\s\S]*?<\/w:tr>/g)]
    .flatMap((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => words(paragraphs(`<w:document><w:body>${cell[0]}</w:body></w:document>`).map((p) => p.text).join(' '))));
  const split = new Set<string>();
  for (const heading of headings.filter((h) => h.length >= 3)) {
    for (const { words: list } of pages) {
      list.forEach((_, i) => {
        if (!heading.every((word, k) => list[i + k]?.text === word)) return;
        for (let k = 0; k + 1 < heading.length; k += 2) if (!sameLine(list[i + k]!, list[i + k + 1]!)) split.add(heading.join(' '));
      });
    }
  }
  return [...split];
}
/** Whether the page holding "Nơi nhận:" shows some of the body above it (a page number is not body). */
function signatureAlone(pages: Page[]): boolean {
  for (const page of pages) {
    const heading = page.words.find((w) => w.text === 'Nơi' && page.words[page.words.indexOf(w) + 1]?.text === 'nhận:');
    if (!heading) continue;
    return !page.words.some((w) => w.yMax < heading.yMin - 1 && !/^\d+$/.test(w.text));
  }
  return false;
}

describe.skipIf(!officeAvailable)(`every page the tool prints${officeAvailable ? '' : ` (skipped: ${officeReason})`}`, () => {
  const dir = workspace({});
  const made: Made[] = [];
  const pages = new Map<string, Page[]>();

  beforeAll(() => {
    copyShipped(dir, 'plans');
    copyShipped(dir, 'results');
    const out = join(dir, 'out');
    const plans = ['2022', '2025', ...readdirSync(join(dir, 'plans', 'examples')).map((f) => join('plans', 'examples', f))];
    expect(cli(['build', ...plans, '--format', 'docx', '--out', out], { cwd: dir }).code).toBe(0);
    expect(cli(['build', 'plans/units/longhung/2025.yaml', '--format', 'docx', '--out', join(out, 'longhung')], { cwd: dir }).code).toBe(0);
    for (const p of plans) made.push({ name: basename(p, '.yaml'), docx: join(out, `${basename(p, '.yaml')}.docx`), header: true, signature: true });
    // A name of its own: the PDFs of all the documents go to one folder.
    cpSync(join(out, 'longhung', '2025.docx'), join(out, 'longhung-2025.docx'));
    made.push({ name: 'longhung-2025', docx: join(out, 'longhung-2025.docx'), header: true, signature: true });
    // Long school names: written as the warning suggests, as a user does after reading it.
    LONG_NAMES.forEach((name, i) => {
      const file = join(dir, `long-${i + 1}.yaml`);
      writeFileSync(file, BASE.replace('agency: TRƯỜNG THCS MỸ XUYÊN', `agency: ${name}`));
      const warning = JSON.parse(cli(['validate', file, '--format', 'json'], { cwd: dir }).stdout).findings.find((f: { code: string }) => f.code === 'header-line-too-wide');
      const lines = warning ? /agency: (\[.*\])\.$/.exec(warning.fix)![1]! : name;
      writeFileSync(file, BASE.replace('agency: TRƯỜNG THCS MỸ XUYÊN', `agency: ${lines}`));
      expect(cli(['build', file, '--format', 'docx', '--out', out], { cwd: dir }).code).toBe(0);
      made.push({ name: `long-${i + 1}`, docx: join(out, `long-${i + 1}.docx`), header: true, signature: true });
    });
    expect(cli(['report', '2025', '--quarter', '1', '--date', '2025-04-05', '--out', out], { cwd: dir }).code).toBe(0);
    made.push({ name: 'bao-cao-quy-1', docx: join(out, '2025-bao-cao-quy-1.docx'), header: true, signature: true });
    expect(cli(['rollup', '2025', '--quarter', '1', '--today', '2025-04-15', '--format', 'docx', '--out', join(out, 'phu-luc-don-vi.docx')], { cwd: dir }).code).toBe(1);
    made.push({ name: 'phu-luc-don-vi', docx: join(out, 'phu-luc-don-vi.docx'), header: false, signature: false });
    expect(cli(['diff', '2022', '2025', '--docx', join(out, 'so-sanh.docx')], { cwd: dir }).code).toBe(1);
    made.push({ name: 'so-sanh', docx: join(out, 'so-sanh.docx'), header: true, signature: true });

    const pdf = join(dir, 'pdf');
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', pdf, ...made.map((m) => m.docx)], { encoding: 'utf8', timeout: 600_000 });
    expect(run.status, run.stderr).toBe(0);
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const m of made) {
      const file = join(pdf, `${basename(m.docx, '.docx')}.pdf`);
      pages.set(m.name, readPages(file));
      spawnSync('pdftoppm', ['-r', '50', '-png', file, join(ARTIFACTS, m.name)]);
    }
  }, 900_000);

  it('renders every kind of document: plans, long names, the report, the annex, the redline', () => {
    expect(made.map((m) => m.name)).toEqual(expect.arrayContaining(['2022', '2025', 'long-1', 'long-2', 'long-3', 'bao-cao-quy-1', 'phu-luc-don-vi', 'so-sanh']));
    expect(readdirSync(ARTIFACTS).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(made.length);
  });

  it.each(['2022', '2025', 'so-gddt-2026', 'truong-thpt-2025-2026', 'ubnd-huyen-2026', 'longhung-2025', 'long-1', 'long-2', 'long-3', 'bao-cao-quy-1', 'phu-luc-don-vi', 'so-sanh'])('%s: every word is whole on its page', (name) => {
    const m = made.find((x) => x.name === name)!;
    expect(brokenWords(m.docx, pages.get(name)!)).toEqual([]);
  });

  // Not the redline: a changed line prints its old and its new words together, struck through and
  // underlined, as Word shows a tracked change, and may take two lines for it.
  it.each(['2022', '2025', 'so-gddt-2026', 'truong-thpt-2025-2026', 'ubnd-huyen-2026', 'longhung-2025', 'long-1', 'long-2', 'long-3', 'bao-cao-quy-1'])('%s: each header line is one line', (name) => {
    const m = made.find((x) => x.name === name)!;
    expect(wrappedHeaderLines(m.docx, pages.get(name)![0]!)).toEqual([]);
  });

  it.each(['2025', 'so-gddt-2026', 'truong-thpt-2025-2026', 'ubnd-huyen-2026', 'longhung-2025', 'bao-cao-quy-1', 'phu-luc-don-vi'])('%s: nothing after a table sits on its bottom border', (name) => {
    const m = made.find((x) => x.name === name)!;
    const gaps = gapsUnderTables(m.docx, pages.get(name)!);
    expect(gaps.filter((g) => g.gap < 4)).toEqual([]);
  });

  it.each(['2025', 'so-gddt-2026', 'truong-thpt-2025-2026', 'ubnd-huyen-2026', 'longhung-2025', 'bao-cao-quy-1', 'phu-luc-don-vi'])('%s: no table heading wraps inside a word', (name) => {
    expect(headingsSplitInWords(made.find((x) => x.name === name)!.docx, pages.get(name)!)).toEqual([]);
  });

  it('the report has headings under its tables on their pages, and they are measured', () => {
    // (A heading that starts a page has no border above it to sit on.)
    const gaps = gapsUnderTables(made.find((x) => x.name === 'bao-cao-quy-1')!.docx, pages.get('bao-cao-quy-1')!);
    expect(gaps.length).toBeGreaterThanOrEqual(2);
  });

  it.each(['2022', '2025', 'so-gddt-2026', 'truong-thpt-2025-2026', 'ubnd-huyen-2026', 'longhung-2025', 'long-1', 'long-2', 'long-3', 'bao-cao-quy-1', 'so-sanh'])('%s: the signature is never alone on its page', (name) => {
    expect(signatureAlone(pages.get(name)!)).toBe(false);
  });
});
