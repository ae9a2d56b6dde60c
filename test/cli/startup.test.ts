import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { temporaryFolder } from '../support/temporaryFolder';

// These run the real bin against the bundle in dist-cli/, which `npm test` (and `npm install`) build first:
// scripts/build-cli.js.
const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/resource-review.js');
const BUNDLE = path.join(ROOT, 'dist-cli/cli/resource-review.js');
const ST_PAULS = path.resolve(ROOT, '..', 'shared/data/real/uk-stpauls-xhstt/sections.csv');
const HIGH_SCHOOL = path.join(ROOT, 'assets/case-studies/high-school.xlsx');
/** The .xlsx libraries (0.2 s to load): exceljs and the zip and XML readers. */
const XLSX_LIBRARIES = /node_modules\/(exceljs|jszip|saxes)\//;

const dir = temporaryFolder('srr-startup-');
beforeAll(async () => {
  // Preloaded into the bin's process: on exit, writes to stderr every file Node loaded as a module and every module of
  // the bundle whose code ran (webpack's module ids, "./dist-cli/engine/review.js": the bundle's modulesRun()).
  await fs.writeFile(
    path.join(dir(), 'list-modules.js'),
    `process.on('exit', () => {
      const bundle = require.cache[${JSON.stringify(BUNDLE)}];
      const ran = bundle ? bundle.exports.modulesRun() : [];
      process.stderr.write('\\nLOADED\\n' + JSON.stringify({ files: Object.keys(require.cache), ran }) + '\\n');
    });\n`,
  );
});

interface Listing {
  stdout: string;
  /** Files Node loaded as modules, relative to the project ("dist-cli/cli/resource-review.js", "node_modules/…"). */
  files: string[];
  /** The bundle's modules whose code ran, as the files they were bundled from ("dist-cli/cli/main.js"). */
  ran: string[];
  /** Both: what the run executed, whether from its own file or from the bundle. */
  loaded: string[];
}

/** Runs the bin with the module lister preloaded; returns its stdout and what it loaded and ran. */
async function runListing(args: string[]): Promise<Listing> {
  const { stdout, stderr } = await run(process.execPath, ['-r', path.join(dir(), 'list-modules.js'), BIN, ...args], {
    cwd: dir(),
    maxBuffer: 64 * 1024 * 1024,
  });
  const marker = stderr.lastIndexOf('\nLOADED\n');
  // No list at all would make every "not loaded" below pass without looking.
  if (marker < 0) throw new Error(`the module lister printed nothing: ${stderr}`);
  const listed = JSON.parse(stderr.slice(marker + 8)) as { files: string[]; ran: string[] };
  const files = listed.files.map((file) => path.relative(ROOT, file).split(path.sep).join('/'));
  // Node's own modules (external to the bundle) appear as "node:fs"; the bundled ones as "./dist-cli/…".
  const ran = listed.ran.filter((id) => id.startsWith('./')).map((id) => id.slice(2));
  // Nothing ran from the bundle would make the "not run" checks below pass without looking.
  if (!ran.includes('dist-cli/cli/main.js')) throw new Error(`the bundle's entry did not run: ${JSON.stringify(listed)}`);
  return { stdout, files, ran, loaded: [...files, ...ran] };
}

describe('start-up of the installed command', () => {
  it('runs the compiled JavaScript, with no TypeScript compiler loaded', async () => {
    const { stdout, loaded } = await runListing(['--help']);
    expect(stdout).toContain('Usage: resource-review [files…] [options]');
    expect(loaded).toContain('dist-cli/cli/main.js');
    expect(loaded.filter((file) => /node_modules\/(@swc|typescript)\//.test(file) || file.endsWith('.ts'))).toEqual([]);
  });

  it('runs from the one bundled file: no compiled module is read from its own file', async () => {
    const { files, ran } = await runListing([ST_PAULS, '--json', '--quiet']);
    expect(files.filter((file) => file.startsWith('dist-cli/'))).toEqual(['dist-cli/cli/resource-review.js']);
    // The review's modules ran, from the bundle (St Paul's analysis needs the CSV reader and the analyses).
    expect(ran).toEqual(expect.arrayContaining(['dist-cli/cli/runReviews.js', 'dist-cli/files/readWorkbookFile.js', 'dist-cli/engine/reviewResult.js']));
  });

  it('--help loads neither the engine nor the .xlsx libraries', async () => {
    const { loaded } = await runListing(['--help']);
    expect(loaded).toContain('dist-cli/cli/options.js');
    expect(loaded.filter((file) => file.startsWith('dist-cli/engine/review') || XLSX_LIBRARIES.test(file))).toEqual([]);
    expect(loaded).not.toContain('dist-cli/cli/runReviews.js');
  });

  it('--json on a CSV file reviews it without loading the .xlsx libraries or the report builder', async () => {
    const { stdout, loaded } = await runListing([ST_PAULS, '--json', '--quiet']);
    expect((JSON.parse(stdout) as { teachers: unknown[] }).teachers).toHaveLength(68);
    expect(loaded).toContain('dist-cli/engine/reviewResult.js');
    // Nothing describes the report's sheets for --json alone (issue 12): neither review() nor the sheet builders.
    expect(loaded).not.toContain('dist-cli/engine/review.js');
    expect(loaded.filter((file) => /^dist-cli\/engine\/report\/(buildReport|\w+Sheets?)\.js$/.test(file))).toEqual([]);
    expect(loaded.filter((file) => XLSX_LIBRARIES.test(file))).toEqual([]);
    // Nor our own .xlsx reader and writer: with nothing written and no earlier output to read, they are not needed.
    expect(loaded.filter((file) => /^dist-cli\/files\/(xlsx|writeReportXlsx|readPreviousNotes|zip|atomicWrite)/.test(file))).toEqual([]);
    expect(loaded).not.toContain('dist-cli/cli/keepUserSheets.js');
  });

  it('reads a workbook and writes its review with neither exceljs nor jszip: the reader and writer are our own', async () => {
    const out = path.join(dir(), 'high-school-review.xlsx');
    const { loaded } = await runListing([HIGH_SCHOOL, '--out', out, '--quiet']);
    // A run that writes loads review() and the report builder after reading.
    expect(loaded).toContain('dist-cli/engine/report/buildReport.js');
    const libraries = new Set(loaded.filter((file) => XLSX_LIBRARIES.test(file)).map((file) => file.match(XLSX_LIBRARIES)![1]));
    expect([...libraries]).toEqual([]);
    // A whole review, not just some bytes: the high school's twelve visible result sheets, read back here by exceljs (in this
    // process, not the bin's).
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name)).toEqual([
      'Summary', 'Charts', 'Teacher Load', 'Class Size', 'Class Size by Group', 'Time by Subject', 'Collaboration', 'Budget by Use', 'Flags', 'What If', 'Data Check', 'Tables Read',
    ]);
  });

  it('says in one line how to build the command when the bundle is missing', async () => {
    // A copy of the bin in a folder with no dist-cli beside it: what a clone installed with --ignore-scripts sees.
    await fs.mkdir(path.join(dir(), 'bin'), { recursive: true });
    await fs.copyFile(BIN, path.join(dir(), 'bin/resource-review.js'));
    const failed = await run(process.execPath, [path.join(dir(), 'bin/resource-review.js'), '--help'], { cwd: dir() }).then(
      () => undefined,
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toBe('');
    expect(failed?.stderr).toBe(
      'resource-review: the compiled command line (dist-cli/cli/resource-review.js) is missing; run `npm run build:cli` first.\n',
    );
  });
});
