// Writes files so that readers see either all the old content or all the new, never half of it: each
// file's bytes go to a temporary file beside it, and only when every one is written are they renamed over
// their targets. A file that is a symbolic link is written through the link, and a file that exists keeps
// its permissions (a record kept private at 0600 stays so). Synchronous: the files are small, and a
// thread-pool round trip costs more than the write.
import { chmodSync, existsSync, lstatSync, mkdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { say, systemError } from '../i18n.js';

/** Why a set of files was not written: the file that could not be, and the system's code. */
export class WriteError extends Error {
  constructor(readonly file: string, readonly code: string) {
    super(say(`không ghi được ${file}: ${systemError(code)}`, `cannot write ${file}: ${systemError(code)}`));
  }
}

/**
 * The file a write really changes: a symbolic link's target (followed through every link), so that the
 * link stays a link and the file it names is the one updated.
 */
export function writeTarget(file: string): string {
  const path = resolve(file);
  try {
    return realpathSync(path);
  } catch {
    // A link whose target does not exist yet: write where it points.
    try {
      if (lstatSync(path).isSymbolicLink()) return resolve(dirname(path), readlinkSync(path));
    } catch {
      // neither a file nor a link: the path itself
    }
    return path;
  }
}

export function writeFilesAtomic(files: [file: string, data: Uint8Array | string][]): void {
  const temps: string[] = [];
  const fail = (file: string, error: unknown): never => {
    for (const temp of temps) rmSync(temp, { force: true });
    throw new WriteError(file, (error as NodeJS.ErrnoException).code ?? String(error));
  };
  const targets = files.map(([file]) => writeTarget(file));
  files.forEach(([file, data], i) => {
    const target = targets[i]!;
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    try {
      temps.push(temp);
      const existing = statSync(target, { throwIfNoEntry: false });
      // A folder in the way would refuse the rename only after other files had been replaced.
      if (existing?.isDirectory()) fail(file, Object.assign(new Error(), { code: 'EISDIR' }));
      writeFileSync(temp, data);
      // chmod, not writeFile's mode: the umask would narrow that one.
      if (existing) chmodSync(temp, existing.mode & 0o7777);
    } catch (error) {
      if (error instanceof WriteError) throw error;
      fail(file, error);
    }
  });
  files.forEach(([file], i) => {
    try {
      renameSync(temps[i]!, targets[i]!);
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
