// Where the package's own files are: the folder holding cchc-plan's package.json, found from this module
// upwards, so the same code works compiled (dist/…) and bundled (dist/bundle/, which has a package.json
// of its own that only marks its files as CommonJS).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!isOurs(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cchc-plan: cannot find its package.json');
    dir = up;
  }
  return dir;
}

function isOurs(file: string): boolean {
  return existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === 'cchc-plan';
}

export const PACKAGE_ROOT = packageRoot();
