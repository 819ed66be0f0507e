// `npm run fuzz -- --runs N [--seed S]`: the fuzz properties of test/fuzz.test.ts, run longer. The seed is
// printed first, so that a failure can be replayed with --seed (fast-check also prints the path of the
// failing case); each property then says every 10 s how far it has come and about how long is left.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' } } });
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = Number(values.runs);
// Measured on the project's 2-core machine: some 25 ms a case over the properties (a generated and a
// mutated plan validated and built, a padded key validated, a large alias-heavy plan every hundredth).
const minutes = Math.max(1, Math.round((runs * 25) / 60_000));
console.log(`fuzz: ${runs} cases, seed ${seed} (replay: npm run fuzz -- --runs ${runs} --seed ${seed})`);
console.log(`fuzz: expect about ${minutes} min on 2 cores; each property reports its progress every 10 s`);
const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: seed, FUZZ_PROGRESS: '1' },
});
process.exitCode = run.status ?? 2;
