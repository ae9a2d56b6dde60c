import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { generateSchool, SAMPLE_SCHOOL } from '../../src/testing/generateSchool';
import { writeGridsXlsx } from '../../src/files/writeGridsXlsx';
import { resavedByLibreOffice } from '../support/libreOffice';
import { flagsTable, runCli, sha256, withEnrollment } from './helpers';
import { temporaryFolder } from '../support/temporaryFolder';


const dir = temporaryFolder('srr-notes-');
let school: string;
let output: string;
let settings: string;
beforeAll(async () => {
  school = path.join(dir(), 'school.xlsx');
  output = path.join(dir(), 'school-review.xlsx');
  settings = path.join(dir(), 'settings.json');
  await writeGridsXlsx(generateSchool(SAMPLE_SCHOOL), school);
});

/** One CLI run; the inputs (school and settings file) must come out byte for byte as they went in. */
async function review(args: string[] = []): Promise<void> {
  const inputs = [school, settings];
  const before = await Promise.all(inputs.map(sha256));
  const run = await runCli([school, '--settings', settings, '--quiet', ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(await Promise.all(inputs.map(sha256))).toEqual(before);
}

/** The Flags table as [id, severity, note] rows, found by its header row. */
async function flagRows(): Promise<[string, string, string][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  const ws = wb.getWorksheet('Flags')!;
  const { headerRow, column } = flagsTable(ws);
  const rows: [string, string, string][] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const text = (c: number) => String(ws.getCell(r, c).value ?? '');
    rows.push([text(column('Id')), text(column('Severity')), text(column('Team notes'))]);
  }
  return rows;
}

/** Edits the output as a team would in a spreadsheet: notes by flag id, rows inserted or deleted above the table. */
async function editOutput(notes: Record<string, string>, rowsAbove: { insert?: number; remove?: number } = {}): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  const ws = wb.getWorksheet('Flags')!;
  if (rowsAbove.remove) ws.spliceRows(1, rowsAbove.remove);
  if (rowsAbove.insert) {
    // One inserted row mentions "Team notes" (but not "Id"): it must not be taken for the header.
    const inserted = Array.from({ length: rowsAbove.insert }, (_, i) => (i === 0 ? ['Meeting 12 March', 'Team notes'] : [`agenda ${i}`]));
    ws.spliceRows(1, 0, ...inserted);
  }
  const { headerRow, column } = flagsTable(ws);
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const id = String(ws.getCell(r, column('Id')).value ?? '');
    if (id in notes) ws.getCell(r, column('Team notes')).value = notes[id];
  }
  await wb.xlsx.writeFile(output);
  return headerRow;
}

const noted = (rows: [string, string, string][]) => rows.filter(([, , note]) => note !== '');

describe('team notes over consecutive runs with changing thresholds and data', () => {
  it('keeps every note until the team clears it, beside its flag whenever the flag fires', async () => {
    // Run 1: default thresholds. English core load is 172 (critical at 150), preps 4 (warning at 4).
    await fs.writeFile(settings, JSON.stringify({}));
    await review();
    expect(await flagRows()).toContainEqual(['core-load:English', 'critical', '']);
    // The output's header sits on row 5 (the writer's mark, two preamble lines: the totals and how to use the sheet, and
    // a blank); three rows inserted move it to 8.
    expect(await editOutput({ 'core-load:English': 'Hire a fifth English teacher?', preps: 'Ask the counselors' }, { insert: 3 })).toBe(8);

    // Run 2: loads warn only above 180, so no core-load flag fires. The English note stays, marked not firing.
    await fs.writeFile(settings, JSON.stringify({ thresholds: { coreLoadWarn: 180, coreLoadCritical: 200 } }));
    await review();
    // Said on stderr too when not --quiet (the run is repeated; its output is the same).
    const said = await runCli([school, '--settings', settings]);
    expect(said.stderr).toContain('\n  2 team notes kept (1 on a flag not firing in this run)\n');
    let rows = await flagRows();
    expect(rows.some(([id, severity]) => id.startsWith('core-load:') && severity !== 'not firing in this run')).toBe(false);
    expect(noted(rows)).toEqual([
      ['preps', 'warning', 'Ask the counselors'],
      ['core-load:English', 'not firing in this run', 'Hire a fifth English teacher?'],
    ]);
    // The team answers on the waiting row and notes another flag; they delete two rows above the table.
    const edits = { 'core-load:English': 'Hire a fifth English teacher? Budget says no.', 'pd-spending': 'Fine as is' };
    expect(await editOutput(edits, { remove: 2 })).toBe(3); // the header on row 5, two rows removed above it

    // Run 3: a new term's data, 20% more students per class: English load 172 → 206, over 200 again.
    await writeGridsXlsx(withEnrollment(1.2), school);
    await review(['--threshold', 'prepsMax=9']);
    rows = await flagRows();
    expect(noted(rows)).toEqual([
      ['core-load:English', 'critical', 'Hire a fifth English teacher? Budget says no.'],
      ['pd-spending', 'note', 'Fine as is'], // an info flag reads "note" on the sheet, as in the pane
      ['preps', 'not firing in this run', 'Ask the counselors'],
    ]);

    // Run 4: the team clears the preps note; data back to the first term; loads still warn only above 180.
    await editOutput({ preps: '' }, { insert: 1 });
    await writeGridsXlsx(generateSchool(SAMPLE_SCHOOL), school);
    await review();
    rows = await flagRows();
    expect(noted(rows)).toEqual([
      ['pd-spending', 'note', 'Fine as is'],
      ['core-load:English', 'not firing in this run', 'Hire a fifth English teacher? Budget says no.'],
    ]);
    // preps fires again (the default prepsMax is back) and its cleared note stays cleared.
    expect(rows).toContainEqual(['preps', 'warning', '']);

    // Run 5: someone opened the output in LibreOffice and saved it; default thresholds: English fires again.
    await fs.copyFile(await resavedByLibreOffice(output, dir()), output);
    await fs.writeFile(settings, JSON.stringify({}));
    await review();
    expect(noted(await flagRows())).toEqual([
      ['core-load:English', 'critical', 'Hire a fifth English teacher? Budget says no.'],
      ['pd-spending', 'note', 'Fine as is'],
    ]);
  }, 180_000);
});
