// Whole-process benchmark (part of `npm run bench`): the command line beside its references in the same run, with
// ../shared/perf's tools (gen_schedule.py, duckdb_ref.mjs, exceljs_roundtrip.cjs, compare.sh: paired, alternating
// runs, medians, peak memory). Not a test: it reports, it does not assert. Without ../shared/perf it says so and
// measures nothing (a benchmark may skip for lack of its references; tests never do).
// Usage: node scripts/run-ts.js scripts/bench-whole.ts [--runs N] [--only district|xlsx|startup|scaling|officejs]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readCsvFiles } from '../src/files/readWorkbookFile';
import { writeGridsXlsx } from '../src/files/writeGridsXlsx';

const ROOT = path.join(__dirname, '..');
const PERF = path.resolve(ROOT, '../shared/perf');
/** Generated inputs and DuckDB's install live here between runs: they are deterministic, so a re-run reuses them. */
const WORK = path.join(os.tmpdir(), 'resource-review-bench');
const BIN = 'node bin/resource-review.js';

export interface Pair {
  measure: string;
  target: string;
  /** Whether the ratios meet the target. */
  meets: (p: PairFigures) => boolean;
  a: string;
  b: string;
  /** What B is, for the table. */
  reference: string;
  runs: number;
  /** Run once before the pair (not timed), e.g. to leave an earlier output in place for a re-run. */
  before?: string;
}

export interface PairFigures {
  aWall: number;
  aMib: number;
  bWall: number;
  bMib: number;
  wallRatio: number;
  memRatio: number;
}

/** compare.sh's three lines, read back into numbers. */
function parseCompare(out: string): PairFigures {
  const line = (who: string) => {
    const m = new RegExp(`${who} wall median ([\\d.]+) s .*peak (\\d+) MiB`).exec(out);
    if (!m) throw new Error(`compare.sh printed no figures for ${who}:\n${out}`);
    return [Number(m[1]), Number(m[2])];
  };
  const [aWall, aMib] = line('A');
  const [bWall, bMib] = line('B');
  return { aWall, aMib, bWall, bMib, wallRatio: aWall / bWall, memRatio: aMib / bMib };
}

function sh(command: string): string {
  return execFileSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

function district(schools: number, perSchool: number): string {
  const dir = path.join(WORK, `district-${schools}x${perSchool}`);
  if (!existsSync(path.join(dir, 'master_schedule.csv'))) {
    execFileSync('python3', [path.join(PERF, 'gen_schedule.py'), dir, String(schools), String(perSchool)], { stdio: 'inherit' });
  }
  return dir;
}

/** The district's two CSVs as one workbook (sheets master_schedule and bell_schedule), for the .xlsx path. */
async function districtXlsx(schools: number, perSchool: number): Promise<string> {
  const dir = district(schools, perSchool);
  const file = path.join(WORK, `district-${schools}x${perSchool}.xlsx`);
  if (!existsSync(file)) {
    const grids = await readCsvFiles([path.join(dir, 'master_schedule.csv'), path.join(dir, 'bell_schedule.csv')]);
    await writeGridsXlsx(grids, file);
  }
  return file;
}

/** DuckDB's Node package installs into a scratch folder (the project does not depend on it). */
function duckdb(): string {
  const dir = path.join(WORK, 'duck');
  if (!existsSync(path.join(dir, 'node_modules/@duckdb/node-api'))) {
    mkdirSync(dir, { recursive: true });
    sh(`cp '${PERF}/package.json' '${PERF}/duckdb_ref.mjs' '${dir}/' && cd '${dir}' && npm install --no-audit --no-fund --loglevel=error >&2`);
  }
  return path.join(dir, 'duckdb_ref.mjs');
}

function districtPair(schools: number, perSchool: number, runs: number, measure: string, target: string, meets: Pair['meets']): Pair {
  const dir = district(schools, perSchool);
  return {
    measure,
    target,
    meets,
    a: `${BIN} ${dir}/master_schedule.csv ${dir}/bell_schedule.csv --json --quiet`,
    b: `node ${duckdb()} ${dir}`,
    reference: 'DuckDB (duckdb_ref.mjs)',
    runs,
  };
}

async function pairs(only: string | undefined, runs: number | undefined): Promise<Pair[]> {
  const list: Pair[] = [];
  const want = (part: string) => !only || only === part;
  if (want('startup')) {
    list.push({
      measure: 'start-up (`--help`)',
      target: '≤ 1.5×',
      meets: (p) => p.wallRatio <= 1.5,
      a: `${BIN} --help`,
      b: 'node -e 0',
      reference: '`node -e 0`',
      runs: runs ?? 10,
    });
  }
  if (want('district') || want('scaling')) {
    const target = '≤ 3× wall (stretch 2×), < 1 GiB (stretch 512 MiB)';
    const meets = (p: PairFigures) => p.wallRatio <= 3 && p.aMib < 1024;
    if (want('scaling')) list.push(districtPair(500, 150, runs ?? 5, 'district, 75,000 sections with its bell schedule, `--json`', target, meets));
    list.push(districtPair(1000, 150, runs ?? 5, 'district, 150,000 sections with its bell schedule, `--json`', target, meets));
  }
  if (want('xlsx')) {
    const input = await districtXlsx(1000, 100);
    const out = path.join(WORK, 'review-out');
    mkdirSync(out, { recursive: true });
    const review = path.join(out, 'district-review.xlsx');
    const roundTrip = `node ${PERF}/exceljs_roundtrip.cjs ${input} ${path.join(out, 'roundtrip.xlsx')}`;
    const write = `${BIN} ${input} --out ${review} --quiet`;
    list.push({
      measure: 'review workbook for a 100,000-section .xlsx (first run)',
      target: '≤ 1.5×',
      meets: (p) => p.wallRatio <= 1.5,
      a: `rm -f ${review} && ${write}`,
      b: roundTrip,
      reference: 'ExcelJS load and save (exceljs_roundtrip.cjs)',
      runs: runs ?? 3,
    });
    list.push({
      measure: 'the same, re-run with the earlier output present',
      target: '≤ 1.7×',
      meets: (p) => p.wallRatio <= 1.7,
      a: write,
      b: roundTrip,
      reference: 'ExcelJS load and save (exceljs_roundtrip.cjs)',
      runs: runs ?? 3,
      before: `rm -f ${review} && ${write}`,
    });
  }
  return list;
}

/** A command as the README shows it: the scratch folder as $BENCH, the references under ../shared/perf. */
function shown(command: string): string {
  return command.replaceAll(WORK, '$BENCH').replaceAll(PERF, '../shared/perf');
}

function cell(seconds: number, mib: number): string {
  return `${seconds.toFixed(3)} s, ${mib.toLocaleString('en-US')} MiB`;
}

export async function benchWhole(args: string[]): Promise<string | undefined> {
  if (!existsSync(path.join(PERF, 'compare.sh'))) {
    process.stderr.write(`Whole-process comparisons skipped: ${PERF} (the reference tools) is not there.\n`);
    return undefined;
  }
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : undefined;
  mkdirSync(WORK, { recursive: true });
  const chosen = await pairs(only, runs);
  if (chosen.length === 0) return undefined;
  // The bin runs dist-cli/: a stale build would time yesterday's code.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.js')], { stdio: 'inherit' });
  const loadBefore = os.loadavg()[0];
  const rows: string[] = [];
  const figures: { pair: Pair; f: PairFigures }[] = [];
  for (const pair of chosen) {
    process.stderr.write(`${pair.measure}: ${pair.runs} paired runs…\n`);
    if (pair.before) sh(`${pair.before} >/dev/null`);
    const f = parseCompare(sh(`bash '${PERF}/compare.sh' -n ${pair.runs} -- "${pair.a}" "${pair.b}"`));
    figures.push({ pair, f });
    const verdict = pair.meets(f) ? 'met' : '**not met**';
    rows.push(
      `| ${pair.measure} | ${cell(f.aWall, f.aMib)} | ${pair.reference}: ${cell(f.bWall, f.bMib)} | ${f.wallRatio.toFixed(2)}× wall, ${f.memRatio.toFixed(2)}× memory | ${pair.target} (${verdict}) | \`compare.sh -n ${pair.runs} -- "${shown(pair.a)}" "${shown(pair.b)}"\` |`,
    );
    process.stderr.write(`  ${rows[rows.length - 1]}\n`);
  }
  const half = figures.find((x) => x.pair.measure.startsWith('district, 75,000'));
  const full = figures.find((x) => x.pair.measure.startsWith('district, 150,000'));
  const scaling =
    half && full
      ? `\nScaling: 2× the sections (75,000 → 150,000) took ${(full.f.aWall / half.f.aWall).toFixed(2)}× the time and ` +
        `${(full.f.aMib / half.f.aMib).toFixed(2)}× the peak memory (target ≤ 2.1× each).\n`
      : '';
  const markdown = [
    '| measure | this project (median wall, median peak) | reference, same run | ratio | target | command ($BENCH is ' +
      `\`${WORK}\`) |`,
    '|---|---:|---:|---:|---|---|',
    ...rows,
    scaling,
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores, ` +
      `load average ${loadBefore.toFixed(1)} before and ${os.loadavg()[0].toFixed(1)} after), Node ${process.version}; ` +
      'paired runs alternate A and B after one untimed warm-up of each.',
  ].join('\n');
  process.stdout.write(`${markdown}\n`);
  rmSync(path.join(WORK, 'review-out'), { recursive: true, force: true });
  return markdown;
}

// Run directly (scripts/run-ts.js puts the script's path in argv[1]); bench.ts imports it instead.
if (process.argv[1] === __filename) {
  benchWhole(process.argv.slice(2)).catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
