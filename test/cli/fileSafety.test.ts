import * as fsModule from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { generateSchool, SAMPLE_SCHOOL } from '../../src/testing/generateSchool';
import { writeGridsXlsx } from '../../src/files/writeGridsXlsx';
import { readEarlierOutput } from '../../src/files/readPreviousNotes';
import { flagsTable, runCli, sha256 } from './helpers';
import { temporaryFolder } from '../support/temporaryFolder';

const dir = temporaryFolder('srr-safety-');
let school: string;
beforeAll(async () => {
  school = path.join(dir(), 'school.xlsx');
  await writeGridsXlsx(generateSchool(SAMPLE_SCHOOL), school);
});
afterEach(() => {
  jest.restoreAllMocks();
});

/** A fresh folder holding a copy of the school, for one test. */
async function workspace(name: string): Promise<{ folder: string; input: string }> {
  const folder = path.join(dir(), name);
  await fs.mkdir(folder, { recursive: true });
  const input = path.join(folder, 'school.xlsx');
  await fs.copyFile(school, input);
  return { folder, input };
}

/** Hashes of every file in a folder (recursively), to show a run changed only what it should. */
async function hashes(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await fs.readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(folder, file)] = await sha256(file);
  }
  return result;
}

/** Puts a note beside the first flag of an output's Flags sheet and returns that flag's id. */
async function writeNote(output: string, note: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  const ws = wb.getWorksheet('Flags')!;
  const { headerRow, column } = flagsTable(ws);
  ws.getCell(headerRow + 1, column('Team notes')).value = note;
  await wb.xlsx.writeFile(output);
  return String(ws.getCell(headerRow + 1, column('Id')).value);
}

describe('the command line never destroys a file', () => {
  it('refuses an --out that is a symbolic link to the input', async () => {
    const { folder, input } = await workspace('symlink');
    const link = path.join(folder, 'results.xlsx');
    await fs.symlink(input, link);
    const before = await hashes(folder);
    const run = await runCli([input, '--out', link, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `resource-review: ${link}: the results would overwrite the input ${input} (through a symbolic link); choose another --out\n`,
    );
    expect(await hashes(folder)).toEqual(before);
  });

  it('refuses an --out that is a hard link to the input', async () => {
    const { folder, input } = await workspace('hardlink');
    const link = path.join(folder, 'results.xlsx');
    await fs.link(input, link);
    const before = await hashes(folder);
    const run = await runCli([input, '--out', link, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${link}: the results would overwrite the input ${input} (a hard link to it)`);
    expect(await hashes(folder)).toEqual(before);
  });

  it('never writes one input’s results over another input (x.xlsx x-review.xlsx)', async () => {
    const { folder, input } = await workspace('two-inputs');
    const second = path.join(folder, 'school-review.xlsx');
    await fs.copyFile(school, second); // the user's own workbook that happens to have an output's name
    const before = await hashes(folder);
    const run = await runCli([input, second, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${second}: the results would overwrite the input ${second}; choose another --out`);
    // The second school is still reviewed, from the user's file as it was, to a name of its own.
    expect(run.stdout).toBe(`Reviewed workbook: ${path.join(folder, 'school-review-review.xlsx')}\n`);
    const after = await hashes(folder);
    expect(after['school.xlsx']).toBe(before['school.xlsx']);
    expect(after['school-review.xlsx']).toBe(before['school-review.xlsx']);
  });

  it('never replaces a file that is not its own earlier output, whatever its name, and says what to do', async () => {
    const { folder, input } = await workspace('not-ours');
    const existing = path.join(folder, 'school-review.xlsx');
    await writeGridsXlsx({ sheets: [{ name: 'Flags', rows: [['Id', 'Team notes'], ['preps', 'mine']], originRow: 0, originCol: 0 }] }, existing);
    const before = await hashes(folder);
    const run = await runCli([input, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `resource-review: ${existing}: exists and is not an earlier output of resource-review (it carries no ` +
        'resource-review marker), so it is left as it is. Move or rename it, or choose another --out.\n',
    );
    expect(await hashes(folder)).toEqual(before);
  });

  it('never replaces a damaged file at the output path (an output cut off before atomic writes)', async () => {
    const { folder, input } = await workspace('damaged');
    const existing = path.join(folder, 'school-review.xlsx');
    const whole = await fs.readFile(school);
    await fs.writeFile(existing, whole.subarray(0, whole.length >> 1));
    const before = await hashes(folder);
    const run = await runCli([input, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `resource-review: ${existing}: exists and cannot be read as a workbook (damaged, cut off, or another kind of ` +
        'file), so it is left as it is. Move or rename it, or choose another --out.\n',
    );
    expect(await hashes(folder)).toEqual(before);
  });

  it('keeps the earlier output when the team changes its notes while the review runs', async () => {
    const { folder, input } = await workspace('notes-during-run');
    await runCli([input, '--quiet']);
    const output = path.join(folder, 'school-review.xlsx');
    const readFile = fs.readFile.bind(fs) as (file: fsModule.PathLike) => Promise<Buffer>;
    let typed = '';
    // While the input is being read, someone saves a note in the earlier output.
    jest.spyOn(fs, 'readFile').mockImplementation((async (file: fsModule.PathLike) => {
      if (file === input && !typed) typed = await writeNote(output, 'typed during the run');
      return readFile(file);
    }) as typeof fs.readFile);
    const run = await runCli([input, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `resource-review: ${output}: its team notes changed while the review ran; it is left as it is. Run the review again to keep them.\n`,
    );
    expect((await readEarlierOutput(output))?.notes).toEqual({ [typed]: 'typed during the run' });
  });

  it('replaces its own earlier output, found by the marker inside it even under another name', async () => {
    const { folder, input } = await workspace('ours');
    const first = await runCli([input, '--quiet']);
    expect(first.code).toBe(0);
    const renamed = path.join(folder, 'for the board.xlsx');
    await fs.rename(path.join(folder, 'school-review.xlsx'), renamed);
    const before = await sha256(input);
    const again = await runCli([input, '--out', renamed, '--quiet']);
    expect(again.code).toBe(0);
    expect(await sha256(input)).toBe(before);
    expect((await readEarlierOutput(renamed))?.ours).toBe(true);
  });

  it('writes through a symbolic link to its own earlier output, keeping the link', async () => {
    const { folder, input } = await workspace('link-to-output');
    await runCli([input, '--quiet']);
    const real = path.join(folder, 'school-review.xlsx');
    const link = path.join(folder, 'shared', 'latest.xlsx');
    await fs.mkdir(path.dirname(link));
    await fs.symlink(real, link);
    const note = await writeNote(real, 'kept through the link');
    const run = await runCli([input, '--out', link, '--quiet']);
    expect(run.code).toBe(0);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect((await readEarlierOutput(real))?.notes).toEqual({ [note]: 'kept through the link' });
    // Links to the input are relative to where the file really is, beside the input, not to the link's folder.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(real);
    const targets: string[] = [];
    const flags = wb.getWorksheet('Flags')!;
    const rowsColumn = flagsTable(flags).column('Rows');
    flags.eachRow((row) => {
      const v = row.getCell(rowsColumn).value;
      if (v && typeof v === 'object' && 'hyperlink' in v) targets.push(v.hyperlink);
    });
    // One link a flag with rows, to the first run of its rows, in the generated school (generateSchool): the Master
    // Schedule has a title, a blank row and the header, so section s is on row s + 4, columns A:K; teacher t of 12
    // teaches sections ceil(5.5t) to ceil(5.5(t + 1)) - 1 of 66. English (teachers 0-2) is sections 0-16, rows 4-20;
    // Mathematics (3-4) 17-27, rows 21-31; Science (5-6) 28-38, rows 32-42; Social Studies (7) 39-43, rows 43-47;
    // World Languages (8-9) 44-54, rows 48-58. Each core department's team and load flags link its rows (Social
    // Studies, one teacher, is no team; World Languages is not core); the preparations flag all 66 (rows 4-69). The
    // bell schedule's six periods are rows 2-7 (A:C). The budget (title, blank, header; A:F) has the coach on row 8,
    // PD on row 11, and locked money on rows 5-8 (Title I and special education) then 11 (Title II): the first run.
    expect([...targets].sort()).toEqual(
      [
        ...['A4:K20', 'A4:K20', 'A21:K31', 'A21:K31', 'A32:K42', 'A32:K42', 'A43:K47', 'A48:K58', 'A4:K69'].map((r) => `'Master Schedule'!${r}`),
        `'Bell Schedule'!A2:C7`,
        ...['A8:F8', 'A8:F8', 'A8:F8', 'A11:F11', 'A5:F8'].map((r) => `'Budget'!${r}`),
      ]
        .map((where) => `school.xlsx#${where}`)
        .sort(),
    );
  });

  it('gives two schools with the same file name distinct outputs, the same on every run in any order', async () => {
    const base = path.join(dir(), 'same-name');
    for (const d of ['d1', 'd2']) {
      await fs.mkdir(path.join(base, d), { recursive: true });
      await fs.copyFile(school, path.join(base, d, 's.xlsx'));
    }
    const [d1, d2] = [path.join(base, 'd1', 's.xlsx'), path.join(base, 'd2', 's.xlsx')];
    const out = path.join(base, 'out');
    const inputsBefore = [await sha256(d1), await sha256(d2)];
    const first = await runCli([d1, d2, '--out', out, '--quiet']);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      `Reviewed workbook: ${path.join(out, 'd1-s-review.xlsx')}\nReviewed workbook: ${path.join(out, 'd2-s-review.xlsx')}\n`,
    );
    const note = await writeNote(path.join(out, 'd1-s-review.xlsx'), 'note for d1 only');
    const reversed = await runCli([d2, d1, '--out', out, '--quiet']);
    expect(reversed.code).toBe(0);
    expect(reversed.stdout).toBe(
      `Reviewed workbook: ${path.join(out, 'd2-s-review.xlsx')}\nReviewed workbook: ${path.join(out, 'd1-s-review.xlsx')}\n`,
    );
    expect((await readEarlierOutput(path.join(out, 'd1-s-review.xlsx')))?.notes).toEqual({ [note]: 'note for d1 only' });
    expect((await readEarlierOutput(path.join(out, 'd2-s-review.xlsx')))?.notes).toEqual({});
    expect((await fs.readdir(out)).sort()).toEqual(['d1-s-review.xlsx', 'd2-s-review.xlsx']);
    expect([await sha256(d1), await sha256(d2)]).toEqual(inputsBefore);
  });

  it('names outputs apart by a hash of the input path when the folders share a name too', async () => {
    const base = path.join(dir(), 'same-folder-name');
    const [a, b] = [path.join(base, 'x', 'term', 's.xlsx'), path.join(base, 'y', 'term', 's.xlsx')];
    for (const f of [a, b]) {
      await fs.mkdir(path.dirname(f), { recursive: true });
      await fs.copyFile(school, f);
    }
    const out = path.join(base, 'out');
    const run = await runCli([a, b, '--out', out, '--quiet']);
    expect(run.code).toBe(0);
    const names = (await fs.readdir(out)).sort();
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).toMatch(/^term-s-[0-9a-f]{8}-review\.xlsx$/);
  });

  it('leaves the earlier output and its notes whole when the write fails (disk full), and the next run keeps them', async () => {
    const { folder, input } = await workspace('disk-full');
    await runCli([input, '--quiet']);
    const output = path.join(folder, 'school-review.xlsx');
    const note = await writeNote(output, 'must survive a failed write');
    const before = await hashes(folder);
    const realWrite = fsModule.promises.writeFile.bind(fsModule.promises);
    jest.spyOn(fsModule.promises, 'writeFile').mockImplementation(async (file, data) => {
      // Half the bytes reach the disk, then it is full.
      await realWrite(file as string, (data as Buffer).subarray(0, (data as Buffer).length >> 1));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    const failed = await runCli([input, '--quiet']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe('resource-review: ENOSPC: no space left on device, write\n');
    expect(await hashes(folder)).toEqual(before); // no partial file left beside it either
    jest.restoreAllMocks();

    const next = await runCli([input]);
    expect(next.code).toBe(0);
    expect(next.stderr).toContain('\n  1 team note kept\n');
    expect((await readEarlierOutput(output))?.notes).toEqual({ [note]: 'must survive a failed write' });
  });
});

describe('files that cannot be read get a message naming the file and what to do', () => {
  const cases: [string, () => Promise<Buffer>, string][] = [
    [
      'old.xls',
      async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]),
      'is an Excel 97-2003 workbook (.xls), which this tool cannot read. Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook).',
    ],
    [
      'locked.xlsx',
      // An encrypted workbook is an OLE file with an EncryptionInfo stream, named in UTF-16 in its directory.
      async () =>
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600), Buffer.from('EncryptionInfo', 'utf16le')]),
      'is password-protected (encrypted), so its sheets cannot be read. Open it in Excel and save it as .xlsx without a password.',
    ],
    [
      'school.ods',
      async () => {
        const zip = new JSZip();
        zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
        zip.file('content.xml', '<office:document-content/>');
        return zip.generateAsync({ type: 'nodebuffer' });
      },
      'is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as .xlsx.',
    ],
    ['empty.xlsx', async () => Buffer.alloc(0), 'is empty (0 bytes). Export or copy it again from where it came from.'],
    ['empty.csv', async () => Buffer.alloc(0), 'is empty (0 bytes). Export or copy it again from where it came from.'],
    [
      'cut-off.xlsx',
      async () => {
        const whole = await fs.readFile(school);
        return whole.subarray(0, whole.length >> 1);
      },
      'is damaged or incomplete (the .xlsx package is cut off, as when a copy or download stops early). Copy or export it again.',
    ],
    [
      'huge.xlsx',
      async () => {
        // A package whose directory says its parts unpack to about 4 GB each: more than this process can hold.
        const bytes = Buffer.from(await fs.readFile(school));
        for (let at = bytes.indexOf('PK\x01\x02'); at >= 0; at = bytes.indexOf('PK\x01\x02', at + 4)) bytes.writeUInt32LE(0xfffffff0, at + 24);
        return bytes;
      },
      'is too big to review in the memory available',
    ],
  ];

  it.each(cases)('%s', async (name, bytes, message) => {
    const file = path.join(dir(), 'unreadable', name);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, await bytes());
    const run = await runCli([file, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`resource-review: ${file}: ${message}`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.stdout).toBe('');
  });

  it('says so when a reader runs out of memory, instead of an internal error', async () => {
    // Reading the file fails as V8 does when a buffer cannot be allocated.
    const readFile = fs.readFile.bind(fs) as (file: fsModule.PathLike) => Promise<Buffer>;
    jest.spyOn(fs, 'readFile').mockImplementation((async (file: fsModule.PathLike) => {
      if (file === school) throw new RangeError('Array buffer allocation failed');
      return readFile(file);
    }) as typeof fs.readFile);
    const run = await runCli([school, '--json', '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`resource-review: ${school}: is too big to review in the memory available. Save a copy`);
    expect(run.stderr).toContain('NODE_OPTIONS=--max-old-space-size=8192');
  });

  it('reads a folder of CSV files as one school and says so; a folder without any says to pass its files', async () => {
    const grids = generateSchool(SAMPLE_SCHOOL);
    const folder = path.join(dir(), 'Hillview High');
    await fs.mkdir(folder, { recursive: true });
    const toCsv = (rows: unknown[][]) => rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : `"${String(v)}"`)).join(',')).join('\n');
    await fs.writeFile(path.join(folder, 'schedule.csv'), toCsv(grids.sheets.find((s) => s.name === 'Master Schedule')!.rows));
    await fs.writeFile(path.join(folder, 'bell.csv'), toCsv(grids.sheets.find((s) => s.name === 'Bell Schedule')!.rows));
    await fs.writeFile(path.join(folder, 'readme.txt'), 'not read');
    const run = await runCli([folder]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Reading the folder ${folder} as one school: bell.csv, schedule.csv\n`);
    expect(run.stdout).toBe(`Reviewed workbook: ${path.join(dir(), 'Hillview High-review.xlsx')}\n`);

    const noCsv = path.join(dir(), 'no-csv');
    await fs.mkdir(noCsv);
    const none = await runCli([noCsv]);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(
      `resource-review: ${noCsv}: is a folder with no .csv files. Pass the workbook or CSV files themselves; ` +
        'a folder is read only as one school made of the .csv files in it.\n',
    );
  });
});
