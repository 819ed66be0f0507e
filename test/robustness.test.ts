// Each defect a fuzz campaign found, as the input that reproduced it, run through the CLI.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Alias } from 'yaml';
import { cli, ROOT, workspace, shipped, shippedCopy } from './support/cli.js';

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
      expect(run.stderr).toContain('tên tệp không cho một tên tệp kết quả trong sandbox/out');
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
    expect(run.stderr).toContain('không ghi được out/2025.md: đây là một thư mục, không phải tệp');
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
    const run = cli(['build', join(shippedCopy(), 'plans', '2025.yaml'), '--out', '/proc/cchc-plan-test/out']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/không tạo được thư mục \/proc\/cchc-plan-test\/out/);
  });
});

describe('aliases are checked in one walk of the document', () => {
  it('a plan of 5,000 rows, 417 of them aliases: no alias is resolved by walking the whole document', async () => {
    const { generatePlan } = await import('../bench/plans.mjs');
    const { parsePlanText } = await import('../dist/plan/source.js');
    const { Findings } = await import('../dist/diagnostics/finding.js');
    const text = generatePlan({ rows: 5000, paragraphs: 20, aliases: true }) as string;
    expect(text.match(/\*w\d+/g)).toHaveLength(417);
    // yaml's Alias.resolve walks the whole document unless it is given the cache that toJS keeps: a walk
    // per alias made a 20,000-row plan take two minutes.
    const resolve = Alias.prototype.resolve;
    let walks = 0;
    Alias.prototype.resolve = function (this: Alias, ...args: Parameters<Alias['resolve']>) {
      if (!(args[1] as { aliasResolveCache?: unknown } | undefined)?.aliasResolveCache) walks++;
      return resolve.apply(this, args);
    };
    try {
      const findings = new Findings();
      expect(parsePlanText('rows.yaml', new TextEncoder().encode(text), findings)).toBeDefined();
      expect(findings.list).toEqual([]);
    } finally {
      Alias.prototype.resolve = resolve;
    }
    // toJS builds its cache with the first alias it meets: one walk in all.
    expect(walks).toBeLessThanOrEqual(1);
  });

  it('an alias of an anchor set later is still one with no anchor before it', () => {
    const { code, report } = validate(BASE.replace(/^title: .*$/m, 'title: *later').replace('  tin: Tổ Tin học', '  tin: &later Tổ Tin học'));
    expect(code).toBe(1);
    expect(report.findings[0]).toMatchObject({ code: 'bad-alias' });
  });
});

describe('a key with white space nobody sees', () => {
  for (const [char, name] of [['\u00a0', 'U+00A0'], ['\u2003', 'U+2003'], ['\u200b', 'U+200B'], ['\ufeff', 'U+FEFF']]) {
    it(`lead: "vp${name}": an error with the fix, never the text "Vp" in the document`, () => {
      const plan = BASE.replace('lead: vp, with: tin', `lead: "vp${char}", with: tin`);
      const { code, report } = validate(plan);
      expect(code).toBe(1);
      const finding = report.findings.find((f) => f.code === 'padded-key')!;
      expect(finding).toMatchObject({ line: 31, severity: 'error' });
      expect(finding.message).toContain(name);
      expect(finding.fix).toContain('gõ lại vp');
      const dir = workspace({ 'plans/2025.yaml': plan });
      expect(cli(['build', '2025'], { cwd: dir }).code).toBe(1);
      expect(existsSync(join(dir, 'out', '2025.docx'))).toBe(false);
    });
  }

  it('in a list of cooperating units, before the key', () => {
    const { report } = validate(BASE.replace('lead: vp, with: tin', 'lead: vp, with: [" tin"]'.replace(' tin', '\u00a0tin')));
    expect(report.findings.map((f) => f.code)).toContain('padded-key');
  });

  it('a record whose row or unit has one: the same error, at its line', () => {
    const dir = workspace({ 'plans/2025.yaml': BASE, 'results/2025.yaml': `plan: 2025\nactivities:\n  - { row: "a1t1r1\u00a0", done: 2025-01-10 }\nposts:\n  - { unit: "\u200bvp", date: 2025-02-03, title: Tin, url: "https://x.vn/1" }\n` });
    const run = cli(['validate', 'results/2025.yaml', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.stdout) as Report).findings;
    expect(findings.map((f) => [f.code, f.line])).toEqual([['padded-key', 3], ['padded-key', 5]]);
  });

  it('done and post given a row or unit with one read it as the row or unit', () => {
    const dir = workspace({ 'plans/2025.yaml': BASE });
    expect(cli(['done', '2025', 'a1t1r1\u00a0', '--month', '1', '--date', '2025-01-10'], { cwd: dir }).code).toBe(0);
    expect(cli(['post', '2025', '--unit', 'vp\u00a0', '--title', 'Tin', '--url', 'https://x.vn/1', '--date', '2025-02-03'], { cwd: dir }).code).toBe(0);
    const text = readFileSync(join(dir, 'results', '2025.yaml'), 'utf8');
    expect(text).toContain('row: a1t1r1\n');
    expect(text).toContain('unit: vp\n');
  });
});

describe('keys too long to be a name', () => {
  it('a 300-character unit key: a finding at its line, in the plan and in the units file', () => {
    const key = 'k'.repeat(300);
    const { code, report } = validate(BASE.replace('  tin: Tổ Tin học', `  tin: Tổ Tin học\n  ${key}: Tổ Văn`));
    expect(code).toBe(1);
    expect(report.findings[0]).toMatchObject({ code: 'too-long', line: 16, column: 3 });
    const dir = workspace({ 'plans/2025.yaml': shipped('plans/2025.yaml'), 'units.yaml': `units:\n  - key: ${key}\n    name: Trường A\n    code: THA\n    signer: { title: HIỆU TRƯỞNG, name: A }\n` });
    const run = cli(['derive', '2025', '--units', 'units.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/units\.yaml:2:10 lỗi too-long/);
    expect(run.stderr).not.toMatch(/ENAMETOOLONG/);
  });
});

describe('templates that call what does not exist', () => {
  for (const [call, column, name] of [['{{nohelper header.place}}', 1, 'nohelper'], ['{{constructor 1}}', 1, 'constructor'], ['{{upper (toString 1)}}', 9, 'toString'], ['{{header.hasOwnProperty}}', 3, 'hasOwnProperty']] as const) {
    it(`${call}: a template error at file:line:column, exit 1, nothing written`, () => {
      const dir = workspace({ 'plans/2025.yaml': BASE });
      const tpl = join(dir, 'tpl');
      mkdirSync(tpl);
      for (const f of readdirSync(join(ROOT, 'templates'))) writeFileSync(join(tpl, f), readFileSync(join(ROOT, 'templates', f)));
      const lines = readFileSync(join(tpl, 'plan.hbs'), 'utf8').split('\n');
      lines.splice(13, 0, call);
      writeFileSync(join(tpl, 'plan.hbs'), lines.join('\n'));
      const run = cli(['build', '2025', '--templates', 'tpl'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`tpl/plan.hbs:14:${column}:`);
      expect(run.stderr).toContain(`"${name}`);
      expect(run.stderr).not.toMatch(/Access has been denied|reading 'call'|\n\s+at /);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    });
  }
});

describe('lists of any length', () => {
  it('a .docx with 200,000 paragraphs the plan has no place for: imported, every one listed for review, no stack overflow', async () => {
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const dir = workspace({ 'plans/2025.yaml': shipped('plans/2025.yaml') });
    expect(cli(['build', '2025', '--format', 'docx'], { cwd: dir }).code).toBe(0);
    const parts = unzipSync(readFileSync(join(dir, 'out', '2025.docx')));
    const doc = strFromU8(parts['word/document.xml']!);
    // Paragraphs in the appendix before its last table: none is a table's title, so each is a review note.
    const extra = Array.from({ length: 200_000 }, (_, i) => `<w:p><w:r><w:t>Ghi chú phụ lục số ${i}</w:t></w:r></w:p>`).join('');
    const at = doc.lastIndexOf('<w:tbl>');
    parts['word/document.xml'] = strToU8(doc.slice(0, at) + extra + doc.slice(at));
    writeFileSync(join(dir, 'big.docx'), zipSync(parts));
    const run = cli(['import', 'big.docx', '--out', 'big.yaml'], { cwd: dir });
    expect(run.stderr).not.toMatch(/internal error|lỗi bên trong|Maximum call stack/);
    expect(run.code).toBe(0);
    // The last one, just above the table, is read as its title.
    expect(run.stdout).toContain('"Ghi chú phụ lục số 199998"');
    expect(existsSync(join(dir, 'big.yaml'))).toBe(true);
  }, 120_000);
});
