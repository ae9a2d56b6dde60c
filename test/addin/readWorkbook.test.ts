// Reading a principal's workbook through the bridge when its sheets are not tidy: a used range stretched to the
// sheet's far corner by one stray cell, and merged cells (ExcelApi 1.13, and what happens without it).
import { cellAt, EXCEL_WEB_PAYLOAD_LIMIT, FakeWorkbook } from '../../src/addin/fake';
import { review } from '../../src/engine';
import ExcelJS from 'exceljs';
import { fakeFromXlsx } from '../support/fakeFromXlsx';
import { fakeFromSheets, schoolSheets } from '../support/schoolWorkbook';
import { bridgeFor } from '../support/fakeBridge';

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

describe('sparse sheets', () => {
  it('reads a sheet holding only A1 and XFD1048576 in a few small syncs, and says what it left out', async () => {
    const workbook = new FakeWorkbook({ excelApi: '1.13' });
    const sheet = workbook.setGrid('Far', [['Teacher']]);
    cellAt(sheet, LAST_ROW, LAST_COL, true).value = 'stray';
    const read = await bridgeFor(workbook).readWorkbook();
    expect(read.grids.sheets).toEqual([{ name: 'Far', rows: [['Teacher']], originRow: 0, originCol: 0 }]);
    expect(read.notices).toEqual([
      'Sheet "Far": cells at XFD1048576 are far from the rest of its data and were not read. If they belong to the table, move them next to it.',
    ]);
    // Listing, markers and used ranges, a few rounds of tiles, the sample and one block: the count follows the data.
    expect(workbook.syncCount).toBeLessThan(15);
    expect(Math.max(...workbook.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)))).toBeLessThan(100_000);
  });

  it('reads a school whose schedule has a stray far cell exactly as it reads the tidy school', async () => {
    const tidy = fakeFromSheets(schoolSheets(240), { excelApi: '1.13' });
    const stray = fakeFromSheets(schoolSheets(240), { excelApi: '1.13' });
    cellAt(stray.findSheet('Schedule')!, 900_000, 9_000, true).value = 'x';
    const [tidyRead, strayRead] = [await bridgeFor(tidy).readWorkbook(), await bridgeFor(stray).readWorkbook()];
    expect(strayRead.grids).toEqual(tidyRead.grids);
    expect(strayRead.notices).toEqual([expect.stringContaining('Sheet "Schedule": cells at MHE900001 are far from the rest')]);
    expect(review({ workbook: strayRead.grids }).result.keyFigures).toEqual(review({ workbook: tidyRead.grids }).result.keyFigures);
    expect(Math.max(...stray.syncs.map((s) => s.responseBytes))).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT / 2);
  });

  it('joins the pieces of a wide sheet that are near enough into one grid, blanks between them', async () => {
    const workbook = new FakeWorkbook({ excelApi: '1.13' });
    const sheet = workbook.setGrid('Wide', [
      ['Teacher', 'Course'],
      ['Ms A', 'Math'],
    ]);
    // Column 2,100 (CCT): too wide to read whole (more than 2,000 columns), near enough to join (in the same rows).
    cellAt(sheet, 0, 2_099, true).value = 'Note';
    const read = await bridgeFor(workbook).readWorkbook();
    const [grid] = read.grids.sheets;
    expect([grid.rows.length, grid.rows[0].length]).toEqual([2, 2_100]);
    expect([grid.rows[0][0], grid.rows[1][1], grid.rows[0][2_099], grid.rows[1][2_099], grid.rows[0][500]]).toEqual(['Teacher', 'Math', 'Note', null, null]);
    expect(read.notices).toEqual([]);
  });
});

describe('wide sheets', () => {
  it('sample many wide sheets in several syncs instead of one that passes 5 MB', async () => {
    const workbook = new FakeWorkbook({ excelApi: '1.13' });
    // Ten sheets of 30 rows by 1,900 columns: the first 25 rows of all ten come to about 7 MB of values and formats.
    const row = (r: number) => Array.from({ length: 1_900 }, (_, c) => `r${r}c${c}`);
    for (let s = 0; s < 10; s++) workbook.setGrid(`Wide ${s}`, Array.from({ length: 30 }, (_, r) => row(r)));
    const read = await bridgeFor(workbook).readWorkbook();
    expect(read.grids.sheets.map((s) => [s.rows.length, s.rows[29][1_899]])).toEqual(Array.from({ length: 10 }, () => [30, 'r29c1899']));
    expect(Math.max(...workbook.syncs.map((s) => s.responseBytes))).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT / 2);
  });
});

describe('merged cells', () => {
  it('reach the engine as merged areas relative to the sheet where ExcelApi 1.13 is there', async () => {
    const workbook = new FakeWorkbook({ excelApi: '1.13' });
    const sheet = workbook.setGrid('Schedule', [['Schedule'], [], ['Teacher', 'Period'], ['Ms A', 1], [null, 2], [null, 3]], { row: 1, col: 1 });
    sheet.merges.push({ row: 4, col: 1, rows: 3, cols: 1 });
    const read = await bridgeFor(workbook).readWorkbook();
    expect(read.grids.sheets[0]).toMatchObject({ originRow: 1, originCol: 1, merges: [{ top: 4, left: 1, bottom: 6, right: 1 }] });
    expect(read.notices).toEqual([]);
  });

  it('come through from an .xlsx file: a teacher merged down three rows reaches the engine as one merge', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Schedule');
    sheet.addRows([['Teacher', 'Period'], ['Ms A', 1], [null, 2], [null, 3]]);
    sheet.mergeCells('A2:A4');
    const workbook = await fakeFromXlsx(Buffer.from(await book.xlsx.writeBuffer()), { excelApi: '1.13' });
    const read = await bridgeFor(workbook).readWorkbook();
    expect(read.grids.sheets[0]).toMatchObject({ rows: [['Teacher', 'Period'], ['Ms A', 1], [null, 2], [null, 3]], merges: [{ top: 1, left: 0, bottom: 3, right: 0 }] });
  });

  it('are read as separate cells below ExcelApi 1.13, and the read says so', async () => {
    const workbook = new FakeWorkbook({ excelApi: '1.12' });
    const sheet = workbook.setGrid('Schedule', [['Teacher', 'Period'], ['Ms A', 1], [null, 2]]);
    sheet.merges.push({ row: 1, col: 0, rows: 2, cols: 1 });
    const read = await bridgeFor(workbook).readWorkbook();
    expect(read.grids.sheets[0].merges).toBeUndefined();
    expect(read.notices).toEqual([
      'Merged cells are read as separate cells: this Excel lacks ExcelApi 1.13, so a value merged over several rows counts for its first row only.',
    ]);
  });
});
