// Where the package's own files are: the folder holding cchc-plan's package.json, found from this module
// upwards, so the same code works compiled (dist/…) and bundled (dist/bundle/, which has a package.json
// of its own that only marks its files as CommonJS).
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackage(): { root: string; version: string } {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    const pkg = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }) : undefined;
    if (pkg?.name === 'cchc-plan') return { root: dir, version: String(pkg.version) };
    if (dirname(dir) === dir) throw new Error('cchc-plan: cannot find its package.json');
  }
}

let found: { root: string; version: string } | undefined;

/** The package's folder, found at first use (not when this module loads), so a copy moved elsewhere finds its own. */
export const packageRoot = () => (found ??= findPackage()).root;
export const version = () => (found ??= findPackage()).version;

/** A file as a message names it: relative to the working folder when it lies inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : file;
}

/** Whether a program can be started by name: a path that exists, or a name found in a PATH folder. */
export function onPath(command: string, env = process.env): boolean {
  if (command.includes('/') || command.includes('\\')) return existsSync(command);
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  return (env.PATH ?? '').split(delimiter).some((dir) => dir && exts.some((ext) => existsSync(join(dir, command + ext))));
}
