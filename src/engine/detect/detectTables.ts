import type {
  DataCheckItem,
  DetectedTable,
  MappingSettings,
  SheetGrid,
  TableKind,
  TableMapping,
  WorkbookGrids,
} from '../types';
import type { TableDef } from './fieldTypes';
import { TABLE_DEFS } from './tableDefs';
import { matchHeaderRow, type HeaderMatch } from './headers';
import { findDataExtent } from './extent';
import { cellAddress, columnLetter, normaliseHeader } from '../parse/values';
import { withMergesFilled } from '../grid/merges';

// Finds each table kind's sheet, header row, columns and data extent. Each sheet holds at most one kind; the
// user's mapping (sheet, header row, columns) overrides detection part by part.

/** Header rows are looked for in this many rows at the top of a sheet (titles and banners sit above them). */
export const HEADER_SEARCH_ROWS = 30;

const SHEET_HINT_BONUS = 1;

interface Candidate {
  grid: SheetGrid;
  def: TableDef;
  headerGridRow: number;
  match: HeaderMatch;
  score: number;
}

export function detectTables(
  workbook: WorkbookGrids,
  mapping: MappingSettings,
): { tables: DetectedTable[]; dataCheck: DataCheckItem[] } {
  const dataCheck: DataCheckItem[] = [];
  const tables: DetectedTable[] = [];
  const takenSheets = new Set<string>();
  const doneKinds = new Set<TableKind>();
  // Merged areas are read as their value in every cell, for detection as for parsing (the same filled grid).
  const sheets = workbook.sheets.map(withMergesFilled);
  for (const grid of sheets) reportOutlyingCells(grid, dataCheck);

  for (const def of TABLE_DEFS) {
    const wanted = mapping[def.kind];
    const sheetName = wanted?.sheet?.trim();
    if (!wanted || !sheetName) continue;
    const grid = sheets.find((s) => s.name.trim().toLowerCase() === sheetName.toLowerCase());
    if (!grid) {
      dataCheck.push({
        severity: 'error',
        sheet: sheetName,
        cell: '',
        code: 'mapping-missing-sheet',
        message: `The mapping for the ${def.kind} table names sheet "${sheetName}", which is not in the workbook; the ${def.kind} table was looked for in the other sheets instead`,
      });
      continue;
    }
    const candidate = bestCandidate(grid, def, wanted, dataCheck, true);
    if (!candidate) {
      dataCheck.push({
        severity: 'error',
        sheet: grid.name,
        cell: '',
        code: 'mapping-no-header',
        message: `Sheet "${grid.name}" was mapped as the ${def.kind} table but no header row with its columns was found in the first ${HEADER_SEARCH_ROWS} rows; set the header row and columns in the mapping`,
      });
      takenSheets.add(grid.name);
      doneKinds.add(def.kind);
      continue;
    }
    tables.push(toTable(candidate, 'mapping', wanted, dataCheck));
    takenSheets.add(grid.name);
    doneKinds.add(def.kind);
  }

  const candidates: Candidate[] = [];
  for (const def of TABLE_DEFS) {
    if (doneKinds.has(def.kind)) continue;
    for (const grid of sheets) {
      if (takenSheets.has(grid.name)) continue;
      const candidate = bestCandidate(grid, def, mapping[def.kind], dataCheck, false);
      if (candidate) candidates.push(candidate);
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const candidate of candidates) {
    if (doneKinds.has(candidate.def.kind) || takenSheets.has(candidate.grid.name)) continue;
    tables.push(toTable(candidate, 'detected', mapping[candidate.def.kind], dataCheck));
    takenSheets.add(candidate.grid.name);
    doneKinds.add(candidate.def.kind);
  }

  const kindOrder = TABLE_DEFS.map((d) => d.kind);
  tables.sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
  return { tables, dataCheck };
}

/**
 * The best header row of a sheet for a kind, or null when no row has the kind's required fields. A mapped header
 * row is taken as given; a sheet the user chose qualifies with fewer matched fields.
 */
function bestCandidate(
  grid: SheetGrid,
  def: TableDef,
  wanted: TableMapping | undefined,
  dataCheck: DataCheckItem[],
  chosenByUser: boolean,
): Candidate | null {
  const mappedColumns = wanted?.columns ?? {};
  const hint = def.sheetHints.some((h) => normaliseHeader(grid.name).includes(normaliseHeader(h))) ? SHEET_HINT_BONUS : 0;

  if (wanted?.headerRow !== undefined) {
    const gridRow = wanted.headerRow - 1 - grid.originRow;
    if (gridRow >= 0 && gridRow < grid.rows.length) {
      const match = matchHeaderRow(grid, grid.rows[gridRow], def, mappedColumns);
      const usable = chosenByUser || (match.hasRequired && match.columns.length >= def.minFields);
      return usable ? { grid, def, headerGridRow: gridRow, match, score: match.score + hint } : null;
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
    const match = matchHeaderRow(grid, grid.rows[r], def, mappedColumns);
    const minFields = chosenByUser ? 1 : def.minFields;
    if ((!chosenByUser && !match.hasRequired) || match.columns.length < minFields) continue;
    const score = match.score + hint;
    if (!best || score > best.score) best = { grid, def, headerGridRow: r, match, score };
  }
  return best;
}

function toTable(
  candidate: Candidate,
  how: DetectedTable['how'],
  wanted: TableMapping | undefined,
  dataCheck: DataCheckItem[],
): DetectedTable {
  const { grid, def, headerGridRow, match } = candidate;
  const extent = findDataExtent(grid, headerGridRow);
  const headerRow = grid.originRow + headerGridRow + 1;

  for (const missing of match.missingMapped) {
    dataCheck.push({
      severity: 'error',
      sheet: grid.name,
      cell: '',
      code: 'mapping-missing-column',
      message: `The mapping for the ${def.kind} table names column "${missing.spec}" for ${missing.field}, but sheet "${grid.name}" has no such header in row ${headerRow} and it is not a usable column letter`,
    });
  }
  if (wanted?.columns) {
    const known = new Set(def.fields.map((f) => f.field));
    for (const field of Object.keys(wanted.columns)) {
      if (!known.has(field)) {
        dataCheck.push({
          severity: 'warning',
          sheet: grid.name,
          cell: '',
          code: 'mapping-unknown-field',
          message: `The mapping for the ${def.kind} table names field "${field}", which the ${def.kind} table does not use (known fields: ${[...known].join(', ')})`,
        });
      }
    }
  }
  for (const { header, col } of match.unmatched) {
    dataCheck.push({
      severity: 'info',
      sheet: grid.name,
      cell: cellAddress(grid, headerGridRow, col),
      code: 'unrecognised-column',
      message: `Column "${header}" in sheet "${grid.name}" (the ${def.kind} table) was not recognised and is not used; map it by hand if it matters`,
    });
  }
  for (const gridRow of extent.subtotalGridRows) {
    const row = grid.originRow + gridRow + 1;
    dataCheck.push({
      severity: 'info',
      sheet: grid.name,
      cell: `${row}:${row}`,
      code: 'subtotal-skipped',
      message: `Sheet "${grid.name}" row ${row} is a subtotal row; it was skipped so nothing is counted twice`,
    });
  }
  if (extent.stop) {
    const stopRow = grid.originRow + extent.stop.gridRow + 1;
    dataCheck.push({
      severity: 'info',
      sheet: grid.name,
      cell: extent.stop.reason === 'totals' ? `${stopRow}:${stopRow}` : '',
      code: extent.stop.reason === 'totals' ? 'stopped-at-totals' : 'stopped-at-gap',
      message:
        extent.stop.reason === 'totals'
          ? `Reading of sheet "${grid.name}" stopped at row ${stopRow}, a totals row ("${extent.stop.label}")`
          : `Reading of sheet "${grid.name}" stopped at the blank rows from row ${stopRow}; rows below them are not read`,
    });
  }

  const confidence = how === 'mapping' ? 1 : Math.min(1, candidate.score / Math.max(def.minFields + 2, 4));
  return {
    kind: def.kind,
    sheet: grid.name,
    headerRow,
    firstDataRow: grid.originRow + extent.firstGridRow + 1,
    lastDataRow: grid.originRow + extent.lastGridRow + 1,
    columns: match.columns,
    unmatchedHeaders: match.unmatched.map((u) => u.header),
    confidence: Math.round(confidence * 100) / 100,
    how,
  };
}

/** Cells set aside by the reader because they lie far from the sheet's data: named, since they are not read. */
function reportOutlyingCells(grid: SheetGrid, dataCheck: DataCheckItem[]): void {
  const cells = grid.outlyingCells;
  if (!cells || cells.length === 0) return;
  const shown = cells.slice(0, 5).map((c) => `${columnLetter(c.col)}${c.row + 1}`);
  const more = cells.length > shown.length ? `, and ${cells.length - shown.length} more` : '';
  dataCheck.push({
    severity: 'warning',
    sheet: grid.name,
    cell: shown[0],
    code: 'outlying-cells',
    message: `Sheet "${grid.name}" has ${cells.length} cell${cells.length === 1 ? '' : 's'} with data far from the rest of its data (${shown.join(', ')}${more}); ${cells.length === 1 ? 'it was' : 'they were'} not read. Move ${cells.length === 1 ? 'it' : 'them'} next to the table ${cells.length === 1 ? 'it belongs' : 'they belong'} to, if any`,
  });
}
