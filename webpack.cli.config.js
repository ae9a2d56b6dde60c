// Bundles the command line, as tsc compiled it into dist-cli/ (scripts/build-cli.js runs tsc first), into one file:
// dist-cli/cli/resource-review.js. Node then opens one file at start-up instead of resolving, reading and wrapping
// a hundred modules, and bin/resource-review.js can give V8 one code cache for all of it (issue 12).
//
// - Unminified, with named module ids ("./dist-cli/engine/reviewResult.js"), so a stack trace names a readable line
//   and the module it came from; no eval devtool, so nothing is compiled from a string at run time.
// - One chunk. The modules the command line `import()`s lazily (the run, the report builder, the .xlsx reader and
//   writer, the earlier-output reader, compare) are tsc's `require()` inside a promise: their factories in the bundle
//   run only when that line runs, so a --json or --help run still executes none of them (test/cli/startup.test.ts
//   counts them).
// - exceljs stays an external require (only src/files/writeGridsXlsx.ts names it, for the case-study generator).
// - The bundle sits in dist-cli/cli/, the folder tsc writes the cli modules to, and `__dirname`/`__filename` are
//   left as Node's (node: false below): so a path a cli module builds from its own folder means the same file from
//   the bundle as from the compiled module or the TypeScript source (inputs.ts's bundled case study at ../../assets,
//   compareWorker.ts's worker file beside it). Move the bundle and those paths break: test/cli/bundle.test.ts runs them.
const path = require('path');

const ROOT = __dirname;
const OUT = path.join(ROOT, 'dist-cli/cli');
/** bin/resource-review.js names the same file (it runs without webpack, so it does not read this config). */
const BUNDLE = 'resource-review.js';

/**
 * Adds to the bundle's exports `modulesRun()`: the ids of the bundled modules whose code has run in this process. The
 * start-up test reads it to show what a run executed (the bundle is one file, so Node's require.cache cannot say).
 * It reads webpack's own module cache, which holds a module from the moment its factory starts.
 */
const MODULES_RUN_FOOTER =
  '\n// Which bundled modules have run (test/cli/startup.test.ts): webpack enters a module in its cache as it starts it.\n' +
  'Object.defineProperty(module.exports, "modulesRun", { value: () => Object.keys(__webpack_module_cache__) });\n';

/**
 * The source with every character outside ASCII written as its \uXXXX escape (comments and all); U+2028 or U+2029
 * throws. An escape is the same character in a string, a template's text, a regular expression or an identifier; it
 * would differ only in a tagged template's raw text (String.raw: the command line has none) and after U+2028/2029 in
 * a comment, which end the line there, so those stop the build. A character after a backslash of its own ('\é', an
 * identity escape: the same é) loses that backslash, which would otherwise escape the new escape's backslash and leave
 * the text "\u00e9"; a backslash escaped itself ('\\é': a backslash, then é) is kept.
 */
function asciiOnly(text) {
  if (/[\u2028\u2029]/.test(text)) throw new Error('U+2028 or U+2029 in the source; write it as an escape');
  return text.replace(/(\\*)([^\0-\x7f])/g, (_, backslashes, c) => {
    const kept = backslashes.length % 2 === 1 ? backslashes.slice(1) : backslashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * Writes the bundle in plain ASCII (asciiOnly): the bin then reads it without decoding UTF-8 and V8 keeps it as a
 * one-byte string (half the memory, a faster scan).
 */
class AsciiOnlyPlugin {
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('AsciiOnlyPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'AsciiOnlyPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE }, (assets) => {
        for (const name of Object.keys(assets)) {
          let ascii;
          try {
            ascii = asciiOnly(assets[name].source().toString());
          } catch (err) {
            compilation.errors.push(new WebpackError(`${name}: ${err.message}`));
            continue;
          }
          compilation.updateAsset(name, new sources.RawSource(ascii));
        }
      });
    });
  }
}

module.exports = () => {
  const { BannerPlugin } = require('webpack');
  return {
    name: 'cli',
    mode: 'none',
    target: 'node20',
    context: ROOT,
    entry: { [BUNDLE.replace(/\.js$/, '')]: './dist-cli/cli/main.js' },
    output: {
      path: OUT,
      filename: '[name].js',
      library: { type: 'commonjs2' },
      // No wrapping arrow function: the footer above must see webpack's module cache at the bundle's top level.
      iife: false,
    },
    externals: { exceljs: 'commonjs exceljs' },
    node: { __dirname: false, __filename: false, global: false },
    devtool: false,
    optimization: { minimize: false, moduleIds: 'named', chunkIds: 'named', splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [new BannerPlugin({ banner: MODULES_RUN_FOOTER, raw: true, footer: true, entryOnly: true }), new AsciiOnlyPlugin()],
  };
};

module.exports.BUNDLE_FILE = path.join(OUT, BUNDLE);
/** For its test (test/cli/asciiOnly.test.ts). */
module.exports.asciiOnly = asciiOnly;
