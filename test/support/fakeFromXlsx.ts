// Node-only: loads an .xlsx file into the Excel fake (values, formulas, number formats, merged areas), so bridge tests run
// against the same workbooks the command line reads.
import ExcelJS from 'exceljs';
import { parseRangeAddress } from '../../src/addin/bridge/a1';
import { cellAt, FakeWorkbook, type FakeWorkbookOptions } from '../../src/addin/fake';

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function serial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

type Scalar = string | number | boolean;

/** The value office-js would report for an exceljs cell value. */
function scalarOf(value: ExcelJS.CellValue): Scalar {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return serial(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) return scalarOf((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return String((value as ExcelJS.CellHyperlinkValue).text ?? '');
  return String(value);
}

export async function fakeFromXlsx(source: string | Buffer, options: FakeWorkbookOptions = {}): Promise<FakeWorkbook> {
  const book = new ExcelJS.Workbook();
  if (typeof source === 'string') await book.xlsx.readFile(source);
  else await book.xlsx.load(source as unknown as ArrayBuffer);
  const fake = new FakeWorkbook(options);
  book.eachSheet((worksheet) => {
    const sheet = fake.addSheet(worksheet.name);
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // exceljs gives every cell of a merge its top-left value; Excel keeps it in the top-left cell only.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const target = cellAt(sheet, rowNumber - 1, colNumber - 1, true);
        target.value = scalarOf(cell.value);
        if (cell.formula) target.formula = `=${cell.formula}`;
        if (cell.numFmt && cell.numFmt !== 'General') target.numberFormat = cell.numFmt;
      });
    });
    // Merged areas as Excel keeps them: the value in the top-left cell, the others empty.
    for (const address of worksheet.model.merges ?? []) sheet.merges.push(parseRangeAddress(address));
  });
  return fake;
}
