// One size of the scale benchmark, in a fresh process so its peak memory is its own: validate, compose and
// render one generated plan, then report the time and the process's peak resident memory.
import { writeFileSync } from 'node:fs';
import { generatePlan } from './plans.mjs';

const [rows, paragraphs, file] = process.argv.slice(2).map((v, i) => (i < 2 ? Number(v) : v));
writeFileSync(file, generatePlan({ rows, paragraphs }));
const { runPlan } = await import('../dist/pipeline.js');
const started = performance.now();
const result = await runPlan(file, { kind: 'build', outDir: `${file}.out`, formats: ['docx', 'md'] });
const ms = performance.now() - started;
if (!result.ok) {
  console.error(JSON.stringify(result.findings.slice(0, 3)));
  process.exit(1);
}
process.stdout.write(JSON.stringify({ rows, paragraphs, ms, peakMB: process.resourceUsage().maxRSS / 1024 }));
