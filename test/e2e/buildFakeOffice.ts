import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import webpack from 'webpack';

/** Bundles fakeOfficeEntry.ts for the browser with webpack's Node API; returns the script's text. */
export async function buildFakeOfficeBundle(projectRoot: string): Promise<string> {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'srr-fake-office-'));
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    context: projectRoot,
    entry: path.join(projectRoot, 'test/e2e/fakeOfficeEntry.ts'),
    target: 'web',
    output: { path: outDir, filename: 'fake-office.js', iife: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'swc-loader', options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' } } },
        },
      ],
    },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => (error || !result ? reject(error ?? new Error('webpack gave no result')) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(`The Excel fake bundle did not build:\n${stats.toString('errors-only')}`);
  const script = await fs.readFile(path.join(outDir, 'fake-office.js'), 'utf8');
  await fs.rm(outDir, { recursive: true, force: true });
  return script;
}
