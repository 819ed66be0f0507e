// What the commands print goes through Node's own stdout; a reader that goes away early (`| head -1`)
// must end the run quietly, not with a write error and a stack trace.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, workspace } from './support/cli.js';

describe('output to a pipe', () => {
  it('validate --all --format json | head -1 ends quietly, after more than a pipe buffer', () => {
    // 2,000 unknown keys: some 800 KB of JSON, far more than the 64 KB a pipe holds, so the writer is
    // still writing when head has gone.
    const dir = workspace({ 'plans/many.yaml': Array.from({ length: 2000 }, (_, i) => `khoa${i}: ${i}\n`).join('') });
    const full = spawnSync(process.execPath, [BIN, 'validate', '--all', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(full.stdout.length).toBeGreaterThan(64 * 1024 * 4);
    const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" validate --all --format json | head -1`], { cwd: dir, encoding: 'utf8' });
    expect(run.stdout).toBe('{\n');
    expect(run.stderr).toBe('');
    // The writer's own status, through pipefail: 1 for the plan's errors, as without the pipe.
    expect(run.status).toBe(full.status);
    expect(full.status).toBe(1);
  });
});
