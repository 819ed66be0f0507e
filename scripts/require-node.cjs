// Run before the build and the tests: they need the Node the package supports (engines: 24 or later).
// On an older Node the suite would fail on every command it starts; this says why, and how to run it.
'use strict';
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(`This needs Node.js 24 or later; this is ${process.version}. Run it with a newer Node, for example:\n`
    + `  npx -y -p node@26 -- npm ${process.env.npm_lifecycle_event === 'bench' ? 'run bench' : 'test'}\n`);
  process.exit(1);
}
