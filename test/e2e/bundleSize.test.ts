// The pane's first screen, as issue 12 counts it: the scripts taskpane.html names, plus the review worker's first
// chunk, which the pane fetches as soon as it has read the workbook (it detects the tables at once). The rest of
// the engine (analyses, flags, report) is a chunk of its own, fetched when the principal runs a review; settings,
// run, results, What if (and the What If sheet's reading and writing), case studies, the More menu of the tabs, the
// notices' MessageBar, the list of matched columns (Fluent's Accordion), the bridge's writing code (and its
// requests after a run: removing results, going to a cell, opening a case study) and the page shown outside Excel
// load later too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = path.resolve(__dirname, '../../dist');
/**
 * The budget for the whole first screen, worker included: issue 12's 200 KB. Measured 192,380 bytes (2026-11-30,
 * second session): 163,009 of React and Fluent, 15,360 of the pane, 14,011 of detection; 199,817 before the list of
 * matched columns (Fluent's Accordion and its motion, 7,031 of vendor) and the bridge's requests after a run (316)
 * were fetched later, 198,872 earlier that day. It was 222,858 before the bridge's writing
 * code, the Run step, MessageBar and the page outside Excel were fetched later and the worker's first chunk lost the
 * settings' other checks and the default rules, and 262,168 when the worker held the whole engine.
 */
const LIMIT_BYTES = 200_000;

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
  it('fetches at most 200 KB of gzipped JavaScript for its first screen, review worker included, with the rest loaded later', () => {
    if (!existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/ is missing: run `npm run build:test` first.');
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const firstScreen = [...scripts, chunk('review-worker')];
    expect(firstScreen.reduce((sum, file) => sum + gzipped(file), 0)).toBeLessThanOrEqual(LIMIT_BYTES);
    expect(firstScreen.some((src) => /settings|results|what-if|case-studies|more-tabs|review-engine|run|notices|write-report|outside-office|vendor-later|found-columns/.test(src))).toBe(false);
  });

  it('keeps the analyses and the report out of the worker until a review is run', () => {
    if (!existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/ is missing: run `npm run build:test` first.');
    const worker = readFileSync(path.join(DIST, chunk('review-worker')), 'utf8');
    const engine = readFileSync(path.join(DIST, chunk('review-engine')), 'utf8');
    // Sheet names only the report gives (report/scheduleSheets.ts) are in the engine chunk, not the worker's.
    for (const text of ['Teacher Load', 'Time by Subject']) {
      expect({ text, inWorker: worker.includes(text), inEngine: engine.includes(text) }).toEqual({ text, inWorker: false, inEngine: true });
    }
    // Detection checks only the saved mapping: the other settings' checks and the default rules (a default budget
    // use, settings/validate.ts's message for an unknown field) wait for the review too.
    for (const text of ['Program management/compliance', 'is not a setting this review knows']) {
      expect({ text, inWorker: worker.includes(text), inEngine: engine.includes(text) }).toEqual({ text, inWorker: false, inEngine: true });
    }
  });
});
