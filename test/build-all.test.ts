// `build --all` and `validate --all`: every plan under a folder in one run, the good ones built while a
// broken one is reported with its validate message, and the run exits 1.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, workspace, shipped } from './support/cli.js';

const PLAN_2025 = shipped('plans/2025.yaml');
const PLAN_2022 = shipped('plans/2022.yaml');
const BROKEN = PLAN_2025.replace('lead: longhung', 'lead: longhungg');

/** Enough plans that the run is spread over worker threads (16 per worker, 2 or more workers). */
function schools(): Record<string, string> {
  const files: Record<string, string> = { 'schools/c/broken.yaml': BROKEN };
  for (let i = 1; i <= 20; i++) files[`schools/a/${i}.yaml`] = PLAN_2025.replace('code: SGDĐT', `code: TH${i}`);
  for (let i = 1; i <= 20; i++) files[`schools/b/${i}.yaml`] = PLAN_2022;
  return files;
}

describe('build --all', () => {
  const dir = workspace(schools());
  const run = cli(['build', '--all', 'schools', '--out', 'built'], { cwd: dir });

  it('builds every good plan, mirroring the folders, and exits 1 for the broken one', () => {
    expect(run.code, run.stderr).toBe(1);
    for (let i = 1; i <= 20; i++) {
      expect(existsSync(join(dir, 'built', 'a', `${i}.docx`))).toBe(true);
      expect(existsSync(join(dir, 'built', 'b', `${i}.md`))).toBe(true);
    }
    expect(existsSync(join(dir, 'built', 'c', 'broken.docx'))).toBe(false);
    expect(readFileSync(join(dir, 'built', 'a', '7.md'), 'utf8')).toContain('/KH-TH7');
  });

  it('reports the broken plan with its validate message, and sums up', () => {
    expect(run.stderr).toMatch(/schools\/c\/broken\.yaml:\d+:\d+ lỗi unknown-unit/);
    expect(run.stderr).toContain('longhungg');
    expect(run.stdout).toMatch(/^41 kế hoạch: 40 đã dựng, 1 lỗi \(\d+\.\d s\) → built\n  lỗi: schools\/c\/broken\.yaml\n$/);
  });

  it('draws no progress bar when its output is not a terminal', () => {
    expect(run.stderr).not.toContain('█');
    expect(run.stderr).not.toContain('\r');
  });

  it('exits 0 when every plan builds; a few plans run in one thread', () => {
    const small = workspace({ 'p/x.yaml': PLAN_2025, 'p/y/z.yaml': PLAN_2022 });
    const ok = cli(['build', '--all', 'p', '--format', 'md'], { cwd: small });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^2 kế hoạch: 2 đã dựng, 0 lỗi/);
    expect(existsSync(join(small, 'out', 'y', 'z.md'))).toBe(true);
  });

  it('without a folder, --all means plans/', () => {
    const repo = workspace({ 'plans/2025.yaml': PLAN_2025 });
    const ok = cli(['build', '--all', '--format', 'md'], { cwd: repo });
    expect(ok.code, ok.stderr).toBe(0);
    expect(existsSync(join(repo, 'out', '2025.md'))).toBe(true);
  });

  it('a missing folder, or plans and --all together, are usage errors', () => {
    expect(cli(['build', '--all', 'nowhere'], { cwd: dir }).code).toBe(2);
    expect(cli(['build', '2025', '--all'], { cwd: dir }).code).toBe(2);
    expect(cli(['build'], { cwd: dir }).code).toBe(2);
  });
});

describe('validate --all', () => {
  it('checks every plan under the folder in one report, exit 1 for the broken one', () => {
    const dir = workspace(schools());
    const run = cli(['validate', '--all', 'schools', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.files).toHaveLength(41);
    expect(report.errors).toBe(1);
    expect(report.findings.filter((f: { severity: string }) => f.severity === 'error')).toMatchObject([{ file: 'schools/c/broken.yaml', code: 'unknown-unit' }]);
  });
});
