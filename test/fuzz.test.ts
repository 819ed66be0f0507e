// No input crashes, hangs or corrupts a document: generated plans, valid and broken (mutated as a fuzzer
// would), through validate and build. In process on the pipeline the CLI runs, FUZZ_RUNS cases (1,000 by
// default; `npm run fuzz -- --runs N --seed S` runs more), and a smaller sample through the CLI itself.
// Two more categories: unit keys with invisible white space around them (never read as other text), and
// large plans full of YAML aliases (checked without a walk of the whole document per alias). Each
// property says how many cases it ran, and under FUZZ_PROGRESS how far it has come.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Alias, stringify } from 'yaml';
import { generatePlan } from '../bench/plans.mjs';
import { outputBase, runPlan } from '../dist/pipeline.js';
import { NOT_XML_TEXT } from '../dist/text/characters.js';
import { BIN } from './support/cli.js';
import { mutations } from './support/mutate.js';
import { planArbitrary } from './support/plan-arbitrary.js';
import { checkWellFormed } from './support/xml.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** Large alias-heavy plans cost some hundred times a generated plan: one for every hundred of those. */
const ALIAS_RUNS = Math.max(10, Math.round(RUNS / 100));

/**
 * Counts a property's cases; under FUZZ_PROGRESS (npm run fuzz) it says on stderr, every 10 s, how many
 * have run and about how long the rest will take; at the end, always, how many ran and failed.
 */
function progress(name: string, total: number) {
  const started = Date.now();
  let done = 0;
  let said = started;
  const minutes = (ms: number) => (ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`);
  return {
    tick() {
      done++;
      const now = Date.now();
      if (!process.env.FUZZ_PROGRESS || now - said < 10_000) return;
      said = now;
      const left = ((now - started) / done) * (total - done);
      process.stderr.write(`fuzz: ${name}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${Math.floor((done / total) * 100)}%), ${minutes(now - started)} so far, about ${minutes(left)} to go\n`);
    },
    end(detail = '') {
      process.stderr.write(`fuzz: ${name}: ${done.toLocaleString('en')} cases in ${minutes(Date.now() - started)}, 0 failures${detail}\n`);
    },
  };
}
/** Plan file names, among them the ones that once put the output outside --out. */
/** White space that nobody sees around a key copied from Word or a web page. */
const SPACES = ['\u00a0', '\u2003', '\u3000', '\u200b', '\ufeff', '\u2060', ' \u00a0', '\t'];
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
    const count = progress('generated and mutated plans', RUNS);
    try {
      await fc.assert(fc.asyncProperty(input, async ({ name, bytes }) => {
        count.tick();
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
      count.end();
    } finally {
      rmSync(sandbox, { recursive: true, force: true });
    }
  }, Math.max(600_000, RUNS * 100));

  it(`${RUNS} plans with a unit key padded by invisible white space: never valid, so never printed as other text`, async () => {
    const count = progress('padded unit keys', RUNS);
    const padded = { count: 0, named: 0 };
    const cases = fc.record({
      plan: planArbitrary(),
      pad: fc.constantFrom(...SPACES),
      where: fc.constantFrom('start', 'end', 'both'),
      field: fc.constantFrom('lead', 'with'),
      pick: fc.nat(),
    });
    await fc.assert(fc.asyncProperty(cases, async ({ plan, pad, where, field, pick }) => {
      count.tick();
      const rows = ((plan.data.appendices ?? []) as { tables: { kind: string; rows: Record<string, unknown>[] }[] }[])
        .flatMap((a) => a.tables).filter((t) => t.kind === 'assignments').flatMap((t) => t.rows);
      if (rows.length === 0) return;
      const row = rows[pick % rows.length]!;
      const key = String([row[field]].flat()[0]);
      if (!/^[a-z]+$/.test(key)) return; // 'with' may be prose
      const odd = (where === 'end' ? '' : pad) + key + (where === 'start' ? '' : pad);
      row[field] = field === 'with' && Array.isArray(row.with) ? [odd, ...row.with.slice(1)] : odd;
      const dir = mkdtempSync(join(tmpdir(), 'cchc-fuzz-pad-'));
      try {
        const file = join(dir, '2025.yaml');
        writeFileSync(file, stringify(plan.data));
        const checked = await runPlan(file, { kind: 'validate' });
        expect(checked.ok, `${JSON.stringify(odd)} validated`).toBe(false);
        padded.count++;
        if (checked.findings.some((f) => f.code === 'padded-key')) padded.named++;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }), { numRuns: RUNS, ...(SEED !== undefined && { seed: SEED }) });
    // The rest of a generated plan may have errors of its own, found before the keys are: those name no key.
    count.end(`; ${padded.count} with a padded key, ${padded.named} of them found as padded-key`);
  }, Math.max(600_000, RUNS * 100));

  it(`${ALIAS_RUNS} large plans full of aliases, some mutated: one walk of the document for all the aliases, and validate agrees with build`, async () => {
    const count = progress('alias-heavy large plans', ALIAS_RUNS);
    const large = fc.record({ rows: fc.integer({ min: 500, max: 4000 }), mutate: fc.option(mutations, { freq: 3, nil: undefined }) });
    const resolve = Alias.prototype.resolve;
    let walks = 0;
    Alias.prototype.resolve = function (this: Alias, ...args: Parameters<Alias['resolve']>) {
      if (!(args[1] as { aliasResolveCache?: unknown } | undefined)?.aliasResolveCache) walks++;
      return resolve.apply(this, args);
    };
    const dir = mkdtempSync(join(tmpdir(), 'cchc-fuzz-alias-'));
    try {
      await fc.assert(fc.asyncProperty(large, async ({ rows, mutate }) => {
        count.tick();
        const file = join(dir, '2025.yaml');
        const text = Buffer.from(generatePlan({ rows, paragraphs: Math.round(rows / 5), aliases: true }), 'utf8');
        writeFileSync(file, (mutate ?? []).reduce((b, m) => m(b), text));
        walks = 0;
        const checked = await runPlan(file, { kind: 'validate' });
        // toJS builds its cache of anchors with one walk; the alias check makes none.
        expect(walks, 'walks of the whole document to resolve aliases').toBeLessThanOrEqual(1);
        if (checked.ok) expect((await runPlan(file, { kind: 'build', outDir: join(dir, 'out'), formats: ['docx'] })).ok).toBe(true);
      }), { numRuns: ALIAS_RUNS, ...(SEED !== undefined && { seed: SEED }) });
      count.end();
    } finally {
      Alias.prototype.resolve = resolve;
      rmSync(dir, { recursive: true, force: true });
    }
  }, Math.max(600_000, ALIAS_RUNS * 5000));

  it('through the CLI: exit 0, 1 or 2, JSON on stdout, no stack trace, no hang', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-fuzz-cli-'));
    fc.assert(fc.property(input, ({ bytes }) => {
      writeFileSync(join(dir, 'plan.yaml'), bytes);
      for (const args of [['validate', 'plan.yaml', '--format', 'json'], ['build', 'plan.yaml', '--out', 'out']]) {
        const run = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
        expect(run.status, `${args[0]}: ${run.stderr}`).not.toBeNull();
        expect([0, 1, 2]).toContain(run.status);
        expect(run.stderr).not.toMatch(/internal error|lỗi bên trong|\n\s+at \S+ \(/);
        if (args[0] === 'validate') expect(() => JSON.parse(run.stdout)).not.toThrow();
      }
    }), { numRuns: 20, ...(SEED !== undefined && { seed: SEED }) });
    rmSync(dir, { recursive: true, force: true });
  }, 300_000);
});
