// Run by `npm run build` last: the CLI and its dependencies bundled into a few files (dist/bundle/), one
// entry plus a chunk per command, so a cold start reads a handful of files instead of some three hundred
// modules of yaml, handlebars, ajv's runtime and docx. Measured by `npm run bench`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../', import.meta.url));

await build({
  // The worker of --all is an entry of its own: run.ts starts it as ./batch-worker.js beside itself.
  entryPoints: { cli: `${dist}cli.js`, 'batch-worker': `${dist}batch/batch-worker.js` },
  outdir: `${dist}bundle`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS packages (yaml, handlebars) require() Node's own modules; ES modules have no require.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
