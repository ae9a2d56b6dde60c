// Compiles the command line and the engine it runs to plain JavaScript in dist-cli/ (tsconfig.cli.json), so the
// command starts without a compiler. Run by `npm install` (prepare), `npm test` and `npm run build:cli`.
// dist-cli/ is emptied first: a module deleted or renamed in src/ must not live on in the compiled copy.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
fs.rmSync(path.join(root, 'dist-cli'), { recursive: true, force: true });
const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
const { status } = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.cli.json')], { stdio: 'inherit' });
process.exitCode = status ?? 1;
