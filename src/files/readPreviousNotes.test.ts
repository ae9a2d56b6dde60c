import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildReport } from '../engine/report/buildReport';
import { sampleResult } from '../testing/sampleResult';
import { MARKER_SHEET, MARKER_TEXT, writeReportXlsx } from './writeReportXlsx';
import { notesInCells, readEarlierOutput, whatIfInputsInCells } from './readPreviousNotes';
import { listSheets, openXlsx, readSheetCells, sheetMayHoldRow } from './xlsxParts';
import { temporaryFolder } from '../../test/support/temporaryFolder';

const run = promisify(execFile);
const NOTES = { 'core-load:Smith': 'Ask for two more English sections', 'gone:old': 'Revisit in spring' };

const dir = temporaryFolder('srr-earlier-');
let out: string;
beforeAll(async () => {
  out = path.join(dir(), 'school-review.xlsx');
  await writeReportXlsx(buildReport(sampleResult(), NOTES), out);
});

/** Rewrites parts of a package, as another program saving the file would. */
async function rewriteParts(from: string, to: string, rewrite: (name: string, xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(from));
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    const xml = await zip.file(name)!.async('string');
    zip.file(name, rewrite(name, xml));
  }
  await fs.writeFile(to, await zip.generateAsync({ type: 'nodebuffer' }));
}

describe('readEarlierOutput', () => {
  it('recognises its own output by the marker and reads every note, including those on flags that did not fire', async () => {
    expect(await readEarlierOutput(out)).toEqual({ ours: true, notes: NOTES, whatIfInputs: {} });
  });

  it('is undefined when there is no file', async () => {
    expect(await readEarlierOutput(path.join(dir(), 'absent-review.xlsx'))).toBeUndefined();
  });

  it('does not take a file for ours by its name or its look: no marker, a changed marker, not a workbook', async () => {
    const lookalike = path.join(dir(), 'lookalike-review.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Flags').addRow(['Id', 'Team notes']);
    wb.getWorksheet('Flags')!.addRow(['core-load:Smith', 'the user’s own work']);
    await wb.xlsx.writeFile(lookalike);
    expect(await readEarlierOutput(lookalike)).toEqual({ ours: false, notes: {}, whatIfInputs: {} });

    const forged = path.join(dir(), 'forged-review.xlsx');
    wb.addWorksheet(MARKER_SHEET).getCell('A1').value = 'something else';
    await wb.xlsx.writeFile(forged);
    expect(await readEarlierOutput(forged)).toEqual({ ours: false, notes: {}, whatIfInputs: {} });

    const text = path.join(dir(), 'text-review.xlsx');
    await fs.writeFile(text, 'Teacher,Course\nSmith,English\n');
    expect(await readEarlierOutput(text)).toEqual({ ours: false, notes: {}, whatIfInputs: {}, unreadable: true });
  });

  it('reads the notes of a file whose drawing exceljs cannot load ("reading \'anchors\'")', async () => {
    // Another program wrote the chart's drawing with a default namespace instead of the xdr: prefix: valid XML
    // that exceljs 4.4 fails on (exceljs/exceljs#2591). Only the Flags sheet is read, so the notes still come back.
    const resaved = path.join(dir(), 'resaved-review.xlsx');
    await rewriteParts(out, resaved, (name, xml) =>
      /drawings\/[^/]+\.xml$/.test(name) ? xml.replace('xmlns:xdr=', 'xmlns=').replace(/<(\/?)xdr:/g, '<$1') : xml,
    );
    await expect(new ExcelJS.Workbook().xlsx.readFile(resaved)).rejects.toThrow("reading 'anchors'");
    expect(await readEarlierOutput(resaved)).toEqual({ ours: true, notes: NOTES, whatIfInputs: {} });
  });

  it('reads the notes of a file with prefixed sheet XML and absolute part names', async () => {
    const other = path.join(dir(), 'prefixed-review.xlsx');
    const wb = new ExcelJS.Workbook();
    const flags = wb.addWorksheet('Flags');
    flags.addRow(['A preamble line']);
    flags.addRow(['Id', 'Severity', 'Team notes']);
    flags.addRow(['pd-spending', 'info', 'Keep the coach']);
    wb.addWorksheet(MARKER_SHEET, { state: 'veryHidden' }).getCell('A1').value = MARKER_TEXT;
    const plain = path.join(dir(), 'plain.xlsx');
    await wb.xlsx.writeFile(plain);
    await rewriteParts(plain, other, (name, xml) => {
      if (name === 'xl/_rels/workbook.xml.rels') return xml.replace(/Target="worksheets\//g, 'Target="/xl/worksheets/');
      if (!name.startsWith('xl/worksheets/sheet')) return xml;
      // Every element takes an x: prefix bound to the spreadsheet namespace, as some writers do.
      return xml.replace(/xmlns="([^"]+)"/, 'xmlns:x="$1"').replace(/<(\/?)([A-Za-z][\w]*)([\s>/])/g, '<$1x:$2$3');
    });
    expect(await readEarlierOutput(other)).toEqual({ ours: true, notes: { 'pd-spending': 'Keep the coach' }, whatIfInputs: {} });
  });

  it('finds a renamed What If sheet by its header row, passing over sheets that cannot hold it without reading them', async () => {
    const file = path.join(dir(), 'renamed-what-if.xlsx');
    const wb = new ExcelJS.Workbook();
    const flags = wb.addWorksheet('Flags');
    flags.addRow(['Id', 'Team notes']);
    // A data sheet of numbers: among them the shared-string indices of "Id" (0) and "Your value" (3), as numbers.
    const load = wb.addWorksheet('Teacher Load');
    for (let r = 0; r < 50; r++) load.addRow([r, r % 3, r * 2]);
    const plan = wb.addWorksheet('My plan');
    plan.addRow(['Id', 'Lever', 'Your value', 'Meets practice at']);
    plan.addRow(['class-size', 'Class size', 27, 25]);
    plan.addRow(['coach', 'Coaches', 25, 25]);
    wb.addWorksheet(MARKER_SHEET, { state: 'veryHidden' }).getCell('A1').value = MARKER_TEXT;
    await wb.xlsx.writeFile(file);

    // 27 differs from its start (25) so it is carried, as the cells' texts; the coach input was left at its start, so it is not.
    expect(await readEarlierOutput(file)).toEqual({ ours: true, notes: {}, whatIfInputs: { 'class-size': { value: '27', start: '25' } } });
    const zip = openXlsx(await fs.readFile(file));
    const parts = new Map(listSheets(zip).map((s) => [s.name, s.part]));
    expect(sheetMayHoldRow(zip, parts.get('Teacher Load')!, ['Id', 'Your value'])).toBe(false);
    expect(sheetMayHoldRow(zip, parts.get('Flags')!, ['Id', 'Your value'])).toBe(false);
    expect(sheetMayHoldRow(zip, parts.get('My plan')!, ['Id', 'Your value'])).toBe(true);
  });

  it('finds a header written as inline strings, which the shared-string check cannot see', async () => {
    const file = path.join(dir(), 'inline-header.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Flags').addRow(['Id', 'Team notes']);
    wb.addWorksheet('Plan').addRow(['Id', 'Your value']);
    wb.addWorksheet(MARKER_SHEET, { state: 'veryHidden' }).getCell('A1').value = MARKER_TEXT;
    const plain = path.join(dir(), 'inline-plain.xlsx');
    await wb.xlsx.writeFile(plain);
    await rewriteParts(plain, file, (name, xml) => {
      if (name !== 'xl/worksheets/sheet2.xml') return xml;
      // The header as inline strings ("Id" is shared string 0, "Your value" 2), padded as a user might type them.
      return xml.replace('t="s"><v>0</v>', 't="inlineStr"><is><t xml:space="preserve"> Id </t></is>').replace('t="s"><v>2</v>', 't="inlineStr"><is><t>Your value</t></is>');
    });
    const zip = openXlsx(await fs.readFile(file));
    const parts = new Map(listSheets(zip).map((s) => [s.name, s.part]));
    expect(sheetMayHoldRow(zip, parts.get('Plan')!, ['Id', 'Your value'])).toBe(true);
    expect(readSheetCells(zip, parts.get('Plan')!).map((c) => c.text)).toEqual([' Id ', 'Your value']);
  });

  it('refuses, naming the file, when the Flags header row was deleted and notes can no longer be matched', async () => {
    const wb = new ExcelJS.Workbook();
    const flags = wb.addWorksheet('Flags');
    flags.addRow(['core-load:Smith', 'critical', 'a note whose column is no longer known']);
    wb.addWorksheet(MARKER_SHEET, { state: 'veryHidden' }).getCell('A1').value = MARKER_TEXT;
    const headless = path.join(dir(), 'headless-review.xlsx');
    await wb.xlsx.writeFile(headless);
    await expect(readEarlierOutput(headless)).rejects.toThrow(
      `${headless}: the team's notes in this earlier output could not be read (its Flags sheet has no header row with ` +
        '"Id" and "Team notes"); it is left as it is. Copy the notes elsewhere and move the file away, or choose another --out.',
    );
  });

  it('reads the notes of its output re-saved by LibreOffice', async () => {
    const outDir = path.join(dir(), 'lo');
    await run(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir(), 'lo-profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, out],
      { timeout: 110_000 },
    );
    const resaved = path.join(outDir, 'school-review.xlsx');
    // LibreOffice keeps the marker sheet (very hidden becomes hidden) and the Flags table.
    expect(await readEarlierOutput(resaved)).toEqual({ ours: true, notes: NOTES, whatIfInputs: {} });
  }, 120_000);
});

describe('notesInCells', () => {
  const cell = (row: number, col: number, text: string) => ({ row, col, text });
  const table = (top: number) => [
    cell(top, 1, 'Id'),
    cell(top, 2, 'Severity'),
    cell(top, 3, 'Team notes'),
    cell(top + 1, 1, 'core-load:English'),
    cell(top + 1, 3, 'More sections'),
    cell(top + 2, 1, 'preps'),
    cell(top + 3, 1, 'gone:old'),
    cell(top + 3, 2, 'not firing in this run'),
    cell(top + 3, 3, 'Keep watching'),
  ];
  const expected = { 'core-load:English': 'More sections', 'gone:old': 'Keep watching' };

  it('finds the header by its content wherever the user moved it', () => {
    expect(notesInCells(table(3))).toEqual(expected);
    // Two rows deleted above the header, or five inserted (one of them mentioning "Team notes" but no "Id").
    expect(notesInCells(table(1))).toEqual(expected);
    expect(notesInCells([cell(2, 1, 'Team notes'), cell(3, 3, 'a stray note'), ...table(8)])).toEqual(expected);
  });

  it('finds the columns by their headers when the user moved them, and no table when there is no header', () => {
    const moved = [cell(4, 5, 'Team notes'), cell(4, 2, 'Id'), cell(5, 2, 'preps'), cell(5, 5, 'Fewer courses')];
    expect(notesInCells(moved)).toEqual({ preps: 'Fewer courses' });
    expect(notesInCells([cell(1, 1, 'Teacher'), cell(2, 1, 'Smith')])).toBeUndefined();
  });
});

describe('whatIfInputsInCells', () => {
  const cell = (row: number, col: number, text: string) => ({ row, col, text });

  it('reads each lever\'s "Your value" cell and its start, by lever id, down to the first empty row, as the cells hold them', () => {
    const cells = [
      // A title row mentioning "Your value" without "Id" is not the header.
      cell(1, 1, 'Type Your value below'),
      cell(3, 6, 'Your value'),
      cell(3, 2, 'Id'),
      cell(3, 7, 'Meets practice at'),
      cell(4, 2, 'coreClassSize'),
      cell(4, 6, '24'),
      cell(4, 7, '24'),
      cell(5, 2, 'sectionsPerCoreTeacher'),
      cell(5, 6, '5'),
      cell(5, 7, '5.5'),
      cell(6, 2, 'pdDollars'),
      cell(6, 6, 'lots'),
      cell(6, 7, '120000'),
      // Row 7 is empty: the levers table ends there, so the next table's ids are not read as levers.
      cell(8, 2, 'coachFte'),
      cell(8, 6, '3'),
    ];
    // The reader only reads: coreClassSize at its start (24 beside 24) is there too; the engine decides it follows the
    // next run's start (whatIf/keptInputs.ts, and test/whatif/typedInputsBothDoors.test.ts for the rule).
    expect(whatIfInputsInCells(cells)).toEqual({
      coreClassSize: { value: '24', start: '24' },
      sectionsPerCoreTeacher: { value: '5', start: '5.5' },
      pdDollars: { value: 'lots', start: '120000' },
    });
    expect(whatIfInputsInCells([cell(1, 1, 'Id'), cell(1, 2, 'Team notes')])).toBeUndefined();
  });

  it('reads an id such as "constructor" or "__proto__" as a key like any other, the first row of it holding a value', () => {
    const cells = [
      cell(1, 1, 'Id'),
      cell(1, 2, 'Your value'),
      cell(2, 1, 'constructor'),
      cell(2, 2, '3'),
      cell(3, 1, '__proto__'),
      cell(3, 2, '4'),
      cell(4, 1, 'constructor'),
      cell(4, 2, '5'),
    ];
    const inputs = whatIfInputsInCells(cells)!;
    // With a plain object, "constructor" was taken for present already (`in` sees the prototype) and dropped, and
    // "__proto__" replaced the object's prototype instead of being kept.
    expect(Object.keys(inputs)).toEqual(['constructor', '__proto__']);
    expect([inputs.constructor, Object.getOwnPropertyDescriptor(inputs, '__proto__')?.value]).toEqual([{ value: '3' }, { value: '4' }]);
  });
});
