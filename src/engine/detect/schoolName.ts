import type { DetectedTable, SheetGrid, WorkbookGrids } from '../types';

// A review is about a school, and a principal reads its name at the top of the Summary. File names are rarely that
// ("budget FINAL v3.xlsx"), but district exports usually print it in a banner above their tables:
// "Location: Cypress Ridge High School", "School: Lincoln Middle", or a title such as
// "Harbor Lights Elementary School: a case study". Only banner rows are looked at, never the data.

/** Rows at the top of each sheet searched for a banner; a header row sits below them in district exports. */
const BANNER_ROWS = 6;
/** Cells per banner row looked at: a banner is in the first few columns. */
const BANNER_COLUMNS = 4;
/** A school's name is short; a longer cell is a sentence that merely mentions a school. */
const MAX_NAME_LENGTH = 80;

/** "Location: X", "School: X", "School name - X", "Site: X", "Campus: X". */
const LABELLED = /^\s*(?:school(?:\s+name)?|location|site|campus)\s*[:\-–—]\s*(.+?)\s*$/i;
/** Capitalised words ending in a kind of school, as in "Harbor Lights Elementary School" or "Lane Tech Academy". */
const NAMED = /((?:[A-Z][\w'’.&-]*\s+){0,6}(?:School|Academy|Elementary|Middle|High|College|Campus|Institute))\b(?!\s+(?:District|Board|Division))/;
/** A "school" that is the district's, not the school's. */
const NOT_A_SCHOOL = /\b(?:district|unified|board of education|department of education)\b/i;

/**
 * The school's name as its own workbook prints it in a banner, or undefined when no banner names one. On a sheet
 * where a table was found, only the rows above its header are banner; elsewhere the first few rows are.
 */
export function schoolNameFromWorkbook(workbook: WorkbookGrids, tables: readonly DetectedTable[]): string | undefined {
  const headerRowBySheet = new Map<string, number>();
  for (const table of tables) {
    const known = headerRowBySheet.get(table.sheet);
    if (known === undefined || table.headerRow < known) headerRowBySheet.set(table.sheet, table.headerRow);
  }
  let named: string | undefined;
  let fromColumn: string | undefined;
  for (const sheet of workbook.sheets) {
    fromColumn ??= singleSchoolInColumn(sheet, tables);
    const headerRow = headerRowBySheet.get(sheet.name);
    // headerRow is 1-based in the sheet; grid rows start at originRow (0-based).
    const above = headerRow === undefined ? BANNER_ROWS : headerRow - 1 - sheet.originRow;
    const rows = Math.max(0, Math.min(sheet.rows.length, BANNER_ROWS, above));
    for (let r = 0; r < rows; r++) {
      const row = sheet.rows[r];
      const cols = Math.min(row.length, BANNER_COLUMNS);
      for (let c = 0; c < cols; c++) {
        const value = row[c];
        if (typeof value !== 'string' || value.length > 200) continue;
        // A labelled cell is the export saying which school this is: it wins over any title.
        const labelled = LABELLED.exec(value);
        if (labelled && !NOT_A_SCHOOL.test(labelled[1])) return tidy(labelled[1]);
        if (named === undefined) {
          const match = NAMED.exec(value);
          if (match && !NOT_A_SCHOOL.test(match[1])) named = tidy(match[1]);
        }
      }
    }
  }
  // A column that names one school on every row (a position file's "school_or_unit") says which school it is as
  // plainly as a label; a title that mentions a school comes last.
  return fromColumn ?? named;
}

/** Headers of a column that says which school a row belongs to. */
const SCHOOL_COLUMN = /^(?:school|school ?name|school ?or ?unit|location|site|campus)$/;

function singleSchoolInColumn(sheet: SheetGrid, tables: readonly DetectedTable[]): string | undefined {
  for (const table of tables) {
    if (table.sheet !== sheet.name) continue;
    const header = sheet.rows[table.headerRow - 1 - sheet.originRow];
    if (!header) continue;
    const col = header.findIndex((h) => typeof h === 'string' && SCHOOL_COLUMN.test(h.toLowerCase().replace(/[_\s]+/g, ' ').trim()));
    if (col < 0) continue;
    let only: string | undefined;
    const first = table.firstDataRow - 1 - sheet.originRow;
    const last = Math.min(sheet.rows.length - 1, table.lastDataRow - 1 - sheet.originRow);
    for (let r = Math.max(0, first); r <= last; r++) {
      const value = sheet.rows[r]?.[col];
      if (value === null || value === undefined || value === '') continue;
      if (typeof value !== 'string') return undefined;
      const text = value.trim();
      if (only === undefined) only = text;
      else if (text !== only) return undefined; // several schools: a district file, not one school's
    }
    if (only && !NOT_A_SCHOOL.test(only)) return tidy(only);
  }
  return undefined;
}

function tidy(name: string): string | undefined {
  const cleaned = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  return cleaned.length > 0 && cleaned.length <= MAX_NAME_LENGTH ? cleaned : undefined;
}
