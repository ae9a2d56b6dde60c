// Reads rectangles of sheets (values, and number formats when asked) in row blocks sized so that no sync's
// response comes near Excel on the web's 5 MB limit ("Resource limits and performance optimization for Office
// Add-ins" › Excel add-ins; "Read or write to a large range using the Excel JavaScript API"). One sync reads a
// small sample of every box to measure bytes per row; then one sync per block, never one per row or per sheet.
// Every read of cells the bridge does (school data, the team's notes, the rules sheet) goes through here.

export interface ReadBox {
  sheetId: string;
  /** Zero-based sheet row and column of the box's top-left cell. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface BoxContent {
  values: unknown[][];
  /** Present only when formats were asked for. */
  formats?: string[][];
}

export interface ChunkedReadOptions {
  /** Target response size per sync, well under the 5 MB limit because the sample only estimates row sizes. */
  budgetBytes?: number;
  sampleRows?: number;
  formats?: boolean;
  /** Called after each block with blocks done and blocks planned (a split block adds to the plan). */
  onBlock?: (done: number, total: number) => void;
}

export const DEFAULT_READ_BUDGET_BYTES = 1_500_000;
const DEFAULT_SAMPLE_ROWS = 25;
/** Allowance for rows longer than the sampled ones. */
const ESTIMATE_MARGIN = 1.5;

interface Plan {
  box: ReadBox;
  bytesPerRow: number;
  values: unknown[][];
  formats: string[][];
}

interface Chunk {
  plan: Plan;
  /** Offset within the box. */
  start: number;
  count: number;
}

/** Reads every box; the answer is in the same order as the boxes. */
export async function readBoxes(context: Excel.RequestContext, boxes: ReadBox[], options: ChunkedReadOptions = {}): Promise<BoxContent[]> {
  const budget = options.budgetBytes ?? DEFAULT_READ_BUDGET_BYTES;
  const sampleRows = options.sampleRows ?? DEFAULT_SAMPLE_ROWS;
  const withFormats = options.formats ?? false;
  if (boxes.length === 0) return [];

  // The samples go in as few syncs as fit the budget at a pessimistic size per cell: usually one for all boxes.
  const samples: { box: ReadBox; values: unknown[][]; formats: string[][]; count: number }[] = [];
  for (const group of groupByEstimate(boxes, (box) => Math.min(sampleRows, box.rows) * box.cols * SAMPLE_BYTES_PER_CELL, budget))
    samples.push(...(await readSamples(context, group, sampleRows, withFormats)));

  const plans: Plan[] = samples.map(({ box, values, formats, count }) => {
    const bytes = JSON.stringify(values).length + (withFormats ? JSON.stringify(formats).length : 0);
    return { box, bytesPerRow: Math.ceil((bytes / count) * ESTIMATE_MARGIN) + 8, values: values.slice(), formats: formats.slice() };
  });

  // Each batch is one sync. A batch Excel still finds too large (rows longer than the sample's) is split with
  // half the budget and retried, so a bad estimate costs a few syncs, not the run.
  let pending = groupIntoBatches(planChunks(plans, sampleRows, budget), budget).map((batch) => ({ batch, budget }));
  let done = 0;
  options.onBlock?.(done, pending.length);
  while (pending.length > 0) {
    const { batch, budget: batchBudget } = pending.shift() as { batch: Chunk[]; budget: number };
    const outcome = await fetchBatch(context, batch, withFormats);
    if (outcome === 'too-large') {
      const smaller = batchBudget / 2;
      const retry = groupIntoBatches(batch.flatMap((chunk) => splitChunk(chunk, smaller)), smaller).map((b) => ({ batch: b, budget: smaller }));
      pending = [...retry, ...pending];
      continue;
    }
    done += 1;
    options.onBlock?.(done, done + pending.length);
  }
  return plans.map((plan) => ({ values: plan.values, ...(withFormats ? { formats: plan.formats } : {}) }));
}

/** A generous guess at a sampled cell's response size (value and number format), before anything is measured. */
const SAMPLE_BYTES_PER_CELL = 24;

function groupByEstimate<T>(items: T[], bytes: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemBytes = bytes(item);
    if (current.length > 0 && size + itemBytes > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += itemBytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** One sync: the first rows of each box, to measure bytes per row. */
async function readSamples(context: Excel.RequestContext, boxes: ReadBox[], sampleRows: number, withFormats: boolean) {
  const ranges = boxes.map((box) => {
    const count = Math.min(sampleRows, box.rows);
    const range = context.workbook.worksheets.getItem(box.sheetId).getRangeByIndexes(box.row, box.col, count, box.cols);
    loadCells(range, withFormats);
    return { box, range, count };
  });
  await context.sync();
  return ranges.map(({ box, range, count }) => ({ box, count, values: range.values, formats: withFormats ? range.numberFormat : [] }));
}

function loadCells(range: Excel.Range, withFormats: boolean): void {
  if (withFormats) range.load('values,numberFormat');
  else range.load('values');
}

function planChunks(plans: Plan[], alreadyRead: number, budget: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (const plan of plans) {
    const rowsPerChunk = Math.max(1, Math.floor(budget / plan.bytesPerRow));
    for (let start = Math.min(alreadyRead, plan.box.rows); start < plan.box.rows; start += rowsPerChunk)
      chunks.push({ plan, start, count: Math.min(rowsPerChunk, plan.box.rows - start) });
  }
  return chunks;
}

/** Small chunks of several boxes share a sync as long as their estimated size fits the budget. */
function groupIntoBatches(chunks: Chunk[], budget: number): Chunk[][] {
  return groupByEstimate(chunks, (chunk) => chunk.count * chunk.plan.bytesPerRow, budget);
}

/** Halves a chunk, and keeps halving until its estimate fits the budget. */
function splitChunk(chunk: Chunk, budget: number): Chunk[] {
  if (chunk.count < 2) return [chunk];
  const half = Math.ceil(chunk.count / 2);
  const halves = [
    { ...chunk, count: half },
    { ...chunk, start: chunk.start + half, count: chunk.count - half },
  ];
  return halves.flatMap((h) => (h.count * h.plan.bytesPerRow > budget ? splitChunk(h, budget) : [h]));
}

async function fetchBatch(context: Excel.RequestContext, batch: Chunk[], withFormats: boolean): Promise<'ok' | 'too-large'> {
  const ranges = batch.map((chunk) => {
    const { box } = chunk.plan;
    const range = context.workbook.worksheets.getItem(box.sheetId).getRangeByIndexes(box.row + chunk.start, box.col, chunk.count, box.cols);
    loadCells(range, withFormats);
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
    const formats = withFormats ? range.numberFormat : [];
    for (let i = 0; i < chunk.count; i++) {
      chunk.plan.values[chunk.start + i] = values[i];
      if (withFormats) chunk.plan.formats[chunk.start + i] = formats[i];
    }
  }
  return 'ok';
}
