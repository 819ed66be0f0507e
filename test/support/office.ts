// LibreOffice and poppler for the tests that read a built document as a reader would: converted to PDF,
// its pages read back as text. Under CI=true they must be there (.ci/run installs them); elsewhere the
// tests that need them skip and say why.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { workspace } from './cli.js';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
export const officeAvailable = has('soffice') && has('pdftotext') && has('pdfinfo');
export const officeReason = 'LibreOffice (libreoffice-writer-nogui) and poppler-utils are not installed';

if (process.env.CI === 'true' && !officeAvailable) throw new Error(`CI=true but ${officeReason}: .ci/run should have installed them`);

/** Each .docx converted to a PDF of the same name in `outDir`, with a LibreOffice profile of its own. */
export function toPdf(files: string[], outDir: string): void {
  const profile = workspace({});
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], { encoding: 'utf8', timeout: 300_000 });
  expect(run.status, run.stderr).toBe(0);
}

export const pdfOf = (docx: string, outDir: string) => join(outDir, docx.split('/').pop()!.replace(/\.docx$/, '.pdf'));

export function pageText(pdf: string, page: number): string {
  return spawnSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' }).stdout;
}

export function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1] ?? 0);
}
