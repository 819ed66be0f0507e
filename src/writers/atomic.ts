// Writes files so that readers see either all the old content or all the new, never half of it: each
// file's bytes go to a temporary file beside it, and only when every one is written are they renamed over
// their targets. Synchronous: the files are small, and a thread-pool round trip costs more than the write.
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Why a set of files was not written: the file that could not be, and the system's code. */
export class WriteError extends Error {
  constructor(readonly file: string, readonly code: string) {
    super(`cannot write ${file}: ${code}`);
  }
}

export function writeFilesAtomic(files: [file: string, data: Uint8Array | string][]): void {
  const temps: string[] = [];
  const fail = (file: string, error: unknown): never => {
    for (const temp of temps) rmSync(temp, { force: true });
    throw new WriteError(file, (error as NodeJS.ErrnoException).code ?? String(error));
  };
  for (const [file, data] of files) {
    const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
    try {
      temps.push(temp);
      writeFileSync(temp, data);
      // A folder in the way would refuse the rename only after other files had been replaced.
      if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) fail(file, Object.assign(new Error(), { code: 'EISDIR' }));
    } catch (error) {
      if (error instanceof WriteError) throw error;
      fail(file, error);
    }
  }
  files.forEach(([file], i) => {
    try {
      renameSync(temps[i]!, file);
    } catch (error) {
      fail(file, error);
    }
  });
}

export function writeAtomic(file: string, data: Uint8Array | string): void {
  writeFilesAtomic([[file, data]]);
}

/**
 * A folder and the folders above it, one mkdir each. Node's recursive mkdir never returns under /proc,
 * where a new name neither exists nor can be made; a single mkdir there fails at once.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  for (; !existsSync(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  if (!statSync(at).isDirectory()) throw new WriteError(at, 'ENOTDIR');
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new WriteError(folder, (error as NodeJS.ErrnoException).code ?? String(error));
    }
  }
}
