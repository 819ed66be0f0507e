// cchc-plan preview as a user runs it: the CLI as a process on a free port, the page in Chromium, the plan
// edited on disk. The page follows each save; a broken save shows the finding; the server answers
// nothing but its own page; Ctrl-C stops it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserAvailable, browserReason, launch } from './support/browser.js';
import { BIN, cli, ROOT, workspace, shipped } from './support/cli.js';

const PLAN = shipped('plans/2025.yaml');

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** Starts `cchc-plan preview` in `cwd` and waits for the address it prints. */
function start(args: string[], cwd: string): Promise<Running> {
  const child = spawn(process.execPath, [BIN, 'preview', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve({ child, url: m[0], stderr: () => err, exit });
    });
    void exit.then((code) => reject(new Error(`preview exited ${code}: ${err}`)));
  });
}

/** A raw GET, its path sent exactly as written (fetch would resolve the dots first). */
function rawGet(url: string, path: string, host?: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: host ? { Host: host } : {} }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(!browserAvailable)(`preview in Chromium${browserAvailable ? '' : ` (skipped: ${browserReason})`}`, () => {
  let browser: Browser;
  let dir: string;
  let running: Running;
  const plan = () => join(dir, 'plans', '2025.yaml');

  beforeAll(async () => {
    browser = await launch();
    dir = workspace({ 'plans/2025.yaml': PLAN });
    running = await start(['2025', '--port', String(await freePort())], dir);
  });
  afterAll(async () => {
    running?.child.kill('SIGKILL');
    await browser?.close();
  });

  it('serves the document on 127.0.0.1 and follows each save: 80 → 85, a broken plan, the fix', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    await page.goto(running.url);
    await expect.poll(() => page.locator('body').innerText()).toContain('80% công chức, viên chức được khảo sát');
    await page.screenshot({ path: join(ARTIFACTS, 'preview.png') });

    writeFileSync(plan(), PLAN.replace('value: 80', 'value: 85'));
    await page.waitForFunction(() => document.body.innerText.includes('85% công chức, viên chức được khảo sát'), undefined, { timeout: 2000 });

    // A save that breaks the plan: an unknown unit in the table.
    const broken = PLAN.replace('value: 80', 'value: 85').replace('            lead: vp\n            with: udcntt\n            month: 4', '            lead: vpp\n            with: udcntt\n            month: 4');
    const line = broken.split('\n').findIndex((l) => l.includes('lead: vpp')) + 1;
    writeFileSync(plan(), broken);
    await page.waitForFunction(() => document.querySelector('main.problems') !== null, undefined, { timeout: 2000 });
    const problems = await page.locator('main.problems').innerText();
    expect(problems).toContain(`plans/2025.yaml:${line}:`);
    expect(problems).toContain('unknown-unit');
    expect(problems).toContain("Có phải là 'vp'?");
    await expect.poll(() => running.stderr()).toContain(`plans/2025.yaml:${line}:`);

    writeFileSync(plan(), PLAN.replace('value: 80', 'value: 85'));
    await page.waitForFunction(() => document.querySelector('table.header') !== null, undefined, { timeout: 2000 });
    expect(await page.locator('body').innerText()).toContain('85% công chức');
    await expect.poll(() => running.stderr()).toContain('hết lỗi, tài liệu hiển thị lại');
    await page.close();
  });

  it('answers only its own paths: /../../etc/passwd and any file are 404, another Host is refused', async () => {
    expect((await rawGet(running.url, '/../../etc/passwd')).status).toBe(404);
    expect((await rawGet(running.url, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await rawGet(running.url, '/plans/2025.yaml')).status).toBe(404);
    expect((await rawGet(running.url, '/package.json')).status).toBe(404);
    const passwd = await rawGet(running.url, '/../../etc/passwd');
    expect(passwd.body).not.toContain('root:');
    expect((await rawGet(running.url, '/', 'attacker.example:80')).status).toBe(403);
    expect((await rawGet(running.url, '/')).status).toBe(200);
  });

  it('a plan titled <script>alert(1)</script> shows the characters and runs nothing', async () => {
    writeFileSync(plan(), PLAN.replace(/^title: .*$/m, 'title: "<script>alert(1)</script>"'));
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(running.url);
    await expect.poll(() => page.locator('h1 .subject').innerText().catch(() => '')).toBe('<script>alert(1)</script>');
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('Ctrl-C stops it cleanly with exit 0', async () => {
    running.child.kill('SIGINT');
    expect(await running.exit).toBe(0);
    expect(running.stderr()).toContain('Đã dừng xem trước.');
    expect(running.stderr()).not.toMatch(/\n\s+at /);
  });
});

describe.skipIf(!browserAvailable)('preview follows the templates too', () => {
  it('an edit of a copied plan.hbs shows within 2 s; a template that does not compile shows its error', async () => {
    const dir = workspace({ 'plans/2025.yaml': PLAN });
    cpSync(join(ROOT, 'templates'), join(dir, 'my-templates'), { recursive: true });
    const running = await start(['2025', '--port', String(await freePort()), '--templates', 'my-templates'], dir);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(running.url);
      await expect.poll(() => page.locator('table.signature').innerText()).toContain('Nơi nhận:');
      const hbs = join(dir, 'my-templates', 'plan.hbs');
      const source = readFileSync(hbs, 'utf8');
      writeFileSync(hbs, source.replace('recipients-heading: Nơi nhận:', 'recipients-heading: Nơi gửi:'));
      await page.waitForFunction(() => document.body.innerText.includes('Nơi gửi:'), undefined, { timeout: 2000 });
      writeFileSync(hbs, source.replace('recipients-heading: Nơi nhận:', 'recipients-heading: {{#if}}'));
      await page.waitForFunction(() => document.querySelector('main.problems') !== null, undefined, { timeout: 2000 });
      expect(await page.locator('main.problems').innerText()).toContain('lỗi mẫu: my-templates/plan.hbs');
    } finally {
      running.child.kill('SIGINT');
      await running.exit;
      await browser.close();
    }
  });
});

describe('preview: ports', () => {
  it('a --port in use is exit 2 with a message; without --port the next free port is taken', async () => {
    const dir = workspace({ 'plans/2025.yaml': PLAN });
    const port = await freePort();
    const blocker = createServer().listen(port, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    try {
      const taken = cli(['preview', '2025', '--port', String(port)], { cwd: dir });
      expect(taken.code).toBe(2);
      expect(taken.stderr).toContain(`cổng ${port} đang bận; chọn cổng khác bằng --port`);
      expect(taken.stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
    const first = await start(['2025'], dir);
    const second = await start(['2025'], dir);
    try {
      expect(second.url).not.toBe(first.url);
      expect(Number(new URL(second.url).port)).toBeGreaterThan(Number(new URL(first.url).port));
    } finally {
      first.child.kill('SIGINT');
      second.child.kill('SIGINT');
      expect(await first.exit).toBe(0);
      expect(await second.exit).toBe(0);
    }
  });

  it('a --port that is not a port number is exit 2, saying which numbers are', () => {
    const dir = workspace({ 'plans/2025.yaml': PLAN });
    for (const port of ['abc', '70000', '-1']) {
      const run = cli(['preview', '2025', `--port=${port}`], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--port '${port}' không phải số cổng: ghi một số từ 1 đến 65535`);
    }
  });

  it('no plan is exit 2', () => {
    const run = cli(['preview', '2031'], { cwd: workspace({}) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không có kế hoạch plans/2031.yaml');
  });
});

describe('preview: stopping', () => {
  /** Whether anything answers at `url` now. */
  const answers = (url: string) => fetch(url).then(() => true, () => false);
  const until = async (what: () => Promise<boolean>, ms: number) => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await what()) return true;
    return false;
  };

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s stops it: exit 0, "Đã dừng xem trước.", the port free', async (signal) => {
    const running = await start(['2025', '--port', '0'], workspace({ 'plans/2025.yaml': PLAN }));
    expect(await answers(running.url)).toBe(true);
    running.child.kill(signal);
    expect(await running.exit).toBe(0);
    expect(running.stderr()).toContain('Đã dừng xem trước.');
    expect(await answers(running.url)).toBe(false);
  });

  it('started the way npx starts it (npm, then sh -c, then node), it stops when npm is killed outright', async () => {
    // npx runs a package's command through `sh -c`; a killed npx leaves that shell and the preview behind,
    // and no signal reaches them: the preview sees its launchers gone.
    const dir = workspace({ 'plans/2025.yaml': PLAN });
    // "; true" keeps each shell from replacing itself with its command, as npm's shell does not either.
    const npm = spawn('sh', ['-c', `sh -c '"${process.execPath}" "${BIN}" preview 2025 --port 0; true'; true`], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    npm.stdout.on('data', (d) => (out += d));
    expect(await until(async () => /http:\/\/127\.0\.0\.1:\d+\//.test(out), 10_000)).toBe(true);
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0];
    expect(await answers(url)).toBe(true);
    npm.kill('SIGKILL');
    expect(await until(async () => !(await answers(url)), 5_000)).toBe(true);
  });
});
