// The manifest passes the offline check, the check catches what the schema forbids, and a production build for a
// real host has every URL and icon the manifest names (and needs no development certificates).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';
import { checkManifest } from '../../scripts/check-manifest';

jest.mock('office-addin-dev-certs', () => {
  throw new Error('a production build must not load the development certificates');
});

// A full production build runs inside this file; on a busy two-core machine it can take a minute or more.
jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const PUBLIC_URL = 'https://schools.example.org/resource-review/';

type WebpackConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<webpack.Configuration>;

async function productionBuild(outDir: string): Promise<webpack.Stats> {
  const saved = process.env.ADDIN_PUBLIC_URL;
  process.env.ADDIN_PUBLIC_URL = PUBLIC_URL;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS, as webpack-cli loads it
    const factory = require(path.join(ROOT, 'webpack.config.js')) as WebpackConfigFactory;
    const config = await factory({}, { mode: 'production' });
    const compiler = webpack({ ...config, context: ROOT, output: { ...config.output, path: outDir } });
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((error, result) => (error || !result ? reject(error ?? new Error('no stats')) : resolve(result))),
    );
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
    return stats;
  } finally {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  }
}

describe('manifest.xml', () => {
  it('passes the offline check and asks for ExcelApi 1.7 and ReadWriteDocument', () => {
    expect(checkManifest(MANIFEST, { excelApi: '1.7' })).toEqual([]);
    expect(MANIFEST).toContain('<Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(MANIFEST).toContain('<Permissions>ReadWriteDocument</Permissions>');
  });

  it.each([
    ['an unclosed element', MANIFEST.replace('</ProviderName>', ''), /<ProviderName> is never closed|closes <ProviderName>/],
    ['elements out of schema order', MANIFEST.replace(/(\s*<Permissions>.*<\/Permissions>)/, '').replace('<DefaultSettings>', '<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>'), /<DefaultSettings> is out of the schema's order/],
    ['an Id that is not a GUID', MANIFEST.replace(/<Id>[^<]*<\/Id>/, '<Id>school-review</Id>'), /is not a GUID/],
    ['a read-only permission', MANIFEST.replace('ReadWriteDocument', 'ReadDocument'), /must be ReadWriteDocument/],
    ['a resid with no resource', MANIFEST.replace('resid="Commands.Url"', 'resid="Command.Url"'), /resid="Command.Url"> names a resource that is not defined/],
    ['a plain http address', MANIFEST.replace('https://localhost:3000/help.html', 'http://localhost:3000/help.html'), /SupportUrl "http:\/\/localhost:3000\/help.html" is not an https:\/\/ address/],
    ['a short string over 125 characters', MANIFEST.replace('DefaultValue="School Review"', `DefaultValue="${'x'.repeat(126)}"`), /Short string "Group.Label" is longer than 125/],
    ['an icon size missing', MANIFEST.replace('<bt:Image size="80" resid="Icon.80x80"/>', ''), /lacks its 80px image/],
    ['a lower ExcelApi than the bridge needs', MANIFEST.replace('MinVersion="1.7"', 'MinVersion="1.4"'), /asks for ExcelApi 1.4; the bridge needs exactly 1.7/],
  ])('catches %s', (_what, xml, message) => {
    expect(checkManifest(xml, { excelApi: '1.7' }).join('\n')).toMatch(message);
  });

  it('a production build for a real host has every file the manifest names, without development certificates', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'srr-build-'));
    try {
      const stats = await productionBuild(outDir);
      expect(stats.hasErrors() ? stats.toString('errors-only') : '').toBe('');
      const built = readFileSync(path.join(outDir, 'manifest.xml'), 'utf8');
      expect(built).not.toContain('localhost');
      expect(built).toContain(`<SourceLocation DefaultValue="${PUBLIC_URL}taskpane.html"/>`);
      expect(checkManifest(built, { distDir: outDir, excelApi: '1.7' })).toEqual([]);
      // A file missing from the build is caught.
      rmSync(path.join(outDir, 'assets/icons/icon-80.png'));
      expect(checkManifest(built, { distDir: outDir })).toContain(
        `image Icon.80x80 "${PUBLIC_URL}assets/icons/icon-80.png" has no file in the build (${path.relative(process.cwd(), path.join(outDir, 'assets/icons/icon-80.png'))}).`,
      );

      const files = readdirSync(outDir);
      expect(files.some((f) => /^review-worker\.[0-9a-f]{8}\.chunk\.js$/.test(f))).toBe(true);
      const page = readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
      // The first load is the scripts the page names; office.js comes from the CDN, before them, and is not bundled.
      const scripts = [...page.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)"?/g)].map((m) => m[1]);
      expect(scripts[0]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      const firstLoad = scripts.slice(1);
      expect(firstLoad.some((src) => /^taskpane\.[0-9a-f]{8}\.js$/.test(src))).toBe(true);
      const gzipped = firstLoad.reduce((sum, src) => sum + gzipSync(readFileSync(path.join(outDir, src))).length, 0);
      expect(gzipped).toBeLessThan(400_000);
      const bundled = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(outDir, f), 'utf8'));
      expect(bundled.some((code) => code.includes('appsforoffice.microsoft.com/lib/1/hosted/office'))).toBe(false);
      expect(existsSync(path.join(outDir, 'help.html'))).toBe(true);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('refuses a production address that is not https', async () => {
    const saved = process.env.ADDIN_PUBLIC_URL;
    process.env.ADDIN_PUBLIC_URL = 'http://schools.example.org/';
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS, as webpack-cli loads it
      const factory = require(path.join(ROOT, 'webpack.config.js')) as WebpackConfigFactory;
      await expect(factory({}, { mode: 'production' })).rejects.toThrow('ADDIN_PUBLIC_URL must be an https:// address');
    } finally {
      if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = saved;
    }
  });
});
