// Where the package's own files are: the folder holding package.json, found from this module upwards, so
// the same code works compiled (dist/…) and bundled (dist/bundle/…).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cchc-plan: cannot find its package.json');
    dir = up;
  }
  return dir;
}

export const PACKAGE_ROOT = packageRoot();
