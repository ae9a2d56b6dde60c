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
import { findDataExtent, isBlankRow } from './extent';
import { cellAddress, cellText, columnLetter, normaliseHeader } from '../parse/values';
import { withMergesFilled } from '../grid/merges';

// Finds each table kind's sheet, header row, columns and data extent. Each sheet holds at most one kind; the
// user's mapping (sheet, header row, columns) overrides detection part by part.

/** Header rows are looked for in this many rows at the top of a sheet (titles and banners sit above them). */
export const HEADER_SEARCH_ROWS = 30;

const SHEET_HINT_BONUS = 1;

interface Candidate {
  grid: SheetGrid;
  def: TableDef;
  /** Zero-based grid row of the header (the column names' row when the header has two rows). */
  headerGridRow: number;
  /** 2 when group titles in the row above complete the column names ("Teacher" above "Last Name | First Name"). */
  headerRows: 1 | 2;
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

  const candidates: Candidate[] = [];
  /** Sheets with the schedule's header whose rows mostly repeat it: another version, not a part. */
  const copiesOf = new Map<string, ScheduleCopy>();
  const accept = (candidate: Candidate, how: DetectedTable['how']) => {
    const kind = candidate.def.kind;
    tables.push(toTable(candidate, how, mapping[kind], dataCheck));
    takenSheets.add(candidate.grid.name);
    doneKinds.add(kind);
    if (kind !== 'schedule') return;
    const { parts, copies } = sameHeaderSheets(candidate, sheets, takenSheets, mapping.schedule);
    for (const copy of copies) {
      // Set aside: not a part, and not another kind's table either (its header is a schedule's).
      copiesOf.set(copy.grid.name, copy);
      takenSheets.add(copy.grid.name);
    }
    for (const part of parts) {
      tables.push(toTable(part, 'detected', mapping.schedule, dataCheck));
      takenSheets.add(part.grid.name);
    }
    if (parts.length > 0) reportSplitSchedule(candidate, parts, dataCheck);
  };

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
    accept(candidate, 'mapping');
  }

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
    accept(candidate, 'detected');
  }

  for (const grid of sheets) {
    const copy = copiesOf.get(grid.name);
    if (copy || !takenSheets.has(grid.name)) dataCheck.push(unusedSheet(grid, candidates, tables, copy));
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
      const usable = chosenByUser || (match.hasRequired && match.fieldCount >= def.minFields);
      return usable ? { grid, def, headerGridRow: gridRow, headerRows: 1, match, score: match.score + hint } : null;
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
  const minFields = chosenByUser ? 1 : def.minFields;
  const qualifies = (match: HeaderMatch) => (chosenByUser || match.hasRequired) && match.fieldCount >= minFields;
  for (let r = 0; r < limit; r++) {
    let match = matchHeaderRow(grid, grid.rows[r], def, mappedColumns);
    let headerRows: 1 | 2 = 1;
    const twoRows = twoRowHeader(grid, r);
    if (twoRows) {
      // Group titles above the column names: read together when that recognises more than the lower row alone.
      const combined = matchHeaderRow(grid, twoRows, def, mappedColumns);
      if (qualifies(combined) && (!qualifies(match) || combined.score > match.score)) {
        match = combined;
        headerRows = 2;
      }
    }
    if (!qualifies(match)) continue;
    const score = match.score + hint;
    if (!best || score > best.score) best = { grid, def, headerGridRow: r, headerRows, match, score };
  }
  return best;
}

const twoRowHeaders = new WeakMap<SheetGrid, Map<number, string[] | null>>();

/**
 * Row r's column names completed by the group titles in the row above: "Teacher" above "Last Name" reads "Teacher
 * Last Name"; a title above a blank cell stands alone; a cell merged over both rows (the same text twice) reads once.
 * null when the row above is blank. A group title is only spread over several columns when the sheet merged it
 * (withMergesFilled has copied it): guessing the span would give "Teacher" to the Period column beside it.
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
  if (!isBlankRow(upper)) {
    const width = Math.max(upper.length, lower.length);
    combined = Array.from({ length: width }, (_, c) => {
      const title = cellText(upper[c] ?? null);
      const name = cellText(lower[c] ?? null);
      if (title === '' || normaliseHeader(title) === normaliseHeader(name)) return name;
      return name === '' ? title : `${title} ${name}`;
    });
  }
  byRow.set(r, combined);
  return combined;
}

/** What identifies a table's header across sheets: its fields and their header texts, in any column order. */
function headerSignature(match: HeaderMatch): string {
  return match.columns
    .map((c) => `${c.field}=${normaliseHeader(c.header)}`)
    .sort()
    .join('|');
}

/** A sheet with the schedule's header whose rows mostly repeat the schedule's own rows. */
interface ScheduleCopy {
  grid: SheetGrid;
  of: string;
  repeated: number;
  rows: number;
}

/**
 * The other sheets that continue a schedule: the same header (one sheet per department or grade, as many exports
 * split a timetable). They are read as parts of one schedule, each row linked to its own sheet. A sheet whose rows
 * mostly repeat the schedule's (last year's copy, a backup, a filtered view) is not a part: it would count every
 * section twice.
 */
function sameHeaderSheets(
  schedule: Candidate,
  sheets: SheetGrid[],
  takenSheets: Set<string>,
  wanted: TableMapping | undefined,
): { parts: Candidate[]; copies: ScheduleCopy[] } {
  const signature = headerSignature(schedule.match);
  const parts: Candidate[] = [];
  const copies: ScheduleCopy[] = [];
  let scheduleRows: Set<string> | null = null;
  for (const grid of sheets) {
    if (grid === schedule.grid || takenSheets.has(grid.name)) continue;
    const candidate = bestCandidate(grid, schedule.def, wanted?.columns ? { columns: wanted.columns } : undefined, [], false);
    if (!candidate || headerSignature(candidate.match) !== signature) continue;
    scheduleRows ??= new Set(rowKeys(schedule));
    const keys = rowKeys(candidate);
    const repeated = keys.filter((key) => scheduleRows!.has(key)).length;
    if (keys.length > 0 && repeated * 2 >= keys.length) copies.push({ grid, of: schedule.grid.name, repeated, rows: keys.length });
    else parts.push(candidate);
  }
  return { parts, copies };
}

/** Each data row as the texts of its matched fields, in field order: the same row on two sheets has the same key. */
function rowKeys(candidate: Candidate): string[] {
  const { grid, match, headerGridRow } = candidate;
  const columns = [...match.columns].sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
  const extent = findDataExtent(grid, headerGridRow);
  const keys: string[] = [];
  for (let r = extent.firstGridRow; r <= extent.lastGridRow; r++) {
    const row = grid.rows[r];
    if (isBlankRow(row)) continue;
    keys.push(columns.map((c) => cellText(row[c.col] ?? null)).join('\u0000'));
  }
  return keys;
}

function reportSplitSchedule(first: Candidate, parts: Candidate[], dataCheck: DataCheckItem[]): void {
  const names = [first, ...parts].map((c) => `"${c.grid.name}"`);
  dataCheck.push({
    severity: 'info',
    sheet: first.grid.name,
    cell: '',
    code: 'split-schedule',
    message: `Sheets ${names.join(', ')} have the same schedule header and are read as one schedule, ${names.length} parts; each section links to its own sheet`,
  });
}

/** Why a sheet was not read: every sheet is accounted for, none skipped silently. */
function unusedSheet(grid: SheetGrid, candidates: Candidate[], tables: DetectedTable[], copy: ScheduleCopy | undefined): DataCheckItem {
  const item = (severity: DataCheckItem['severity'], cell: string, reason: string): DataCheckItem => ({
    severity,
    sheet: grid.name,
    cell,
    code: 'sheet-not-used',
    message: `Sheet "${grid.name}" was not used: ${reason}`,
  });
  if (grid.rows.every((row) => isBlankRow(row))) return item('info', '', 'it is empty');
  if (copy) {
    return item(
      'warning',
      '',
      `it has the schedule's header, but ${copy.repeated} of its ${copy.rows} rows repeat rows of sheet "${copy.of}": it looks like a copy or another version of the schedule, so it is not read as a part of it (its sections would count twice); map it as the schedule if it is the one to use`,
    );
  }
  const lost = candidates.filter((c) => c.grid === grid).sort((a, b) => b.score - a.score)[0];
  if (lost) {
    const kind = lost.def.kind;
    const readFrom = tables.filter((t) => t.kind === kind).map((t) => `"${t.sheet}"`);
    const row = grid.originRow + lost.headerGridRow + 1;
    return item(
      'warning',
      `${row}:${row}`,
      `its row ${row} looks like a ${kind} table header, but the ${kind} table was read from sheet ${readFrom.join(', ')}, which fits better; only one ${kind} table is read, so map this sheet as the ${kind} table if it is the one to use`,
    );
  }
  const near = closestMiss(grid);
  if (!near) {
    return item('info', '', `no row in its first ${HEADER_SEARCH_ROWS} rows has column headers the review recognises (teacher, course, period, budget amount, grade, student and so on)`);
  }
  const row = grid.originRow + near.gridRow + 1;
  const found = near.match.columns.map((c) => `${shorten(c.header)} as ${c.field}`).join(', ');
  const missing = near.def.fields.filter((f) => f.required && !near.match.columns.some((c) => c.field === f.field)).map((f) => f.field);
  const lacking = missing.length > 0 ? `it has no ${missing.join(' or ')} column` : `a ${near.def.kind} table needs at least ${near.def.minFields} recognised columns`;
  return item('info', `${row}:${row}`, `its row ${row} comes closest to a ${near.def.kind} table (${found}), but ${lacking}`);
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The header row that matched the most fields of any kind without qualifying, for saying what was missing. */
function closestMiss(grid: SheetGrid): { def: TableDef; gridRow: number; match: HeaderMatch } | null {
  let best: { def: TableDef; gridRow: number; match: HeaderMatch } | null = null;
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (const def of TABLE_DEFS) {
    for (let r = 0; r < limit; r++) {
      const match = matchHeaderRow(grid, grid.rows[r], def);
      // At least one header named exactly: a sentence that merely contains "level" is not a near miss.
      if (match.score < 1) continue;
      if (!best || match.fieldCount > best.match.fieldCount || (match.fieldCount === best.match.fieldCount && match.score > best.match.score)) {
        best = { def, gridRow: r, match };
      }
    }
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
  const headerCell = (col: number) => cellAddress(grid, headerGridRow, col);
  const letter = (col: number) => columnLetter(grid.originCol + col);
  if (candidate.headerRows === 2) {
    dataCheck.push({
      severity: 'info',
      sheet: grid.name,
      cell: `${headerRow - 1}:${headerRow}`,
      code: 'two-row-header',
      message: `Sheet "${grid.name}" rows ${headerRow - 1}–${headerRow} were read as one header: group titles above the column names`,
    });
  }
  for (const dup of match.duplicates) {
    dataCheck.push({
      severity: 'warning',
      sheet: grid.name,
      cell: headerCell(dup.col),
      code: 'duplicate-column',
      message: dup.field
        ? `Column ${letter(dup.col)} ("${dup.header}") in sheet "${grid.name}" repeats the header of column ${letter(dup.firstCol)}, which is read as the ${dup.field}; column ${letter(dup.col)} is not used. Rename it, or map it if it holds something else`
        : `Column ${letter(dup.col)} ("${dup.header}") in sheet "${grid.name}" repeats the header of column ${letter(dup.firstCol)}; neither is recognised, and column ${letter(dup.col)} is not used`,
    });
  }
  const teacher = match.columns.find((c) => c.field === 'teacher');
  const coTeacher = match.columns.find((c) => c.field === 'coTeacher');
  if (teacher && coTeacher && normaliseHeader(teacher.header) === normaliseHeader(coTeacher.header)) {
    dataCheck.push({
      severity: 'info',
      sheet: grid.name,
      cell: headerCell(coTeacher.col),
      code: 'second-teacher-column',
      message: `Column ${coTeacher.letter} of sheet "${grid.name}" is a second "${coTeacher.header}" column: it is read as the co-teacher, so a row naming a teacher in both is a co-taught section`,
    });
  }
  if (extent.lastGridRow < extent.firstGridRow) {
    dataCheck.push({
      severity: 'error',
      sheet: grid.name,
      cell: `${headerRow}:${headerRow}`,
      code: 'headers-only',
      message: `${def.kind[0].toUpperCase()}${def.kind.slice(1)} sheet "${grid.name}" has headers but no rows: row ${headerRow} is its header and no data follows it, so nothing was read from it`,
    });
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
