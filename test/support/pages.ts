// A PDF's pages as a reader sees them, from poppler: each word with its box (pdftotext -bbox-layout) and
// each horizontal rule drawn on the page, a table's border or a line under the agency (pdftocairo -svg).
// Coordinates are points from the page's top left.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';

export interface Word { text: string; xMin: number; yMin: number; xMax: number; yMax: number; line: number }
export interface Rule { y: number; x1: number; x2: number }
export interface Page { number: number; width: number; height: number; words: Word[]; rules: Rule[] }

export function readPages(pdf: string): Page[] {
  const pages: Page[] = [];
  const html = spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (html.status !== 0) throw new Error(`pdftotext ${pdf}: ${html.stderr}`);
  const words = new SaxesParser();
  let lines = 0;
  let word: Word | undefined;
  words.on('opentag', (tag) => {
    const n = (k: string) => Number(tag.attributes[k]);
    if (tag.name === 'page') pages.push({ number: pages.length + 1, width: n('width'), height: n('height'), words: [], rules: [] });
    if (tag.name === 'line') lines++;
    if (tag.name === 'word') word = { text: '', xMin: n('xMin'), yMin: n('yMin'), xMax: n('xMax'), yMax: n('yMax'), line: lines };
  });
  words.on('text', (t) => {
    if (word) word.text += t;
  });
  words.on('closetag', (tag) => {
    if (tag.name === 'word' && word) {
      // A zero-width space marks where an address may break: not a letter a reader sees.
      // A no-break space (a heading's words bound in twos) is still between two words.
      for (const text of word.text.replace(/\u200B/g, '').normalize('NFC').split('\u00A0')) if (text) pages.at(-1)!.words.push({ ...word, text });
      word = undefined;
    }
  });
  // pdftotext's XHTML has a DOCTYPE the strict parser need not fetch: from <html on.
  words.write(html.stdout.slice(html.stdout.indexOf('<html'))).close();

  const dir = mkdtempSync(join(tmpdir(), 'cchc-svg-'));
  try {
    const svg = join(dir, 'pages.svg');
    const run = spawnSync('pdftocairo', ['-svg', pdf, svg], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pdftocairo ${pdf}: ${run.stderr}`);
    const parser = new SaxesParser();
    let page = -1;
    parser.on('opentag', (tag) => {
      if (tag.name === 'page') page++;
      if (tag.name !== 'path' || !String(tag.attributes.style ?? '').includes('stroke-width')) return;
      const d = /^M ([\d.-]+) ([\d.-]+) L ([\d.-]+) ([\d.-]+) ?$/.exec(String(tag.attributes.d ?? '').trim() + ' ');
      if (!d) return;
      const m = /matrix\(([^)]*)\)/.exec(String(tag.attributes.transform ?? ''));
      const [a, b, c, e, f, g] = m ? m[1]!.split(',').map(Number) : [1, 0, 0, 1, 0, 0];
      const at = (x: number, y: number) => [a! * x + c! * y + f!, b! * x + e! * y + g!] as const;
      const [x1, y1] = at(Number(d[1]), Number(d[2]));
      const [x2, y2] = at(Number(d[3]), Number(d[4]));
      if (Math.abs(y1 - y2) < 0.5 && Math.abs(x2 - x1) > 2 && pages[page]) pages[page]!.rules.push({ y: y1, x1: Math.min(x1, x2), x2: Math.max(x1, x2) });
    });
    parser.write(readFileSync(svg, 'utf8')).close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return pages;
}
