// Engine benchmark (npm run bench): generates synthetic schools and times review() on them, each case in a fresh
// Node process so peak memory belongs to that case alone. Not a test: it reports, it does not assert.
// Then the whole command line beside DuckDB and ExcelJS (scripts/bench-whole.ts), when ../shared/perf is there.
// Usage: npm run bench [-- --write docs/benchmarks.md] [-- --engine | --whole [--only district|xlsx|startup|scaling|officejs] [--runs N]]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { review } from '../src/engine/review';
import type { WorkbookGrids } from '../src/engine/types';
import { DISTRICT, generateSchool, LARGE_HIGH_SCHOOL, type SchoolShape } from '../src/testing/generateSchool';

interface BenchCase {
  name: string;
  shape: SchoolShape;
  runs: number;
  /** Untimed runs first: V8 needs several passes over a small school before its optimised code settles. */
  warmups: number;
  target?: string;
  /** Whether the figures meet the target (wall-clock median and peak RSS). */
  meets?: (f: CaseFigures) => boolean;
}

const CASES: BenchCase[] = [
  {
    name: 'High school, half size',
    shape: { ...LARGE_HIGH_SCHOOL, teachersPerSchool: 75, sectionsPerSchool: 500, studentsPerSchool: 1500 },
    runs: 31,
    warmups: 10,
  },
  { name: 'High school', shape: LARGE_HIGH_SCHOOL, runs: 31, warmups: 10, target: '< 100 ms', meets: (f) => f.medianMs < 100 },
  { name: 'District, half size', shape: { ...DISTRICT, schools: 500 }, runs: 7, warmups: 1 },
  {
    name: 'District',
    shape: DISTRICT,
    runs: 7,
    warmups: 1,
    target: '< 3 s, < 1 GiB',
    meets: (f) => f.medianMs < 3000 && f.peakRssMb < 1024,
  },
];

interface CaseFigures {
  name: string;
  sections: number;
  rows: number;
  medianMs: number;
  minMs: number;
  /** The first run in the fresh process, before any warm-up: what a one-off command-line review pays. */
  coldMs: number;
  medianCpuMs: number;
  runsMs: number[];
  baselineRssMb: number;
  peakRssMb: number;
  peakHeapUsedMb: number;
  microsecondsPerRow: number;
}

const MB = 1024 * 1024;

function runCase(benchCase: BenchCase): CaseFigures {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const grids = generateSchool(benchCase.shape);
  const rows = grids.sheets.reduce((sum, s) => sum + s.rows.length, 0);
  gc();
  const baselineRss = process.memoryUsage().rss;
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  let peakHeapUsed = 0;
  let sections = 0;
  let coldMs = 0;
  for (let i = 0; i < benchCase.runs + benchCase.warmups; i++) {
    const run = timeOneReview(grids);
    peakHeapUsed = Math.max(peakHeapUsed, run.heapUsed);
    sections = run.sections;
    if (i === 0) coldMs = run.elapsedMs;
    if (i >= benchCase.warmups) {
      runsMs.push(run.elapsedMs);
      cpuMs.push(run.cpuMs);
    }
    // The review's output is out of reach here, so each run starts from the same clean heap (the district's
    // result and report are ~150 MB; held through this collection, they made the next run pay to collect them).
    gc();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const medianMs = median(runsMs);
  return {
    name: benchCase.name,
    sections,
    rows,
    medianMs,
    minMs: Math.min(...runsMs),
    coldMs,
    medianCpuMs: median(cpuMs),
    runsMs,
    baselineRssMb: baselineRss / MB,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
    peakHeapUsedMb: peakHeapUsed / MB,
    microsecondsPerRow: (medianMs * 1000) / rows,
  };
}

function timeOneReview(grids: WorkbookGrids): { elapsedMs: number; cpuMs: number; heapUsed: number; sections: number } {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const { result } = review({ workbook: grids });
  const elapsedMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return {
    elapsedMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapUsed: process.memoryUsage().heapUsed,
    sections: result.keyFigures.sections ?? 0, // the bench workbooks all have a schedule
  };
}

function table(figures: CaseFigures[]): string {
  const lines = [
    '| case | sections | grid rows | timed runs | engine time (median) | fastest run | first run (cold) | CPU time (median) | µs per row | peak RSS | peak heap used | target |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...figures.map((f) => {
      const benchCase = CASES.find((c) => c.name === f.name);
      const verdict = benchCase?.meets ? (benchCase.meets(f) ? ' (met)' : ' (**not met**)') : '';
      const target = `${benchCase?.target ?? ''}${verdict}`;
      return `| ${f.name} | ${f.sections.toLocaleString('en-US')} | ${f.rows.toLocaleString('en-US')} | ${f.runsMs.length} | ${f.medianMs.toFixed(0)} ms | ${f.minMs.toFixed(0)} ms | ${f.coldMs.toFixed(0)} ms | ${f.medianCpuMs.toFixed(0)} ms | ${f.microsecondsPerRow.toFixed(2)} | ${f.peakRssMb.toFixed(0)} MB | ${f.peakHeapUsedMb.toFixed(0)} MB | ${target} |`;
    }),
  ];
  return lines.join('\n');
}

function parent(writeTo: string | undefined): void {
  const loadBefore = os.loadavg()[0];
  const figures: CaseFigures[] = [];
  for (const [index, benchCase] of CASES.entries()) {
    process.stderr.write(`${benchCase.name}: ${benchCase.warmups} warm-up and ${benchCase.runs} timed runs…\n`);
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', path.join(__dirname, 'run-ts.js'), path.join(__dirname, 'bench.ts'), '--case', String(index)],
      { encoding: 'utf8', maxBuffer: 16 * MB },
    );
    figures.push(JSON.parse(out) as CaseFigures);
  }
  const growth = (small: CaseFigures, large: CaseFigures) =>
    `${(large.rows / small.rows).toFixed(2)}× the rows took ${(large.medianMs / small.medianMs).toFixed(2)}× the time`;
  const markdown = [
    table(figures),
    '',
    `Growth: high school ${growth(figures[0], figures[1])}; district ${growth(figures[2], figures[3])}.`,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores, ` +
      `load average ${loadBefore.toFixed(1)} before and ${os.loadavg()[0].toFixed(1)} after), ` +
      `Node ${process.version}. Engine time is review() alone (detect, parse, analyse, flags, report description) on ` +
      'grids already in memory: the median and the fastest of the timed runs, after untimed warm-up runs (10 for the ' +
      'high schools, whose runs are short enough that V8 is still optimising after the first few; 1 for the districts). ' +
      'The first run is the cold figure a one-off command-line review pays, compilation included. Peak RSS is the process maximum ' +
      '(including the generated grids); peak heap used is sampled right after each run. CPU time is the process\'s ' +
      'user + system time during the run (garbage-collector threads included); on a shared machine it is the ' +
      'steadier figure, while wall-clock time grows with the load of other processes.',
  ].join('\n');
  process.stdout.write(`${markdown}\n`);
  if (writeTo) {
    // Hand-written sections (a "## " heading onwards, such as what changed and why) survive a re-run.
    const previous = existsSync(writeTo) ? readFileSync(writeTo, 'utf8') : '';
    const notesAt = previous.search(/^## /m);
    const notes = notesAt >= 0 ? `\n${previous.slice(notesAt)}` : '';
    writeFileSync(
      writeTo,
      `# Benchmarks\n\nGenerated by \`npm run bench\` (scripts/bench.ts, synthetic fictional schools from src/testing/generateSchool.ts).\n\n${markdown}\n${notes}`,
    );
    process.stderr.write(`Wrote ${writeTo}\n`);
  }
}

const args = process.argv.slice(2);
const caseIndex = args.indexOf('--case');
if (caseIndex >= 0) {
  process.stdout.write(JSON.stringify(runCase(CASES[Number(args[caseIndex + 1])])));
} else {
  const writeIndex = args.indexOf('--write');
  if (!args.includes('--whole')) parent(writeIndex >= 0 ? path.resolve(args[writeIndex + 1]) : undefined);
  if (!args.includes('--engine')) {
    // Imported only here, so the engine cases' child processes load nothing of them.
    (async () => {
      await (await import('./bench-whole')).benchWhole(args);
      if (args.includes('--only') && args[args.indexOf('--only') + 1] !== 'officejs') return;
      process.stderr.write('office-js: reading and writing a 150,000-section school through the strict fake…\n');
      process.stdout.write(`\n${await (await import('./bench-officejs')).benchOfficeJs()}\n`);
    })().catch((err) => {
      console.error(err);
      process.exitCode = 1;
    });
  }
}
