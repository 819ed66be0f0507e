// Writes a file so that readers see either the old content or the new, never half of it: the bytes go to
// a temporary file beside the target, which is then renamed over it. Synchronous: the files are small,
// and a thread-pool round trip (and loading node:fs/promises) costs more than the write.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeAtomic(file: string, data: Uint8Array | string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
