// The dev server is https on port 3000 with the Office development certificates, and only `webpack serve`
// asks for them.
import * as path from 'node:path';

const getHttpsServerOptions = jest.fn(async () => ({ key: 'dev-key', cert: 'dev-cert', ca: 'dev-ca' }));
jest.mock('office-addin-dev-certs', () => ({ getHttpsServerOptions }));

type Factory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<{
  devServer?: { port: number; server: { type: string; options: unknown } };
  entry: Record<string, string>;
  output: { filename: string };
}>;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS, as webpack-cli loads it
const factory = require(path.resolve(__dirname, '../../webpack.config.js')) as Factory;

describe('webpack.config.js', () => {
  beforeEach(() => getHttpsServerOptions.mockClear());

  it('serves https on port 3000 with the development certificates under `webpack serve`', async () => {
    const config = await factory({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(config.devServer).toMatchObject({ port: 3000, server: { type: 'https', options: { key: 'dev-key', cert: 'dev-cert' } } });
    expect(getHttpsServerOptions).toHaveBeenCalledTimes(1);
  });

  it('builds without certificates, with the task pane and ribbon entries and hashed names in production', async () => {
    const config = await factory({}, { mode: 'production' });
    expect(config.devServer).toBeUndefined();
    expect(getHttpsServerOptions).not.toHaveBeenCalled();
    expect(config.entry).toEqual({ taskpane: './src/addin/taskpane/index.tsx', commands: './src/addin/commands/commands.ts' });
    expect(config.output.filename).toBe('[name].[contenthash:8].js');
  });
});
