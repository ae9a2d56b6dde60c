// Reads every user sheet's used range into grids for the engine, through the chunked reader. Syncs: two fixed
// ones (the sheet list; then, for every sheet at once, its ownership marker, used range and merged areas) plus
// the chunked reader's sample and blocks; never one per row or per sheet. A used range too large to be dense
// (A1:XFD1048576 holding two cells) is located piece by piece first (locateData.ts), so reading costs in
// proportion to the cells that hold data; pieces far from the sheet's main data are left out, and said so. Sheets carrying the add-in's marker
// (result sheets, the rules sheet, unfinished sheets of an interrupted run) are never read as school data.
import type { SheetGrid, WorkbookGrids } from '../../engine/types';
import { MERGED_AREAS_MISSING, type BridgeCapabilities } from './capabilities';
import { fromCellOutput } from './cellText';
import { readBoxes, type ReadBox } from './chunkedRead';
import { explainExcelError } from './excelErrors';
import type { ExcelHost } from './excelHost';
import { rangeAddress, type RangeBox } from './a1';
import { boundingBox, clusterPieces, locateData, needsLocating } from './locateData';
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
      const toRead = probes
        .filter((probe, i) => owners[i].marker === null && !probe.used.isNullObject)
        .map(({ sheet, used, merged }) => ({
          sheet,
          merged,
          used: { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
        }));
      progress({ stage: 'reading', done: 0, total: 1, message: `Reading ${toRead.length} sheets` });

      // A used range too large to read whole is located piece by piece: cost follows the cells that hold data.
      const sparse = toRead.filter(({ used }) => needsLocating(used));
      const located = await locateData(context, sparse.map(({ sheet, used }) => ({ sheetId: sheet.id, box: used })));
      const notices: string[] = [];
      const pieces = new Map<string, RangeBox[]>(toRead.map(({ sheet, used }) => [sheet.id, [used]]));
      sparse.forEach(({ sheet }, i) => {
        const [kept = [], ...dropped] = clusterPieces(located[i]);
        pieces.set(sheet.id, kept);
        if (dropped.length > 0) notices.push(farCellsNotice(sheet.name, dropped.map(boundingBox)));
      });

      const boxes: ReadBox[] = toRead.flatMap(({ sheet }) => (pieces.get(sheet.id) ?? []).map((box) => ({ sheetId: sheet.id, ...box })));
      const contents = await readBoxes(context, boxes, {
        formats: true,
        budgetBytes: options.budgetBytes,
        sampleRows: options.sampleRows,
        onBlock: (done, total) => progress({ stage: 'reading', done, total, message: `Read ${done} of ${total} blocks` }),
      });
      const bySheet = new Map<string, { box: ReadBox; values: unknown[][]; formats: string[][] }[]>();
      boxes.forEach((box, i) => bySheet.set(box.sheetId, [...(bySheet.get(box.sheetId) ?? []), { box, values: contents[i].values, formats: contents[i].formats ?? [] }]));

      const grids: WorkbookGrids = {
        name: withoutExtension(context.workbook.name),
        sheets: toRead
          .filter(({ sheet }) => bySheet.has(sheet.id))
          .map(({ sheet, merged }) => toGrid(sheet.name, bySheet.get(sheet.id) ?? [], merged && !merged.isNullObject ? merged.address : null)),
      };
      if (!capabilities.mergedAreas)
        notices.push(MERGED_AREAS_MISSING);
      return { grids, skippedResultSheets, notices };
    });
  } catch (error) {
    throw explainExcelError(error, 'reading the workbook');
  }
}

/** One grid from the pieces read of a sheet: one piece for most sheets, several for a sparse one. */
function toGrid(name: string, pieces: { box: ReadBox; values: unknown[][]; formats: string[][] }[], mergedAddress: string | null): SheetGrid {
  const area = boundingBox(pieces.map(({ box }) => box));
  const single = pieces.length === 1 ? pieces[0] : null;
  let values: unknown[][];
  let formats: string[][];
  if (single) ({ values, formats } = single);
  else {
    values = Array.from({ length: area.rows }, () => new Array<unknown>(area.cols).fill(''));
    formats = Array.from({ length: area.rows }, () => new Array<string>(area.cols).fill('General'));
    for (const piece of pieces)
      piece.values.forEach((line, r) =>
        line.forEach((value, c) => {
          values[piece.box.row - area.row + r][piece.box.col - area.col + c] = value;
          formats[piece.box.row - area.row + r][piece.box.col - area.col + c] = piece.formats[r]?.[c] ?? 'General';
        }),
      );
  }
  const rows = values.map((line) => line.map(fromCellOutput));
  const hasFormats = formats.some((line) => line.some((format) => format !== 'General'));
  // Merges outside what was read (pieces of a sparse sheet left out) mean nothing to this grid.
  const merges = (mergedAddress ? parseAreasAddress(mergedAddress) : []).filter(
    (m) => m.bottom >= area.row && m.top < area.row + area.rows && m.right >= area.col && m.left < area.col + area.cols,
  );
  return {
    name,
    rows,
    originRow: area.row,
    originCol: area.col,
    ...(hasFormats ? { numberFormats: formats.map((line) => line.map(String)) } : {}),
    ...(merges.length > 0 ? { merges } : {}),
  };
}

function farCellsNotice(sheet: string, boxes: RangeBox[]): string {
  const shown = boxes.slice(0, 3).map(rangeAddress).join(', ');
  const more = boxes.length > 3 ? ` and ${boxes.length - 3} more places` : '';
  return `Sheet "${sheet}": cells at ${shown}${more} are far from the rest of its data and were not read. If they belong to the table, move them next to it.`;
}

/** Excel's workbook name includes the extension; the command line names a workbook by its file's base name. */
function withoutExtension(name: string): string | undefined {
  return name ? name.replace(/\.(xlsx|xlsm|xlsb|xls|csv)$/i, '') : undefined;
}
