// Runs the built CLI as a user would: a separate Node process, with its own cwd and environment.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'cchc-plan');
// The two issued plans live beside the checkout, in ../shared/seeds; CCHC_SEEDS names another folder.
const SEEDS = process.env.CCHC_SEEDS ?? join(ROOT, '..', 'shared', 'seeds');

/** A seed's text; a clone without the seeds beside it fails saying where they were looked for. */
export function readSeed(name: string): string {
  const file = join(SEEDS, name);
  if (!existsSync(file)) {
    throw new Error(`seed ${name} is not in ${SEEDS}: clone the project next to shared/ (shared/seeds/), or set CCHC_SEEDS to the seeds folder`);
  }
  return readFileSync(file, 'utf8');
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
    // Some runs print a review list of hundreds of thousands of lines.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder holding the given files (path → text or bytes). */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-plan-test-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
