// The district map's Weighted formula inputs as a district analyst sees and types them in Excel (read with exceljs),
// for the tests of the inputs a compare run keeps.
import ExcelJS from 'exceljs';

/** The rows of the table whose header row holds `marker`, keyed by header, with each row's number. */
export function rowsOf(ws: ExcelJS.Worksheet, marker: string): { row: number; cells: Record<string, ExcelJS.CellValue> }[] {
  let header = 0;
  ws.eachRow((row, n) => {
    if (!header && (row.values as unknown[]).includes(marker)) header = n;
  });
  const headers = (ws.getRow(header).values as unknown[]).map((v) => (v === undefined || v === null ? '' : String(v)));
  const out: { row: number; cells: Record<string, ExcelJS.CellValue> }[] = [];
  for (let r = header + 1; ws.getRow(r).getCell(1).value !== null; r++) {
    const row = ws.getRow(r);
    out.push({ row: r, cells: Object.fromEntries(headers.map((h, c) => [h, c === 0 ? null : plain(row.getCell(c).value)]).filter(([h]) => h)) });
  }
  return out;
}

/** A formula cell's cached result, or the value itself. */
function plain(value: ExcelJS.CellValue): ExcelJS.CellValue {
  return value !== null && typeof value === 'object' && 'formula' in value ? ((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue) : value;
}

export async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The inputs table by id: value, starting value and the value cell's address. */
export function inputsOf(ws: ExcelJS.Worksheet): Map<string, { value: unknown; start: unknown; address: string }> {
  const rows = rowsOf(ws, 'Input id');
  return new Map(rows.map(({ row, cells }) => [String(cells['Input id']), { value: cells.Value, start: cells['Starting value'], address: `B${row}` }]));
}

/** Types into the earlier map as a district analyst would in Excel: each value into the input's Value cell, by id. */
export async function typeInto(file: string, values: Record<string, number | string>, sheetName = 'Weighted formula', rename?: string): Promise<void> {
  const wb = await open(file);
  const ws = wb.getWorksheet(sheetName)!;
  const inputs = inputsOf(ws);
  for (const [id, value] of Object.entries(values)) ws.getCell(inputs.get(id)!.address).value = value;
  if (rename) ws.name = rename;
  await wb.xlsx.writeFile(file);
}
