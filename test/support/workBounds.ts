// The work a review does, counted, against bounds drawn from the size of the workbook it was given: shared by the
// hostile corpus and the fuzz tests. A quadratic or runaway path (a loop over a far cell's coordinates, a period range
// expanded before it is counted, every meeting compared with every other) fails by count, the same on any machine;
// a time limit passed or failed with the machine's load.
import type { CellValue, SheetGrid, WorkbookGrids } from '../../src/engine/types';
import { countingWork, type WorkCounts } from '../../src/engine/workCount';
import { MAX_PERIODS_WITHOUT_BELL } from '../../src/engine/parse/periods';

export interface Work extends WorkCounts {
  /** Reads of a cell of a grid's rows, however the engine reaches it (index, for-of, spread, slice). */
  cellReads: number;
}

/** The size of a workbook, which its work is bounded by. */
export interface WorkbookSize {
  rows: number;
  /** Cells held in the rows (blank ones included), or 1 for an empty row: a row costs something to pass. */
  cells: number;
}

/**
 * Reads of each cell: finding the tables (header search, extent, column types), reading the rows, the checks after
 * them (totals, blank rows, the school's name, sheets left unread) each pass over a cell a few times, the top rows of a
 * sheet more often. Measured (2026-11-30): 2.55 a cell on the corpus's 100,000-row sheet, at most 6.9 on its small
 * ones, at most 10.4 over 4,000 fuzz cases (sheets of a few rows, all of them header search). A pass over every row
 * for each row would be 100,000 a cell on the large sheet.
 */
export const CELL_READS_PER_CELL = 16;

/**
 * A teacher's normal day (up to 8 meetings) is compared pair by pair: n meetings make n(n-1)/2 pairs, at most 3.5 a
 * meeting; a longer day is grouped by period, a meeting paired only with those in its slots.
 */
export const PAIRS_PER_MEETING = 3.5;

export function workbookSize(workbook: WorkbookGrids): WorkbookSize {
  let rows = 0;
  let cells = 0;
  for (const sheet of workbook.sheets) {
    rows += sheet.rows.length;
    for (const row of sheet.rows) cells += Math.max(row.length, 1);
  }
  return { rows, cells };
}

/**
 * A copy of the workbook whose rows count every read of a cell into `counter`: the engine reads the same values, and
 * the count covers any path to them, so no engine code has to count its own reads.
 */
function countingCellReads(workbook: WorkbookGrids, counter: { cellReads: number }): WorkbookGrids {
  const countingRow = (row: CellValue[]): CellValue[] =>
    new Proxy(row, {
      get(target, property, receiver) {
        // An index is a string starting with a digit ("0", "12"); "length", methods and symbols are not reads.
        if (typeof property === 'string' && property.charCodeAt(0) <= 57 && property.charCodeAt(0) >= 48) counter.cellReads++;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  const sheets = workbook.sheets.map((sheet): SheetGrid => ({ ...sheet, rows: sheet.rows.map(countingRow) }));
  return { ...workbook, sheets };
}

/** Runs a review (or anything over the workbook) with its work counted. */
export function countedRun<T>(workbook: WorkbookGrids, run: (workbook: WorkbookGrids) => T): { value: T; work: Work } {
  const counter = { cellReads: 0 };
  const counted = countingCellReads(workbook, counter);
  const { value, work } = countingWork(() => run(counted));
  return { value, work: { ...work, cellReads: counter.cellReads } };
}

/**
 * Each count over its bound, as "what: count > bound (how the bound is made)"; empty when all are within.
 * `pairsPerMeeting` is PAIRS_PER_MEETING for workbooks whose teachers have normal days; a workbook that books one
 * teacher many times in a slot compares each of those meetings with the others in the slot, which its caller bounds.
 */
export function workOverBounds(work: Work, size: WorkbookSize, pairsPerMeeting = PAIRS_PER_MEETING): string[] {
  const over: string[] = [];
  const check = (what: string, count: number, bound: number, how: string) => {
    if (count > bound) over.push(`${what}: ${count} > ${bound} (${how})`);
  };
  check('cell reads', work.cellReads, CELL_READS_PER_CELL * size.cells, `${CELL_READS_PER_CELL} x ${size.cells} cells`);
  // No cell names more periods than the day has: 20 without a bell schedule, else one a bell row at most.
  const periodsInADay = Math.max(MAX_PERIODS_WITHOUT_BELL, size.rows);
  check('period labels', work.periodLabels, periodsInADay * size.cells, `${periodsInADay} periods x ${size.cells} cells`);
  check('meetings compared', work.meetingsCompared, 64 * size.cells, `64 meetings a row x ${size.cells} cells`);
  check('meeting pairs', work.meetingPairs, pairsPerMeeting * work.meetingsCompared, `${pairsPerMeeting} x ${work.meetingsCompared} meetings compared`);
  return over;
}
