// The pane's first load (the scripts taskpane.html names) must stay under 300 KB gzipped; later steps are split off.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = path.resolve(__dirname, '../../dist');
const LIMIT_BYTES = 300 * 1024;

function initialScripts(): string[] {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

describe('task pane bundle', () => {
  it('loads under 300 KB of gzipped JavaScript at first, with settings, results, What if, case studies and the More menu of the tabs loaded later', () => {
    if (!existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/ is missing: run `npm run build:test` first.');
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(path.join(DIST, src))).length, 0);
    expect(gzipped).toBeLessThan(LIMIT_BYTES);
    expect(scripts.some((src) => /settings|results|what-if|case-studies|more-tabs/.test(src))).toBe(false);
  });
});
