// What the commands print is written to descriptors 1 and 2 directly (src/stdio.ts). Whatever is on the
// other end (a pipe read late, a non-blocking pipe, a reader that goes away), the output must arrive
// whole and in order, or stop without a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { output } from '../dist/stdio.js';
import { BIN, cli, ROOT, workspace } from './support/cli.js';

/** A process that starts copying its stdin to its stdout after half a second, and what it copied. */
function lateReader() {
  const reader = spawn(process.execPath, ['-e', 'setTimeout(() => process.stdin.pipe(process.stdout), 500)'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const received: Buffer[] = [];
  reader.stdout.on('data', (chunk: Buffer) => received.push(chunk));
  const text = new Promise<string>((done) => reader.on('close', () => done(Buffer.concat(received).toString('utf8'))));
  return { stdin: reader.stdin, text };
}

describe('output of the commands', () => {
  it('a report larger than a pipe holds arrives whole when the reader is late', async () => {
    // 2,000 unknown keys: some 800 KB of JSON, more than a pipe holds while nobody reads it.
    const big = workspace({ 'many.yaml': Array.from({ length: 2000 }, (_, i) => `khoa${i}: ${i}\n`).join('') });
    const expected = cli(['validate', 'many.yaml', '--format', 'json'], { cwd: big }).stdout;
    expect(expected.length).toBeGreaterThan(500_000);
    const reader = lateReader();
    const writer = spawn(process.execPath, [BIN, 'validate', 'many.yaml', '--format', 'json'], { cwd: big, stdio: ['ignore', reader.stdin, 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    writer.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const code = await new Promise((done) => writer.on('close', done));
    reader.stdin.end();
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(await reader.text).toBe(expected);
  }, 60_000);

  it('on a non-blocking descriptor that fills, the rest goes through the stream, in order', async () => {
    // Node opens its end of a child's stdin pipe non-blocking: writeSync meets EAGAIN once the pipe is full.
    const reader = lateReader();
    const fd = (reader.stdin as unknown as { _handle: { fd: number } })._handle.fd;
    expect(fd).toBeGreaterThan(2);
    const out = output(fd, () => reader.stdin as unknown as NodeJS.WriteStream);
    const lines = Array.from({ length: 30_000 }, (_, i) => `dòng ${i}: ${'ư'.repeat(20)}\n`);
    for (const line of lines) out.write(line);
    reader.stdin.end();
    expect(await reader.text).toBe(lines.join(''));
  }, 60_000);

  it('stops quietly when the reader goes away', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" diff 2022 2025 --format md | head -1`], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout.trim()).not.toBe('');
    expect(run.stderr).toBe('');
  });
});
