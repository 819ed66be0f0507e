// The launcher speaks before any of the CLI can: to a Node older than engines allows, and in a checkout
// that was installed but never built. Both are said in words, Vietnamese first, with exit 2.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, workspace } from './support/cli.js';

const run = (node: string, bin: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(node, [bin, ...args], { encoding: 'utf8', env: { ...process.env, CCHC_LANG: '', ...env } });

// The machines this project runs on carry Node 20, the end-of-life Node the launcher must turn away.
const OLD = ['/usr/bin/node', '/usr/local/bin/node']
  .filter((node) => existsSync(node))
  .map((node) => ({ node, version: spawnSync(node, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim() }))
  .find(({ version }) => Number(version.slice(1).split('.')[0]) < 24);
const OLD_NODE = OLD?.node;

describe('the launcher', () => {
  it.runIf(OLD_NODE)(`on Node older than 24 (${OLD_NODE}): exit 2, says which Node it needs, in Vietnamese then English`, () => {
    const vi = run(OLD_NODE!, join(ROOT, 'bin', 'cchc-plan'), ['validate', '2025']);
    expect(vi.status).toBe(2);
    expect(vi.stderr.startsWith(`cchc-plan: cần Node.js 24 trở lên; máy này đang dùng Node.js ${OLD!.version}.`), vi.stderr).toBe(true);
    expect(vi.stdout).toBe('');
    const en = run(OLD_NODE!, join(ROOT, 'bin', 'cchc-plan'), ['validate', '2025', '--lang', 'en']);
    expect(en.status).toBe(2);
    expect(en.stderr.startsWith(`cchc-plan: needs Node.js 24 or later; this is Node.js ${OLD!.version}.`), en.stderr).toBe(true);
  });

  it('in a checkout never built: exit 2, names the command that builds it, no module error', () => {
    const dir = workspace({});
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
