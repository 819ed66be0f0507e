// The launcher speaks before any of the CLI can: to a Node older than engines allows, and in a checkout
// that was installed but never built. Both are said in words, Vietnamese first, with exit 2.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/cli.js';

const run = (node: string, bin: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(node, [bin, ...args], { encoding: 'utf8', env: { ...process.env, CCHC_LANG: '', ...env } });

// The machines this project runs on carry Node 20, the end-of-life Node the launcher must turn away.
const OLD_NODE = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => {
  if (!existsSync(p)) return false;
  const v = spawnSync(p, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
  return Number(v.split('.')[0]) < 24;
});

describe('the launcher', () => {
  it.runIf(OLD_NODE)(`on Node older than 24 (${OLD_NODE}): exit 2, says which Node it needs, in Vietnamese then English`, () => {
    const vi = run(OLD_NODE!, join(ROOT, 'bin', 'cchc-plan'), ['validate', '2025']);
    expect(vi.status).toBe(2);
    expect(vi.stderr).toMatch(/^cchc-plan: cần Node\.js 24 trở lên; máy này đang dùng Node\.js v20\./);
    expect(vi.stdout).toBe('');
    const en = run(OLD_NODE!, join(ROOT, 'bin', 'cchc-plan'), ['validate', '2025', '--lang', 'en']);
    expect(en.status).toBe(2);
    expect(en.stderr).toMatch(/^cchc-plan: needs Node\.js 24 or later; this is Node\.js v20\./);
  });

  it('in a checkout never built: exit 2, names the command that builds it, no module error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-unbuilt-'));
    cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    const bin = join(dir, 'bin', 'cchc-plan');
    const vi = run(process.execPath, bin, ['--version']);
    expect(vi.status).toBe(2);
    expect(vi.stderr).toBe('cchc-plan: chương trình chưa được biên dịch (thiếu dist/bundle/cli.js). Trong thư mục mã nguồn, chạy: npm run build\n');
    const en = run(process.execPath, bin, ['--version'], { CCHC_LANG: 'en' });
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('not compiled yet');
    expect(en.stderr).toContain('npm run build');
  });
});
