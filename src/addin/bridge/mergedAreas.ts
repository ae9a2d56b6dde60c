// Merged areas as the engine takes them (zero-based, relative to the sheet), from the address office-js gives a
// RangeAreas: "Sheet1!A1:B4, Sheet1!D1:D4", with quoted sheet names such as 'Year 7, 8'!A1:A3 (Excel.RangeAreas
// › address: "will contain the worksheet name for each rectangular block of cells").
import { parseRangeAddress } from './a1';

export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseAreasAddress(address: string): MergedArea[] {
  // A quoted sheet name may hold commas and "!"; it says nothing about the cells, so it goes first.
  const unquoted = address.replace(/'(?:[^']|'')*'/g, 'S');
  return unquoted
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      try {
        const box = parseRangeAddress(part);
        return [{ top: box.row, left: box.col, bottom: box.row + box.rows - 1, right: box.col + box.cols - 1 }];
      } catch {
        return [];
      }
    });
}
