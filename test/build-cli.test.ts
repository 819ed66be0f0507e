// `cchc-plan build` as a user runs it: what it writes, what it refuses, and what it leaves alone.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, workspace, shipped } from './support/cli.js';
import { docxPart, paragraphs } from './support/docx-reader.js';

const PLAN = shipped('plans/2025.yaml');
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

describe('build', () => {
  it('writes out/2025.docx and out/2025.md by default and names them on stdout', () => {
    const dir = workspace({ 'plans/2025.yaml': PLAN });
    const run = cli(['build', '2025'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('out/2025.docx\nout/2025.md\n');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['2025.docx', '2025.md']);
  });

  it('--format md writes only the Markdown', () => {
    const dir = workspace({ 'plans/2025.yaml': PLAN });
    expect(cli(['build', '2025', '--format', 'md'], { cwd: dir }).code).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual(['2025.md']);
  });

  it('an invalid plan stops the build with the validate message, and the previous output stays as it was', () => {
    const dir = workspace({ 'plans/2025.yaml': PLAN });
    expect(cli(['build', '2025'], { cwd: dir }).code).toBe(0);
    const before = sha(join(dir, 'out/2025.docx'));
    writeFileSync(join(dir, 'plans/2025.yaml'), PLAN.replace('lead: vp\n', 'lead: vpp\n'));
    const run = cli(['build', '2025'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/plans\/2025\.yaml:\d+:19 lỗi unknown-unit/);
    expect(run.stderr).toContain("Có phải là 'vp'?");
    expect(run.stdout).toBe('');
    expect(sha(join(dir, 'out/2025.docx'))).toBe(before);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['2025.docx', '2025.md']);
  });

  it('an unwritable output folder is a clear error, exit 2', () => {
    const dir = workspace({ 'plans/2025.yaml': PLAN, 'a-file': 'x' });
    const run = cli(['build', '2025', '--out', 'a-file/out'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^cchc-plan: không tạo được thư mục .*a-file\/out: (một phần của đường dẫn không phải thư mục|tệp đã có)\n$/);
    const english = cli(['build', '2025', '--out', 'a-file/out', '--lang', 'en'], { cwd: dir });
    expect(english.stderr).toMatch(/^cchc-plan: cannot create the output folder .*a-file\/out: (a part of the path is not a folder|the file exists)\n$/);
  });

  it('an unknown format is a usage error', () => {
    const run = cli(['build', '2025', '--format', 'docx,odt', '--out', workspace({})]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("không có dạng 'odt'; dùng docx, md, html, pdf");
  });
});

describe('templates', () => {
  it('a phrase edited in a copy of the templates changes both the .docx and the .md', () => {
    const dir = workspace({ 'plans/2025.yaml': PLAN });
    cpSync(join(ROOT, 'templates'), join(dir, 'mine'), { recursive: true });
    const file = join(dir, 'mine/plan.hbs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('recipients-heading: Nơi nhận:', 'recipients-heading: Nơi nhận văn bản:'));
    const run = cli(['build', '2025', '--templates', 'mine'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(paragraphs(docxPart(join(dir, 'out/2025.docx'))).map((p) => p.text)).toContain('Nơi nhận văn bản:');
    expect(readFileSync(join(dir, 'out/2025.md'), 'utf8')).toContain('***Nơi nhận văn bản:***');
  });

  it('a template asking for a value the plan lacks is an error naming the template and line, not a blank', () => {
    const dir = workspace({ 'plans/2025.yaml': PLAN });
    cpSync(join(ROOT, 'templates'), join(dir, 'mine'), { recursive: true });
    const file = join(dir, 'mine/plan.hbs');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('date: '));
    lines[at] = 'date: {{header.place}}, {{header.fax}}';
    writeFileSync(file, lines.join('\n'));
    const run = cli(['build', '2025', '--templates', 'mine'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`cchc-plan: lỗi mẫu: mine/plan.hbs:${at + 1}:${lines[at]!.indexOf('header.fax') + 1}: "fax" không có trong kế hoạch (mẫu chạy ở chế độ chặt: tên sai không in thành chỗ trống)\n`);
    const english = cli(['build', '2025', '--templates', 'mine', '--lang', 'en'], { cwd: dir });
    expect(english.stderr).toBe(`cchc-plan: template error: mine/plan.hbs:${at + 1}:${lines[at]!.indexOf('header.fax') + 1}: "fax" not defined\n`);
    expect(existsSync(join(dir, 'out/2025.docx'))).toBe(false);
  });

  it('a template with a syntax error is named with its line', () => {
    const dir = workspace({ 'plans/2025.yaml': PLAN });
    cpSync(join(ROOT, 'templates'), join(dir, 'mine'), { recursive: true });
    writeFileSync(join(dir, 'mine/node.hbs'), '{{#if title}}\nh{{level}}: {{number}}\n');
    const run = cli(['build', '2025', '--templates', 'mine'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^cchc-plan: lỗi mẫu: mine\/node\.hbs:\d+:\d+: /);
  });

  it('plan text is never run as a template: {{…}} in a unit name is printed as written', () => {
    const dir = workspace({ 'plans/2025.yaml': PLAN.replace('  vp: Văn phòng', '  vp: "Văn phòng {{year}}"') });
    const run = cli(['build', '2025', '--format', 'md'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out/2025.md'), 'utf8')).toContain('| Văn phòng {{year}} |');
  });

  it('a reference may be spaced, {{ year }}, and \\{{ prints a literal {{', () => {
    const plan = PLAN.replace('{{targets.trained}}', '{{ targets.trained }} (\\{{year}} = {{year}})');
    expect(plan).not.toBe(PLAN);
    const dir = workspace({ 'plans/2025.yaml': plan });
    const run = cli(['build', '2025', '--format', 'md'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out/2025.md'), 'utf8')).toContain('100% ({{year}} = 2025)');
  });
});
