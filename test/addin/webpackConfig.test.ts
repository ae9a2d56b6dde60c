// The dev server is https on port 3000 with the Office development certificates, and only `webpack serve`
// asks for them.
import * as path from 'node:path';

const getHttpsServerOptions = jest.fn(async () => ({ key: 'dev-key', cert: 'dev-cert', ca: 'dev-ca' }));
jest.mock('office-addin-dev-certs', () => ({ getHttpsServerOptions }));

interface CopyPattern {
  to: string;
  transform?: (content: Buffer) => string | Buffer;
}
type Factory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<{
  devServer?: { port: number; server: { type: string; options: unknown } };
  entry: Record<string, string>;
  output: { filename: string };
  plugins: { patterns?: CopyPattern[] }[];
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

  describe('the deployment build (npm run build, --env deploy)', () => {
    const saved = process.env.ADDIN_PUBLIC_URL;
    afterEach(() => {
      if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = saved;
    });

    function manifestTransform(config: Awaited<ReturnType<Factory>>): (content: Buffer) => string | Buffer {
      const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.to === 'manifest.xml');
      if (!pattern?.transform) throw new Error('no manifest.xml copy pattern with a transform');
      return pattern.transform;
    }

    it('refuses to finish without ADDIN_PUBLIC_URL, saying how to set it', async () => {
      delete process.env.ADDIN_PUBLIC_URL;
      await expect(factory({ deploy: true }, { mode: 'production' })).rejects.toThrow(
        /ADDIN_PUBLIC_URL is not set\. .*ADDIN_PUBLIC_URL=https:\/\/your-host\/resource-review\/ npm run build/,
      );
    });

    it('refuses an address that is not https', async () => {
      process.env.ADDIN_PUBLIC_URL = 'http://schools.example.org/rr/';
      await expect(factory({ deploy: true }, { mode: 'production' })).rejects.toThrow(/must be an https:\/\/ address/);
    });

    it('rewrites every localhost URL of the manifest to the deployment host', async () => {
      process.env.ADDIN_PUBLIC_URL = 'https://schools.example.org/rr';
      const transform = manifestTransform(await factory({ deploy: true }, { mode: 'production' }));
      const out = String(transform(Buffer.from('<a>https://localhost:3000/taskpane.html</a><b>https://localhost:3000/help.html</b>')));
      expect(out).toBe('<a>https://schools.example.org/rr/taskpane.html</a><b>https://schools.example.org/rr/help.html</b>');
    });

    it('the test build (npm run build:test) keeps localhost', async () => {
      delete process.env.ADDIN_PUBLIC_URL;
      const transform = manifestTransform(await factory({}, { mode: 'production' }));
      expect(String(transform(Buffer.from('https://localhost:3000/taskpane.html')))).toBe('https://localhost:3000/taskpane.html');
    });
  });
});
