// `npm run bench`: the speed and memory of cchc-plan on this machine, printed as a table and written to
// bench/results-node<MAJOR>.json. It measures with the Node that runs it: `npx -y -p node@26 -- npm run
// bench` for Node 26, `npx -y -p node@24 -- node bench/run.mjs` (after a build) for Node 24. Targets are shown
// beside the figures; nothing here fails a build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan } from './plans.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'cchc-plan');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const work = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function wall(cmd, args, options = {}) {
  const started = performance.now();
  const run = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', ...options });
  const ms = performance.now() - started;
  if (run.status !== 0 && !options.allowFail) throw new Error(`${cmd} ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

// 1. Cold whole-process runs, interleaved so a busy moment hurts every command alike.
const out = join(work, 'out');
const cold = { node: [], validate: [], build: [], import: [], lint: [], pandoc: [] };
spawnSync(process.execPath, [BIN, 'build', '2025', '--out', out], { cwd: ROOT });
// The import reads a copy of the 2025 plan's .docx, so the builds below do not replace it mid-read.
const docx2025 = join(work, '2025.docx');
writeFileSync(docx2025, readFileSync(join(out, '2025.docx')));
const pandoc = has('pandoc');
for (let i = 0; i < RUNS; i++) {
  cold.node.push(wall(process.execPath, ['-e', '0']));
  cold.validate.push(wall(process.execPath, [BIN, 'validate', '2025']));
  cold.build.push(wall(process.execPath, [BIN, 'build', '2025', '--out', out]));
  cold.import.push(wall(process.execPath, [BIN, 'import', docx2025, '--out', join(work, 'imported.yaml'), '--force']));
  cold.lint.push(wall(process.execPath, [BIN, 'lint', docx2025]));
  if (pandoc) cold.pandoc.push(wall('pandoc', [join(out, '2025.md'), '-o', join(work, 'pandoc.docx')]));
}
const coldMs = Object.fromEntries(Object.entries(cold).filter(([, v]) => v.length).map(([k, v]) => [k, median(v)]));

// 2. In process, after warm-up: validate, and validate + compose + .md + .docx, of the 2025 plan.
const { Findings } = await import('../dist/diagnostics/finding.js');
const { checkPlanFile, checkPlanBytes } = await import('../dist/plan/check.js');
const { compose, loadTemplates } = await import('../dist/doc/compose.js');
const { renderDocx } = await import('../dist/writers/docx.js');
const { renderMarkdown } = await import('../dist/writers/markdown.js');
const templates = await loadTemplates();
const plan2025 = join(ROOT, 'plans', '2025.yaml');
async function inProcess(build) {
  const checked = await checkPlanFile(plan2025, new Findings());
  if (!build) return;
  const model = compose(checked.plan, templates);
  renderMarkdown(model);
  renderDocx(model);
}
// The median of 9 batches of 40, after 30 to warm up: one busy moment of a shared machine moves a
// batch, not the figure.
async function perPlan(build, batches = 9, n = 40) {
  for (let i = 0; i < 30; i++) await inProcess(build);
  const means = [];
  for (let b = 0; b < batches; b++) {
    const started = performance.now();
    for (let i = 0; i < n; i++) await inProcess(build);
    means.push((performance.now() - started) / n);
  }
  return median(means);
}
const inproc = { validate: await perPlan(false), build: await perPlan(true) };

// 2a. The import of the 2025 plan's .docx in process: read, recognise, write the YAML and validate it.
const { importDocx, planYaml } = await import('../dist/import/index.js');
const docxBytes = readFileSync(docx2025);
const importOnce = () => {
  const recognised = importDocx(docxBytes);
  checkPlanBytes('imported.yaml', new TextEncoder().encode(planYaml(recognised.plan, recognised.notes.list, { schema: 'plan.schema.json', source: '2025.docx' })), new Findings());
};
for (let i = 0; i < 30; i++) importOnce();
const importMeans = [];
for (let b = 0; b < 9; b++) {
  const started = performance.now();
  for (let i = 0; i < 40; i++) importOnce();
  importMeans.push((performance.now() - started) / 40);
}
inproc.import = median(importMeans);

// 2b. Layouts: the same rows in one appendix, or in six alternating portrait and landscape; a layout never
// takes a slower path than another.
async function layoutMs(appendices) {
  const { plan } = checkPlanBytes('layout.yaml', new TextEncoder().encode(generatePlan({ rows: 24, paragraphs: 20, appendices })), new Findings());
  if (!plan) throw new Error(`layout ${appendices}: the generated plan does not validate`);
  const build = () => renderDocx(compose(plan, templates));
  for (let i = 0; i < 30; i++) build();
  const means = [];
  for (let b = 0; b < 9; b++) {
    const started = performance.now();
    for (let i = 0; i < 40; i++) build();
    means.push((performance.now() - started) / 40);
  }
  return median(means);
}
const layouts = { one: await layoutMs(1), six: await layoutMs(6) };

// 3. Scale: one generated plan per size, each in its own process for its own peak memory; the median of
// three processes per size, so that one busy moment does not bend the growth the table prints.
const sizes = [[1250, 250], [2500, 500], [5000, 1000], [10000, 2000]];
const scale = sizes.map(([rows, paragraphs]) => {
  const runs = [0, 1, 2].map(() => {
    const run = spawnSync(process.execPath, [join(ROOT, 'bench', 'scale-child.mjs'), rows, paragraphs, join(work, `scale-${rows}.yaml`)], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`scale ${rows}: ${run.stderr}`);
    return JSON.parse(run.stdout);
  });
  return { rows, paragraphs, ms: median(runs.map((r) => r.ms)), peakMB: median(runs.map((r) => r.peakMB)) };
});

// 4. A thousand generated plan files, built in one run of `build --all`.
const many = join(work, 'many');
for (let i = 0; i < 1000; i++) {
  const dir = join(many, `truong-${String(Math.floor(i / 100)).padStart(2, '0')}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${String(i).padStart(4, '0')}.yaml`), generatePlan({ rows: 12, paragraphs: 20, code: `TH${i}` }));
}
const thousandMs = wall(process.execPath, [BIN, 'build', '--all', many, '--out', join(work, 'many-out')], { env: { ...process.env, CI: 'true' } });
const thousandHtmlMs = wall(process.execPath, [BIN, 'build', '--all', many, '--format', 'docx,md,html', '--out', join(work, 'many-out-html')], { env: { ...process.env, CI: 'true' } });
// The PDF goes through LibreOffice, cold, with a fresh profile each time: left out of the 1,000-plan budget.
const pdfMs = has('soffice') ? median([0, 1, 2].map(() => wall(process.execPath, [BIN, 'build', '2025', '--format', 'pdf', '--out', join(work, 'pdf')]))) : undefined;

// 5. A plan with a 1 MB line: one list item of a million characters, words and runs of spaces, validated
// cold. A regular expression that backtracks on such a line would take seconds.
const longLine = join(work, 'long-line.yaml');
const words = Array.from({ length: 50_000 }, (_, i) => (i % 7 === 0 ? 'x' + ' '.repeat(12) : 'cải cách ')).join('').slice(0, 1_000_000);
writeFileSync(longLine, generatePlan({ rows: 12, paragraphs: 1 }).replace('    text:\n', `    items:\n      - ${JSON.stringify(words)}\n    text:\n`));
const longLineMs = median([0, 1, 2].map(() => wall(process.execPath, [BIN, 'validate', longLine])));

// 5a. Aliases: a 20,000-row plan whose every twelfth row repeats the units of the row before it as a YAML
// alias (1,667 aliases), against the same plan written out; the alias check walks the document once.
const aliasPlans = Object.fromEntries(['written', 'aliases'].map((kind) => {
  const file = join(work, `rows-20000-${kind}.yaml`);
  writeFileSync(file, generatePlan({ rows: 20000, paragraphs: 4000, aliases: kind === 'aliases' }));
  return [kind, median([0, 1, 2].map(() => wall(process.execPath, [BIN, 'validate', file])))];
}));

// 6. A Department of 500 units: derive their plans from the 2025 plan, build them all, and the overview
// of 500 plans and 500 records (three articles and two activities each, a third a month short).
const dept = join(work, 'department');
mkdirSync(join(dept, 'plans'), { recursive: true });
writeFileSync(join(dept, 'plans', '2025.yaml'), readFileSync(join(ROOT, 'plans', '2025.yaml')));
const unitLines = ['groups: [tructhuoc, thuoc_tructhuoc]', 'report_to: Sở GDĐT', 'units:'];
for (let i = 1; i <= 500; i++) {
  const key = `u${String(i).padStart(3, '0')}`;
  unitLines.push(`  - { key: ${key}, name: Trường THCS Số ${i}, code: THCS${i}, signer: { title: HIỆU TRƯỞNG, name: Nguyễn Văn ${key} } }`);
  const post = (m) => `  - { unit: ${key}, date: 2025-0${m}-10, title: Tin tháng ${m}, url: "https://${key}.edu.vn/${m}" }\n`;
  mkdirSync(join(dept, 'results', 'units', key), { recursive: true });
  writeFileSync(join(dept, 'results', 'units', key, '2025.yaml'), `plan: 2025\nactivities:\n  - { row: a1t1r1, done: 2025-01-20 }\n  - { row: a1t1r2, done: 2025-02-20 }\nposts:\n${post(1)}${post(2)}${i % 3 ? post(3) : ''}`);
}
writeFileSync(join(dept, 'plans', 'units.yaml'), unitLines.join('\n') + '\n');
const quiet = { cwd: dept, env: { ...process.env, CI: 'true' }, allowFail: true };
const units = {
  derive: wall(process.execPath, [BIN, 'derive', '2025', '--units', 'plans/units.yaml'], quiet),
  build: wall(process.execPath, [BIN, 'build', '--all', 'plans/units', '--out', 'out/units'], quiet),
  rollup: median([0, 1, 2].map(() => wall(process.execPath, [BIN, 'rollup', '2025', '--quarter', '1', '--today', '2025-04-15', '--format', 'json'], quiet))),
  xlsx: median([0, 1, 2].map(() => wall(process.execPath, [BIN, 'rollup', '2025', '--quarter', '1', '--today', '2025-04-15', '--format', 'xlsx'], quiet))),
};

// The table. Targets, on Node 26 (the Active LTS): validate ≤ 2.0 × node; build ≤ 1.0 × pandoc.
const major = Number(process.versions.node.split('.')[0]);
const buildTarget = major >= 26 ? 1.0 : undefined;
const validateTarget = major >= 26 ? 2.0 : undefined;
const f = (ms) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
const rows = [
  ['node -e 0 (cold)', f(coldMs.node), ''],
  ['cchc-plan validate 2025 (cold)', f(coldMs.validate), `${(coldMs.validate / coldMs.node).toFixed(2)} × node${validateTarget ? ` (target ≤ ${validateTarget})` : ''}`],
  ['cchc-plan build 2025 (cold)', f(coldMs.build), `${(coldMs.build / coldMs.node).toFixed(2)} × node`],
  pandoc
    ? ['pandoc 2025.md → .docx (cold)', f(coldMs.pandoc), `build = ${(coldMs.build / coldMs.pandoc).toFixed(2)} × pandoc${buildTarget ? ` (target ≤ ${buildTarget})` : ''}`]
    : ['pandoc', 'not installed', 'build vs pandoc not measured'],
  ['cchc-plan import 2025.docx (cold)', f(coldMs.import), `${(coldMs.import / coldMs.build).toFixed(2)} × cold build (target ≤ 1)`],
  ['cchc-plan lint 2025.docx (cold)', f(coldMs.lint), `${(coldMs.lint / coldMs.build).toFixed(2)} × cold build (target ≤ 1.2)`],
  ['validate 2025, in process', f(inproc.validate), 'per plan after warm-up'],
  ['validate + build 2025, in process', f(inproc.build), 'per plan after warm-up'],
  ['import 2025.docx, in process', f(inproc.import), 'read, recognise, write and validate the YAML'],
  ['build, 24 rows in 1 appendix', f(layouts.one), 'in process, after warm-up'],
  ['build, the same in 6 (P/L/P/L/P/L)', f(layouts.six), `${(layouts.six / layouts.one).toFixed(2)} × one appendix`],
  ...scale.map((s, i) => [
    `${s.rows.toLocaleString('en')} rows + ${s.paragraphs.toLocaleString('en')} paragraphs`,
    `${f(s.ms)}, ${s.peakMB.toFixed(0)} MB peak`,
    i === 0 ? '' : `×${(s.rows / scale[i - 1].rows).toFixed(0)} size → ×${(s.ms / scale[i - 1].ms).toFixed(2)} time, ×${(s.peakMB / scale[i - 1].peakMB).toFixed(2)} memory${s.rows === 10000 ? ' (target ≤ 2 s, ≤ 300 MB)' : ''}`,
  ]),
  ['1,000 plans, build --all', f(thousandMs), `${(thousandMs / 1000).toFixed(1)} ms per plan (target ≤ 10 s)`],
  ['1,000 plans, build --all --format docx,md,html', f(thousandHtmlMs), `${(thousandHtmlMs / 1000).toFixed(1)} ms per plan (target ≤ 10 s)`],
  pdfMs === undefined ? ['build 2025 --format pdf', 'LibreOffice not installed', ''] : ['build 2025 --format pdf (cold)', f(pdfMs), 'through LibreOffice; not in the budget'],
  ['validate, a plan with a 1 MB line (cold)', f(longLineMs), 'target < 1 s'],
  ['validate, 20,000 rows written out (cold)', f(aliasPlans.written), ''],
  ['validate, the same with 1,667 aliases (cold)', f(aliasPlans.aliases), `${(aliasPlans.aliases / aliasPlans.written).toFixed(2)} × written out (target ≤ 2)`],
  ['derive, 500 units', f(units.derive), `${(units.derive / 500).toFixed(1)} ms per unit`],
  ['build --all, 500 derived plans', f(units.build), `${(units.build / 500).toFixed(1)} ms per plan (the 1,000-plan budget: ≤ 10 s)`],
  ['rollup --quarter 1, 500 plans + 500 records', f(units.rollup), 'JSON (target ≤ 3 s)'],
  ['rollup --format xlsx, 500 units', f(units.xlsx), ''],
];
const width = rows.map((r) => r.map((c) => c.length)).reduce((a, b) => a.map((x, i) => Math.max(x, b[i])));
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.versions.node}, ${RUNS} cold runs each (medians)`;
console.log(machine);
for (const r of rows) console.log(r.map((c, i) => c.padEnd(width[i])).join('  ').trimEnd());

const results = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model, cores: availableParallelism(), node: process.versions.node, runs: RUNS },
  coldMs,
  ratios: { validateOverNode: coldMs.validate / coldMs.node, buildOverPandoc: pandoc ? coldMs.build / coldMs.pandoc : null, importOverBuild: coldMs.import / coldMs.build },
  inProcessMs: inproc,
  layoutsMs: layouts,
  scale,
  thousandPlansMs: thousandMs,
  thousandPlansHtmlMs: thousandHtmlMs,
  pdfMs: pdfMs ?? null,
  longLineValidateMs: longLineMs,
  aliasesValidateMs: aliasPlans,
  units500Ms: units,
};
const resultsFile = `results-node${major}.json`;
writeFileSync(join(ROOT, 'bench', resultsFile), JSON.stringify(results, null, 2) + '\n');
console.log(`\nwritten: bench/${resultsFile}`);
rmSync(work, { recursive: true, force: true });
