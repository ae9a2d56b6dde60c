#!/usr/bin/env node
// Runs the command line from its one bundled file (dist-cli/cli/resource-review.js, built by `npm install` or `npm run
// build:cli`: webpack.cli.config.js), with V8's code cache of it when the build left one that fits: no compiler, one
// file to open, and the functions a review runs already compiled (issue 12).
const fs = require('fs');
const path = require('path');

const bundle = path.join(__dirname, '../dist-cli/cli/resource-review.js');
/** Written by the build only (scripts/build-cli.js), next to the bundle; never written by a user's run. */
const cacheFile = bundle.replace(/\.js$/, '.cache');
/** Set by scripts/build-cli.js alone: after this run, write the code cache of what it compiled to this file. */
const WRITE_CACHE = 'RESOURCE_REVIEW_BUILD_WRITES_CODE_CACHE';

let source;
let stat;
try {
  // Its size and time before its text: a rebuild landing between the two then makes the cache's key miss (the bundle
  // runs without the cache) rather than pair the new cache with the old text.
  stat = fs.statSync(bundle);
  const bytes = fs.readFileSync(bundle);
  // The build writes the bundle in plain ASCII (webpack.cli.config.js): read as such, it needs no UTF-8 decoding.
  source = require('buffer').isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
} catch {
  console.error(`resource-review: the compiled command line (${path.relative(process.cwd(), bundle)}) is missing; run \`npm run build:cli\` first.`);
  process.exitCode = 1;
}
if (source !== undefined) run();

function run() {
  const vm = require('vm');
  const Module = require('module');
  const cacheOut = process.env[WRITE_CACHE];
  const cachedData = cacheOut ? undefined : readCache();
  // Module.wrap: the bundle sees the arguments a CommonJS module does, and its line numbers stay the file's own.
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  /** Whether this start-up used the build's code cache (the tests read it): 'used', 'rejected' by V8, or 'none'. */
  exports.codeCache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  // The bundle is a module of its own (its require resolves from its folder, its __dirname is dist-cli/cli), entered
  // in require.cache as Node would enter it, so nothing loads a second copy of it.
  const bundleModule = new Module(bundle, module);
  bundleModule.filename = bundle;
  require.cache[bundle] = bundleModule;
  script
    .runInThisContext()
    .call(bundleModule.exports, bundleModule.exports, Module.createRequire(bundle), bundleModule, bundle, path.dirname(bundle));
  bundleModule.loaded = true;

  // exitCode, not process.exit(): exiting at once would cut off --json output still queued for a pipe.
  bundleModule.exports.main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
      if (cacheOut) writeCache(script, cacheOut);
    },
    (err) => {
      console.error(`resource-review: ${err && err.message ? err.message : err}`);
      process.exitCode = 1;
    },
  );
}

/**
 * What the cache was made for, at the start of its first line: this Node (V8 checks its own version and flags, but a
 * Node patch release may keep V8's version and still crash on an older release's cache: nodejs/node#62781) and this
 * very bundle (V8 matches a cache to its source by length alone, so an edit of the same length would run stale code).
 * The line ends with the CRC-32 of the cache: V8 checks a cache's header and length, not its contents, and crashes
 * (a fatal error, not an exception) on a cache damaged inside.
 */
function cacheKey() {
  return `resource-review code cache, node ${process.version} ${process.arch}, bundle ${stat.size} bytes ${stat.mtimeMs}, crc32 `;
}

/** For the build: the code V8 compiled for this run (the functions it ran, not only the top level), with its key. */
function writeCache(script, file) {
  const { crc32 } = require('zlib');
  if (!crc32) return; // Node before 20.15: no cache, since no later run could check it.
  const code = script.createCachedData();
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`${cacheKey()}${crc32(code)}\n`), code]));
}

/**
 * The code cache if the build left one for this Node and this bundle, whole; else none, and V8 compiles as it goes.
 * Without zlib.crc32 (Node before 20.15) the cache cannot be checked, so it is not used.
 */
function readCache() {
  let data;
  try {
    data = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const key = Buffer.from(cacheKey());
  if (!data.subarray(0, key.length).equals(key)) return undefined;
  const lineEnd = data.indexOf(10, key.length);
  const { crc32 } = require('zlib');
  if (lineEnd < 0 || !crc32) return undefined;
  const code = data.subarray(lineEnd + 1);
  return crc32(code) === Number(data.toString('latin1', key.length, lineEnd)) ? code : undefined;
}
