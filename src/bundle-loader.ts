// Runs the bundled CLI (dist/bundle/*.js, CommonJS) with V8's code cache, so a cold start deserialises
// compiled code instead of parsing and compiling some 600 KB of JavaScript again. Node 20 keeps no such
// cache of its own (module.enableCompileCache came with Node 22). Only the bundle uses this module.
//
// A command's cache is written when the process exits, after the command ran, so it holds every function
// the run compiled, not only the top level. Its name carries the bundle's size and time, the Node
// version and Node's flags: a rebuilt bundle or another Node never meets an old cache (V8 checks the
// source only by its length). A folder that cannot be written (a read-only install) only means no cache.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const BUNDLE_DIR = dirname(fileURLToPath(import.meta.url));
const CACHE_DIR = join(BUNDLE_DIR, '.cache');
const USE_CACHE = !process.env.CCHC_NO_CODE_CACHE;
const loaded = new Map<string, unknown>();
const pending: { script: Script; file: string }[] = [];

/**
 * V8 rejects a cache made under other flags (NODE_OPTIONS=--max-old-space-size=…, say): runs with and
 * without them would each throw away the other's cache. Each set of flags gets its own.
 */
const NODE_FLAGS = (() => {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim();
  if (!flags) return '';
  let hash = 0x811c9dc5; // FNV-1a: a name, not a secret
  for (let i = 0; i < flags.length; i++) hash = Math.imul(hash ^ flags.charCodeAt(i), 0x01000193) >>> 0;
  return `-${hash.toString(36)}`;
})();

/** The exports of dist/bundle/NAME.js, compiled from the cache when there is a usable one. */
export function load(name: string): unknown {
  if (loaded.has(name)) return loaded.get(name);
  const file = join(BUNDLE_DIR, `${name}.js`);
  const source = readFileSync(file, 'utf8');
  const { size, mtimeMs } = statSync(file);
  const cacheFile = join(CACHE_DIR, `${name}-${size}-${Math.trunc(mtimeMs)}-${process.version}${NODE_FLAGS}.bin`);
  const cachedData = USE_CACHE ? readIfPresent(cacheFile) : undefined;
  const script = new Script(wrap(source), { filename: file, cachedData });
  if (USE_CACHE && (cachedData === undefined || script.cachedDataRejected)) {
    if (pending.length === 0) process.once('exit', writeCaches);
    pending.push({ script, file: cacheFile });
  }
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, BUNDLE_DIR);
  loaded.set(name, module.exports);
  return module.exports;
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCaches() {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
  } catch {
    return; // a folder that cannot be written: no cache, as with any failure below
  }
  for (const { script, file } of pending) {
    try {
      // Another process may be writing the same cache: each writes its own file and renames it in place.
      const partial = `${file}.${process.pid}`;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, file);
    } catch {
      // A cache is only a speed-up; without one the next run compiles as this one did.
    }
  }
}
