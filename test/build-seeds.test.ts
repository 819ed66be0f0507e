// The built documents say what the issued ones said, word for word: the .docx read back from its XML and
// the .md, each compared with its seed once whitespace, Markdown markers and bullet glyphs are set aside.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, readSeed, workspace, shipped, SHIPPED } from './support/cli.js';
import { firstDifference, words } from './support/compare.js';
import { docxPart, paragraphs } from './support/docx-reader.js';

const out = workspace({});

interface Seed {
  plan: string;
  seed: string;
  /**
   * What the issued copy's text extraction lost, so the seed lacks it though the document has it: the
   * header table's agency and national lines (and for 2022, whose copy starts at the title, the number and
   * date too), and the appendix heading, title and "(Kèm theo …)" line.
   */
  lost: (text: string, plan: any) => boolean;
}

const headerLost = (text: string, plan: any) =>
  [plan.header.parent, plan.header.agency, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'].flat().includes(text.trim());
const appendixLost = (text: string, plan: any) =>
  /^Phụ lục( [IVX]+)?$/.test(text.trim()) || /^\(Kèm theo Kế hoạch số/.test(text.trim()) ||
  (plan.appendices ?? []).some((a: any) => a.title.toLocaleUpperCase('vi') === text.trim());

const SEEDS_: Seed[] = [
  { plan: '2025', seed: '000_4d75a179420d0c34.txt', lost: (t, p) => headerLost(t, p) || appendixLost(t, p) },
  { plan: '2022', seed: '001_875d516f730ea496.txt', lost: (t, p) => headerLost(t, p) || /^Số:|ngày .*tháng .*năm \d{4}$/.test(t.trim()) },
];

beforeAll(() => {
  const run = cli(['build', '2025', '2022', '--out', out]);
  expect(run.code, run.stderr).toBe(0);
});

describe.each(SEEDS_)('plans/$plan.yaml reproduces seed $seed', ({ plan: year, seed, lost }) => {
  const plan = parse(shipped(`plans/${year}.yaml` as (typeof SHIPPED)[number]));
  const seedWords = words(readSeed(seed).split('\n').flatMap((l) => l.split('\t')));

  it('.docx text equals the seed', () => {
    const text = paragraphs(docxPart(join(out, `${year}.docx`)))
      .map((p) => p.text)
      .filter((t) => !lost(t, plan));
    const built = words(text);
    expect(firstDifference(built, seedWords)).toBe('equal');
  });

  it('.md text equals the seed', () => {
    const md = readFileSync(join(out, `${year}.md`), 'utf8')
      .split('\n')
      .filter((l) => !/^\|( --- \|)+$/.test(l) && l !== '---')
      .flatMap((l) => (l.startsWith('|') ? l.slice(1, -1).split(/(?<!\\)\|/) : [l]))
      .filter((l) => !lost(words([l]), plan));
    expect(firstDifference(words(md), seedWords)).toBe('equal');
  });
});
