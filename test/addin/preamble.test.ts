// The add-in writes each result sheet's preamble as the command line's .xlsx writer does: every line merged across
// the sheet's columns and wrapped there, top-aligned, the first line a 14-point bold title, each row as high as its
// wrapped text (report/layout.ts), all in the syncs the sheet already takes. Checked through the strict Excel fake,
// against hand-computed heights and against the .xlsx writer's own file, over two consecutive runs.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRegistry, RESULT_SHEETS_SETTING } from '../../src/addin/bridge/registry';
import { cellAt, FakeWorkbook, type FakeSheet } from '../../src/addin/fake';
import type { Report, ReportSheet } from '../../src/engine/types';
import { fakeFromXlsx } from '../support/fakeFromXlsx';
import { bridgeFor, runReview } from '../support/fakeBridge';
import { writtenWorkbook } from '../support/writtenWorkbook';

const HIGH_SCHOOL = path.resolve(__dirname, '../../assets/case-studies/high-school.xlsx');

/** Zero-based sheet rows of the preamble: row 0 is the ownership marker. */
function preambleRows(sheet: FakeSheet, lines: number) {
  return Array.from({ length: lines }, (_, i) => {
    const row = 1 + i;
    return {
      text: cellAt(sheet, row, 0)?.value,
      format: cellAt(sheet, row, 0)?.format,
      height: sheet.rowHeights[row],
      merge: sheet.merges.find((m) => m.row === row) ?? null,
    };
  });
}

// Two columns of widths 30 and 20 (a one-letter header asks no more): the preamble spans 50 width units.
const TITLE = 'Teacher load at Example High: what the schedule shows'; // 53 characters
const BODY = `${'word '.repeat(20).trim()} ${'more '.repeat(5).trim()}`; // 99 + 1 + 24 = 124 characters
const SHORT = 'One line.';
function exampleSheet(preamble: string[]): ReportSheet {
  return {
    name: 'Load',
    preamble,
    table: {
      name: 'srr_Load',
      columns: [
        { header: 'A', type: 'text', width: 30 },
        { header: 'B', type: 'number', width: 20 },
      ],
      rows: [['x', 1]],
    },
  };
}

describe('the preamble of a result sheet, as the add-in writes it', () => {
  it('merges each line across the columns, wraps it top-aligned, sets the title and the hand-computed heights', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Data');
    await bridgeFor(fake).writeReport({ sheets: [exampleSheet([TITLE, BODY, SHORT])] });
    const sheet = fake.findSheet('Load')!;
    const rows = preambleRows(sheet, 3);
    expect(rows.map((r) => r.text)).toEqual([TITLE, BODY, SHORT]);
    // Each line is its own merged area across both columns (A2:B2, A3:B3, A4:B4), nothing else is merged.
    expect(sheet.merges).toEqual([1, 2, 3].map((row) => ({ row, col: 0, rows: 1, cols: 2 })));
    expect(rows.map((r) => [r.format?.wrapText, r.format?.verticalAlignment])).toEqual([
      [true, 'Top'],
      [true, 'Top'],
      [true, 'Top'],
    ]);
    expect(rows[0].format).toMatchObject({ bold: true, fontSize: 14 });
    expect(rows[1].format?.bold).toBeUndefined();
    expect(rows[1].format?.fontSize).toBeUndefined();
    // Title: 50 units × 0.65 = 32.5 units × 1.2 characters = 39 characters a line; 53 characters of words take 2
    // lines ("Teacher load at Example High: what the" is 38), at 18.75 pt a line: 37.5 pt.
    // Body: 50 × 1.2 = 60 characters a line; 124 characters of 4-letter words: 12 words (59) a line, 25 words,
    // 3 lines, at 15 pt: 45 pt. The one-line row keeps Excel's default height (none set).
    expect(rows.map((r) => r.height)).toEqual([37.5, 45, undefined]);
    // The header row keeps its place below the preamble and a blank row: marker, 3 lines, blank, header on row 5.
    expect(cellAt(sheet, 5, 0)?.value).toBe('A');
  });

  it("holds a title too long for Excel's highest row at 409 points, and the write goes through", async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Data');
    // 39 characters a line (as above) hold 4 words of 9 letters (4 × 9 + 3 spaces = 39): 100 words take 25 lines,
    // held to 24 by the shared limit: 24 × 18.75 = 450 pt, past Excel's 409, so 409.
    await bridgeFor(fake).writeReport({ sheets: [exampleSheet([Array(100).fill('abcdefghi').join(' ')])] });
    expect(fake.findSheet('Load')!.rowHeights[1]).toBe(409);
  });

  it('takes no sync more than the same sheet without a preamble', async () => {
    const syncsFor = async (preamble: string[]) => {
      const fake = new FakeWorkbook();
      fake.addSheet('Data');
      await bridgeFor(fake).writeReport({ sheets: [exampleSheet(preamble)] });
      return fake.syncCount;
    };
    // Measured: 5 syncs either way (sheets and tables, ownership, the sheet's one batch, the check, the commit).
    expect(await syncsFor([TITLE, BODY, SHORT])).toBe(await syncsFor([]));
    expect(await syncsFor([TITLE, BODY, SHORT])).toBe(5);
  });

  it('a one-column sheet wraps its preamble in column A without merging', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Data');
    const report: Report = {
      sheets: [{ name: 'Notes', preamble: [TITLE], table: { name: 'srr_Notes', columns: [{ header: 'Note', type: 'text', width: 40 }], rows: [] } }],
    };
    await bridgeFor(fake).writeReport(report);
    const sheet = fake.findSheet('Notes')!;
    expect(sheet.merges).toEqual([]);
    // 40 × 0.65 = 26 units × 1.2 = 31 characters a line: "Teacher load at Example High:" (29), "what the schedule
    // shows" (24): 2 lines, 37.5 pt.
    expect(preambleRows(sheet, 1)).toEqual([{ text: TITLE, format: { wrapText: true, verticalAlignment: 'Top', bold: true, fontSize: 14 }, height: 37.5, merge: null }]);
  });

  it('matches the .xlsx writer on every sheet of a case study, and a second run lays it out the same', async () => {
    const fake = await fakeFromXlsx(readFileSync(HIGH_SCHOOL), { excelApi: '1.12', name: 'high-school.xlsx' });
    const { report } = (await runReview(fake)).outcome;
    const layoutOf = () =>
      parseRegistry(fake.settings.get(RESULT_SHEETS_SETTING)).map((entry) => {
        const sheet = fake.findSheet(entry.name)!;
        const spec = report.sheets.find((s) => s.name === entry.report)!;
        return { report: entry.report, rows: preambleRows(sheet, spec.preamble.length), merges: sheet.merges.length };
      });
    const first = layoutOf();

    // A second run (the workbook now holds the first run's sheets) replaces them; the new sheets are laid out alike.
    await runReview(fake);
    expect(layoutOf()).toEqual(first);

    const book = await writtenWorkbook(report);
    let titled = 0;
    for (const { report: name, rows, merges } of first) {
      const ws = book.getWorksheet(name)!;
      const xlsxMerges = (ws.model as unknown as { merges: string[] }).merges;
      // The preamble's merges are the sheet's only ones in both files.
      expect([name, merges]).toEqual([name, xlsxMerges.length]);
      rows.forEach((row, i) => {
        const cell = ws.getCell(2 + i, 1);
        const expected = {
          text: cell.value,
          merged: row.merge ? `A${2 + i}:${String.fromCharCode(64 + row.merge.cols)}${2 + i}` : null,
          height: ws.getRow(2 + i).height,
          wrap: cell.alignment?.wrapText,
          top: cell.alignment?.vertical === 'top',
          bold: cell.font?.bold,
          size: cell.font?.size,
        };
        const actual = {
          text: row.text,
          merged: row.merge ? xlsxMerges.find((m) => m.startsWith(`A${2 + i}:`)) ?? 'none in the .xlsx' : null,
          height: row.height,
          wrap: row.format?.wrapText,
          top: row.format?.verticalAlignment === 'Top',
          bold: row.format?.bold,
          // A cell whose size was never set is in Excel's default 11-point font, which exceljs reads back as 11.
          size: row.format?.fontSize ?? 11,
        };
        expect([name, i, actual]).toEqual([name, i, expected]);
      });
      if (rows.length > 0 && rows[0].format?.fontSize === 14) titled++;
    }
    // Every sheet with a preamble has its title (the case study's sheets all have one).
    expect(titled).toBe(first.filter((s) => s.rows.length > 0).length);
    expect(titled).toBeGreaterThan(3);
  });
});
