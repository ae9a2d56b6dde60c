// Builds the command line (issue 12, start-up). Run by `npm install` (prepare), `npm test` and `npm run build:cli`.
//  1. tsc compiles the command line and the engine it runs to plain JavaScript in dist-cli/ (tsconfig.cli.json): no
//     compiler at run time. The compare command's worker threads run these files.
//  2. webpack bundles them into one file, dist-cli/cli/resource-review.js (webpack.cli.config.js), which the bin runs.
//  3. The bin runs the bundle once on the bundled case study and a CSV school, then writes V8's code cache of
//     everything that run compiled to dist-cli/cli/resource-review.cache; later runs start from it
//     (bin/resource-review.js checks it was made for this Node and this bundle).
// dist-cli/ is emptied first: a module deleted or renamed in src/ must not live on in the compiled copy, nor a
// cache outlive its bundle.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');

/** An install without dev dependencies should still finish; the command then says to run `npm run build:cli`. */
function missing(tool) {
  console.error(`build-cli: ${tool} is not installed (an install without dev dependencies?), so dist-cli/ is not built.`);
  process.exit(process.env.npm_lifecycle_event === 'prepare' ? 0 : 1);
}

function fail(message) {
  console.error(`build-cli: ${message}`);
  process.exit(1);
}

let tsc;
let webpack;
try {
  tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
} catch {
  missing('typescript');
}
try {
  webpack = require(require.resolve('webpack', { paths: [root] }));
} catch {
  missing('webpack');
}

fs.rmSync(path.join(root, 'dist-cli'), { recursive: true, force: true });
const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.cli.json')], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

const config = require(path.join(root, 'webpack.cli.config.js'));
webpack(config(), (err, stats) => {
  if (err) fail(`webpack failed: ${err.stack || err}`);
  if (stats.hasErrors() || stats.hasWarnings()) {
    // A warning too: a require webpack could not follow would leave the bundle failing at run time, not here.
    console.error(stats.toString({ all: false, errors: true, warnings: true }));
    fail('webpack could not bundle the command line cleanly (above).');
  }
  writeCodeCache(config.BUNDLE_FILE);
});

/**
 * One run of the bin, in the mode only this build sets, over an .xlsx and a CSV school (both readers, the analyses,
 * the JSON writer); the bin then saves what V8 compiled. Its output goes nowhere: the run is only for the cache.
 */
function writeCodeCache(bundle) {
  const cache = bundle.replace(/\.js$/, '.cache');
  const inputs = ['assets/case-studies/high-school.xlsx', 'assets/district/ironwood-high'].map((p) => path.join(root, p));
  const run = spawnSync(process.execPath, [path.join(root, 'bin/resource-review.js'), ...inputs, '--json', '--quiet'], {
    cwd: root,
    env: { ...process.env, RESOURCE_REVIEW_BUILD_WRITES_CODE_CACHE: cache },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) fail(`the bundled command line failed its first run (exit ${run.status}), so no code cache was written.`);
  // Without zlib.crc32 (Node before 20.15) the bin could not check a cache, so it writes none and runs without.
  if (require('zlib').crc32 && !fs.existsSync(cache)) fail(`the first run of the bundled command line wrote no code cache (${cache}).`);
}
