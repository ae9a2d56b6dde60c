import type ExcelJS from 'exceljs';
import type { WorkbookGrids } from '../engine/types';

/** Writes grids as plain sheets (values only, text kept as text): for generated sample and test workbooks. */
export async function writeGridsXlsx(grids: WorkbookGrids, outPath: string): Promise<void> {
  // Loaded on use: only generated sample and test workbooks are written this way, so a review never loads exceljs
  // (the review's own workbook is written by xlsxWrite/).
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const grid of grids.sheets) {
    const ws = workbook.addWorksheet(grid.name);
    grid.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = ws.getCell(grid.originRow + r + 1, grid.originCol + c + 1);
        cell.value = typeof value === 'object' ? ({ error: value.error } as ExcelJS.CellErrorValue) : value;
        const format = grid.numberFormats?.[r]?.[c];
        if (format && format !== 'General') cell.numFmt = format;
      });
    });
  }
  await workbook.xlsx.writeFile(outPath);
}
