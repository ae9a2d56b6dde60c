import { isAscii } from 'node:buffer';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { temporaryFolder } from '../support/temporaryFolder';

// The command line as installed: bin/resource-review.js running the one-file bundle dist-cli/cli/resource-review.js with
// the code cache the build wrote beside it (scripts/build-cli.js, which `npm test` runs first).
const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/resource-review.js');
const BUNDLE = path.join(ROOT, 'dist-cli/cli/resource-review.js');
const CACHE = path.join(ROOT, 'dist-cli/cli/resource-review.cache');
const ST_PAULS = path.resolve(ROOT, '..', 'shared/data/real/uk-stpauls-xhstt/sections.csv');
const CASE_STUDIES = ['elementary-school', 'middle-school', 'high-school'].map((name) => path.join(ROOT, `assets/case-studies/${name}.xlsx`));

const dir = temporaryFolder('srr-bundle-');
let reportCodeCache: string;
beforeAll(async () => {
  // Preloaded into the bin's process: on exit, writes to stderr what the bin says its start-up did with the code cache.
  reportCodeCache = path.join(dir(), 'report-code-cache.js');
  await fs.writeFile(reportCodeCache, "process.on('exit', () => process.stderr.write('\\nCODE CACHE ' + process.mainModule.exports.codeCache + '\\n'));\n");
});

/** Runs a bin (the project's unless given) with Node flags before it; stdout, and what start-up did with the cache. */
async function runBin(args: string[], { bin = BIN, nodeFlags = [] as string[], cwd = dir() } = {}) {
  const { stdout, stderr } = await run(process.execPath, [...nodeFlags, '-r', reportCodeCache, bin, ...args], { cwd, maxBuffer: 64 * 2 ** 20 });
  const codeCache = /\nCODE CACHE (\w+)\n$/.exec(stderr)?.[1];
  if (!codeCache) throw new Error(`the bin did not say what it did with the code cache: ${stderr}`);
  return { stdout, codeCache };
}

describe('the bundled command line', () => {
  it('starts from the code cache the build wrote for this Node, and V8 accepts it', async () => {
    const { stdout, codeCache } = await runBin([ST_PAULS, '--json', '--quiet']);
    expect(codeCache).toBe('used');
    expect((JSON.parse(stdout) as { teachers: unknown[] }).teachers).toHaveLength(68);
    const firstLine = (await fs.readFile(CACHE, 'latin1')).split('\n', 1)[0];
    expect(firstLine).toContain(`node ${process.version} ${process.arch}, bundle ${(await fs.stat(BUNDLE)).size} bytes`);
    // Plain ASCII (webpack.cli.config.js escapes the rest), so the bin reads it without decoding UTF-8.
    expect(isAscii(await fs.readFile(BUNDLE))).toBe(true);
  });

  it('gives the same output, and writes nothing, with a damaged, truncated, foreign or missing cache', async () => {
    // An installed copy of our own: the bin, the bundle (a link, so it is the same file with the same time), a cache.
    const install = path.join(dir(), 'install');
    await fs.mkdir(path.join(install, 'bin'), { recursive: true });
    await fs.mkdir(path.join(install, 'dist-cli/cli'), { recursive: true });
    const bin = path.join(install, 'bin/resource-review.js');
    await fs.copyFile(BIN, bin);
    await fs.symlink(BUNDLE, path.join(install, 'dist-cli/cli/resource-review.js'));
    const cacheFile = path.join(install, 'dist-cli/cli/resource-review.cache');

    const good = await fs.readFile(CACHE);
    const keyEnd = good.indexOf(10) + 1;
    const damaged = Buffer.from(good);
    // V8 checks a cache's header and length but not its contents; 64 bytes inverted in the middle crash it if used.
    const middle = keyEnd + Math.floor((good.length - keyEnd) / 2);
    for (let i = middle; i < middle + 64; i++) damaged[i] ^= 0xff;
    const foreign = Buffer.concat([Buffer.from(good.toString('latin1', 0, keyEnd).replace(process.version, 'v0.0.0'), 'latin1'), good.subarray(keyEnd)]);
    const cases: { name: string; cache?: Buffer; nodeFlags?: string[]; codeCache: string }[] = [
      // The control: the same cache in this copy is used, so the other cases are refused for what was done to them.
      { name: 'whole', cache: good, codeCache: 'used' },
      { name: 'damaged inside', cache: damaged, codeCache: 'none' },
      { name: 'truncated', cache: good.subarray(0, keyEnd + Math.floor((good.length - keyEnd) / 2)), codeCache: 'none' },
      { name: 'made by another Node', cache: foreign, codeCache: 'none' },
      { name: 'missing', codeCache: 'none' },
      // Another V8 flag than the build ran with (a larger heap, as the README suggests for huge workbooks): V8 itself
      // refuses the cache.
      { name: 'for other V8 flags', cache: good, nodeFlags: ['--max-old-space-size=4096'], codeCache: 'rejected' },
    ];
    const expected = (await runBin([ST_PAULS, '--json', '--quiet'])).stdout;
    expect(expected.length).toBeGreaterThan(10000);
    for (const c of cases) {
      await fs.rm(cacheFile, { force: true });
      if (c.cache) await fs.writeFile(cacheFile, c.cache);
      const before = await fs.readdir(path.join(install, 'dist-cli/cli'));
      const { stdout, codeCache } = await runBin([ST_PAULS, '--json', '--quiet'], { bin, nodeFlags: c.nodeFlags });
      expect({ name: c.name, codeCache, same: stdout === expected }).toEqual({ name: c.name, codeCache: c.codeCache, same: true });
      // Nothing written at run time: no new file, and the cache left as it was (an installed copy may be read-only).
      expect(await fs.readdir(path.join(install, 'dist-cli/cli'))).toEqual(before);
      if (c.cache) expect((await fs.readFile(cacheFile)).equals(c.cache)).toBe(true);
    }
  });

  it('gives byte for byte the --json of the tsc-compiled modules it was bundled from', async () => {
    // The compiled entry module dist-cli/cli/main.js run directly, as the bin ran it before the bundle.
    const compiled = `require(${JSON.stringify(path.join(ROOT, 'dist-cli/cli/main.js'))}).main(process.argv.slice(1)).then((code) => { process.exitCode = code; });`;
    for (const study of CASE_STUDIES) {
      const { stdout: fromModules } = await run(process.execPath, ['-e', compiled, study, '--json', '--quiet'], { cwd: dir(), maxBuffer: 64 * 2 ** 20 });
      const { stdout: fromBundle } = await runBin([study, '--json', '--quiet']);
      expect(fromBundle.length).toBeGreaterThan(10000);
      // Messages with characters the ASCII bundle holds as escapes ("24 × 5", "÷"): the same text comes out.
      expect(fromBundle).toMatch(/[×÷]/);
      expect({ study: path.basename(study), same: fromBundle === fromModules }).toEqual({ study: path.basename(study), same: true });
    }
  });

  it('reviews the bundled case study when no files are given, found from the bundle', async () => {
    const cwd = path.join(dir(), 'no-files');
    await fs.mkdir(cwd);
    const { stdout } = await runBin(['--quiet'], { cwd });
    expect(stdout).toBe(`Reviewed workbook: ${path.join(cwd, 'high-school-review.xlsx')}\n`);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(path.join(cwd, 'high-school-review.xlsx'));
    expect(written.worksheets[0].name).toBe('Summary');
  });

  it('compares schools in worker threads, which run the compiled worker module beside the bundle', async () => {
    const district = path.join(ROOT, 'assets/district');
    const folders = (await fs.readdir(district, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => path.join('assets/district', e.name));
    const { stdout } = await runBin(['compare', district, '--json', '--quiet', '--jobs', '2']);
    const map = JSON.parse(stdout) as { schools: { source: string; students: number }[]; notCompared: unknown[] };
    // A worker that could not start, or started on a file that answers nothing, would list its schools as not compared.
    expect(map.notCompared).toEqual([]);
    expect(map.schools.map((s) => path.relative(ROOT, s.source)).sort()).toEqual(folders.sort());
    expect(map.schools.every((s) => s.students > 0)).toBe(true);
  });
});
