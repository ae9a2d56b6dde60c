import type { DataCheckItem, SheetGrid } from '../../engine/types';
import { gridFromCells } from '../../engine/grid/sparseCells';
import { columnLetter } from '../../engine/parse/values';
import { readCellStyles } from './numberFormats';
import { workbookRelationships, type WorkbookRelationship } from './relationships';
import { readSharedStrings } from './sharedStrings';
import { readWorksheetCells, type SheetContext } from './worksheetCells';
import { END, OPEN, XmlScanner } from './xmlScanner';
import { ZipPackage } from './zipEntries';

// The input workbook's sheets as grids, read straight from the package's parts: the workbook (sheet names, order,
// date system), its relationships, the shared strings, the cell styles' number formats and each worksheet. It reads
// what exceljs 4.4 read for the review and gives the same grids (test/files/xlsxReader.test.ts compares the two on
// every workbook the tests hold), at a fraction of the time and memory: exceljs builds an object per cell. Where
// exceljs misread the file (worksheetCells.ts lists where), it reads what the file says, and the oracle
// (test/support/exceljsGrids.ts) is corrected for exactly those defects.

interface SheetRef {
  name: string;
  id: number;
  part: string;
}

/** Formula cells never calculated named one by one on the Data Check, per sheet; the rest are counted. */
const NOT_CALCULATED_LISTED = 20;

/**
 * The sheets, and the Data Check items the reading raised (formulas with no calculated value), which name the file
 * as `fileName`. Throws (with a message for the user) when the bytes are not a readable workbook.
 */
export function readXlsxGrids(bytes: Buffer, fileName: string): { sheets: SheetGrid[]; dataCheck: DataCheckItem[] } {
  const zip = new ZipPackage(bytes);
  const workbookXml = zip.textOf('xl/workbook.xml');
  if (workbookXml === undefined) throw new Error('no xl/workbook.xml: not an .xlsx workbook');
  const { date1904, sheets } = readWorkbookPart(workbookXml);
  const targets = workbookRelationships(zip);
  const worksheets = worksheetsInOrder(zip, sheets, targets);
  const sharedXml = zip.textOf('xl/sharedStrings.xml');
  const context: SheetContext = {
    sharedStrings: sharedXml === undefined ? undefined : readSharedStrings(sharedXml),
    styles: readCellStyles(zip.textOf('xl/styles.xml')),
    date1904,
  };
  const dataCheck: DataCheckItem[] = [];
  const sheetGrids: SheetGrid[] = [];
  const unreadable: { sheet: string; why: string }[] = [];
  for (const sheet of worksheets) {
    let read: ReturnType<typeof readWorksheetCells>;
    try {
      read = readWorksheetCells(zip.textOf(sheet.part)!, context);
    } catch (err) {
      // The reader's own words say what is wrong ("Invalid Address: 1A"), not where: a district workbook has many sheets.
      unreadable.push({ sheet: sheet.name, why: (err as Error).message });
      continue;
    }
    const { cells, merges, notCalculated } = read;
    dataCheck.push(...notCalculatedItems(fileName, sheet.name, notCalculated, ({ row, col }) => `${columnLetter(col)}${row + 1}`));
    sheetGrids.push(gridFromCells(sheet.name, cells, merges));
  }
  // One damaged sheet does not cost the principal the rest of the workbook: it is left out and named. A workbook with no
  // readable sheet at all is unusable, and says why.
  if (unreadable.length && sheetGrids.length === 0) throw new Error(`sheet "${unreadable[0].sheet}": ${unreadable[0].why}`);
  for (const { sheet, why } of unreadable) dataCheck.push(unreadableSheetItem(fileName, sheet, why));
  return { sheets: sheetGrids, dataCheck };
}

function unreadableSheetItem(fileName: string, sheet: string, why: string): DataCheckItem {
  return {
    severity: 'warning',
    sheet,
    cell: '',
    code: 'sheet-unreadable',
    message: `${fileName}, sheet "${sheet}": could not be read (${why}), so it is left out and the other sheets are reviewed. Open the workbook in Excel and save it again, or copy that sheet's data into a new sheet.`,
  };
}

/**
 * A formula with no cached result was never calculated (a program wrote the workbook and nothing opened it since):
 * its value is unknown, so it is missing, neither empty nor zero. Excel calculates it on opening and saves the result.
 * Only the cells listed, and the next after them, are given an address: a generated workbook can hold a formula in
 * every row, and the rest are counted.
 */
export function notCalculatedItems<Cell>(fileName: string, sheet: string, cells: readonly Cell[], addressOf: (cell: Cell) => string): DataCheckItem[] {
  const reason = 'formula with no calculated value: open and save the workbook in Excel, then run again. Until then it is read as blank';
  const items: DataCheckItem[] = cells.slice(0, NOT_CALCULATED_LISTED).map((listed) => {
    const cell = addressOf(listed);
    return {
      severity: 'warning',
      sheet,
      cell,
      code: 'formula-not-calculated',
      message: `${fileName}, sheet "${sheet}" cell ${cell}: ${reason}.`,
    };
  });
  if (cells.length > NOT_CALCULATED_LISTED) {
    const rest = cells.length - NOT_CALCULATED_LISTED;
    const next = addressOf(cells[NOT_CALCULATED_LISTED]);
    items.push({
      severity: 'warning',
      sheet,
      cell: next,
      code: 'formula-not-calculated',
      message: `${fileName}, sheet "${sheet}": ${rest} more cell${rest === 1 ? '' : 's'} like the ones above (${cells.length} in all, the next at ${next}): ${reason}.`,
    });
  }
  return items;
}

function readWorkbookPart(xml: string): { date1904: boolean; sheets: { name: string; id: number; rId: string | undefined }[] } {
  let date1904 = false;
  const sheets: { name: string; id: number; rId: string | undefined }[] = [];
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token !== OPEN) continue;
    if (scanner.is('workbookPr')) date1904 = scanner.attr('date1904') === '1';
    else if (scanner.is('sheet')) {
      const name = scanner.attr('name');
      if (name === undefined) throw new Error('a sheet in xl/workbook.xml has no name');
      // Decoded once, as XML says ("&amp;lt;" is the text "&lt;"); exceljs decoded sheet names a second time.
      sheets.push({ name, id: parseInt(scanner.attr('sheetId') ?? '', 10), rId: scanner.attr('r:id') });
    }
  }
  return { date1904, sheets };
}

const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const WORKSHEET_TYPE = /\/relationships\/worksheet$/;

/**
 * The worksheets exceljs lists (workbook.worksheets): a sheet whose relationship leads to a worksheet part it reads
 * (named xl/worksheets/sheetN.xml), by sheet id, in the workbook's order. Chartsheets and dialog sheets are not
 * worksheets and are left out, as exceljs leaves them out. Unlike exceljs, a part its relationship calls a worksheet
 * is read whatever it is named (the Open XML SDK names a first new part "sheet.xml"): exceljs left it out without a
 * word, and the school's schedule with it.
 */
function worksheetsInOrder(
  zip: ZipPackage,
  sheets: { name: string; id: number; rId: string | undefined }[],
  targets: Map<string, WorkbookRelationship>,
): SheetRef[] {
  // A part named by two sheets takes the later one's name and id, as exceljs reconciles them.
  const byPart = new Map<string, SheetRef>();
  for (const sheet of sheets) {
    const rel = sheet.rId === undefined ? undefined : targets.get(sheet.rId);
    if (rel === undefined) continue;
    // The part as the package stores it, whose case may differ from the relationship's.
    const part = zip.nameOf(rel.path);
    if (part === undefined || !(WORKSHEET_PART.test(rel.path) || WORKSHEET_TYPE.test(rel.type))) continue;
    byPart.set(part, { name: sheet.name, id: sheet.id, part });
  }
  // Parts in package order, each under its sheet id (a later part with the same id replaces the earlier).
  const byId = new Map<number, SheetRef>();
  const names: string[] = [];
  for (const part of zip.names) {
    const sheet = byPart.get(part);
    if (!sheet) continue;
    sheet.name = checkedSheetName(sheet.name, names);
    names.push(sheet.name.toLowerCase());
    if (Number.isInteger(sheet.id) && sheet.id >= 1) byId.set(sheet.id, sheet);
  }
  const order = (id: number) => sheets.findIndex((s) => s.id === id);
  return [...byId.values()].sort((a, b) => order(a.id) - order(b.id) || a.id - b.id);
}

/** exceljs's Worksheet name rules: names it refuses made the whole read fail (a name over 31 characters too). */
function checkedSheetName(name: string, earlierLowerCase: string[]): string {
  if (name === '') throw new Error("The name can't be empty.");
  if (name === 'History') throw new Error('The name "History" is protected. Please use a different name.');
  if (/[*?:/\\[\]]/.test(name)) throw new Error(`Worksheet name ${name} cannot include any of the following characters: * ? : \\ / [ ]`);
  if (/(^')|('$)/.test(name)) throw new Error(`The first or last character of worksheet name cannot be a single quotation mark: ${name}`);
  const cut = name.length > 31 ? name.substring(0, 31) : name;
  // exceljs sets a long name twice (constructor, then model): the second time the cut name is already its own.
  if (earlierLowerCase.includes(cut.toLowerCase()) || cut !== name) throw new Error(`Worksheet name already exists: ${cut}`);
  return cut;
}
