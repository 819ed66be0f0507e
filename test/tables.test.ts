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

describe('plans over several years', () => {
  it('{{period}} prints as the author wrote it', () => {
    for (const written of ['2026 - 2027', '2026–2027', '2026-2027']) {
      const plan = BASE.replace('period: 2025', `period: "${written}"`).replace('date: 2025-01-15', 'date: 2026-01-15')
        .replace('title: Tuyên truyền cải cách hành chính năm 2025', 'title: Tuyên truyền cải cách hành chính giai đoạn {{period}}');
      const dir = workspace({ 'plans/2026.yaml': plan });
      const run = cli(['build', '2026', '--format', 'md'], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(join(dir, 'out', '2026.md'), 'utf8')).toContain(`**Tuyên truyền cải cách hành chính giai đoạn ${written}**`);
    }
  });
});

describe('tables that are not monthly', () => {
  it('monthly: false: a table of a few months draws no warning for the others', () => {
    const few = BASE.replace('month: [7, 8, 9, 10, 11, 12] }', 'month: [7] }');
    const warned = cli(['validate', '2025', '--format', 'json'], { cwd: workspace({ 'plans/2025.yaml': few }) });
    expect(JSON.parse(warned.stdout).findings.map((f: { code: string }) => f.code)).toContain('month-without-activity');
    const campaign = few.replace('      - title: Lịch đăng tin\n', '      - title: Lịch đăng tin\n        monthly: false\n');
    const quiet = cli(['validate', '2025', '--format', 'json'], { cwd: workspace({ 'plans/2025.yaml': campaign }) });
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.stdout).findings).toEqual([]);
  });
});
