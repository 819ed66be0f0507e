// The bundle's code cache (src/bundle-loader.ts) is only a speed-up: a run writes it, and a damaged or
// foreign cache must never change what a command does.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './support/cli.js';

const CACHE = join(ROOT, 'dist', 'bundle', '.cache');
const validateCaches = () => (existsSync(CACHE) ? readdirSync(CACHE).filter((f) => f.startsWith('validate-') && f.endsWith('.bin')) : []);
/** The caches of runs without Node flags (a run with NODE_OPTIONS has its own). */
const plainCaches = () => validateCaches().filter((n) => n.endsWith(`-${process.version}.bin`));

describe('code cache', () => {
  it('a run of validate leaves a cache for it, named for this Node', () => {
    expect(cli(['validate', '2025']).code).toBe(0);
    expect(plainCaches().length).toBeGreaterThan(0);
  });

  it('a damaged cache is rejected: the same report, and the cache is written again', () => {
    const clean = cli(['validate', '2025', '2022', '--format', 'json']);
    for (const name of plainCaches()) writeFileSync(join(CACHE, name), Buffer.alloc(4096, 7));
    const damaged = cli(['validate', '2025', '2022', '--format', 'json']);
    expect(damaged.code).toBe(clean.code);
    expect(damaged.stderr).toBe(clean.stderr);
    expect(damaged.stdout).toBe(clean.stdout);
    expect(plainCaches().length).toBeGreaterThan(0);
    for (const name of plainCaches()) expect(readFileSync(join(CACHE, name)).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  it('a run with other Node flags keeps its own cache and leaves the plain one alone', () => {
    expect(cli(['validate', '2025']).code).toBe(0);
    const plain = plainCaches();
    const before = plain.map((n) => readFileSync(join(CACHE, n)));
    expect(cli(['validate', '2025'], { env: { NODE_OPTIONS: '--max-old-space-size=1536' } }).code).toBe(0);
    expect(validateCaches().some((n) => !n.endsWith(`-${process.version}.bin`))).toBe(true);
    plain.forEach((n, i) => expect(readFileSync(join(CACHE, n)).equals(before[i]!)).toBe(true));
  });

  it('CCHC_NO_CODE_CACHE=1 runs without it', () => {
    const run = cli(['validate', '2025'], { env: { CCHC_NO_CODE_CACHE: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 lỗi');
  });
});
