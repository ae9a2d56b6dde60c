#!/usr/bin/env node
require('../scripts/register-ts');
const { main } = require('../src/cli/main.ts');
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`resource-review: ${err && err.message ? err.message : err}`);
    process.exit(1);
  },
);
