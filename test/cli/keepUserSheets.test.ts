import * as fsModule from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readEarlierOutput } from '../../src/files/readPreviousNotes';
import { bin, flagsTable, runCli, sha256, stamp } from './helpers';
import { temporaryFolder } from '../support/temporaryFolder';

// A coach writing beside a flag, a trainer adding a sheet of their own, must never lose it when the review is run
// again to the same --out. Through the compiled bin (npm run build:cli), as a principal runs it.

const MIDDLE = path.resolve(__dirname, '../../assets/case-studies/middle-school.xlsx');

/** The run, with the minutes its backup may be named after (a run can cross a minute). */
async function timedRun(args: string[]): Promise<{ code: number; stdout: string; stderr: string; stamps: string[] }> {
  const before = new Date();
  const run = await bin(args);
  return { ...run, stamps: [...new Set([stamp(before), stamp(new Date())])] };
}

const dir = temporaryFolder('srr-keep-');
afterEach(() => {
  jest.restoreAllMocks();
});

async function workspace(name: string): Promise<{ folder: string; school: string; out: string }> {
  const folder = path.join(dir(), name);
  await fs.mkdir(folder);
  const school = path.join(folder, 'school.xlsx');
  await fs.copyFile(MIDDLE, school);
  return { folder, school, out: path.join(folder, 'review.xlsx') };
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name);
}

/** Opens the output as a user would, lets `edit` change it, saves it (exceljs re-saves the whole file, as Excel does). */
async function editOutput(out: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  edit(wb);
  await wb.xlsx.writeFile(out);
}

/** Writes a note beside the first flag of the sheet named `sheet`; returns that flag's id. */
function noteFirstFlag(wb: ExcelJS.Workbook, sheet: string, note: string): string {
  const ws = wb.getWorksheet(sheet)!;
  const { headerRow, column } = flagsTable(ws);
  ws.getCell(headerRow + 1, column('Team notes')).value = note;
  return String(ws.getCell(headerRow + 1, column('Id')).value);
}

describe('an earlier output holding sheets the run does not write is kept beside the new one', () => {
  it('plain re-runs make no backup; a sheet of the user\'s is kept, once, byte for byte, and said even with --quiet', async () => {
    const { folder, school, out } = await workspace('added');
    // Runs 1 and 2: the output holds only our sheets, so it is replaced with no backup and nothing said.
    for (let run = 1; run <= 2; run++) {
      const plain = await bin([school, '--out', out, '--quiet']);
      expect(plain).toMatchObject({ code: 0, stderr: '', stdout: `Reviewed workbook: ${out}\n` });
      expect((await fs.readdir(folder)).sort()).toEqual(['review.xlsx', 'school.xlsx']);
    }

    // The coach adds a sheet of their own and writes a note beside a flag.
    let flagId = '';
    await editOutput(out, (wb) => {
      wb.addWorksheet('My own analysis').getCell('A1').value = 'Cover for Ms Ruiz from March';
      flagId = noteFirstFlag(wb, 'Flags', 'Board, 12 March: fund the cover');
    });
    const earlier = await sha256(out);
    const schoolBefore = await sha256(school);

    // Run 3: the earlier file is kept whole under a new name, the new review written, and the user told where.
    const kept = await timedRun([school, '--out', out, '--quiet']);
    expect(kept.code).toBe(0);
    const names = (await fs.readdir(folder)).sort();
    expect(names).toHaveLength(3);
    const backupName = names.find((n) => n !== 'review.xlsx' && n !== 'school.xlsx')!;
    expect(kept.stamps.map((s) => `review (kept ${s}).xlsx`)).toContain(backupName);
    const backup = path.join(folder, backupName);
    expect(kept.stderr).toBe(
      `resource-review: kept the earlier ${out} unchanged as ${backup}: it holds sheets this run does not write ("My own analysis").\n`,
    );
    expect(await sha256(backup)).toBe(earlier);
    expect(await sha256(school)).toBe(schoolBefore);
    expect(await sheetNames(backup)).toContain('My own analysis');
    expect(await sheetNames(out)).not.toContain('My own analysis');
    // The note is carried into the new review as always.
    expect((await readEarlierOutput(out))?.notes).toEqual({ [flagId]: 'Board, 12 March: fund the cover' });

    // Run 4: the new output holds only our sheets, so no second backup; the first is untouched; the note stays.
    const again = await bin([school, '--out', out, '--quiet']);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect((await fs.readdir(folder)).sort()).toEqual(names);
    expect(await sha256(backup)).toBe(earlier);
    expect((await readEarlierOutput(out))?.notes).toEqual({ [flagId]: 'Board, 12 March: fund the cover' });
  });

  it('keeps a renamed Flags sheet in the backup and still carries its note into the new Flags', async () => {
    const { folder, school, out } = await workspace('renamed');
    expect((await bin([school, '--out', out, '--quiet'])).code).toBe(0);
    let flagId = '';
    await editOutput(out, (wb) => {
      flagId = noteFirstFlag(wb, 'Flags', 'Sept meeting: ask the district');
      wb.getWorksheet('Flags')!.name = 'Flags (Sept)';
    });
    const earlier = await sha256(out);

    const kept = await timedRun([school, '--out', out, '--quiet']);
    expect(kept.code).toBe(0);
    const backupName = (await fs.readdir(folder)).find((n) => n.startsWith('review (kept '))!;
    expect(kept.stamps.map((s) => `review (kept ${s}).xlsx`)).toContain(backupName);
    const backup = path.join(folder, backupName);
    expect(kept.stderr).toBe(
      `resource-review: kept the earlier ${out} unchanged as ${backup}: it holds sheets this run does not write ("Flags (Sept)").\n`,
    );
    expect(await sha256(backup)).toBe(earlier);
    expect(await sheetNames(out)).toContain('Flags');
    expect(await sheetNames(out)).not.toContain('Flags (Sept)');
    expect((await readEarlierOutput(out))?.notes).toEqual({ [flagId]: 'Sept meeting: ask the district' });
  });

  it('never takes a name already in use, an input of the run included: it adds a counter', async () => {
    const { folder, school, out } = await workspace('taken');
    expect((await bin([school, '--out', out, '--quiet'])).code).toBe(0);
    await editOutput(out, (wb) => void (wb.addWorksheet('Budget notes').getCell('A1').value = 'ask about Title I'));
    const earlier = await sha256(out);
    // The school itself is named as this minute's backup would be, and a user's file holds the next minute's name,
    // so whichever minute the run falls in, the first name is taken.
    const now = new Date();
    const taken = [stamp(now), stamp(new Date(now.getTime() + 60_000))].map((s) => path.join(folder, `review (kept ${s}).xlsx`));
    await fs.rename(school, taken[0]);
    await fs.writeFile(taken[1], 'a file of the user\'s');
    const before = await Promise.all(taken.map(sha256));

    const kept = await timedRun([taken[0], '--out', out, '--quiet']);
    expect(kept.code).toBe(0);
    const counted = kept.stamps.map((s) => path.join(folder, `review (kept ${s}) (2).xlsx`));
    const backup = (await fs.readdir(folder)).map((n) => path.join(folder, n)).find((f) => counted.includes(f))!;
    expect(backup).toBeDefined();
    expect(kept.stderr).toBe(
      `resource-review: kept the earlier ${out} unchanged as ${backup}: it holds sheets this run does not write ("Budget notes").\n`,
    );
    expect(await sha256(backup)).toBe(earlier);
    expect(await Promise.all(taken.map(sha256))).toEqual(before);
    expect((await fs.readdir(folder)).length).toBe(4); // review, the two taken names, the backup
  });
});

describe('where a hard link cannot be made, and when the write fails', () => {
  const noLink = () =>
    jest.spyOn(fsModule.promises, 'link').mockRejectedValue(Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' }));

  it('keeps a whole copy instead (a FAT memory stick has no hard links), with no temporary left behind', async () => {
    const { folder, school, out } = await workspace('no-links');
    expect((await runCli([school, '--out', out, '--quiet'])).code).toBe(0);
    await editOutput(out, (wb) => void (wb.addWorksheet('Mine').getCell('A1').value = 1));
    const earlier = await sha256(out);
    const link = noLink();
    const copy = jest.spyOn(fsModule.promises, 'copyFile');
    const run = await runCli([school, '--out', out, '--quiet']);
    expect(run.code).toBe(0);
    expect(link).toHaveBeenCalled();
    expect(copy).toHaveBeenCalledTimes(1);
    const names = (await fs.readdir(folder)).sort();
    expect(names).toHaveLength(3); // review, school and the backup: no temporary
    const backup = path.join(folder, names.find((n) => n.startsWith('review (kept '))!);
    expect(run.stderr).toBe(`resource-review: kept the earlier ${out} unchanged as ${backup}: it holds sheets this run does not write ("Mine").\n`);
    expect(await sha256(backup)).toBe(earlier);
  });

  it('removes its backup when the new review cannot be written: the earlier file is still whole where it was', async () => {
    const { folder, school, out } = await workspace('disk-full');
    expect((await runCli([school, '--out', out, '--quiet'])).code).toBe(0);
    await editOutput(out, (wb) => void (wb.addWorksheet('Mine').getCell('A1').value = 1));
    const earlier = await sha256(out);
    jest.spyOn(fsModule.promises, 'writeFile').mockRejectedValue(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    const run = await runCli([school, '--out', out, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('resource-review: ENOSPC: no space left on device, write\n');
    expect((await fs.readdir(folder)).sort()).toEqual(['review.xlsx', 'school.xlsx']);
    expect(await sha256(out)).toBe(earlier);
  });
});
