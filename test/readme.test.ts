// The README's quick start and the guide (docs/huong-dan.md and its pages, in the index's order), run
// from their own text, in order, as a person would type them: every ```sh line is a `cchc-plan` command or
// a `cd`, run in a scratch folder where the README's `cchc-plan init` makes the project; a ```yaml block
// titled with a file name is that file, written where the walk stands. The repository is never touched:
// its plans/ and results/ are the same before and after (out/ holds other tests' page images), so `npm test` after the README still passes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, workspace } from './support/cli.js';

interface Step {
  page: string;
  kind: 'run' | 'file';
  text: string;
}

/** The guide's pages in the order its index lists them, after the README. */
function pages(): string[] {
  const index = readFileSync(join(ROOT, 'docs', 'huong-dan.md'), 'utf8');
  const linked = [...index.matchAll(/\]\((huong-dan\/[\w-]+\.md)\)/g)].map((m) => `docs/${m[1]}`);
  return ['README.md', ...new Set(linked)];
}

function steps(page: string): Step[] {
  const text = readFileSync(join(ROOT, page), 'utf8');
  const out: Step[] = [];
  for (const m of text.matchAll(/```(\w*)([^\n]*)\n([\s\S]*?)```/g)) {
    const [, lang, info, body] = m;
    if (lang === 'sh') {
      for (const line of body!.split('\n')) {
        const command = line.replace(/\s+#.*$/, '').trim();
        if (command) out.push({ page, kind: 'run', text: command });
      }
    } else if (lang === 'yaml' && /title="([^"]+)"/.test(info!)) {
      out.push({ page, kind: 'file', text: `${/title="([^"]+)"/.exec(info!)![1]}\n${body}` });
    }
  }
  return out;
}

/** A command line split as a shell splits it: words, and "quoted words" kept whole. */
const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

/** What counts as success for each command, as its --help says: 1 means "something to look at". */
const SUCCESS: Record<string, number[]> = { diff: [0, 1], status: [0, 1], rollup: [0, 1] };

/** A fingerprint of a folder of the repository: every file's path and content. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (at: string) => {
    if (!existsSync(at)) return;
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

describe('README and guide, run as written', () => {
  const walk = pages().flatMap(steps);
  const scratch = workspace({});
  let cwd = scratch;
  const before = ['plans', 'results'].map((d) => fingerprint(join(ROOT, d)));

  it('start with cchc-plan init and reach every task of the guide', () => {
    const commands = walk.filter((s) => s.kind === 'run').map((s) => words(s.text)[1]);
    expect(walk[0]!.text).toMatch(/^cchc-plan init /);
    expect(commands).toEqual(expect.arrayContaining(['init', 'validate', 'build', 'new', 'diff', 'calendar', 'due', 'import', 'done', 'post', 'status', 'report', 'derive', 'rollup', 'lint']));
  });

  for (const [i, step] of walk.entries()) {
    it(`${step.page}: ${step.kind === 'run' ? step.text : `tệp ${step.text.split('\n')[0]}`}`, () => {
      if (step.kind === 'file') {
        const [name, ...body] = step.text.split('\n');
        writeFileSync(join(cwd, name!), body.join('\n'));
        return;
      }
      const [program, ...args] = words(step.text);
      if (program === 'cd') {
        cwd = resolve(cwd, args[0]!);
        expect(existsSync(cwd), `step ${i}: no folder ${cwd}`).toBe(true);
        return;
      }
      expect(program, `step ${i}: the guide's sh blocks hold only cchc-plan commands and cd`).toBe('cchc-plan');
      const run = cli(args, { cwd });
      expect(SUCCESS[args[0]!] ?? [0], `${step.text}\n${run.stderr}`).toContain(run.code);
      expect(run.stdout + run.stderr).not.toMatch(/internal error|lỗi bên trong|\n\s+at /);
    });
  }

  it('leave what they say they make, and the repository as it was', () => {
    for (const file of ['ke-hoach-cchc/plans/2026.yaml', 'ke-hoach-cchc/out/2026.docx', 'ke-hoach-cchc/ban-in/2026.html', 'ke-hoach-cchc/plans/2027.yaml',
      'ke-hoach-cchc/nhap-2026.yaml', 'ke-hoach-cchc/results/2026.yaml', 'ke-hoach-cchc/out/2026-bao-cao-quy-4.docx',
      'so-gddt/plans/units/longhung/2026.yaml', 'so-gddt/out/rollup-2026-q1.xlsx']) {
      expect(existsSync(join(scratch, file)), file).toBe(true);
    }
    expect(['plans', 'results'].map((d) => fingerprint(join(ROOT, d)))).toEqual(before);
  });
});
