// The pane's first screen, as issue 12 counts it: the scripts taskpane.html names, plus the review worker's first
// chunk, which the pane fetches as soon as it has read the workbook (it detects the tables at once). The rest of
// the engine (analyses, flags, report) is a chunk of its own, fetched when the principal runs a review; settings,
// results, case studies and the More menu of the tabs load later too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = path.resolve(__dirname, '../../dist');
/**
 * The budget for the whole first screen, worker included. Issue 12's goal is 200 KB; with the worker's detection
 * chunk this is 221,136 bytes (2026-11-30): 199,560 of React, Fluent and the pane, 21,576 of detection. It was
 * 262,168 when the worker held the whole engine, which this budget would have refused.
 */
const LIMIT_BYTES = 240 * 1024;

function initialScripts(): string[] {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

function chunk(name: string): string {
  const files = readdirSync(DIST).filter((f) => f.startsWith(`${name}.`) && f.endsWith('.js'));
  if (files.length !== 1) throw new Error(`dist/ should hold one ${name} chunk, not ${files.length}: run \`npm run build:test\` again.`);
  return files[0];
}

const gzipped = (file: string) => gzipSync(readFileSync(path.join(DIST, file))).length;

describe('task pane bundle', () => {
  it('fetches under 240 KB of gzipped JavaScript for its first screen, review worker included, with the rest loaded later', () => {
    if (!existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/ is missing: run `npm run build:test` first.');
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const firstScreen = [...scripts, chunk('review-worker')];
    expect(firstScreen.reduce((sum, file) => sum + gzipped(file), 0)).toBeLessThan(LIMIT_BYTES);
    expect(firstScreen.some((src) => /settings|results|case-studies|more-tabs|review-engine/.test(src))).toBe(false);
  });

  it('keeps the analyses and the report out of the worker until a review is run', () => {
    if (!existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/ is missing: run `npm run build:test` first.');
    const worker = readFileSync(path.join(DIST, chunk('review-worker')), 'utf8');
    const engine = readFileSync(path.join(DIST, chunk('review-engine')), 'utf8');
    // Sheet names only the report gives (report/scheduleSheets.ts) are in the engine chunk, not the worker's.
    for (const text of ['Teacher Load', 'Time by Subject']) {
      expect({ text, inWorker: worker.includes(text), inEngine: engine.includes(text) }).toEqual({ text, inWorker: false, inEngine: true });
    }
  });
});
