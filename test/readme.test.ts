// The README's quick start, run from the README's own text, in order, in a copy of the repository's
// plans: every cchc-plan command in it must work on a fresh clone. (Its npm lines, install and test,
// are what CI itself runs.)
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, workspace, copyShipped } from './support/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const quickStart = /## Bắt đầu nhanh[^\n]*\n+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const commands = quickStart.split('\n')
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter((line) => line.startsWith('npx cchc-plan '))
  .map((line) => line.slice('npx cchc-plan '.length).split(/\s+/));

/** What each command's success is, as its --help says: diff exits 1 when it found differences. */
const SUCCESS: Record<string, number[]> = { diff: [0, 1] };

describe('README quick start', () => {
  const dir = workspace({});
  copyShipped(dir, 'plans');

  it('has the commands of a first day with the tool', () => {
    expect(commands.map((c) => c[0])).toEqual(expect.arrayContaining(['validate', 'build', 'diff', 'new', 'due', 'import']));
  });

  for (const args of commands) {
    it(`cchc-plan ${args.join(' ')}`, () => {
      const run = cli(args, { cwd: dir });
      expect(SUCCESS[args[0]!] ?? [0], run.stderr).toContain(run.code);
      expect(run.stdout.trim()).not.toBe('');
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    });
  }

  it('leaves what the quick start says it makes', () => {
    for (const file of ['out/2025.docx', 'out/2025.md', 'plans/2026.yaml', 'nhap-2025.yaml']) expect(existsSync(join(dir, file)), file).toBe(true);
  });
});
