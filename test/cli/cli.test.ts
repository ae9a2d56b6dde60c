import { execFile, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { ReviewResult } from '../../src/engine/types';
import { generateSchool, SAMPLE_SCHOOL } from '../../src/testing/generateSchool';
import { writeGridsXlsx } from '../../src/files/writeGridsXlsx';
import { SEVERITY_LABEL } from '../../src/engine/practice/severity';
import { flagsTable, runCli, sha256 } from './helpers';
import { temporaryFolder } from '../support/temporaryFolder';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const ST_PAULS = path.resolve(ROOT, '..', 'shared/data/real/uk-stpauls-xhstt/sections.csv');

const dir = temporaryFolder('srr-cli-');
let school: string;
beforeAll(async () => {
  school = path.join(dir(), 'sample school.xlsx');
  await writeGridsXlsx(generateSchool(SAMPLE_SCHOOL), school);
});

/** Data rows of a result sheet as objects keyed by header, found by its header row. */
async function sheetRows(file: string, sheetName: string, firstHeader: string): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw new Error(`no sheet ${sheetName}`);
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && row.getCell(1).value === firstHeader) headerRow = n;
  });
  const headers = (ws.getRow(headerRow).values as unknown[]).slice(1) as string[];
  const rows: Record<string, unknown>[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const record: Record<string, unknown> = {};
    headers.forEach((h, c) => {
      const v = ws.getCell(r, c + 1).value;
      record[h] = v && typeof v === 'object' && 'text' in v ? v.text : (v ?? null);
    });
    rows.push(record);
  }
  return rows;
}

describe('resource-review on a workbook', () => {
  let out: string;
  let json: ReviewResult;

  beforeAll(async () => {
    const outDir = path.join(dir(), 'results');
    const before = await sha256(school);
    const result = await runCli([school, '--out', outDir, '--json', '--quiet']);
    expect(result.stderr).toBe(`Reviewed workbook: ${path.join(outDir, 'sample school-review.xlsx')}\n`);
    expect(result.code).toBe(0);
    expect(await sha256(school)).toBe(before);
    out = path.join(outDir, 'sample school-review.xlsx');
    json = JSON.parse(result.stdout) as ReviewResult;
  });

  it('prints the whole result as JSON with the documented fields', () => {
    expect(Object.keys(json.teachers[0])).toEqual(
      expect.arrayContaining(['teacher', 'sections', 'seats', 'uniqueStudents', 'preps', 'periodsPerCycle', 'minutesPerWeek']),
    );
    expect(json.teachers).toHaveLength(12);
    expect(json.teachers.every((t) => t.uniqueStudents === null)).toBe(true); // no student roster
    // 66 sections over 12 teachers: 5 or 6 sections each, every one meeting M-F in a 50-minute period.
    for (const t of json.teachers) {
      expect(t.periodsPerCycle).toBe(t.sections * 5);
      expect(t.minutesPerWeek).toBe(t.sections * 5 * 50);
    }
    expect(json.classSizes).toHaveLength(66);
    expect(Object.keys(json.timeBySubject[0])).toEqual(expect.arrayContaining(['grade', 'subject', 'minutesPerWeek', 'share']));
    expect(Object.keys(json.collaboration[0])).toEqual(
      expect.arrayContaining(['team', 'members', 'commonMinutesPerWeek', 'longestBlockMinutes', 'days']),
    );
    expect(Object.keys(json.flags[0])).toEqual(
      expect.arrayContaining(['id', 'severity', 'measure', 'value', 'threshold', 'source', 'rows']),
    );
    expect(Object.keys(json.dataCheck[0])).toEqual(expect.arrayContaining(['severity', 'sheet', 'cell', 'message']));
    expect(json.budget).not.toBeNull();
    expect(Object.keys(json.budget!)).toEqual(
      expect.arrayContaining(['total', 'perPupil', 'lockedShare', 'averageTeacherCost', 'byUse', 'unmatchedLines']),
    );
    expect(Object.keys(json.budget!.byUse[0])).toEqual(expect.arrayContaining(['use', 'amount', 'fte', 'lines']));
    const byUseTotal = json.budget!.byUse.reduce((s, u) => s + u.amount, 0);
    expect(byUseTotal).toBeCloseTo(json.budget!.total, 6);
  });

  it('writes the same numbers to the sheets as to the JSON', async () => {
    const load = await sheetRows(out, 'Teacher Load', 'Teacher');
    expect(load.map((r) => [r.Teacher, r.Sections, r.Seats, r.Preps, r['Periods per cycle'], r['Minutes per week']])).toEqual(
      json.teachers.map((t) => [t.teacher, t.sections, t.seats, t.preps, t.periodsPerCycle, t.minutesPerWeek]),
    );
    const time = await sheetRows(out, 'Time by Subject', 'Grade');
    expect(time.map((r) => [r.Grade, r.Subject, r['Minutes per week'], r.Share])).toEqual(
      json.timeBySubject.map((t) => [t.grade, t.subject, t.minutesPerWeek, t.share]),
    );
    const budget = await sheetRows(out, 'Budget by Use', 'Use');
    expect(budget.map((r) => [r.Use, r.Amount, r.FTE, r.Lines])).toEqual(
      json.budget!.byUse.map((u) => [u.use, u.amount, u.fte, u.lines]),
    );
    const flags = await sheetRows(out, 'Flags', 'Measure');
    expect(flags.map((r) => [r.Id, r.Severity, r.Value, r.Threshold])).toEqual(
      // The sheet says severity in the words a reader sees (info is a "note"); the JSON keeps the code.
      json.flags.map((f) => [f.id, SEVERITY_LABEL[f.severity], f.value, f.threshold]),
    );
  });

  it('links flags to the rows behind them in the input workbook', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const links: string[] = [];
    const flagsSheet = wb.getWorksheet('Flags')!;
    const rowsColumn = flagsTable(flagsSheet).column('Rows');
    flagsSheet.eachRow((row) => {
      const v = row.getCell(rowsColumn).value;
      if (v && typeof v === 'object' && 'hyperlink' in v) links.push(v.hyperlink);
    });
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\.\.\/sample school\.xlsx#'[^']+'!A\d+:[A-Z]+\d+$/);
  });

  it('keeps the team notes beside the same flags when run again', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Flags')!;
    const { headerRow, column } = flagsTable(ws);
    const notedId = String(ws.getCell(headerRow + 2, column('Id')).value);
    ws.getCell(headerRow + 2, column('Team notes')).value = 'Discussed on Monday: move PE to period 1';
    await wb.xlsx.writeFile(out);

    const again = await runCli([school, '--out', path.dirname(out), '--quiet']);
    expect(again.code).toBe(0);
    const flags = await sheetRows(out, 'Flags', 'Measure');
    const noted = flags.filter((f) => f['Team notes']);
    expect(noted).toEqual([expect.objectContaining({ Id: notedId, 'Team notes': 'Discussed on Monday: move PE to period 1' })]);
  });

  it('opens in LibreOffice (converted to PDF headless)', async () => {
    const pdfDir = path.join(dir(), 'pdf');
    const profile = `file://${path.join(dir(), 'lo-profile')}`;
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, out], {
      timeout: 110_000,
    });
    const pdf = await fs.readFile(path.join(pdfDir, 'sample school-review.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  });
});

describe('resource-review inputs and errors', () => {
  it('reviews several CSV files as one workbook, named after the first, beside it', async () => {
    const csvDir = path.join(dir(), 'csv');
    await fs.mkdir(csvDir, { recursive: true });
    const grids = generateSchool(SAMPLE_SCHOOL);
    const toCsv = (rows: unknown[][]) => rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : `"${String(v)}"`)).join(',')).join('\n');
    const schedule = path.join(csvDir, 'schedule.csv');
    const bell = path.join(csvDir, 'bell.csv');
    await fs.writeFile(schedule, toCsv(grids.sheets.find((s) => s.name === 'Master Schedule')!.rows));
    await fs.writeFile(bell, toCsv(grids.sheets.find((s) => s.name === 'Bell Schedule')!.rows));
    const result = await runCli([schedule, bell]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Reviewed workbook: ${path.join(csvDir, 'schedule-review.xlsx')}\n`);
    expect(result.stderr).toContain('schedule.csv, bell.csv: data check');
    const load = await sheetRows(path.join(csvDir, 'schedule-review.xlsx'), 'Teacher Load', 'Teacher');
    expect(load).toHaveLength(12);
    expect(load.every((r) => typeof r['Minutes per week'] === 'number')).toBe(true);
  });

  it('reviews several workbooks one after another with a progress bar, each to its own output', async () => {
    const second = path.join(dir(), 'second.xlsx');
    await fs.copyFile(school, second);
    const outDir = path.join(dir(), 'several');
    const result = await runCli([school, second, '--out', outDir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('[------------------------] 0/2 sample school.xlsx: reading');
    expect(result.stderr).toContain('[########################] 2/2 second.xlsx');
    expect(result.stdout.trim().split('\n')).toEqual([
      `Reviewed workbook: ${path.join(outDir, 'sample school-review.xlsx')}`,
      `Reviewed workbook: ${path.join(outDir, 'second-review.xlsx')}`,
    ]);
  });

  it('reviews the bundled default when no files are given and says where the output is', async () => {
    const outDir = path.join(dir(), 'default');
    const result = await runCli(['--out', outDir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^No files given: reviewing the bundled high-school\.xlsx/);
    expect(result.stdout).toMatch(new RegExp(`^Reviewed workbook: ${outDir}/high-school-review\\.xlsx\\n$`));
  });

  it('applies mapping, level and thresholds from flags and a settings file', async () => {
    const settings = path.join(dir(), 'settings.json');
    await fs.writeFile(settings, JSON.stringify({ thresholds: { prepsMax: 2 } }));
    const result = await runCli([school, '--json', '--quiet', '--settings', settings, '--level', 'middle', '--threshold', 'coreLoadWarn=80']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as ReviewResult;
    expect(json.school).toMatchObject({ level: 'middle', levelInferred: false });
    const prepsFlag = json.flags.find((f) => f.measure.toLowerCase().includes('prep'));
    expect(prepsFlag?.threshold).toBe(2);
  });

  it('exits non-zero naming the file and what was expected for unusable input', async () => {
    const missing = await runCli([path.join(dir(), 'nowhere.xlsx')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`${path.join(dir(), 'nowhere.xlsx')}: no such file (expected an .xlsx workbook or .csv files)`);

    const broken = path.join(dir(), 'broken.xlsx');
    await fs.writeFile(broken, 'this is not a workbook');
    const unreadable = await runCli([broken]);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain(`${broken}: is plain text, not an .xlsx workbook. If it is CSV, give it the .csv extension`);

    const shopping = path.join(dir(), 'shopping.csv');
    await fs.writeFile(shopping, 'Item,Colour\nApples,red\nPears,green\n');
    const nothing = await runCli([shopping]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain(`${shopping}: No master schedule and no budget found`);
    expect(nothing.stderr).toContain('Teacher, Course, Period, Enrolled');
    await expect(fs.access(path.join(dir(), 'shopping-review.xlsx'))).rejects.toThrow();
  });

  it('refuses to overwrite its input', async () => {
    const before = await sha256(school);
    const result = await runCli([school, '--out', school]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the results would overwrite the input');
    expect(await sha256(school)).toBe(before);
  });

  it('exits 2 with the usage on a bad command line', async () => {
    const unknown = await runCli(['--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--colour'");
    expect(unknown.stderr).toContain('Usage: resource-review');
    const level = await runCli(['--level', 'college']);
    expect(level.code).toBe(2);
    expect(level.stderr).toContain('--level college: expected one of elementary, middle, high');
  });

  it('runs as the installed bin, with the whole --json result through a pipe', async () => {
    const { stdout } = await run('node', [path.join(ROOT, 'bin/resource-review.js'), '--help']);
    expect(stdout).toContain('Usage: resource-review [files…] [options]');
    const piped = await run('node', [path.join(ROOT, 'bin/resource-review.js'), ST_PAULS, '--json', '--quiet'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(piped.stdout.length).toBeGreaterThan(64 * 1024);
    expect((JSON.parse(piped.stdout) as ReviewResult).teachers).toHaveLength(68);
  });

  it('stops quietly, with exit 0, when the reader of its --json goes away (| head)', async () => {
    // St Paul's --json --pretty is about 595,000 bytes, three chunks of at most 256 KiB: the reader takes the first and
    // closes the pipe, so the later writes meet a closed pipe (EPIPE), as `resource-review … --json | head -c 50` does.
    const args = [path.join(ROOT, 'bin/resource-review.js'), ST_PAULS, '--json', '--pretty', '--quiet'];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString('utf8'))));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first.startsWith('{\n  "school": {')).toBe(true);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('reviews the St Paul’s sections.csv end to end', async () => {
    const outDir = path.join(dir(), 'stpauls');
    const before = await sha256(ST_PAULS);
    const result = await runCli([ST_PAULS, '--out', outDir, '--json']);
    expect(result.code).toBe(0);
    expect(await sha256(ST_PAULS)).toBe(before);
    const json = JSON.parse(result.stdout) as ReviewResult;
    expect(json.teachers).toHaveLength(68);
    expect(result.stderr).toContain('sections (schedule): 1227 rows read, 0 skipped');
  });
});
