// Builds the add-in: the task pane (React), the ribbon's function file, the engine as a Web Worker chunk, and
// copies icons, case studies and the manifest. `webpack serve` runs https://localhost:3000 with the Office
// dev certificates. `npm run build` (`--env deploy`) is the build a school deploys: it needs no certificates,
// rewrites the manifest's localhost URLs to ADDIN_PUBLIC_URL (the static HTTPS host the add-in is served from)
// and refuses to finish without it, so no deployed manifest quietly points at localhost. `npm run build:test`
// is the same production build for the tests and local sideloading, which keeps localhost.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

/** A mistake in how the build was called: webpack-cli prints an error's stack, and a trace says nothing useful here. */
function configError(message) {
  const error = new Error(message);
  error.stack = message;
  return error;
}

function publicUrl(deploy) {
  if (deploy && !process.env.ADDIN_PUBLIC_URL) {
    throw configError(
      'ADDIN_PUBLIC_URL is not set. A deployment build writes it into dist/manifest.xml, so Excel loads the add-in from ' +
        'your host: ADDIN_PUBLIC_URL=https://your-host/resource-review/ npm run build. ' +
        '(npm run build:test makes the same build pointing at https://localhost:3000/ for tests and sideloading.)',
    );
  }
  const url = process.env.ADDIN_PUBLIC_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) throw configError(`ADDIN_PUBLIC_URL must be an https:// address (Office loads add-ins over HTTPS only); got ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

async function httpsOptions() {
  // Required lazily: a production build must not need the dev certificates or their package.
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const url = publicUrl(Boolean(env && env.deploy));

  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/addin/taskpane/index.tsx',
      commands: './src/addin/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: dev } },
                target: 'es2020',
              },
            },
          },
        },
        // The engine and the bridge run nothing when imported (the CLI's tests rely on that too), so webpack may drop
        // a module whose exports a chunk does not use: the pane needs one constant of the rules sheet's module (its
        // name), not the default rules behind it (issue 12: the first screen's size).
        { test: /[\\/]src[\\/](engine|addin[\\/]bridge)[\\/]/, sideEffects: false },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/addin/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/addin/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icons', to: 'assets/icons' },
          { from: 'assets/case-studies/*.xlsx', to: 'assets/case-studies/[name][ext]', noErrorOnMissing: true },
          { from: 'src/addin/help/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().replace(new RegExp(DEV_URL.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'g'), url)),
          },
        ],
      }),
    ],
    optimization: {
      // React and Fluent UI change less often than our code: a separate vendor chunk stays cached.
      // The steps fetched later share Fluent parts the first screen does not load (MessageBar, ProgressBar): one
      // chunk for those, instead of a copy in each step's chunk (issue 12).
      splitChunks: {
        chunks: (chunk) => chunk.name === 'taskpane',
        cacheGroups: {
          vendor: { test: /[\\/]node_modules[\\/]/, name: 'vendor', priority: -10 },
          laterVendor: { test: /[\\/]node_modules[\\/]/, chunks: 'async', minChunks: 2, name: 'vendor-later', priority: -20 },
        },
      },
    },
    performance: { hints: false },
    devServer: serving
      ? {
          port: DEV_PORT,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          static: { directory: path.resolve(__dirname, 'dist') },
          hot: false,
        }
      : undefined,
  };
};
