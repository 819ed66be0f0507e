// Broken plans, each with one mistake, run through `cchc-plan validate` as a process: the exit code, the
// finding's code and words, and the exact line:column the user must look at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, workspace } from './support/cli.js';

const BASE = readFileSync(join(ROOT, 'test/fixtures/minimal.yaml'), 'utf8');
const baseLines = BASE.split('\n');

/** The base plan with line `n` (1-based) replaced by `text` (which may hold several lines, or none). */
function withLine(n: number, text: string | null): string {
  const lines = [...baseLines];
  if (text === null) lines.splice(n - 1, 1);
  else lines.splice(n - 1, 1, text);
  return lines.join('\n');
}

interface Case {
  name: string;
  file: string | Uint8Array;
  code: string;
  severity?: 'error' | 'warning';
  /** The line, and the text on it the column must point at (its first occurrence, or the nth). */
  at: [line: number, needle: string] | [line: number, column: number];
  message: RegExp;
  /** What the fix must say, where it matters. */
  fix?: RegExp;
  exit?: number;
}

const cases: Case[] = [
  { name: 'unit key misspelt in a table cell', file: withLine(31, baseLines[30]!.replace('lead: vp', 'lead: vpp')), code: 'unknown-unit', at: [31, 'vpp'], message: /Không có đơn vị 'vpp'.*Có phải là 'vp'\?/ },
  { name: 'unknown unit inside a list of cooperating units', file: withLine(31, baseLines[30]!.replace('with: tin', 'with: [tin, tim2]')), code: 'unknown-unit', at: [31, 'tim2'], message: /'tim2'/ },
  { name: 'reference to a target that does not exist', file: withLine(19, '      - Phấn đấu {{targets.trainned}} giáo viên được tập huấn.'), code: 'ref-unknown-target', at: [19, '{{targets.trainned}}'], message: /trainned.*Có phải là 'trained'\?/ },
  { name: 'reference to a unit that does not exist', file: withLine(19, '      - Phấn đấu {{targets.trained}} giáo viên của {{units.vpp}} được tập huấn.'), code: 'ref-unknown-unit', at: [19, '{{units.vpp}}'], message: /'vpp'.*'vp'/ },
  { name: '{{quarter}} outside a rota task', file: withLine(19, '      - Phấn đấu {{targets.trained}} giáo viên trong quý {{quarter}}.'), code: 'ref-unknown-root', at: [19, '{{quarter}}'], message: /quarter/ },
  { name: 'field of a target that has none', file: withLine(19, '      - Phấn đấu {{targets.trained.value}} giáo viên.'), code: 'ref-unknown-field', at: [19, '{{targets.trained.value}}'], message: /targets\.trained\.value/ },
  { name: 'unclosed reference', file: withLine(19, '      - Phấn đấu {{targets.trained giáo viên.'), code: 'bad-template', at: [19, '{{'], message: /Tham chiếu \{\{…\}\} viết sai: mở \{\{ mà không đóng \}\}/ },
  { name: 'a helper block in prose', file: withLine(19, '      - Phấn đấu {{#if year}}100%{{/if}} giáo viên.'), code: 'bad-template', at: [19, '{{#if year}}'], message: /\{\{#if year\}\} không phải một tham chiếu đơn giản/ },
  { name: 'a reference with an argument', file: withLine(19, '      - Phấn đấu {{targets.trained giáo}} viên.'), code: 'bad-template', at: [19, '{{targets.trained giáo}}'], message: /không phải một tham chiếu đơn giản/ },
  { name: 'a triple-brace reference', file: withLine(19, '      - Phấn đấu {{{targets.trained}}} giáo viên.'), code: 'bad-template', at: [19, '{{{targets.trained}}}'], message: /không phải một tham chiếu đơn giản/ },
  { name: 'bold marker never closed', file: withLine(19, '      - "**Phấn đấu {{targets.trained}} giáo viên được tập huấn."'), code: 'unclosed-emphasis', at: [19, '**'], message: /'\*\*'/ },
  { name: 'rota month outside its quarter', file: withLine(37, '          - { quarter: 1, lead: vp, months: [2, 4] }'), code: 'month-outside-quarter', at: [37, '4]'], message: /Tháng 4 không thuộc quý 1/ },
  { name: 'month 13', file: withLine(32, baseLines[31]!.replace('12]', '13]')), code: 'out-of-range', at: [32, '13]'], message: /13/ },
  { name: 'percentage above 100', file: withLine(12, '  trained: 120%'), code: 'percent-range', at: [12, '120%'], message: /120%/ },
  { name: 'a date that does not exist', file: withLine(8, '  date: 2025-02-30'), code: 'bad-date', at: [8, '2025-02-30'], message: /2025-02-30/ },
  { name: 'month 13 in the issue date', file: withLine(8, '  date: 2025-13-01'), code: 'bad-date', at: [8, '2025-13-01'], message: /2025-13-01/ },
  { name: 'number written with its code', file: withLine(6, '  number: 5/KH-THCSMX'), code: 'bad-number', at: [6, '5/KH'], message: /5\/KH-THCSMX/ },
  { name: 'number below 10 without its leading zero', file: withLine(6, '  number: 5'), code: 'number-leading-zero', severity: 'warning', exit: 0, at: [6, '5'], message: /số 0/ },
  { name: 'agency code with a space', file: withLine(5, '  code: THCS MX'), code: 'bad-code', at: [5, 'THCS MX'], message: /THCS MX/ },
  { name: 'duplicate key', file: withLine(7, '  place: Mỹ Xuyên\n  place: Sóc Trăng'), code: 'duplicate-key', at: [8, 'place'], message: /'place'.*hai lần/ },
  { name: 'tab used for indentation', file: withLine(3, '\tparent: UBND HUYỆN MỸ XUYÊN'), code: 'tab-indent', at: [3, 1], message: /Tab/ },
  { name: 'misspelt key', file: withLine(7, '  plase: Mỹ Xuyên'), code: 'unknown-key', at: [7, 'plase'], message: /'plase'.*Có phải là 'place'\?/ },
  { name: 'required key missing', file: withLine(10, null), code: 'missing-key', at: [2, 1], message: /'title'/ },
  { name: 'a list given as a single value', file: withLine(23, 'recipients: Phòng GDĐT').replace('\n  - Phòng GDĐT\n', '\n'), code: 'wrong-type', at: [23, 'Phòng GDĐT'], message: /danh sách.*chuỗi chữ/ },
  { name: 'unknown table kind', file: withLine(33, '      - kind: rotta'), code: 'not-allowed', at: [33, 'rotta'], message: /'rotta'.*Có phải là 'rota'\?/ },
  { name: 'period written backwards', file: withLine(9, 'period: 2025-2022'), code: 'period-order', at: [9, '2025-2022'], message: /2025–2022/ },
  { name: 'a row with no month', file: withLine(32, '          - { content: Tổng kết, form: Họp, lead: tin, when: Cuối năm }').replace('month: [1, 2, 3, 4, 5, 6] }', 'month: [1, 2, 3, 4, 5, 6] }').replace('form: Website, lead: vp, with: tin, month: [1, 2, 3, 4, 5, 6] }', 'form: Website, lead: vp, with: tin }'), code: 'missing-when', at: [31, '{'], message: /Dòng 1/ },
  { name: 'months with no activity', file: withLine(32, baseLines[31]!.replace('11, 12]', '11]')), code: 'month-without-activity', severity: 'warning', exit: 0, at: [31, '- {'], message: /tháng 12/ },
  { name: 'same row id twice', file: withLine(32, baseLines[31]!.replace('{ content', '{ id: a1, content')).replace('- { content: Đăng tin', '- { id: a1, content: Đăng tin'), code: 'duplicate-id', at: [32, 'a1'], message: /'a1'/ },
  { name: 'unit declared and never used', file: withLine(15, '  tin: Tổ Tin học\n  tv: Thư viện'), code: 'unused-unit', severity: 'warning', exit: 0, at: [16, 'tv'], message: /'tv'/ },
  { name: 'bullet typed by hand', file: withLine(19, '      - "- Phấn đấu {{targets.trained}} giáo viên được tập huấn."'), code: 'typed-bullet', severity: 'warning', exit: 0, at: [19, '"- Phấn'], message: /'-'/ },
  { name: 'key that is not a valid unit key', file: withLine(15, '  Tin: Tổ Tin học'), code: 'bad-key-name', at: [15, 'Tin'], message: /'Tin'/ },
  { name: 'two YAML documents in one file', file: BASE + '---\nheader: {}\n', code: 'multiple-docs', at: [38, 1], message: /---/ },
  { name: 'unclosed quote', file: withLine(10, 'title: "Tuyên truyền cải cách hành chính năm 2025'), code: 'yaml-unclosed', at: [10, '"'], message: /Thiếu ký tự đóng/ },
  { name: 'empty file', file: '', code: 'empty', at: [1, 1], message: /trống/ },
  { name: 'only comments', file: '# nothing here\n# yet\n', code: 'empty', at: [1, 1], message: /trống/ },
  { name: 'binary junk', file: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), code: 'binary', at: [3, 1], message: /NUL/ },
  { name: 'Latin-1 instead of UTF-8', file: new Uint8Array([...Buffer.from('title: Tuy'), 0xea, ...Buffer.from('n\n')]), code: 'not-utf8', at: [1, 11], message: /UTF-8/ },
  { name: 'a list instead of a plan', file: '- a\n- b\n', code: 'not-a-mapping', at: [1, 1], message: /nhóm khóa/ },
  { name: 'a line injected through place', file: withLine(7, '  place: "Sóc Trăng\\nrecipient: DÒNG CHÈN VÀO"'), code: 'line-break', at: [7, '"Sóc'], message: /'header\.place' in trên một dòng.*U\+000A/ },
  { name: 'a line break in the agency', file: withLine(4, '  agency: "TRƯỜNG THCS\\nMỸ XUYÊN"'), code: 'line-break', at: [4, '"TRƯỜNG'], message: /'header\.agency'/ },
  { name: 'a control character written as an escape', file: withLine(10, 'title: "A\\x01B"'), code: 'control-character', at: [10, '\\x01'], message: /U\+0001/ },
  { name: 'a raw escape byte in the file', file: withLine(10, 'title: A\u001bB'), code: 'control-character', at: [10, '\u001b'], message: /U\+001B/ },
  { name: 'a lone surrogate', file: withLine(10, 'title: "A\\ud800B"'), code: 'control-character', at: [10, '\\ud800'], message: /U\+D800/ },
  { name: 'an alias naming no anchor', file: withLine(37, '          - { quarter: 1, lead: vp, months: *\u0001a1 }'), code: 'bad-alias', at: [37, '*'], message: /bí danh/i },
  { name: 'a value cut at an unquoted comma in { … }', file: withLine(31, baseLines[30]!.replace('content: Đăng tin CCHC', 'content: Đăng tin cho cán bộ, giáo viên')), code: 'unknown-key', at: [31, 'giáo viên'], message: /'giáo viên'/, fix: /ngoặc kép, ví dụ content: "Cán bộ, giáo viên"/ },
  { name: 'alias bomb', file: 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n', code: 'alias-limit', at: [5, '*d'], message: /bí danh/ },
];

function position(lines: string[], at: Case['at']): [number, number] {
  const [line, where] = at;
  if (typeof where === 'number') return [line, where];
  const index = lines[line - 1]?.indexOf(where) ?? -1;
  if (index < 0) throw new Error(`test fixture: '${where}' is not on line ${line}: ${lines[line - 1]}`);
  return [line, index + 1];
}

describe('validate reports each broken plan at its line and column', () => {
  for (const c of cases) {
    it(c.name, () => {
      const dir = workspace({ 'plans/2025.yaml': c.file });
      const run = cli(['validate', '2025', '--format', 'json'], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(c.exit ?? 1);
      const report = JSON.parse(run.stdout) as { findings: { code: string; severity: string; line: number; column: number; message: string; fix: string | null; file: string }[] };
      const finding = report.findings.find((f) => f.code === c.code);
      expect(finding, `findings: ${JSON.stringify(report.findings.map((f) => f.code))}`).toBeDefined();
      const text = typeof c.file === 'string' ? c.file : Buffer.from(c.file).toString('latin1');
      const [line, column] = position(text.split('\n'), c.at);
      expect([finding!.line, finding!.column]).toEqual([line, column]);
      expect(finding!.severity).toBe(c.severity ?? 'error');
      expect(finding!.message).toMatch(c.message);
      if (c.fix) expect(finding!.fix).toMatch(c.fix);
      expect(finding!.file).toBe('plans/2025.yaml');
    });
  }
});
