// A plan is read the fast way (src/plan/plain-yaml.ts) when it is plain valid YAML, and the full way (the
// `yaml` library, with positions) otherwise. Whatever way a text takes, its data must be what the `yaml` library
// reads, and every mistake must still be reported by the full way, at its line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { Findings } from '../dist/diagnostics/finding.js';
import { readPlainYaml } from '../dist/plan/plain-yaml.js';
import { parsePlanText } from '../dist/plan/source.js';
import { ROOT } from './support/cli.js';

const read = (text: string) => {
  const findings = new Findings();
  const source = parsePlanText('plan.yaml', new TextEncoder().encode(text), findings);
  return { source, findings: findings.list };
};

const TRICKY: Record<string, string> = {
  'folded and literal blocks': 'a: >\n  một\n  hai\n\n  ba\nb: |\n  một\n   hai\nc: >-\n  x\nd: |+\n  y\n\ne: |2\n    thụt\nf: z\n',
  'multi-line plain scalar': 'a: Phấn đấu 100% giáo viên\n  được tập huấn\n\n  đoạn mới\nb: 1\n',
  'quoted strings and escapes': 'a: "Tab\\tmột \\"hai\\" \\u00e9 \\x41"\nb: \'it\'\'s # not a comment\'\nc: "dòng\n  tiếp"\n',
  'comments everywhere': '# đầu\na: 1 # sau giá trị\nb: # trống\n  - x # mục\n  # giữa\n  - y\n',
  'numbers and words that look like them': 'a: 012\nb: 0o12\nc: 0x1F\nd: 1_000\ne: +12\nf: .5\ng: 1e3\nh: 2022-2025\ni: 2025-01-22\nj: "01"\nk: yes\nl: ~\nm: Null\nn: TRUE\no: 1.0\np: 08\nq: .inf\nr: 1:20\n',
  'flow collections': 'a: [1, "hai", {b: c}]\nd: {e: [f, g], h: }\ni: [\n    x,\n    y\n  ]\n',
  'empty values and nulls': 'a:\nb: null\nc: []\nd: {}\ne: ""\n',
  'keys with spaces and unicode': 'Đơn vị chủ trì: VP\n"a: b": c\n? phức tạp\n: giá trị\n',
  'document markers': '---\na: 1\n...\n',
  'anchors and aliases': 'a: &x {b: 1}\nc: *x\n',
  'a tag': 'a: !!str 2025\n',
  'flow end at the parent indent': 'a: [\n  1,\n  2\n]\n',
  'collections as keys': '? [a, b]\n: c\n{d: 1}: e\n',
  'an empty key in a flow collection': 'x: { quarter: 3, months: [7, : 8] }\n',
  'a plan-like document with emphasis and references': 'title: "*Kế hoạch* **năm** {{year}}"\nitems:\n  - Phấn đấu {{targets.trained}} giáo viên\n  - "***cả hai*** \\\\*"\n',
};

/** Whether the fast reader took the text; when it did, the library must read the same, with no finding. */
function readsAsTheLibrary(text: string): boolean {
  const data = readPlainYaml(text);
  if (data === undefined) return false;
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, logLevel: 'error' });
  expect([...doc.errors, ...doc.warnings].map((e) => e.code), text).toEqual([]);
  expect(data, text).toEqual(doc.toJS());
  return true;
}

describe('the fast and the full YAML readers agree', () => {
  const plans = readdirSync(join(ROOT, 'plans')).filter((f) => f.endsWith('.yaml')).map((f) => [`plans/${f}`, readFileSync(join(ROOT, 'plans', f), 'utf8')]);
  const fixtures = readdirSync(join(ROOT, 'test/fixtures')).filter((f) => f.endsWith('.yaml')).map((f) => [`fixtures/${f}`, readFileSync(join(ROOT, 'test/fixtures', f), 'utf8')]);
  for (const [name, text] of [...plans, ...fixtures, ...Object.entries(TRICKY)] as [string, string][]) {
    it(`${name}: the same data as the yaml library`, () => {
      const { source, findings } = read(text);
      expect(findings).toEqual([]);
      expect(source?.data).toEqual(parse(text.normalize('NFC'), { uniqueKeys: true, strict: true, logLevel: 'error' }));
    });
  }

  it('positions are there when a finding needs one, on either way', () => {
    const { source } = read(TRICKY['folded and literal blocks']!);
    expect(source!.lines.linePos(source!.text.indexOf('f: z'))).toEqual({ line: 16, col: 1 });
    expect(source!.doc.errors).toEqual([]);
  });

  it('the plans and the fixture are read the fast way', () => {
    for (const [name, text] of [...plans, ...fixtures] as [string, string][]) expect(readPlainYaml(text.normalize('NFC')), name).toBeDefined();
  });

  it('what a line-by-line reader could take but the yaml library refuses is still refused, at its line', () => {
    const under = (text: string) => read(text).findings.map((f) => [f.code, f.severity, f.line, f.column]);
    // A flow collection and a quoted scalar continued at a lower indent than YAML allows.
    expect(under('a: [1,\n2]\n')).toEqual([['bad-indent', 'error', 2, 1], ['yaml-unclosed', 'error', 2, 1]]);
    expect(under('a:\n  b: "x\n y"\n')).toContainEqual(['bad-indent', 'error', 3, 1]);
  });

  it('on 4,000 random edits of the plans, no text taken the fast way reads differently or hides a finding', () => {
    const bases = ['2025', '2022'].map((y) => readFileSync(join(ROOT, 'plans', `${y}.yaml`), 'utf8'));
    const pieces = [':', '-', ' ', '\t', '"', "'", '[', ']', '{', '}', '#', '|', '>', '\n', ',', '?', '*', '&', '!', '%', '\\', '---', '\n  ', ': ', '- ', '|-', '"a\n b"'];
    let seed = 2025;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    let fast = 0;
    for (let i = 0; i < 4000; i++) {
      let text = bases[i % 2]!;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(text.length);
        const piece = pieces[random(pieces.length)]!;
        const kind = random(3);
        text = kind === 0 ? text.slice(0, at) + piece + text.slice(at) : kind === 1 ? text.slice(0, at) + text.slice(at + 1 + random(3)) : text.slice(0, at) + piece + text.slice(at + 1);
      }
      if (readsAsTheLibrary(text)) fast++;
    }
    expect(fast).toBeGreaterThan(1000);
  }, 60_000); // some 4 s here; a generous limit for a slower machine, not a speed check

  it('on 10,000 generated documents mixing every construct, the fast reader agrees or declines', () => {
    // Scalars of every kind the core schema tells apart, and ones a reader could misread.
    const scalars = ['a', 'một hai', '012', '0o7', '0x1F', '1e3', '.5', '-3', '+4', 'null', '~', 'Null', 'true', 'False', 'yes', '2025-01',
      '1_000', '"q\\"x\\u00e9"', "'it''s'", '"a # b"', 'x # c', 'C#', 'a:b', 'http://x', '"\\x41\\t"', "''", '""', '.inf', '.NaN', '1.', '08',
      '*x', '&a b', '!t x', '- x', '? x', ': x', '-x', 'x:', '[a, b]', '{a: 1, b: [c, d]}', '[]', '{}', '[a, [b, c], {d: e}]', '{h: }',
      '[a,]', '{a:1}', '[a, , b]', '"a" # c', '"a"#c'];
    const keys = ['a', 'b', 'title', 'Đơn vị', '2025', '01', 'null', 'true', 'a b', 'x-y', '__proto__'];
    let state = 6;
    const random = (n: number) => {
      state = (state + 0x6d2b79f5) >>> 0; // mulberry32
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    const pick = <T,>(list: T[]) => list[random(list.length)]!;
    const space = (n: number) => ' '.repeat(n);
    // The text after "key:" or "-" at column `at`: a scalar (maybe continued), a block scalar or a collection.
    const node = (at: number, depth: number): string => {
      const kind = random(depth > 3 ? 3 : 5);
      if (kind === 0) return ` ${pick(scalars)}${random(4) === 0 ? `\n${space(at + 2)}${pick(scalars)}` : ''}${random(5) === 0 ? `\n\n${space(at + 2)}${pick(scalars)}` : ''}`;
      if (kind === 1) {
        const step = pick([2, 2, 3, 1]);
        const lines = Array.from({ length: 1 + random(4) }, () => (random(4) === 0 ? '' : space(at + step + (random(6) === 0 ? 1 : 0)) + pick(['x', 'y z', '# not', 'a: b', '- c'])));
        return ` ${pick(['|', '>', '|-', '>-', '|+', '>+', '|2', '| #c', '>#c'])}\n${lines.join('\n')}`;
      }
      if (kind === 2) return ` ${pick(scalars)}`;
      const step = pick([2, 2, 4, 1, 0]);
      const entries = Array.from({ length: 1 + random(3) }, () =>
        kind === 3
          ? `${space(at + step)}${pick(keys)}:${node(at + step, depth + 1)}${random(6) === 0 ? `\n${space(random(6))}# c` : ''}`
          : random(3) === 0
            ? `${space(at + step)}- ${pick(keys)}:${node(at + step + 2, depth + 1)}${random(2) ? `\n${space(at + step + 2)}${pick(keys)}:${node(at + step + 2, depth + 1)}` : ''}`
            : `${space(at + step)}-${node(at + step, depth + 1)}`);
      return `\n${entries.join('\n')}`;
    };
    let fast = 0;
    for (let i = 0; i < 10_000; i++) {
      const text = Array.from({ length: 1 + random(4) }, () => `${pick(keys)}:${node(0, 0)}`).join('\n') + pick(['\n', '', '\n\n']);
      if (readsAsTheLibrary(text)) fast++;
    }
    expect(fast).toBeGreaterThan(500);
  }, 60_000);
});

