import type { CellValue, DataCheckItem, SheetGrid, TableMapping } from '../types';
import type { TableDef } from './fieldTypes';
import { matchHeaderRow, type HeaderMatch } from './headers';
import { TABLE_DEFS } from './tableDefs';
import { isUsableArea } from '../grid/merges';
import { isBlankRow } from './extent';
import { cellText, normaliseHeader } from '../parse/values';

// A sheet's best header row for one table kind: one row, or two (group titles above the column names).

/** Header rows are looked for in this many rows at the top of a sheet (titles and banners sit above them). */
export const HEADER_SEARCH_ROWS = 30;

const SHEET_HINT_BONUS = 1;

export interface Candidate {
  grid: SheetGrid;
  def: TableDef;
  /** Zero-based grid row of the header (the column names' row when the header has two rows). */
  headerGridRow: number;
  /** 2 when group titles in the row above complete the column names ("Teacher" above "Last Name | First Name"). */
  headerRows: 1 | 2;
  match: HeaderMatch;
  score: number;
}

/**
 * The best header row of a sheet for a kind, or null when no row has the kind's required fields. A mapped header
 * row is taken as given; a sheet the user chose qualifies with fewer matched fields.
 */
export function bestCandidate(
  grid: SheetGrid,
  def: TableDef,
  wanted: TableMapping | undefined,
  dataCheck: DataCheckItem[],
  chosenByUser: boolean,
): Candidate | null {
  const mappedColumns = wanted?.columns ?? {};
  const hint = def.sheetHints.some((h) => normaliseHeader(grid.name).includes(normaliseHeader(h))) ? SHEET_HINT_BONUS : 0;

  const minFields = chosenByUser ? 1 : def.minFields;
  const qualifies = (match: HeaderMatch) => (chosenByUser || match.hasRequired) && match.fieldCount >= minFields;
  /** Row r's header: the row alone, or with the group titles above it when that recognises more; null if neither. */
  const headerAt = (r: number): { match: HeaderMatch; headerRows: 1 | 2 } | null => {
    const single = matchHeaderRow(grid, grid.rows[r], def, mappedColumns);
    // A row with a title merged over several columns that have names below is group titles, not column names.
    const singleOk = qualifies(single) && !groupTitleRows(grid).has(r);
    const twoRows = twoRowHeader(grid, r);
    // Each combined cell scores at most 1: with no more filled cells than the row alone scores, it cannot win.
    if (twoRows && !(singleOk && filledCells(twoRows) <= single.score)) {
      const combined = matchHeaderRow(grid, twoRows, def, mappedColumns);
      // A column the user mapped by its header text names the lower row's text: the combined header must keep it.
      const better =
        qualifies(combined) &&
        combined.missingMapped.length <= single.missingMapped.length &&
        (!singleOk || combined.score > single.score);
      if (better) return { match: combined, headerRows: 2 };
    }
    return singleOk ? { match: single, headerRows: 1 } : null;
  };

  if (wanted?.headerRow !== undefined) {
    const gridRow = wanted.headerRow - 1 - grid.originRow;
    if (gridRow >= 0 && gridRow < grid.rows.length) {
      // The pane pins the detected header row when a column is remapped: the row's group titles still count.
      const { match, headerRows } = headerAt(gridRow) ?? { match: matchHeaderRow(grid, grid.rows[gridRow], def, mappedColumns), headerRows: 1 };
      const usable = chosenByUser || (match.hasRequired && match.fieldCount >= def.minFields);
      return usable ? { grid, def, headerGridRow: gridRow, headerRows, match, score: match.score + hint } : null;
    }
    if (chosenByUser) {
      dataCheck.push({
        severity: 'error',
        sheet: grid.name,
        cell: '',
        code: 'mapping-bad-header-row',
        message: `The mapping for the ${def.kind} table sets header row ${wanted.headerRow}, outside sheet "${grid.name}"'s rows ${grid.originRow + 1}–${grid.originRow + grid.rows.length}; the header row was detected instead`,
      });
    }
  }

  let best: Candidate | null = null;
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const header = headerAt(r);
    if (!header) continue;
    const { match, headerRows } = header;
    const score = match.score + hint;
    if (!best || score > best.score) best = { grid, def, headerGridRow: r, headerRows, match, score };
  }
  return best;
}

const groupTitles = new WeakMap<SheetGrid, Set<number>>();

/**
 * Grid rows (among the rows searched for headers) holding a cell merged across columns above at least two cells with
 * text: group titles ("Teacher" over "Last | First"). Read as one row, such a title would look like two columns
 * with the same header. One pass over the merges, remembered per grid.
 */
function groupTitleRows(grid: SheetGrid): Set<number> {
  let rows = groupTitles.get(grid);
  if (rows) return rows;
  rows = new Set();
  for (const area of grid.merges ?? []) {
    if (!isUsableArea(area)) continue;
    const r = area.top - grid.originRow;
    if (area.bottom !== area.top || area.right <= area.left || r < 0 || r + 1 >= Math.min(grid.rows.length, HEADER_SEARCH_ROWS + 1)) continue;
    const below = grid.rows[r + 1];
    let named = 0;
    for (let c = Math.max(area.left - grid.originCol, 0); c <= area.right - grid.originCol && c < below.length; c++) {
      if (cellText(below[c] ?? null) !== '') named++;
    }
    if (named >= 2) rows.add(r);
  }
  groupTitles.set(grid, rows);
  return rows;
}

function filledCells(texts: readonly string[]): number {
  let filled = 0;
  for (const text of texts) if (text !== '') filled++;
  return filled;
}

function onlyText(row: readonly CellValue[]): boolean {
  for (const value of row) if (value !== null && value !== undefined && typeof value !== 'string') return false;
  return true;
}

let knownHeaders: Set<string> | null = null;

/** Every header text any table kind recognises exactly, normalised. */
function knownHeaderTexts(): Set<string> {
  knownHeaders ??= new Set(TABLE_DEFS.flatMap((def) => def.fields.flatMap((f) => f.synonyms.map(normaliseHeader))));
  return knownHeaders;
}

const twoRowHeaders = new WeakMap<SheetGrid, Map<number, string[] | null>>();

/**
 * Row r's column names completed by the group titles in the row above: "Teacher" above "Last Name" reads "Teacher
 * Last Name"; a title above a blank cell stands alone; a cell merged over both rows (the same text twice) reads once.
 * null when either row is blank. A title spans the blank cells to its right (a merged title exported without its
 * merge, "Teacher" over "Last | First") only where that makes a header the review knows exactly ("Teacher First"):
 * spread further, "Teacher" would claim the Period column beside it.
 */
function twoRowHeader(grid: SheetGrid, r: number): string[] | null {
  if (r < 1) return null;
  let byRow = twoRowHeaders.get(grid);
  if (!byRow) twoRowHeaders.set(grid, (byRow = new Map()));
  const known = byRow.get(r);
  if (known !== undefined) return known;
  const upper = grid.rows[r - 1];
  const lower = grid.rows[r];
  let combined: string[] | null = null;
  // Titles and column names are text: a row holding a number (a period, a count) is data, and combining data rows
  // is the costliest header match there is (nothing matches exactly, so every column is searched for synonyms).
  if (!isBlankRow(upper) && !isBlankRow(lower) && onlyText(upper) && onlyText(lower)) {
    const width = Math.max(upper.length, lower.length);
    let spanning = '';
    combined = Array.from({ length: width }, (_, c) => {
      const title = cellText(upper[c] ?? null);
      const name = cellText(lower[c] ?? null);
      if (title !== '') spanning = title;
      if (title === '' && name !== '' && spanning !== '' && knownHeaderTexts().has(normaliseHeader(`${spanning} ${name}`))) {
        return `${spanning} ${name}`;
      }
      if (title === '' || normaliseHeader(title) === normaliseHeader(name)) return name;
      return name === '' ? title : `${title} ${name}`;
    });
  }
  byRow.set(r, combined);
  return combined;
}

