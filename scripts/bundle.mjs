// Run by `npm run build` last: the compiled CLI (dist/) bundled by esbuild into dist/bundle/, an entry
// and a chunk for each command's code, so a start reads a few files instead of some three hundred
// modules. Measured in the commit that made it, and by `npm run bench`.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
rmSync(`${dist}bundle`, { recursive: true, force: true });

await build({
  // The worker of --all: batch/run.ts starts it as ./batch-worker.js beside the chunk that holds run.ts.
  entryPoints: { cli: `${dist}cli.js`, 'batch-worker': `${dist}batch/batch-worker.js` },
  outdir: `${dist}bundle`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  // Less for V8 to read on every start; nothing reads these files but Node.
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  // exceljs (rollup --format xlsx) is large and CommonJS with optional requires: loaded from node_modules
  // when asked for, not bundled.
  external: ['exceljs'],
  // Packages written as CommonJS (commander, Handlebars) require() Node's modules, which an ES module
  // has no require for: give the bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
