// Serialises the read–edit–write of a file that several people (or CI jobs) may change at once: a record
// that `done` and `post` add to, a plan that `new` or `import --force` replaces. proper-lockfile takes the
// lock as a folder beside the file (mkdir is atomic, also on network shares) and keeps it fresh while it is
// held; a lock left by a process that was killed goes stale and is taken over after STALE_MS.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { makeFolder, writeAtomic, writeTarget } from './atomic.js';
import { say, systemError } from '../i18n.js';

/** A lock not refreshed for this long belongs to a process that died (a refresh comes every half of it). */
const STALE_MS = 10_000;

/** How long a command waits for another's lock before it gives up, about 15 s (the message says so): longer than a stale lock lives. */
const RETRIES = { retries: 37, factor: 1.3, minTimeout: 20, maxTimeout: 500, randomize: true };

/** Why the lock could not be had: another writer holds it (busy), or the folder refused it (a system code). */
export class LockError extends Error {
  constructor(readonly file: string, readonly code: string) {
    super(say(`không giữ được khóa của ${file}: ${systemError(code)}`, `cannot lock ${file}: ${systemError(code)}`));
  }
}

/**
 * Runs `work` while holding the lock of `file` (its link target), and releases it whatever happens. The
 * work must read the file afresh (what was read before the lock may already be out of date), and call
 * `assertHeld` just before it writes: a lock lost meanwhile (the machine slept past STALE_MS) stops it.
 */
export async function withLock<T>(file: string, work: (target: string, assertHeld: () => void) => Promise<T> | T): Promise<T> {
  const target = writeTarget(file);
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(target, {
      realpath: false,
      stale: STALE_MS,
      retries: RETRIES,
      // The default throws from a timer; here the work checks `compromised` before it writes.
      onCompromised: (error) => {
        compromised = error;
      },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new LockError(target, code === 'ELOCKED' ? 'busy' : code);
  }
  try {
    return await work(target, () => {
      if (compromised) throw new LockError(target, 'compromised');
    });
  } finally {
    await release().catch(() => undefined);
  }
}

/**
 * A whole file written under its lock, made with its folders; 'exists' (and nothing written) when the file
 * is there and `replace` is false, as seen under the lock, so that two commands cannot both find it missing.
 */
export async function writeLocked(file: string, data: string | Uint8Array, replace: boolean): Promise<'written' | 'exists'> {
  makeFolder(dirname(writeTarget(file)));
  return withLock(file, (target, assertHeld) => {
    if (!replace && existsSync(target)) return 'exists';
    assertHeld();
    writeAtomic(target, data);
    return 'written';
  });
}
