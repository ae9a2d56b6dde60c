// Lets Node run the TypeScript scripts (bench, case studies) directly by compiling each .ts file with swc on require.
// The command line itself does not use this: it runs the JavaScript compiled into dist-cli/ (scripts/build-cli.js).
const { transformSync } = require('@swc/core');
const fs = require('fs');

function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    sourceMaps: 'inline',
    jsc: { parser: { syntax: 'typescript', tsx: filename.endsWith('.tsx') }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
}
require.extensions['.ts'] = compile;
require.extensions['.tsx'] = compile;
