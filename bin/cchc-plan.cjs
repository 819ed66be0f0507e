#!/usr/bin/env node
// Thin launcher: runs the bundled CLI (dist/bundle, see src/build/bundle.ts) through its code-cache
// loader, and turns an unexpected failure into a one-line message, exit 2. CommonJS, because Node starts
// a CommonJS file a few milliseconds sooner than an ES module.
'use strict';

function fail(error) {
  process.stderr.write(`cchc-plan: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.CCHC_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  process.exitCode = 2;
}

try {
  const { load } = require('../dist/bundle/loader.js');
  load('cli').main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, fail);
} catch (error) {
  fail(error);
}
