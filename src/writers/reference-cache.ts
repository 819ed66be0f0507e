// What `build` takes from a reference document (its parts, already compressed, and its header ids), kept
// on disk between runs under the hash of the document's bytes: an unchanged reference is not unzipped,
// parsed and compressed again on every build, and a restyled one (other bytes, another hash) is read
// afresh. The cache is only ever a copy: a missing, unreadable or stale entry is read from the .docx again,
// and a cache that cannot be written is left unwritten, silently.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { makeFolder, writeAtomic } from './atomic.js';
import { packageRoot, version } from '../paths.js';
import type { Reference } from './reference.js';

/** Where the entries go: CCHC_CACHE_DIR, else node_modules/.cache of the package, else the system's cache folder. */
export function cacheFolders(env = process.env): string[] {
  if (env.CCHC_CACHE_DIR) return [env.CCHC_CACHE_DIR];
  const system = process.platform === 'win32'
    ? join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'cchc-plan', 'Cache')
    : process.platform === 'darwin'
      ? join(homedir(), 'Library', 'Caches', 'cchc-plan')
      : join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'cchc-plan');
  return [join(packageRoot(), 'node_modules', '.cache', 'cchc-plan'), system];
}

interface Entry {
  /** The tool's version: another version may compress or choose parts differently. */
  version: string;
  headers: Reference['headers'];
  parts: [name: string, deflated: string, crc: number, size: number][];
}

const entryName = (bytes: Uint8Array) => `reference-${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}.json`;

/** The reference of these bytes from the cache, or, read by `read`, put there for the next run. */
export function cachedReference(bytes: Uint8Array, read: () => Reference): Reference {
  const name = entryName(bytes);
  const folders = cacheFolders();
  for (const folder of folders) {
    try {
      const entry = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Entry;
      if (entry.version === version()) {
        return {
          headers: entry.headers,
          parts: entry.parts.map(([part, deflated, crc, size]) => [part, { deflated: Buffer.from(deflated, 'base64'), crc, size }]),
        };
      }
    } catch {
      // not cached there (or not readable): the next folder, then the document itself
    }
  }
  const reference = read();
  const entry: Entry = {
    version: version(),
    headers: reference.headers,
    parts: reference.parts.map(([part, c]) => [part, Buffer.from(c.deflated).toString('base64'), c.crc, c.size]),
  };
  for (const folder of folders) {
    try {
      makeFolder(folder);
      writeAtomic(join(folder, name), JSON.stringify(entry));
      break;
    } catch {
      // a folder we may not write (a system-wide install): the next one
    }
  }
  return reference;
}

