// No input crashes, hangs or corrupts a document: generated plans, valid and broken (mutated as a fuzzer
// would), through validate and build. In process on the pipeline the CLI runs, FUZZ_RUNS cases (1,000 by
// default; `npm run fuzz -- --runs N --seed S` runs more), and a smaller sample through the CLI itself.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { outputBase, runPlan } from '../dist/pipeline.js';
import { NOT_XML_TEXT } from '../dist/text/characters.js';
import { BIN } from './support/cli.js';
import { mutations } from './support/mutate.js';
import { planArbitrary } from './support/plan-arbitrary.js';
import { checkWellFormed } from './support/xml.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** Plan file names, among them the ones that once put the output outside --out. */
const NAMES = ['2025.yaml', 'kế hoạch 2025.yaml', 'a..yaml', '...yaml', '..yaml', '.yaml', '.an.yaml'];

const input = fc.record({
  plan: planArbitrary(),
  mutate: fc.option(mutations, { freq: 2, nil: undefined }),
  name: fc.constantFrom(...NAMES),
}).map(({ plan, mutate, name }) => ({ name, bytes: (mutate ?? []).reduce((b, m) => m(b), Buffer.from(plan.yaml, 'utf8')) }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Every part of a .docx is well-formed XML and holds no character XML 1.0 forbids. */
function expectWellFormed(file: string) {
  for (const [name, data] of Object.entries(unzipSync(readFileSync(file)))) {
    const text = strFromU8(data);
    expect(NOT_XML_TEXT.test(text), `${name} holds a character XML forbids`).toBe(false);
    expect(() => checkWellFormed(text), `${name} is not well-formed`).not.toThrow();
  }
}

describe('fuzz', () => {
  it(`${RUNS} generated and mutated plans: no crash, validate ok means build ok, well-formed .docx, nothing outside --out`, async () => {
    const sandbox = mkdtempSync(join(tmpdir(), 'cchc-fuzz-'));
    try {
      await fc.assert(fc.asyncProperty(input, async ({ name, bytes }) => {
        rmSync(sandbox, { recursive: true, force: true });
        mkdirSync(join(sandbox, 'plans'), { recursive: true });
        const file = join(sandbox, 'plans', name);
        const out = join(sandbox, 'out');
        writeFileSync(file, bytes);
        const checked = await runPlan(file, { kind: 'validate' });
        const built = await runPlan(file, { kind: 'build', outDir: out });
        if (!outputBase(file, out)) {
          expect(built.failure?.exit ?? 0).toBe(checked.ok ? 2 : 0);
        } else {
          expect(built.ok, built.failure?.message).toBe(checked.ok);
        }
        for (const path of built.outputs) if (path.endsWith('.docx')) expectWellFormed(path);
        const outside = filesUnder(sandbox).filter((f) => f !== file && relative(out, f).startsWith('..'));
        expect(outside).toEqual([]);
      }), { numRuns: RUNS, ...(SEED !== undefined && { seed: SEED }) });
    } finally {
      rmSync(sandbox, { recursive: true, force: true });
    }
  }, Math.max(600_000, RUNS * 100));

  it('through the CLI: exit 0, 1 or 2, JSON on stdout, no stack trace, no hang', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-fuzz-cli-'));
    fc.assert(fc.property(input, ({ bytes }) => {
      writeFileSync(join(dir, 'plan.yaml'), bytes);
      for (const args of [['validate', 'plan.yaml', '--format', 'json'], ['build', 'plan.yaml', '--out', 'out']]) {
        const run = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
        expect(run.status, `${args[0]}: ${run.stderr}`).not.toBeNull();
        expect([0, 1, 2]).toContain(run.status);
        expect(run.stderr).not.toMatch(/internal error|\n\s+at \S+ \(/);
        if (args[0] === 'validate') expect(() => JSON.parse(run.stdout)).not.toThrow();
      }
    }), { numRuns: 20, ...(SEED !== undefined && { seed: SEED }) });
    rmSync(dir, { recursive: true, force: true });
  }, 300_000);
});
