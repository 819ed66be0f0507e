// Tables beyond the monthly plan's: an appendix table without a title, straight after "(Kèm theo …)".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, workspace } from './support/cli.js';
import { docxPart } from './support/docx-reader.js';

const BASE = readFileSync(join(ROOT, 'test/fixtures/minimal.yaml'), 'utf8');

describe('tables without a title', () => {
  const untitled = BASE.replace('      - title: Lịch đăng tin\n        rows:', '      - rows:');

  it('an appendix goes from "(Kèm theo …)" straight to the table, in the .docx and the .md', () => {
    const dir = workspace({ 'plans/2025.yaml': untitled });
    const run = cli(['build', '2025'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const xml = docxPart(join(dir, 'out', '2025.docx'));
    const after = xml.slice(xml.indexOf('(Kèm theo Kế hoạch số'));
    expect(after.indexOf('<w:tbl>')).toBeLessThan(after.indexOf('TableTitle'));
    expect(xml).not.toMatch(/<w:pStyle w:val="TableTitle"\/><w:keepNext\/><\/w:pPr><\/w:p>/);
    const md = readFileSync(join(dir, 'out', '2025.md'), 'utf8');
    expect(md).not.toMatch(/^### $/m);
    expect(md).toMatch(/\(Kèm theo Kế hoạch số[^\n]*\n\n\| Nội dung tuyên truyền/);
  });

  it('a title of spaces only is an error at its line, not an empty bold line', () => {
    const blank = BASE.replace('      - title: Lịch đăng tin\n', '      - title: " "\n');
    const run = cli(['validate', '2025', '--format', 'json'], { cwd: workspace({ 'plans/2025.yaml': blank }) });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings[0]).toMatchObject({ code: 'empty-text', line: 29, path: 'appendices[0].tables[0].title' });
  });

  it('diff and calendar take an untitled table', () => {
    const dir = workspace({ 'old.yaml': BASE, 'new.yaml': untitled });
    const diff = cli(['diff', 'old.yaml', 'new.yaml', '--format', 'json'], { cwd: dir });
    expect(diff.code, diff.stderr).toBe(1);
    expect(JSON.parse(diff.stdout).changes).toEqual([expect.objectContaining({ kind: 'removed', old: 'Lịch đăng tin' })]);
    expect(cli(['calendar', 'new.yaml', '--out', '-'], { cwd: dir }).stdout).toContain('Phân công nhiệm vụ');
  });
});
