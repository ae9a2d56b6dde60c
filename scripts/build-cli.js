// Compiles the command line and the engine it runs to plain JavaScript in dist-cli/ (tsconfig.cli.json), so the
// command starts without a compiler. Run by `npm install` (prepare), `npm test` and `npm run build:cli`.
// dist-cli/ is emptied first: a module deleted or renamed in src/ must not live on in the compiled copy.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
} catch {
  console.error('build-cli: typescript is not installed (an install without dev dependencies?), so dist-cli/ is not built.');
  // An install without dev dependencies should still finish; the command then says to run `npm run build:cli`.
  process.exit(process.env.npm_lifecycle_event === 'prepare' ? 0 : 1);
}
fs.rmSync(path.join(root, 'dist-cli'), { recursive: true, force: true });
const { status } = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.cli.json')], { stdio: 'inherit' });
process.exitCode = status ?? 1;
