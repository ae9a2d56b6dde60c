#!/usr/bin/env node
// Runs the compiled command line (dist-cli/, built by `npm install` or `npm run build:cli`): no compiler at start-up.
const fs = require('fs');
const path = require('path');
const compiled = path.join(__dirname, '../dist-cli/cli/main.js');
if (!fs.existsSync(compiled)) {
  console.error(`resource-review: the compiled command line (${path.relative(process.cwd(), compiled)}) is missing; run \`npm run build:cli\` first.`);
  process.exitCode = 1;
} else {
  const { main } = require(compiled);
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
}
