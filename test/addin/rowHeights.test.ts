// Excel on the web does not grow a row for wrapped text an add-in wrote, so the add-in sets the height of every row
// whose wrapped cells need more than one line, as the .xlsx writer does (report/layout.ts owns the figure): the
// data rows of every table on a sheet, the tables below the main one included, and the header rows. Checked through
// the strict Excel fake against hand-computed heights, and against the .xlsx writer's own file, over two runs.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRegistry, RESULT_SHEETS_SETTING } from '../../src/addin/bridge/registry';
import { cellAt, FakeWorkbook } from '../../src/addin/fake';
import type { ReportSheet } from '../../src/engine/types';
import { fakeFromXlsx } from '../support/fakeFromXlsx';
import { bridgeFor, runReview } from '../support/fakeBridge';
import { writtenWorkbook } from '../support/writtenWorkbook';

const HIGH_SCHOOL = path.resolve(__dirname, '../../assets/case-studies/high-school.xlsx');

const words = (n: number) => Array(n).fill('word').join(' ');

// A wrapping column 20 units wide holds 20 × 1.2 = 24 characters a line: five 4-letter words (5 × 4 + 4 spaces).
const SHEET: ReportSheet = {
  name: 'Findings',
  preamble: [],
  table: {
    name: 'srr_Findings',
    columns: [
      { header: 'Finding', type: 'text', width: 20, wrap: true },
      // Widest word "planning" (8 letters, bold): 8 × 1.1 + 1 → 10 units. A header line holds 10 × 0.9 × 1.2 = 10
      // characters: "Minutes of" / "common" / "planning a" / "week": 4 lines, 60 pt.
      { header: 'Minutes of common planning a week', type: 'number', width: 10 },
    ],
    rows: [
      ['short', 1],
      [words(10), 2], // 2 lines: 30 pt
      [words(7), 3], // 2 lines: 30 pt (one run with the row above)
      [words(15), 4], // 3 lines: 45 pt
      ['short again', 5],
    ],
  },
  moreTables: [
    {
      title: 'Below',
      table: { name: 'srr_Below', columns: [{ header: 'Note', type: 'notes', width: 20 }], rows: [[words(11)]] }, // 3 lines: 45 pt
    },
  ],
};

describe('row heights of wrapped rows, as the add-in writes them', () => {
  it('gives each data row and header row the hand-computed height, and one-line rows none', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Data');
    await bridgeFor(fake).writeReport({ sheets: [SHEET] });
    const sheet = fake.findSheet('Findings')!;
    // Zero-based rows: the marker (0), a blank row (1), the header (2), five data rows (3-7).
    expect(cellAt(sheet, 2, 1)?.value).toBe('Minutes of common planning a week');
    expect([2, 3, 4, 5, 6, 7].map((row) => sheet.rowHeights[row])).toEqual([60, undefined, 30, 30, 45, undefined]);
    // The table below: its title, header and one data row, each where the layout puts them.
    const noteRow = [...Array(30).keys()].find((row) => cellAt(sheet, row, 0)?.value === words(11))!;
    expect(cellAt(sheet, noteRow - 1, 0)?.value).toBe('Note');
    expect(sheet.rowHeights[noteRow]).toBe(45);
    expect(cellAt(sheet, noteRow, 0)?.format?.wrapText).toBe(true);
  });

  it('wraps words in a column of numbers and gives their row its height', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Data');
    // A number column 10 units wide holds 12 characters a line: "not in this workbook" takes 2 lines ("not in this"
    // is 11), 30 pt; the number in the row below keeps one line.
    const sheet: ReportSheet = {
      name: 'Figures',
      preamble: [],
      table: {
        name: 'srr_Figures',
        columns: [
          { header: 'Figure', type: 'text', width: 12 },
          { header: 'Value', type: 'number', width: 10 },
        ],
        rows: [
          ['Students', 'not in this workbook'],
          ['Sections', 40],
        ],
        cellTypes: { 0: { 1: 'text' } },
      },
    };
    await bridgeFor(fake).writeReport({ sheets: [sheet] });
    const written = fake.findSheet('Figures')!;
    expect(cellAt(written, 3, 1)?.value).toBe('not in this workbook');
    expect([cellAt(written, 3, 1)?.format?.wrapText, cellAt(written, 4, 1)?.format?.wrapText]).toEqual([true, true]);
    expect([written.rowHeights[3], written.rowHeights[4]]).toEqual([30, undefined]);
    // Header and rows top-aligned, as the .xlsx writer aligns them: "Students" sits level with the first line of its
    // wrapped value, not at the foot of the 30 pt row.
    for (const [row, col] of [[2, 0], [2, 1], [3, 0], [3, 1], [4, 0], [4, 1]]) expect(cellAt(written, row, col)?.format?.verticalAlignment).toBe('Top');
  });

  it('matches the .xlsx writer on every row of every sheet of a case study, over two runs', async () => {
    const fake = await fakeFromXlsx(readFileSync(HIGH_SCHOOL), { excelApi: '1.12', name: 'high-school.xlsx' });
    const { report } = (await runReview(fake)).outcome;
    const heightsOf = () =>
      parseRegistry(fake.settings.get(RESULT_SHEETS_SETTING)).map((entry) => {
        const sheet = fake.findSheet(entry.name)!;
        return { sheet: entry.report, heights: { ...sheet.rowHeights } };
      });
    const first = heightsOf();
    await runReview(fake);
    expect(heightsOf()).toEqual(first);

    const book = await writtenWorkbook(report);
    let wrappedDataRows = 0;
    for (const { sheet, heights } of first) {
      const ws = book.getWorksheet(sheet)!;
      const xlsxHeights: Record<number, number> = {};
      ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
        if (row.height !== undefined) xlsxHeights[rowNumber - 1] = row.height;
      });
      expect({ sheet, heights }).toEqual({ sheet, heights: xlsxHeights });
      wrappedDataRows += Object.keys(heights).length;
    }
    // Flags, levers and sources wrap on several sheets of the case study: many rows, not none.
    expect(wrappedDataRows).toBeGreaterThan(20);
  });
});
