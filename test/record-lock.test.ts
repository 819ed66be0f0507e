// Several people record into one results/YEAR.yaml at once (a shared folder, CI jobs): every entry whose
// command said it was recorded is in the file, also when another writer is killed mid-write; a record that
// is a symbolic link stays one, and a private record stays private. Run as processes, as users run them.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, cli, ROOT, workspace, copyShipped } from './support/cli.js';

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A command started now; `kill` ends it with SIGKILL. */
function start(args: string[], cwd: string) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<Exit>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

function project(): string {
  const dir = workspace({});
  copyShipped(dir, 'plans');
  mkdirSync(join(dir, 'results'));
  return dir;
}

const record = (dir: string) => parse(readFileSync(join(dir, 'results', '2025.yaml'), 'utf8')) as { posts?: { url: string }[]; activities?: { row: string; month?: number }[] };
const post = (n: string) => ['post', '2025', '--unit', 'tccb', '--title', `Tin ${n}`, '--url', `https://sgddt.soctrang.gov.vn/cchc/${n}`, '--date', '2025-03-10'];
/** Rows of the 2025 plan planned for one month each, so `done` needs no --month. */
const ROWS = ['a1t1r1', 'a1t1r3', 'a1t1r4', 'a1t1r5', 'a1t1r6', 'a1t1r7'];

describe('done and post at once on one record', () => {
  it('50 rounds of two posts at once: all 100 exit 0 and all 100 are in the file', async () => {
    const dir = project();
    const exits: Exit[] = [];
    for (let round = 0; round < 50; round++) {
      exits.push(...(await Promise.all([start(post(`a${round}`), dir).done, start(post(`b${round}`), dir).done])));
    }
    expect(exits.filter((e) => e.code !== 0).map((e) => e.stderr)).toEqual([]);
    const urls = new Set(record(dir).posts!.map((p) => p.url));
    expect(urls.size).toBe(100);
    expect(cli(['validate', 'results/2025.yaml'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, 'results', '2025.yaml.lock'))).toBe(false);
  }, 240_000);

  it('50 rounds of done and post at once: every entry is in the file', async () => {
    const dir = project();
    // The record starts with a hand-written comment, which every edit keeps.
    writeFileSync(join(dir, 'results', '2025.yaml'), '# ghi chép của văn phòng\nplan: 2025\n');
    const exits: Exit[] = [];
    const expected: string[] = [];
    for (let round = 0; round < 50; round++) {
      // Each round a row of its own and a month of its own (the row is planned for one month; --date
      // differs, so a second entry for the same row is a duplicate the record refuses; avoid it).
      const row = ROWS[round % ROWS.length]!;
      const doneArgs = round < ROWS.length ? ['done', '2025', row, '--date', '2025-04-01', '--evidence', `https://x.vn/${round}`] : ['post', '2025', '--unit', 'vp', '--title', `Bài ${round}`, '--url', `https://x.vn/p${round}`, '--date', '2025-03-20'];
      exits.push(...(await Promise.all([start(doneArgs, dir).done, start(post(`c${round}`), dir).done])));
      expected.push(round < ROWS.length ? row : `https://x.vn/p${round}`, `https://sgddt.soctrang.gov.vn/cchc/c${round}`);
    }
    expect(exits.filter((e) => e.code !== 0).map((e) => e.stderr)).toEqual([]);
    const r = record(dir);
    const found = new Set([...(r.activities ?? []).map((a) => a.row), ...(r.posts ?? []).map((p) => p.url)]);
    expect(expected.filter((e) => !found.has(e))).toEqual([]);
    expect(readFileSync(join(dir, 'results', '2025.yaml'), 'utf8').startsWith('# ghi chép của văn phòng\n')).toBe(true);
  }, 240_000);

  it('a writer killed at any moment (SIGKILL): the file stays valid and holds every entry whose command exited 0', async () => {
    const dir = project();
    const recorded: string[] = [];
    for (let round = 0; round < 20; round++) {
      const victim = start(post(`k${round}`), dir);
      const other = start(post(`o${round}`), dir);
      // Killed anywhere from its start to its end: in the parse, waiting for the lock, or holding it.
      setTimeout(() => victim.child.kill('SIGKILL'), (round * 37) % 400);
      const [v, o] = await Promise.all([victim.done, other.done]);
      if (v.code === 0) recorded.push(`k${round}`);
      expect(o.code, o.stderr).toBe(0);
      recorded.push(`o${round}`);
      expect(cli(['validate', 'results/2025.yaml'], { cwd: dir }).code).toBe(0);
    }
    const urls = new Set(record(dir).posts!.map((p) => p.url));
    expect(recorded.filter((n) => !urls.has(`https://sgddt.soctrang.gov.vn/cchc/${n}`))).toEqual([]);
  }, 300_000);

  it('a writer killed while it holds the lock: the next one takes the stale lock over and records', async () => {
    const dir = project();
    expect(cli(post('first'), { cwd: dir }).code).toBe(0);
    const lock = join(dir, 'results', '2025.yaml.lock');
    const victim = start(post('killed'), dir);
    // Killed the moment its lock appears: it holds the lock, and may be writing.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (!existsSync(lock)) return;
        victim.child.kill('SIGKILL');
        clearInterval(poll);
        resolve();
      }, 1);
    });
    const killed = await victim.done;
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(lock)).toBe(true);
    const next = cli(post('after'), { cwd: dir });
    expect(next.code, next.stderr).toBe(0);
    const urls = record(dir).posts!.map((p) => p.url.split('/').pop());
    expect(urls).toContain('first');
    expect(urls).toContain('after');
    expect(cli(['validate', 'results/2025.yaml'], { cwd: dir }).code).toBe(0);
  }, 60_000);

  it('a lock held by a live writer for too long: exit 2, a message in words, and the record unchanged', async () => {
    const dir = project();
    expect(cli(post('first'), { cwd: dir }).code).toBe(0);
    const file = join(dir, 'results', '2025.yaml');
    const before = readFileSync(file);
    // Another writer's lock, kept fresh as a live writer keeps it.
    const lock = `${file}.lock`;
    mkdirSync(lock);
    const fresh = setInterval(() => utimesSync(lock, new Date(), new Date()), 500);
    try {
      const run = await start(post('waiting'), dir).done;
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/đang được một lệnh khác ghi/);
      expect(run.stderr).not.toMatch(/ELOCKED|\n\s+at /);
      expect(readFileSync(file)).toEqual(before);
    } finally {
      clearInterval(fresh);
    }
  }, 60_000);
});

describe('a record written keeps what the file is', () => {
  it('a symbolic link stays a link, and the file it names is the one updated', () => {
    const dir = project();
    mkdirSync(join(dir, 'shared-drive'));
    writeFileSync(join(dir, 'shared-drive', 'ket-qua-2025.yaml'), 'plan: 2025\n');
    symlinkSync(join('..', 'shared-drive', 'ket-qua-2025.yaml'), join(dir, 'results', '2025.yaml'));
    const run = cli(post('link'), { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(join(dir, 'results', '2025.yaml')).isSymbolicLink()).toBe(true);
    expect(realpathSync(join(dir, 'results', '2025.yaml'))).toBe(realpathSync(join(dir, 'shared-drive', 'ket-qua-2025.yaml')));
    expect(readFileSync(join(dir, 'shared-drive', 'ket-qua-2025.yaml'), 'utf8')).toContain('https://sgddt.soctrang.gov.vn/cchc/link');
  });

  it('a record kept at mode 0600 stays 0600', () => {
    const dir = project();
    const file = join(dir, 'results', '2025.yaml');
    writeFileSync(file, 'plan: 2025\n');
    chmodSync(file, 0o600);
    expect(cli(post('private'), { cwd: dir }).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain('cchc/private');
  });

  it('a plan replaced by new --force through a link keeps the link', () => {
    const dir = project();
    renameSync(join(dir, 'plans', '2025.yaml'), join(dir, 'ke-hoach-2025.yaml'));
    symlinkSync(join('..', 'ke-hoach-2025.yaml'), join(dir, 'plans', '2025.yaml'));
    writeFileSync(join(dir, 'ke-hoach-2026.yaml'), 'cũ\n');
    symlinkSync(join('..', 'ke-hoach-2026.yaml'), join(dir, 'plans', '2026.yaml'));
    const run = cli(['new', '2026', '--from', '2025', '--force'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(join(dir, 'plans', '2026.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'ke-hoach-2026.yaml'), 'utf8')).toContain('period: 2026');
  });
});
