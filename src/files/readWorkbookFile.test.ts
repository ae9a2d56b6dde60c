import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from './readWorkbookFile';
import { parseWorkbook } from '../engine/parse/parseWorkbook';
import { defaultSettings } from '../engine/settings/defaults';
import { temporaryFolder } from '../../test/support/temporaryFolder';

const dir = temporaryFolder('srr-read-');

describe('readWorkbookFile', () => {
  it('reads a small file holding only A1 and XFD1048576 without building a dense sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Sparse');
    ws.getCell('A1').value = 'Teacher';
    ws.getCell('XFD1048576').value = 'far away';
    const file = path.join(dir(), 'sparse.xlsx');
    await workbook.xlsx.writeFile(file);
    expect((await fs.stat(file)).size).toBeLessThan(10_000);

    const before = process.memoryUsage().heapUsed;
    const grids = await readWorkbookFile(file);
    // A dense grid would need 17 billion cells; the two cells cost next to nothing (generous bound: 50 MB).
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50_000_000);
    const [grid] = grids.sheets;
    expect(grid.rows).toEqual([['Teacher']]);
    expect(grid.outlyingCells).toEqual([{ row: 1048575, col: 16383, value: 'far away' }]);

    const parsed = parseWorkbook(grids, defaultSettings());
    const outlying = parsed.dataCheck.find((d) => d.code === 'outlying-cells');
    expect(outlying).toMatchObject({ sheet: 'Sparse', cell: 'XFD1048576' });
    expect(outlying?.message).toContain('1 cell with data far from the rest of its data (XFD1048576)');
  });

  it('passes merged areas, so a teacher merged down three rows teaches all three', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Schedule');
    ws.addRows([
      ['Section', 'Course', 'Teacher', 'Period', 'Enrolled'],
      ['101', 'English 9', 'Núñez', 1, 25],
      ['102', 'English 10', null, 2, 27],
      ['103', 'English 11', null, 3, 29],
    ]);
    ws.mergeCells('C2:C4');
    const file = path.join(dir(), 'merged.xlsx');
    await workbook.xlsx.writeFile(file);

    const grids = await readWorkbookFile(file);
    // The reader gives the value in the top-left cell only, as office-js does, plus the area (C2:C4 zero-based).
    expect(grids.sheets[0].merges).toEqual([{ top: 1, left: 2, bottom: 3, right: 2 }]);
    expect(grids.sheets[0].rows.map((r) => r[2])).toEqual(['Teacher', 'Núñez', null, null]);

    const parsed = parseWorkbook(grids, defaultSettings());
    expect(parsed.sections.map((s) => [s.id, s.teachers])).toEqual([
      ['101', ['Núñez']],
      ['102', ['Núñez']],
      ['103', ['Núñez']],
    ]);
  });
  it('reads a department-split schedule with a merged two-row header from an .xlsx, end to end', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const [name, rows] of [
      ['English', [['E1', 'English 9', 'Núñez', 'Ana', 1], ['E2', 'English 10', 'Núñez', 'Ana', 2]]],
      ['Math', [['M1', 'Algebra 1', 'Lee', 'Sam', 1]]],
    ] as const) {
      const ws = workbook.addWorksheet(name);
      ws.addRow(['Section', 'Course', 'Teacher', null, 'Period']);
      ws.addRow([null, null, 'Last', 'First', null]);
      for (const row of rows) ws.addRow([...row]);
      ws.mergeCells('C1:D1'); // "Teacher" over Last | First
      ws.mergeCells('A1:A2');
      ws.mergeCells('B1:B2');
      ws.mergeCells('E1:E2');
    }
    const file = path.join(dir(), 'split.xlsx');
    await workbook.xlsx.writeFile(file);

    const parsed = parseWorkbook(await readWorkbookFile(file), defaultSettings());
    expect(parsed.tables.map((t) => [t.kind, t.sheet, t.headerRow, t.firstDataRow])).toEqual([
      ['schedule', 'English', 2, 3],
      ['schedule', 'Math', 2, 3],
    ]);
    expect(parsed.sections.map((s) => [s.id, s.teachers.join('+'), s.source.sheet, s.source.firstRow])).toEqual([
      ['E1', 'Núñez, Ana', 'English', 3],
      ['E2', 'Núñez, Ana', 'English', 4],
      ['M1', 'Lee, Sam', 'Math', 3],
    ]);
  });
});
