// Lets Node run the TypeScript sources directly (CLI, scripts) by compiling each .ts file with swc on require.
// Why not tsc to dist/: the CLI should start from a fresh clone without a separate build step.
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
