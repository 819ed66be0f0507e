// Each defect a fuzz campaign found, as the input that reproduced it, run through the CLI.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, workspace } from './support/cli.js';

const BASE = readFileSync(join(ROOT, 'test/fixtures/minimal.yaml'), 'utf8');
const withTitle = (title: string) => BASE.replace(/^title: .*$/m, `title: ${title}`);

interface Report { findings: { code: string; severity: string; line: number; column: number; message: string; fix: string | null }[] }
function validate(text: string): { code: number; report: Report; stderr: string } {
  const dir = workspace({ 'plans/2025.yaml': text });
  const run = cli(['validate', '2025', '--format', 'json'], { cwd: dir });
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

describe('characters a Word document cannot hold', () => {
  for (const [escape, name] of [['\\x01', 'U+0001'], ['\\0', 'U+0000'], ['\\e', 'U+001B'], ['\\uFFFE', 'U+FFFE'], ['\\ud800', 'U+D800']]) {
    it(`"A${escape}B" in the title: an error naming ${name}, and build writes nothing`, () => {
      const plan = withTitle(`"A${escape}B"`);
      const { code, report } = validate(plan);
      expect(code).toBe(1);
      expect(report.findings.map((f) => [f.code, f.line])).toContainEqual(['control-character', 10]);
      expect(report.findings[0]!.message).toContain(name);
      const dir = workspace({ 'plans/2025.yaml': plan });
      expect(cli(['build', '2025'], { cwd: dir }).code).toBe(1);
      expect(existsSync(join(dir, 'out', '2025.docx'))).toBe(false);
    });
  }

  it('raw bytes 0x01, 0x08 and ESC in the file', () => {
    for (const byte of [0x01, 0x08, 0x1b]) {
      const { code, report } = validate(withTitle(`A${String.fromCharCode(byte)}B`));
      expect(code).toBe(1);
      expect(report.findings[0]).toMatchObject({ code: 'control-character', line: 10, column: 9 });
    }
  });
});

describe('deep nesting', () => {
  const cases: [string, string][] = [
    ['a flow sequence 3,000 deep', withTitle(`${'['.repeat(3000)}${']'.repeat(3000)}`)],
    ['a block sequence 3,000 deep', `${BASE}extra:\n${'- '.repeat(3000)}x\n`],
    ['nested maps 3,000 deep', withTitle(`${'{a: '.repeat(3000)}1${'}'.repeat(3000)}`)],
    // Deep enough to exhaust the stack of the YAML library's own parser, before any depth is measured.
    ['a chain of 20,000 block sequences', `${BASE}extra:\n${'- '.repeat(20_000)}x\n`],
  ];
  for (const [name, text] of cases) {
    it(`${name}: a located finding, exit 1, JSON on stdout`, () => {
      const { code, report, stderr } = validate(text);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      const finding = report.findings.find((f) => f.code === 'too-deep');
      expect(finding?.message).toMatch(/sâu quá 64 cấp/);
      expect(finding!.line).toBeGreaterThan(1);
    });
  }
});

describe('a break that every later line echoes', () => {
  // An indented first line makes each of the 3,000 lines after it a YAML problem; reported one by one
  // they came to a megabyte of code frames on stderr.
  const text = `  parent: a\n${Array.from({ length: 3000 }, (_, i) => `k${i}: a\n`).join('')}`;
  it('the first 20 problems, then one finding that counts the rest', () => {
    const dir = workspace({ 'plan.yaml': text });
    const json = cli(['validate', 'plan.yaml', '--format', 'json'], { cwd: dir });
    expect(json.code).toBe(1);
    const findings = JSON.parse(json.stdout).findings as { code: string; message: string }[];
    expect(findings).toHaveLength(21);
    expect(findings.filter((f) => f.code === 'yaml-more')).toHaveLength(1);
    expect(findings.find((f) => f.code === 'yaml-more')!.message).toMatch(/^Còn \d+ lỗi cú pháp YAML khác/);
    const build = cli(['build', 'plan.yaml', '--out', 'out'], { cwd: dir });
    expect(build.code).toBe(1);
    expect(build.stderr.length).toBeLessThan(64 * 1024);
  });
});

describe('references reach only declared fields', () => {
  const plan = (reference: string) => BASE.replace('  trained: 100%', '  trained: { value: 100, unit: "%" }').replace('{{targets.trained}}', reference);
  for (const field of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
    it(`{{targets.trained.${field}}} is an error at its place`, () => {
      const text = plan(`{{targets.trained.${field}}}`);
      const { code, report } = validate(text);
      expect(code).toBe(1);
      const column = text.split('\n')[18]!.indexOf('{{') + 1;
      expect(report.findings.find((f) => f.severity === 'error')).toMatchObject({ code: 'ref-unknown-field', line: 19, column });
    });
  }
  it('{{targets.__proto__}} and {{units.constructor}} are unknown keys', () => {
    const firstError = (text: string) => validate(text).report.findings.find((f) => f.severity === 'error')?.code;
    expect(firstError(plan('{{targets.__proto__}}'))).toBe('ref-unknown-target');
    expect(firstError(plan('{{units.constructor}}'))).toBe('ref-unknown-unit');
  });
  it('{{targets.trained.value}} still works', () => {
    expect(validate(plan('{{targets.trained.value}}%')).code).toBe(0);
  });
});

describe('outputs stay inside --out', () => {
  for (const name of ['...yaml', '..yaml', '.yaml']) {
    it(`a plan named ${name} is refused and nothing is written`, () => {
      const dir = workspace({ [`sandbox/plans/${name}`]: BASE });
      const run = cli(['build', `sandbox/plans/${name}`, '--out', 'sandbox/out'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('gives no output name inside sandbox/out');
      const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => !f.startsWith('sandbox/plans'));
      expect(files.filter((f) => /\.(docx|md)$/.test(f))).toEqual([]);
    });
  }
  it('an odd but harmless name builds inside --out', () => {
    const dir = workspace({ 'plans/a..yaml': BASE });
    expect(cli(['build', 'plans/a..yaml', '--out', 'out'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, 'out', 'a..docx'))).toBe(true);
  });
});

describe('the .docx and .md are written together or not at all', () => {
  it('with out/2025.md a folder, build names it, exits 2, and out/2025.docx is as it was', () => {
    const dir = workspace({ 'plans/2025.yaml': BASE });
    expect(cli(['build', '2025'], { cwd: dir }).code).toBe(0);
    const before = readFileSync(join(dir, 'out', '2025.docx'));
    rmSync(join(dir, 'out', '2025.md'));
    mkdirSync(join(dir, 'out', '2025.md'));
    writeFileSync(join(dir, 'plans', '2025.yaml'), withTitle('Một trích yếu khác'));
    const run = cli(['build', '2025'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot write out/2025.md: EISDIR');
    expect(readFileSync(join(dir, 'out', '2025.docx')).equals(before)).toBe(true);
    expect(readdirSync(join(dir, 'out'))).toEqual(['2025.docx', '2025.md']);
  });
});

describe('huge values', () => {
  it('a 1 MB line of words and long runs of spaces validates (its time is in npm run bench)', () => {
    const line = Array.from({ length: 40_000 }, (_, i) => (i % 5 === 0 ? `x${' '.repeat(100)}` : 'cải cách ')).join('').slice(0, 1_000_000);
    const { code } = validate(BASE.replace('      - Phấn đấu', `      - ${JSON.stringify(line)}\n      - Phấn đấu`));
    expect(code).toBe(0);
  });

  it('a 1 MB unknown unit key: no suggestion is searched for, and the message quotes it cut short', () => {
    const key = 'k'.repeat(1_000_000);
    const { code, report } = validate(BASE.replace('lead: vp, with: tin', `lead: ${key}, with: tin`));
    expect(code).toBe(1);
    const finding = report.findings.find((f) => f.code === 'unknown-unit')!;
    expect(finding.message.length).toBeLessThan(200);
    expect(finding.message).toContain('k…');
    expect(finding.message).not.toMatch(/Có phải là/);
  });
});

describe('aliases', () => {
  it('an alias bomb is reported at the alias that expands the most', () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n';
    const { code, report } = validate(bomb);
    expect(code).toBe(1);
    expect(report.findings[0]).toMatchObject({ code: 'alias-limit', line: 6, column: 5 });
  });

  it('101 aliases of one short name are a plan, not a bomb', () => {
    const recipients = `recipients:\n  - &p Phòng GDĐT\n${'  - *p\n'.repeat(101)}`;
    const { code, report } = validate(BASE.replace('recipients:\n  - Phòng GDĐT\n', recipients));
    expect(report.findings.filter((f) => f.code === 'alias-limit')).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('output folders that cannot hold files', () => {
  it.runIf(existsSync('/proc/self'))('build --out /proc/x/y exits 2 at once', () => {
    const run = cli(['build', join(ROOT, 'plans', '2025.yaml'), '--out', '/proc/cchc-plan-test/out']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot create the output folder \/proc\/cchc-plan-test\/out/);
  });
});
