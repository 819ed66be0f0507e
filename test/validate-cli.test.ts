// `cchc-plan validate` as a user runs it: the shipped plans, usage errors, output formats, languages,
// encodings and colour.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, workspace } from './support/cli.js';

const MINIMAL = readFileSync(join(ROOT, 'test/fixtures/minimal.yaml'), 'utf8');
const BROKEN = MINIMAL.replace('lead: vp,', 'lead: vpp,');
const ESC = '\u001b[';

describe('validate on the shipped plans', () => {
  it('finds no errors in plans/2022.yaml and plans/2025.yaml, the units file plans/units.yaml, nor the record results/2025.yaml', () => {
    const run = cli(['validate', '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.errors).toBe(0);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(['plans/2022.yaml', 'plans/2025.yaml', 'plans/units.yaml', 'results/2025.yaml']);
  });

  it('accepts a year for plans/YEAR.yaml', () => {
    const run = cli(['validate', '2025']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 lỗi');
  });
});

describe('usage errors exit 2', () => {
  it('an unknown year', () => {
    const run = cli(['validate', '1999']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Không tìm thấy tệp kế hoạch '1999'");
    expect(run.stdout).toBe('');
  });

  it('an unknown option', () => {
    const run = cli(['validate', '--colour']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/không có tùy chọn '--colour'/);
    expect(cli(['validate', '--colour', '--lang', 'en']).stderr).toMatch(/unknown option '--colour'/);
  });

  it('an unknown format', () => {
    const run = cli(['validate', '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/chọn một trong: text, json, github, gitlab/);
  });

  it('a folder with no plans', () => {
    const run = cli(['validate'], { cwd: workspace({ 'README.txt': 'x' }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Không có tệp kế hoạch nào');
  });

  it('no stack trace anywhere', () => {
    for (const args of [['validate', '1999'], ['validate', '--format'], ['nonsense']]) {
      const run = cli(args);
      expect(run.stderr + run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(run.code).toBe(2);
    }
  });
});

describe('output', () => {
  const dir = workspace({ 'plans/2025.yaml': BROKEN });

  it('text: file:line:col, a code frame with a caret, the fix', () => {
    const run = cli(['validate'], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('plans/2025.yaml:31:60 lỗi unknown-unit');
    expect(lines[1]).toBe("  Không có đơn vị 'vpp' trong units. Có phải là 'vp'?");
    const marked = lines.findIndex((l) => l.startsWith('  > 31 |'));
    expect(marked).toBeGreaterThan(1);
    expect(lines[marked]).toContain('lead: vpp');
    const caret = lines[marked + 1]!;
    expect(lines[marked]!.indexOf('vpp')).toBe(caret.indexOf('^'));
    expect(run.stdout).toContain('cách sửa: Khai báo');
    expect(run.stdout).toContain('1 tệp: 1 lỗi');
  });

  it('--lang en speaks English', () => {
    const run = cli(['validate', '--lang', 'en'], { cwd: dir });
    expect(run.stdout).toContain("No unit 'vpp' is declared in units. Did you mean 'vp'?");
    expect(run.stdout).toContain('1 file(s): 1 error(s)');
  });

  it('--format github writes workflow annotations', () => {
    const run = cli(['validate', '--format', 'github'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=plans\/2025\.yaml,line=31,col=60,title=cchc-plan unknown-unit::Không có đơn vị 'vpp'/);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('--format json has the documented shape', () => {
    const run = cli(['validate', '--format', 'json', '--lang', 'en'], { cwd: dir });
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['version', 'ok', 'errors', 'warnings', 'files', 'findings']);
    expect(report).toMatchObject({ version: 1, ok: false, errors: 1, warnings: 0 });
    expect(report.findings[0]).toEqual({
      file: 'plans/2025.yaml', line: 31, column: 60, severity: 'error', code: 'unknown-unit',
      message: "No unit 'vpp' is declared in units. Did you mean 'vp'?",
      fix: "Declare 'vpp' under units, or use a declared key: vp, tin.",
      path: 'appendices[0].tables[0].rows[0].lead',
    });
  });

  it('colour only when asked for, never under NO_COLOR', () => {
    expect(cli(['validate'], { cwd: dir }).stdout).not.toContain(ESC);
    expect(cli(['validate'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(cli(['validate'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: undefined } }).stdout).not.toContain(ESC);
  });

  it('--help shows examples and exit codes', () => {
    const run = cli(['validate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Ví dụ:');
    expect(run.stdout).toContain('cchc-plan validate 2025');
    expect(run.stdout).toContain('Mã thoát');
    expect(cli(['validate', '--help'], { env: { CCHC_LANG: 'en' } }).stdout).toContain('Exit codes');
  });
});

describe('text encodings', () => {
  it('reads UTF-8 with a BOM and CRLF line ends, and reports the same lines', () => {
    const crlf = '\uFEFF' + BROKEN.replace(/\n/g, '\r\n');
    const run = cli(['validate', '--format', 'json'], { cwd: workspace({ 'plans/2025.yaml': crlf }) });
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: any) => [f.code, f.line, f.column])).toEqual([['unknown-unit', 31, 60]]);
  });

  it('normalises decomposed (NFD) Vietnamese to NFC', () => {
    const nfd = MINIMAL.normalize('NFD');
    expect(nfd).not.toBe(MINIMAL);
    const run = cli(['validate'], { cwd: workspace({ 'plans/2025.yaml': nfd }) });
    expect(run.code).toBe(0);
  });
});
