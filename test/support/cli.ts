// Runs the built CLI as a user would: a separate Node process, with its own cwd and environment.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
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

/**
 * The plans and records the repository ships, by name. Tests never work on them in place, nor list the
 * folders they lie in (a user following the README may add plans there): each test file gets a copy of
 * exactly these files, and the CLI runs in that copy unless a test names another folder.
 */
export const SHIPPED = [
  'plans/2022.yaml', 'plans/2025.yaml', 'plans/units.yaml',
  'plans/examples/so-gddt-2026.yaml', 'plans/examples/truong-thpt-2025-2026.yaml', 'plans/examples/ubnd-huyen-2026.yaml', 'plans/examples/ubnd-xa-2026.yaml',
  ...['gdtx', 'longhung', 'ptdtnt', 'thpt_chuyen', 'thpt_hoang_dieu', 'thpt_phu_tam'].map((key) => `plans/units/${key}/2025.yaml`),
  'results/2025.yaml',
  ...['longhung', 'thpt_chuyen', 'thpt_phu_tam'].map((key) => `results/units/${key}/2025.yaml`),
] as const;

let shippedDir: string | undefined;

/** This test file's copy of the shipped files, made at first use. */
export function shippedCopy(): string {
  if (!shippedDir) {
    shippedDir = mkdtempSync(join(tmpdir(), 'cchc-plan-shipped-'));
    copyShipped(shippedDir);
  }
  return shippedDir;
}

/** A shipped file's text, from this test file's copy. */
export function shipped(path: (typeof SHIPPED)[number]): string {
  return readFileSync(join(shippedCopy(), path), 'utf8');
}

/** Copies the shipped files under `prefix` ('plans', 'results/units', or all) into `dir`. */
export function copyShipped(dir: string, prefix = ''): void {
  for (const path of SHIPPED.filter((p) => p.startsWith(prefix))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    copyFileSync(join(dir === shippedDir ? ROOT : shippedCopy(), path), join(dir, path));
  }
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
    cwd: options.cwd ?? shippedCopy(),
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
