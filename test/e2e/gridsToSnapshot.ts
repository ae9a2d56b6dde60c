import type { CellValue, WorkbookGrids } from '../../src/engine/types';
import type { FakeScalar, WorkbookSnapshot } from '../../src/addin/fake';

/** What Excel's `values` would return for a reader's cell: errors as their text, blanks as ''. */
function scalar(value: CellValue): FakeScalar {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  return value;
}

/** A workbook read from a file, placed at its sheet origins, as the Excel fake's preload. */
export function gridsToSnapshot(grids: WorkbookGrids): WorkbookSnapshot {
  return {
    name: grids.name,
    sheets: grids.sheets.map((sheet) => {
      const width = sheet.originCol + sheet.rows.reduce((max, row) => Math.max(max, row.length), 0);
      const values: FakeScalar[][] = [];
      for (let r = 0; r < sheet.originRow; r++) values.push(new Array<FakeScalar>(width).fill(''));
      const numberFormats: Record<string, string> = {};
      sheet.rows.forEach((row, r) => {
        const line = new Array<FakeScalar>(width).fill('');
        row.forEach((cell, c) => {
          line[sheet.originCol + c] = scalar(cell);
          const format = sheet.numberFormats?.[r]?.[c];
          if (format && format !== 'General') numberFormats[`${sheet.originRow + r},${sheet.originCol + c}`] = format;
        });
        values.push(line);
      });
      return { name: sheet.name, values, numberFormats };
    }),
  };
}
