// Reads every user sheet's used range into grids for the engine, in row blocks sized so that no sync's
// response comes near Excel on the web's 5 MB limit. Syncs: three fixed ones (sheets, used ranges, a small
// sample per sheet to measure bytes per row) plus one per block; never one per row or per sheet.
import type { SheetGrid, WorkbookGrids } from '../../engine/types';
import { fromCellOutput } from './cellText';
import { explainExcelError } from './excelErrors';
import type { ExcelHost } from './excelHost';
import { parseRegistry, RESULT_SHEETS_SETTING, RULES_SHEET_SETTING } from './registry';
import type { ProgressCallback, ReadOutcome } from './types';

export interface ReadOptions {
  /** Target response size per sync, well under the 5 MB limit because the sample only estimates row sizes. */
  budgetBytes?: number;
  sampleRows?: number;
}

const DEFAULT_BUDGET_BYTES = 1_500_000;
const DEFAULT_SAMPLE_ROWS = 25;
/** Allowance for rows longer than the sampled ones. */
const ESTIMATE_MARGIN = 1.5;

interface SheetPlan {
  id: string;
  name: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  bytesPerRow: number;
  values: unknown[][];
  formats: string[][];
}

interface Chunk {
  sheet: SheetPlan;
  /** Offset within the used range. */
  start: number;
  count: number;
}

export async function readWorkbook(excel: ExcelHost, onProgress?: ProgressCallback, options: ReadOptions = {}): Promise<ReadOutcome> {
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const sampleRows = options.sampleRows ?? DEFAULT_SAMPLE_ROWS;
  const progress = onProgress ?? (() => undefined);
  try {
    return await excel.run(async (context) => {
      progress({ stage: 'reading', done: 0, total: 1, message: 'Listing sheets' });
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id');
      const registry = context.workbook.settings.getItemOrNullObject(RESULT_SHEETS_SETTING);
      registry.load('value');
      const rulesSheet = context.workbook.settings.getItemOrNullObject(RULES_SHEET_SETTING);
      rulesSheet.load('value');
      context.workbook.load('name');
      await context.sync();

      // The add-in's own sheets are not the school's data: its results and its "Review Rules" sheet.
      const owned = new Set(
        [...parseRegistry(registry.isNullObject ? null : registry.value), ...parseRegistry(rulesSheet.isNullObject ? null : rulesSheet.value)].map((s) => s.id),
      );
      const skippedResultSheets = sheets.items.filter((s) => owned.has(s.id)).map((s) => s.name);
      const userSheets = sheets.items.filter((s) => !owned.has(s.id));
      const usedRanges = userSheets.map((sheet) => {
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load('rowIndex,columnIndex,rowCount,columnCount');
        return { sheet, used };
      });
      await context.sync();

      const withData = usedRanges.filter(({ used }) => !used.isNullObject);
      const samples = withData.map(({ sheet, used }) => {
        const count = Math.min(sampleRows, used.rowCount);
        const range = sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, count, used.columnCount);
        range.load('values,numberFormat');
        return { sheet, used, range, count };
      });
      await context.sync();

      const plans: SheetPlan[] = samples.map(({ sheet, used, range, count }) => {
        const bytes = JSON.stringify(range.values).length + JSON.stringify(range.numberFormat).length;
        return {
          id: sheet.id,
          name: sheet.name,
          row: used.rowIndex,
          col: used.columnIndex,
          rows: used.rowCount,
          cols: used.columnCount,
          bytesPerRow: Math.ceil((bytes / count) * ESTIMATE_MARGIN) + 8,
          values: range.values.slice(),
          formats: range.numberFormat.slice(),
        };
      });
      const chunks = planChunks(plans, sampleRows, budget);
      const total = chunks.length;
      let done = 0;
      progress({ stage: 'reading', done, total, message: `Reading ${plans.length} sheets` });

      // Each batch is one sync. A batch Excel still finds too large (rows longer than the sample's) is split
      // with half the budget and retried, so a bad estimate costs a few syncs, not the run.
      let pending = groupIntoBatches(chunks, budget).map((batch) => ({ batch, budget }));
      while (pending.length > 0) {
        const { batch, budget: batchBudget } = pending.shift() as { batch: Chunk[]; budget: number };
        const outcome = await fetchBatch(context, batch);
        if (outcome === 'too-large') {
          const smaller = batchBudget / 2;
          const retry = groupIntoBatches(batch.flatMap((chunk) => splitChunk(chunk, smaller)), smaller).map((b) => ({ batch: b, budget: smaller }));
          pending = [...retry, ...pending];
          continue;
        }
        done += batch.length;
        progress({ stage: 'reading', done: Math.min(done, total), total, message: `Read ${Math.min(done, total)} of ${total} blocks` });
      }

      const grids: WorkbookGrids = { name: withoutExtension(context.workbook.name), sheets: plans.map(toGrid) };
      return { grids, skippedResultSheets };
    });
  } catch (error) {
    throw explainExcelError(error, 'reading the workbook');
  }
}

function planChunks(plans: SheetPlan[], alreadyRead: number, budget: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (const sheet of plans) {
    const rowsPerChunk = Math.max(1, Math.floor(budget / sheet.bytesPerRow));
    for (let start = Math.min(alreadyRead, sheet.rows); start < sheet.rows; start += rowsPerChunk)
      chunks.push({ sheet, start, count: Math.min(rowsPerChunk, sheet.rows - start) });
  }
  return chunks;
}

/** Small chunks of several sheets share a sync as long as their estimated size fits the budget. */
function groupIntoBatches(chunks: Chunk[], budget: number): Chunk[][] {
  const batches: Chunk[][] = [];
  let current: Chunk[] = [];
  let size = 0;
  for (const chunk of chunks) {
    const bytes = chunk.count * chunk.sheet.bytesPerRow;
    if (current.length > 0 && size + bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(chunk);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Halves a chunk, and keeps halving until its estimate fits the budget. */
function splitChunk(chunk: Chunk, budget: number): Chunk[] {
  if (chunk.count < 2) return [chunk];
  const half = Math.ceil(chunk.count / 2);
  const halves = [
    { ...chunk, count: half },
    { ...chunk, start: chunk.start + half, count: chunk.count - half },
  ];
  return halves.flatMap((h) => (h.count * h.sheet.bytesPerRow > budget ? splitChunk(h, budget) : [h]));
}

async function fetchBatch(context: Excel.RequestContext, batch: Chunk[]): Promise<'ok' | 'too-large'> {
  const ranges = batch.map((chunk) => {
    const { sheet } = chunk;
    const range = context.workbook.worksheets
      .getItem(sheet.id)
      .getRangeByIndexes(sheet.row + chunk.start, sheet.col, chunk.count, sheet.cols);
    range.load('values,numberFormat');
    return { chunk, range };
  });
  try {
    await context.sync();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ResponsePayloadSizeLimitExceeded' && batch.some((c) => c.count > 1)) return 'too-large';
    throw error;
  }
  for (const { chunk, range } of ranges) {
    const values = range.values;
    const formats = range.numberFormat;
    for (let i = 0; i < chunk.count; i++) {
      chunk.sheet.values[chunk.start + i] = values[i];
      chunk.sheet.formats[chunk.start + i] = formats[i];
    }
  }
  return 'ok';
}

function toGrid(plan: SheetPlan): SheetGrid {
  const rows = plan.values.map((line) => line.map(fromCellOutput));
  const hasFormats = plan.formats.some((line) => line.some((format) => format !== 'General'));
  return {
    name: plan.name,
    rows,
    originRow: plan.row,
    originCol: plan.col,
    ...(hasFormats ? { numberFormats: plan.formats.map((line) => line.map(String)) } : {}),
  };
}

/** Excel's workbook name includes the extension; the command line names a workbook by its file's base name. */
function withoutExtension(name: string): string | undefined {
  return name ? name.replace(/\.(xlsx|xlsm|xlsb|xls|csv)$/i, '') : undefined;
}
