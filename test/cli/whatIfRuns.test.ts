import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { review as reviewEngine } from '../../src/engine/review';
import { DEFAULT_THRESHOLDS } from '../../src/engine/settings/defaults';
import { generateSchool, SAMPLE_SCHOOL } from '../../src/testing/generateSchool';
import { writeGridsXlsx } from '../../src/files/writeGridsXlsx';
import { resavedByLibreOffice } from '../support/libreOffice';
import { runCli, sha256, withEnrollment } from './helpers';
import { temporaryFolder } from '../support/temporaryFolder';

// The What If sheet's inputs over consecutive command-line runs, as team notes are kept: a re-run updates the
// baseline and keeps what the principal typed beside it, with the results recomputed for the kept inputs.


const dir = temporaryFolder('srr-whatif-');
let school: string;
let output: string;
beforeAll(async () => {
  school = path.join(dir(), 'school.xlsx');
  output = path.join(dir(), 'school-review.xlsx');
  await writeGridsXlsx(generateSchool(SAMPLE_SCHOOL), school);
});

async function run(args: string[] = []): Promise<void> {
  const before = await sha256(school);
  const result = await runCli([school, '--quiet', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(await sha256(school)).toBe(before);
}

/** A table on the What If sheet found by two of its headers: its header row and its rows down to the first blank. */
function tableBy(ws: ExcelJS.Worksheet, first: string, second: string): { headerRow: number; rows: number[]; column: (h: string) => number } {
  let headerRow = 0;
  const byHeader = new Map<string, number>();
  ws.eachRow((row, n) => {
    if (headerRow) return;
    const texts = new Map<string, number>();
    row.eachCell((cell, col) => typeof cell.value === 'string' && texts.set(cell.value, col));
    if (texts.has(first) && texts.has(second)) {
      headerRow = n;
      for (const [text, col] of texts) byHeader.set(text, col);
    }
  });
  if (!headerRow) throw new Error(`no row with "${first}" and "${second}"`);
  const rows: number[] = [];
  for (let r = headerRow + 1; ws.getCell(r, 1).value !== null && ws.getCell(r, 1).value !== ''; r++) rows.push(r);
  return { headerRow, rows, column: (h) => byHeader.get(h)! };
}

const plain = (value: ExcelJS.CellValue): unknown => (value && typeof value === 'object' && 'formula' in value ? value.result : value);

async function whatIfSheet(file = output): Promise<{ inputs: Record<string, unknown>; results: Record<string, unknown>; dataCheck: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('What If')!;
  const levers = tableBy(ws, 'Id', 'Your value');
  const results = tableBy(ws, 'Result', 'Status');
  const codes = wb.getWorksheet('Data Check')!;
  const dataCheck: string[] = [];
  codes.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && cell.value.startsWith('what-if-') && dataCheck.push(cell.value)));
  return {
    inputs: Object.fromEntries(levers.rows.map((r) => [String(ws.getCell(r, levers.column('Id')).value), plain(ws.getCell(r, levers.column('Your value')).value)])),
    results: Object.fromEntries(results.rows.map((r) => [String(ws.getCell(r, results.column('Result')).value), plain(ws.getCell(r, results.column('Value')).value)])),
    dataCheck,
  };
}

/** Types into the What If sheet's input cells as a principal would, after inserting rows above the table. */
async function typeInputs(typed: Record<string, number | string>, insertAbove = 0): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  const ws = wb.getWorksheet('What If')!;
  if (insertAbove) ws.spliceRows(2, 0, ...Array.from({ length: insertAbove }, (_, i) => [`our meeting notes ${i}`]));
  const levers = tableBy(ws, 'Id', 'Your value');
  for (const r of levers.rows) {
    const id = String(ws.getCell(r, levers.column('Id')).value);
    if (id in typed) ws.getCell(r, levers.column('Your value')).value = typed[id];
  }
  await wb.xlsx.writeFile(output);
}

const CORE_FTE = 'Core teacher FTE needed';
const COVER = 'Cover for the weekly block: cost';

describe('What If inputs over consecutive runs', () => {
  it('keeps what the principal typed, updates the baseline, and recomputes the results for the kept inputs', async () => {
    // Run 1: every lever at the value that meets practice: class size 26.2 × 100 / 172 = 15.2 → 15; all 4 teams covered.
    await run();
    let sheet = await whatIfSheet();
    expect(sheet.inputs).toEqual({ coreClassSize: 15, sectionsPerCoreTeacher: 5.5, teamsCovered: 4, alignedSchedule: 0, coachFte: 2, pdDollars: 120000 });
    // 1,152 core seats / 15 / 5.5 sections = 13.96 FTE.
    expect(sheet.results[CORE_FTE]).toBe(13.96);

    // The principal tries 5 sections a teacher, cover for one team, and types a word where PD dollars go; rows are
    // inserted above the table. The class size is left as the review set it.
    await typeInputs({ sectionsPerCoreTeacher: 5, teamsCovered: 1, pdDollars: 'lots' }, 2);

    // Run 2: the same data. The numbers are kept; the word is said on the Data Check and PD starts again at 120,000.
    await run();
    sheet = await whatIfSheet();
    expect(sheet.inputs).toEqual({ coreClassSize: 15, sectionsPerCoreTeacher: 5, teamsCovered: 1, alignedSchedule: 0, coachFte: 2, pdDollars: 120000 });
    expect(sheet.dataCheck).toEqual(['what-if-input-not-a-number']);
    // 1,152 / 15 / 5 = 15.36 FTE; cover for 1 of 4 teams at the average share: $57,907 / 4 = $14,476.75.
    expect(sheet.results[CORE_FTE]).toBe(15.36);
    expect(sheet.results[COVER]).toBeCloseTo(14476.75, 2);

    // Run 3: a new term's data (20% more students per class) and loads to warn above 90. The baseline moves; what the
    // principal typed stays; the class size, never touched, follows the new start instead of staying at 15.
    const next = withEnrollment(1.2);
    await writeGridsXlsx(next, school);
    await run(['--threshold', 'coreLoadWarn=90']);
    sheet = await whatIfSheet();
    const engine = reviewEngine({ workbook: next, settings: { thresholds: { ...DEFAULT_THRESHOLDS, coreLoadWarn: 90 } } }).result.whatIf!;
    // Each core section's enrollment × 1.2, rounded: English 558 + mathematics 320 + science 342 + social studies 163
    // = 1,383 seats in the same 44 sections (31.4 a class); the highest core load goes from 172 to 206.
    const seats = engine.baseline.find((f) => f.id === 'coreSeats')!.value!;
    expect(seats).toBe(1383);
    // The class size that brings 206 down to 90: 1,383 / 44 × 90 / 206 = 13.73, down to the 0.5 step: 13.5.
    const newStart = engine.levers.find((l) => l.id === 'coreClassSize')!.start;
    expect(newStart).toBe(13.5);
    expect(sheet.inputs).toMatchObject({ coreClassSize: 13.5, sectionsPerCoreTeacher: 5, teamsCovered: 1, pdDollars: 120000 });
    expect(sheet.dataCheck).toEqual([]);
    // 1,383 / 13.5 / 5 = 20.49 FTE.
    expect(sheet.results[CORE_FTE]).toBe(20.49);

    // Run 4: someone saved the output in LibreOffice; the inputs still come back.
    await typeInputs({ alignedSchedule: 2 });
    await fs.copyFile(await resavedByLibreOffice(output, dir()), output);
    await run();
    sheet = await whatIfSheet();
    expect(sheet.inputs).toMatchObject({ sectionsPerCoreTeacher: 5, teamsCovered: 1, alignedSchedule: 2 });
    // 4 teams − 1 covered − 2 by the schedule = 1 still without the block.
    expect(sheet.results['Teams still without a weekly block']).toBe(1);
  });
});

describe('a value typed as text, and one left at its start, over three runs', () => {
  it('keeps the typed value through every run, and lets the value equal to its start follow a changed threshold', async () => {
    await writeGridsXlsx(generateSchool(SAMPLE_SCHOOL), school);
    await fs.rm(output, { force: true });
    // Run 1: class size 26.2 × 100 / 172 = 15.2, down to 15; 5.5 sections a teacher.
    await run();
    expect((await whatIfSheet()).inputs).toMatchObject({ coreClassSize: 15, sectionsPerCoreTeacher: 5.5 });

    // Both typed into cells Excel keeps as text: "5" (the principal's), and "15", which is the class size's start.
    await typeInputs({ sectionsPerCoreTeacher: '5', coreClassSize: '15' });

    // Run 2, loads to warn above 90: the "5" is kept, as the number 5; the "15" was the review's start, so the class
    // size follows the new one: 1,152 / 44 = 26.18 a class × 90 / 172 = 13.70, down to the 0.5 step: 13.5.
    await run(['--threshold', 'coreLoadWarn=90']);
    let sheet = await whatIfSheet();
    expect(sheet.inputs).toMatchObject({ coreClassSize: 13.5, sectionsPerCoreTeacher: 5 });
    expect(sheet.dataCheck).toEqual([]);
    // 1,152 / 13.5 / 5 = 17.07 FTE.
    expect(sheet.results[CORE_FTE]).toBe(17.07);

    // Run 3, the threshold back at 100: the class size follows its start back to 15; the 5 stays.
    await run();
    sheet = await whatIfSheet();
    expect(sheet.inputs).toMatchObject({ coreClassSize: 15, sectionsPerCoreTeacher: 5 });
    // 1,152 / 15 / 5 = 15.36 FTE.
    expect(sheet.results[CORE_FTE]).toBe(15.36);
  });
});

describe('--json', () => {
  it('includes the What If: baseline, levers, results at the start values and option sets with their net cost', async () => {
    await writeGridsXlsx(generateSchool(SAMPLE_SCHOOL), school);
    const json = await runCli([school, '--json', '--quiet']);
    expect(json.code).toBe(0);
    const whatIf = JSON.parse(json.stdout).whatIf;
    expect(whatIf.levers.map((l: { id: string }) => l.id)).toEqual(['coreClassSize', 'sectionsPerCoreTeacher', 'teamsCovered', 'alignedSchedule', 'coachFte', 'pdDollars']);
    expect(whatIf.baseline.find((f: { id: string }) => f.id === 'coreSeats')).toEqual({ id: 'coreSeats', label: 'Seats in core sections', value: 1152, unit: 'integer', source: 'Class Size' });
    // 1,152 / 15 / 5.5 = 13.96 FTE at the start.
    expect(whatIf.results.find((r: { id: string }) => r.id === 'coreTeacherFte').value).toBe(13.96);
    // Cover alone: the four teams' cover the Flags price, $57,907.
    expect(whatIf.optionSets.map((s: { id: string; netCost: number }) => [s.id, s.id === 'blockForEveryTeam' ? s.netCost : typeof s.netCost])).toEqual([
      ['lowerCoreLoads', 'number'],
      ['blockForEveryTeam', 57907],
    ]);
  });
});
