#!/usr/bin/env node
require('../scripts/register-ts');
const { main } = require('../src/cli/main.ts');
// exitCode, not process.exit(): exiting at once would cut off --json output still queued for a pipe.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`resource-review: ${err && err.message ? err.message : err}`);
    process.exitCode = 1;
  },
);
