// `npm run fuzz -- --runs N [--seed S]`: the fuzz property of test/fuzz.test.ts, run longer. The seed is
// printed first, so that a failure can be replayed with --seed (fast-check also prints the path of the
// failing case).
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' } } });
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz: ${values.runs} cases, seed ${seed} (replay: npm run fuzz -- --runs ${values.runs} --seed ${seed})`);
const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: values.runs, FUZZ_SEED: seed },
});
process.exitCode = run.status ?? 2;
