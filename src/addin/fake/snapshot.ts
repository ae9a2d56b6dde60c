// A plain-JSON picture of a fake workbook: enough to preload a browser page and to compare user sheets before
// and after a run (values, formulas and number formats).
import { cellAt, FakeWorkbook, type FakeScalar, type FakeWorkbookOptions } from './fakeWorkbook';

export interface SheetSnapshot {
  name: string;
  /** Row-major cell values from A1; '' for an empty cell. */
  values: FakeScalar[][];
  /** Formulas by A1-relative position "row,col" (zero-based), only for cells that hold one. */
  formulas?: Record<string, string>;
  /** Number formats by "row,col", only for cells not in "General". */
  numberFormats?: Record<string, string>;
  protected?: boolean;
}

export interface WorkbookSnapshot {
  name?: string;
  sheets: SheetSnapshot[];
  settings?: Record<string, unknown>;
}

export function snapshotWorkbook(workbook: FakeWorkbook, only?: (sheetName: string) => boolean): WorkbookSnapshot {
  const sheets = workbook.sheets
    .filter((sheet) => !only || only(sheet.name))
    .map((sheet): SheetSnapshot => {
      const values: FakeScalar[][] = [];
      const formulas: Record<string, string> = {};
      const numberFormats: Record<string, string> = {};
      const width = sheet.cells.reduce((max, line) => Math.max(max, line ? line.length : 0), 0);
      for (let r = 0; r < sheet.cells.length; r++) {
        const line: FakeScalar[] = [];
        for (let c = 0; c < width; c++) {
          const cell = cellAt(sheet, r, c);
          line.push(cell?.value ?? '');
          if (cell?.formula) formulas[`${r},${c}`] = cell.formula;
          if (cell?.numberFormat) numberFormats[`${r},${c}`] = cell.numberFormat;
        }
        values.push(line);
      }
      return { name: sheet.name, values, formulas, numberFormats, protected: sheet.protected || undefined };
    });
  return { name: workbook.name, sheets, settings: Object.fromEntries(workbook.settings) };
}

export function workbookFromSnapshot(snapshot: WorkbookSnapshot, options: FakeWorkbookOptions = {}): FakeWorkbook {
  const workbook = new FakeWorkbook({ name: snapshot.name, ...options });
  for (const sheetSnapshot of snapshot.sheets) {
    const sheet = workbook.setGrid(sheetSnapshot.name, sheetSnapshot.values);
    sheet.protected = sheetSnapshot.protected ?? false;
    for (const [key, formula] of Object.entries(sheetSnapshot.formulas ?? {})) {
      const [r, c] = key.split(',').map(Number);
      cellAt(sheet, r, c, true).formula = formula;
    }
    for (const [key, format] of Object.entries(sheetSnapshot.numberFormats ?? {})) {
      const [r, c] = key.split(',').map(Number);
      cellAt(sheet, r, c, true).numberFormat = format;
    }
  }
  for (const [key, value] of Object.entries(snapshot.settings ?? {})) workbook.settings.set(key, value);
  return workbook;
}
