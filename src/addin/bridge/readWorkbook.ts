// Reads every user sheet's used range into grids for the engine, through the chunked reader. Syncs: two fixed
// ones (the sheet list; then, for every sheet at once, its ownership marker, used range and merged areas) plus
// the chunked reader's sample and blocks; never one per row or per sheet. Sheets carrying the add-in's marker
// (result sheets, the rules sheet, unfinished sheets of an interrupted run) are never read as school data.
import type { SheetGrid, WorkbookGrids } from '../../engine/types';
import type { BridgeCapabilities } from './capabilities';
import { fromCellOutput } from './cellText';
import { readBoxes, type ReadBox } from './chunkedRead';
import { explainExcelError } from './excelErrors';
import type { ExcelHost } from './excelHost';
import { parseAreasAddress } from './mergedAreas';
import { probeOwnership } from './ownership';
import type { ProgressCallback, ReadOutcome } from './types';

export interface ReadOptions {
  /** Target response size per sync, well under the 5 MB limit because the sample only estimates row sizes. */
  budgetBytes?: number;
  sampleRows?: number;
}

export async function readWorkbook(
  excel: ExcelHost,
  capabilities: Pick<BridgeCapabilities, 'customProperties' | 'mergedAreas'>,
  onProgress?: ProgressCallback,
  options: ReadOptions = {},
): Promise<ReadOutcome> {
  const progress = onProgress ?? (() => undefined);
  try {
    return await excel.run(async (context) => {
      progress({ stage: 'reading', done: 0, total: 1, message: 'Listing sheets' });
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name,items/id');
      context.workbook.load('name');
      await context.sync();

      const sheets = worksheets.items.map((s) => ({ id: s.id, name: s.name }));
      const ownership = probeOwnership(context, sheets, capabilities.customProperties);
      const probes = sheets.map((sheet) => {
        const worksheet = worksheets.getItem(sheet.id);
        const used = worksheet.getUsedRangeOrNullObject(true);
        used.load('rowIndex,columnIndex,rowCount,columnCount');
        // ExcelApi 1.13, checked: on older hosts merged cells reach the engine as separate cells, and the pane says so.
        const merged = capabilities.mergedAreas ? worksheet.getRange().getMergedAreasOrNullObject() : null;
        merged?.load('address');
        return { sheet, used, merged };
      });
      await context.sync();

      const owners = ownership();
      const skippedResultSheets = owners.filter((o) => o.marker !== null).map((o) => o.name);
      const toRead = probes.filter((probe, i) => owners[i].marker === null && !probe.used.isNullObject);
      const boxes: ReadBox[] = toRead.map(({ sheet, used }) => ({
        sheetId: sheet.id,
        row: used.rowIndex,
        col: used.columnIndex,
        rows: used.rowCount,
        cols: used.columnCount,
      }));
      progress({ stage: 'reading', done: 0, total: 1, message: `Reading ${boxes.length} sheets` });
      const contents = await readBoxes(context, boxes, {
        formats: true,
        budgetBytes: options.budgetBytes,
        sampleRows: options.sampleRows,
        onBlock: (done, total) => progress({ stage: 'reading', done, total, message: `Read ${done} of ${total} blocks` }),
      });

      const grids: WorkbookGrids = {
        name: withoutExtension(context.workbook.name),
        sheets: toRead.map(({ sheet, merged }, i) =>
          toGrid(sheet.name, boxes[i], contents[i].values, contents[i].formats ?? [], merged && !merged.isNullObject ? merged.address : null),
        ),
      };
      const notices = capabilities.mergedAreas
        ? []
        : ['Merged cells were read as separate cells: this Excel lacks ExcelApi 1.13, so a value merged over several rows counts for its first row only.'];
      return { grids, skippedResultSheets, notices };
    });
  } catch (error) {
    throw explainExcelError(error, 'reading the workbook');
  }
}

function toGrid(name: string, box: ReadBox, values: unknown[][], formats: string[][], mergedAddress: string | null): SheetGrid {
  const rows = values.map((line) => line.map(fromCellOutput));
  const hasFormats = formats.some((line) => line.some((format) => format !== 'General'));
  const merges = mergedAddress ? parseAreasAddress(mergedAddress) : [];
  return {
    name,
    rows,
    originRow: box.row,
    originCol: box.col,
    ...(hasFormats ? { numberFormats: formats.map((line) => line.map(String)) } : {}),
    ...(merges.length > 0 ? { merges } : {}),
  };
}

/** Excel's workbook name includes the extension; the command line names a workbook by its file's base name. */
function withoutExtension(name: string): string | undefined {
  return name ? name.replace(/\.(xlsx|xlsm|xlsb|xls|csv)$/i, '') : undefined;
}
