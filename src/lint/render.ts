// The rules only a laid-out page can check (lint --render): the document through LibreOffice to a PDF,
// read back line by line with poppler (pdftotext -bbox-layout); the national title and each line of the
// agency's name must each sit on one line, and the signature must share its page with the body.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { say } from '../i18n.js';
import { rule } from '../nd30/rules.js';
import { onPath } from '../paths.js';
import { anatomy } from './anatomy.js';
import type { LintFinding } from './checks.js';
import { readDocx } from './read.js';

interface Line { page: number; text: string }

const squash = (s: string) => s.normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/** Each line of each page, as poppler reads it from the PDF. */
function pdfLines(pdf: Uint8Array): Line[] {
  const work = mkdtempSync(join(tmpdir(), 'cchc-plan-lint-'));
  try {
    writeFileSync(join(work, 'doc.pdf'), pdf);
    const html = execFileSync('pdftotext', ['-bbox-layout', join(work, 'doc.pdf'), '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const lines: Line[] = [];
    let page = 0;
    let words: string[] | undefined;
    let word: string | undefined;
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => {
      if (tag.name === 'page') page++;
      else if (tag.name === 'line') words = [];
      else if (tag.name === 'word') word = '';
    });
    parser.on('text', (text) => {
      if (word !== undefined) word += text;
    });
    parser.on('closetag', (tag) => {
      if (tag.name === 'word' && word !== undefined) {
        words?.push(word);
        word = undefined;
      } else if (tag.name === 'line' && words) {
        lines.push({ page, text: squash(words.join(' ')) });
        words = undefined;
      }
    });
    parser.write(html.slice(html.indexOf('<html'))).close();
    return lines;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The findings of the render rules, or why the document could not be laid out. */
export async function renderFindings(bytes: Uint8Array, file: string): Promise<LintFinding[] | string> {
  const { docxToPdf, sofficeCommand, PdfError, installHint } = await import('../writers/pdf.js');
  if (!onPath(sofficeCommand())) return say(`--render cần LibreOffice (không thấy '${sofficeCommand()}'). ${installHint()}`, `--render needs LibreOffice ('${sofficeCommand()}' was not found). ${installHint()}`);
  if (!onPath('pdftotext')) return say('--render cần pdftotext (poppler): sudo apt-get install poppler-utils', '--render needs pdftotext (poppler): sudo apt-get install poppler-utils');
  let pdf: Uint8Array;
  try {
    pdf = await docxToPdf(bytes, 120_000);
  } catch (error) {
    if (error instanceof PdfError) return `${file}: ${error.message}`;
    throw error;
  }
  const lines = pdfLines(pdf);
  const parts = anatomy(readDocx(bytes).blocks);
  const findings: LintFinding[] = [];
  const firstPage = lines.filter((l) => l.page === 1);
  const onOneLine = (text: string) => firstPage.some((l) => l.text.includes(squash(text)));
  const headerLines = rule('header-lines');
  for (const p of [parts.national, ...parts.parent, ...parts.agency]) {
    if (!p || !p.text.trim()) continue;
    for (const piece of p.text.split('\n').filter((x) => x.trim())) {
      if (!onOneLine(piece)) {
        findings.push({ rule: headerLines, where: p.where, quote: squash(piece), detail: say(`"${squash(piece)}" bị ngắt sang dòng sau trên trang in`, `"${squash(piece)}" runs over onto the next line on the printed page`) });
      }
    }
  }
  // The signature's page: where the signer's name is printed; the body's last words must be on it too.
  const name = parts.signer.at(-1);
  const lastBody = parts.body.at(-1);
  if (name && lastBody) {
    const find = (text: string) => lines.find((l) => l.text.includes(squash(text)))?.page;
    const words = squash(lastBody.text).split(' ');
    const tail = words.slice(-Math.min(4, words.length)).join(' ');
    const namePage = find(name.text);
    const bodyPage = [...lines].reverse().find((l) => l.text.includes(tail))?.page;
    if (namePage !== undefined && bodyPage !== undefined && namePage > bodyPage) {
      findings.push({ rule: rule('signature-page'), where: name.where, quote: squash(name.text), detail: say(`chữ ký ở trang ${namePage}, còn nội dung kết thúc ở trang ${bodyPage}`, `the signature is on page ${namePage}, the body ends on page ${bodyPage}`) });
    }
  }
  return findings;
}
