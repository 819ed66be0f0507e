// The PDF for sending: the built .docx converted by LibreOffice (soffice --headless --convert-to pdf),
// so the PDF is the document the clerks would print from Word's twin. Each conversion runs in a fresh
// profile folder, so a LibreOffice the user has open, or a second build, does not block it; a hung
// conversion is killed after a timeout, and nothing is returned from it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { say, systemError } from '../i18n.js';

export class PdfError extends Error {
  constructor(message: string, readonly exit: 1 | 2) {
    super(message);
  }
}

/** The program: CCHC_SOFFICE names another (a LibreOffice outside PATH). */
export const sofficeCommand = () => process.env.CCHC_SOFFICE || 'soffice';

export const installHint = () => say(
  'LibreOffice chuyển .docx thành PDF. Cài đặt: sudo apt-get install libreoffice-writer-nogui (Debian/Ubuntu). '
    + 'Trên Windows, cài LibreOffice từ libreoffice.org và thêm thư mục chương trình (C:\\Program Files\\LibreOffice\\program) vào PATH, '
    + 'hoặc đặt CCHC_SOFFICE là đường dẫn tới soffice.exe.',
  'LibreOffice converts the .docx to PDF. Install it: sudo apt-get install libreoffice-writer-nogui (Debian/Ubuntu). '
    + 'On Windows, install LibreOffice from libreoffice.org and add its program folder (C:\\Program Files\\LibreOffice\\program) to PATH, '
    + 'or set CCHC_SOFFICE to soffice.exe.',
);

/** The .docx bytes as PDF bytes, or a PdfError: LibreOffice missing (exit 2), failed or timed out. */
export async function docxToPdf(docx: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
  const work = mkdtempSync(join(tmpdir(), 'cchc-plan-pdf-'));
  try {
    const input = join(work, 'plan.docx');
    writeFileSync(input, docx);
    const args = [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, input];
    await run(sofficeCommand(), args, timeoutMs);
    try {
      return readFileSync(join(work, 'plan.pdf'));
    } catch {
      throw new PdfError('LibreOffice finished without writing a PDF', 2);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group: soffice starts soffice.bin, and a timeout must stop both.
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: process.platform !== 'win32' });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      try {
        if (process.platform === 'win32') child.kill();
        else process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      const s = Math.round(timeoutMs / 1000);
      reject(new PdfError(say(
        `LibreOffice chưa làm xong PDF sau ${s} giây nên đã bị dừng; không ghi PDF nào (--pdf-timeout cho thêm thời gian)`,
        `LibreOffice did not finish the PDF within ${s} s and was stopped; no PDF was written (--pdf-timeout gives it longer)`,
      ), 2));
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === 'ENOENT'
        ? new PdfError(say(`không tìm thấy '${command}'. ${installHint()}`, `'${command}' was not found. ${installHint()}`), 2)
        : new PdfError(say(`không chạy được ${command}: ${systemError(error)}`, `cannot start ${command}: ${systemError(error)}`), 2));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else if (signal !== 'SIGKILL') {
        const said = stderr.trim() ? `: ${stderr.trim().split('\n')[0]}` : '';
        reject(new PdfError(say(`LibreOffice không chuyển được văn bản (mã thoát ${code ?? signal})${said}`, `LibreOffice could not convert the document (exit ${code ?? signal})${said}`), 2));
      }
    });
  });
}
