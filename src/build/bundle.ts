// Run by `npm run build` last: the CLI bundled into dist/bundle/, one CommonJS file for the entry
// (commander and the help) and one per command with everything that command needs, so a cold start reads
// two files instead of some three hundred modules. The files are CommonJS because Node 20 can run only
// CommonJS from V8's code cache (vm.Script's cachedData): loader.js (src/bundle-loader.ts) loads each
// through it. Measured by `npm run bench`.
import { build, type Plugin } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${dist}bundle`;
// Code that only some runs need is a bundle of its own, loaded by loader.js at the `await import(…)`
// that asks for it: each command from the entry, and within commands the --all runner, the Handlebars
// compiler (for templates edited after the build), and the docx library and fflate (to make the package of
// an unusual page layout).
const COMMANDS = ['validate', 'build', 'diff', 'new', 'calendar', 'due'];
const LAZY: Record<string, { bundle: string; entry: string }> = {
  '../batch/run.js': { bundle: 'batch', entry: `${dist}batch/run.js` },
  handlebars: { bundle: 'handlebars', entry: 'handlebars' },
  docx: { bundle: 'docx-library', entry: 'docx' },
  fflate: { bundle: 'fflate', entry: 'fflate' },
};

const throughLoader: Plugin = {
  name: 'through-loader',
  setup(b) {
    b.onResolve({ filter: /^\.\/loader\.js$/ }, () => ({ path: './loader.js', external: true }));
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const command = /^\.\/commands\/([a-z]+)\.js$/.exec(args.path)?.[1];
      if (command && args.importer.endsWith('/dist/cli.js') && COMMANDS.includes(command)) return { path: command, namespace: 'bundle' };
      const lazy = LAZY[args.path];
      return lazy ? { path: lazy.bundle, namespace: 'bundle' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'bundle' }, (args) => ({
      contents: `module.exports = require('./loader.js').load(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

// The `yaml` library (160 KB) reads a plan only when the fast reader cannot, and shows positions only
// when there is a finding: its static imports get an object whose exports load the library on first use.
const LAZY_PACKAGES: Record<string, string> = { yaml: 'yaml-library' };
const lazyPackages: Plugin = {
  name: 'lazy-packages',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'import-statement' && LAZY_PACKAGES[args.path] && !args.importer.includes('/node_modules/')
        ? { path: args.path, namespace: 'lazy-package' }
        : undefined);
    b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, async (args) => {
      const names = Object.keys(await import(args.path)).filter((name) => name !== 'default');
      const getters = names.map((name) => `${JSON.stringify(name)}: { get: () => library()[${JSON.stringify(name)}], enumerable: true }`);
      return {
        contents: `let loaded; const library = () => (loaded ??= require('./loader.js').load(${JSON.stringify(LAZY_PACKAGES[args.path])}));
Object.defineProperties(module.exports, { ${getters.join(', ')} });`,
        loader: 'js',
      };
    });
  },
};

// Every Chalk here is made with the level wantsColor() chose (NO_COLOR, FORCE_COLOR, a terminal), so
// chalk's own detection, which runs at import and loads node:tty (2.6 ms cold), is left out of the bundle.
const noColorDetection: Plugin = {
  name: 'no-color-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      args.importer.includes('/node_modules/chalk/') ? { path: 'supports-color', namespace: 'no-color-detection' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'no-color-detection' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};

// commander requires node:child_process at load, for executable subcommands this CLI never has; that
// brought net, dgram and the stream modules into every start. It is now required on first use.
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
// .js files here are CommonJS, although the package is "type": "module".
writeFileSync(`${outdir}/package.json`, '{ "type": "commonjs" }\n');

await build({
  entryPoints: {
    cli: `${dist}cli.js`,
    loader: `${dist}bundle-loader.js`,
    // The worker of --all: run.ts starts it as ./batch-worker.js beside itself.
    'batch-worker': `${dist}batch/batch-worker.js`,
    ...Object.fromEntries(COMMANDS.map((c) => [c, `${dist}commands/${c}.js`])),
    ...Object.fromEntries(Object.values(LAZY).map((l) => [l.bundle, l.entry])),
    ...Object.fromEntries(Object.entries(LAZY_PACKAGES).map(([name, bundle]) => [bundle, name])),
  },
  outdir,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // A script run from the code cache has no import() of its own: every import() becomes a require().
  supported: { 'dynamic-import': false },
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [throughLoader, lazyPackages, noColorDetection, lazyChildProcess],
  // import.meta.url (paths.ts, run.ts) is the bundle file's own URL, as it was in the modules.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: 'var importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
});
