// office-js figures for a large workbook (part of `npm run bench`): the add-in's bridge reads a 150,000-section
// school and writes its review through the strict fake (src/addin/fake: payloads measured, 5 MB per sync enforced,
// as Excel on the web). Not a test: it reports, it does not assert (the tests keep the behaviour).
//
// "Blocking" is the pane's own synchronous work: context.sync() is asynchronous in Excel, so the pane can repaint
// while Excel works; what holds the pane is the JavaScript it runs between one sync's answer and the next sync's
// request (building a block's values, reading the answer into grids). That is the gap measured here, from the end
// of one sync (the fake records it) to the start of the next (its beforeSync hook). The fake's own time to apply a
// sync stands in for Excel's and is reported apart; the engine runs in the Web Worker and is not counted.
// Usage: node scripts/run-ts.js scripts/bench-officejs.ts [SECTIONS]
import { createOfficeBridge } from '../src/addin/bridge/officeBridge';
import { createFakeExcel, createFakeOffice, EXCEL_WEB_PAYLOAD_LIMIT, type FakeWorkbook } from '../src/addin/fake';
import { review } from '../src/engine';
import { fakeFromSheets, schoolSheets } from '../test/support/schoolWorkbook';

interface PhaseFigures {
  syncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  /** Longest stretch of the pane's own JavaScript between two syncs. */
  longestPaneMs: number;
  /** Longest time the fake took to apply one sync (Excel's side). */
  longestHostMs: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
}

/** Times each sync of the fake: its start (beforeSync) and its end (the sync record the fake pushes). */
function timeSyncs(fake: FakeWorkbook): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  fake.beforeSync = () => starts.push(performance.now());
  const push = fake.syncs.push.bind(fake.syncs);
  fake.syncs.push = (...records) => {
    ends.push(performance.now());
    return push(...records);
  };
  return { starts, ends };
}

function phase(fake: FakeWorkbook, times: { starts: number[]; ends: number[] }, from: number, to: number): PhaseFigures {
  const syncs = fake.syncs.slice(from, to);
  let longestPaneMs = 0;
  let longestHostMs = 0;
  for (let i = from; i < to; i++) {
    longestHostMs = Math.max(longestHostMs, times.ends[i] - times.starts[i]);
    if (i > from) longestPaneMs = Math.max(longestPaneMs, times.starts[i] - times.ends[i - 1]);
  }
  return {
    syncs: syncs.length,
    largestRequestBytes: Math.max(...syncs.map((s) => s.requestBytes)),
    largestResponseBytes: Math.max(...syncs.map((s) => s.responseBytes)),
    longestPaneMs,
    longestHostMs,
    totalRequestBytes: syncs.reduce((sum, s) => sum + s.requestBytes, 0),
    totalResponseBytes: syncs.reduce((sum, s) => sum + s.responseBytes, 0),
  };
}

export async function benchOfficeJs(sections = 150_000): Promise<string> {
  const fake = fakeFromSheets(schoolSheets(sections));
  const times = timeSyncs(fake);
  const bridge = createOfficeBridge({ excel: createFakeExcel(fake) as never, office: createFakeOffice(fake) as never });
  const { grids } = await bridge.readWorkbook();
  const afterRead = fake.syncs.length;
  const notes = await bridge.readNotes();
  const afterNotes = fake.syncs.length;
  const { report } = review({ workbook: grids, notes });
  const resultRows = report.sheets.reduce((sum, s) => sum + s.table.rows.length + (s.moreTables ?? []).reduce((n, m) => n + m.table.rows.length, 0), 0);
  await bridge.writeReport(report);
  const read = phase(fake, times, 0, afterRead);
  const notesPhase = phase(fake, times, afterRead, afterNotes);
  const write = phase(fake, times, afterNotes, fake.syncs.length);
  const mb = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(2)} MiB`);
  const row = (name: string, p: PhaseFigures) =>
    `| ${name} | ${p.syncs} | ${mb(p.largestRequestBytes)} | ${mb(p.largestResponseBytes)} | ${mb(p.totalRequestBytes + p.totalResponseBytes)} | ${p.longestPaneMs.toFixed(0)} ms | ${p.longestHostMs.toFixed(0)} ms |`;
  return [
    `| ${sections.toLocaleString('en-US')} sections | syncs | largest request | largest response | all payloads | longest pane work between syncs | longest sync applied by the fake |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    row('read the workbook', read),
    row("read the team's notes", notesPhase),
    row(`write the review (${resultRows.toLocaleString('en-US')} result rows)`, write),
    '',
    `Limit per request and per response: ${mb(EXCEL_WEB_PAYLOAD_LIMIT)} (Excel on the web). Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}.`,
  ].join('\n');
}

// Run directly (scripts/run-ts.js puts the script's path in argv[1]); bench.ts imports it instead.
if (process.argv[1] === __filename) {
  benchOfficeJs(process.argv[2] ? Number(process.argv[2]) : undefined).then(
    (markdown) => process.stdout.write(`${markdown}\n`),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
