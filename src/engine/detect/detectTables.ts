import type {
  DataCheckItem,
  DetectedTable,
  MappingSettings,
  TableKind,
  TableMapping,
  WorkbookGrids,
} from '../types';
import { TABLE_DEFS } from './tableDefs';
import { findDataExtent, recordExtent } from './extent';
import { resolveGroupColumns } from './groupColumns';
import { detectWideEnrollment } from './wideEnrollment';
import { bestCandidate, HEADER_SEARCH_ROWS, type Candidate } from './candidates';
import { daysOfSheets, reportSplitSchedule, sameHeaderSheets, type ScheduleCopy } from './splitSchedule';
import { reportOutlyingCells, unusedSheet } from './unusedSheets';
import { cellAddress, columnLetter, normaliseHeader } from '../parse/values';
import { withMergesFilled } from '../grid/merges';

// Finds each table kind's sheet, header row, columns and data extent. Each sheet holds at most one kind, except that a
// schedule may span several sheets with the same header; the user's mapping (sheet, header row, columns) overrides
// detection part by part. Every sheet not used is reported with the reason.

export { HEADER_SEARCH_ROWS } from './candidates';

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
  const mappedElsewhere = new Set(
    Object.entries(mapping).flatMap(([kind, wanted]) => (kind !== 'schedule' && wanted?.sheet?.trim() ? [wanted.sheet.trim().toLowerCase()] : [])),
  );
  const accept = (candidate: Candidate, how: DetectedTable['how']) => {
    const kind = candidate.def.kind;
    tables.push(toTable(candidate, how, mapping[kind], dataCheck));
    takenSheets.add(candidate.grid.name);
    doneKinds.add(kind);
    if (kind !== 'schedule') return;
    // A sheet the user mapped as another table is theirs to place, even with a schedule's header.
    const open = sheets.filter((s) => !mappedElsewhere.has(s.name.trim().toLowerCase()));
    const { parts, copies } = sameHeaderSheets(candidate, open, takenSheets, mapping.schedule, how === 'detected' ? candidates : undefined);
    for (const copy of copies) {
      // Set aside: not a part, and not another kind's table either (its header is a schedule's).
      copiesOf.set(copy.grid.name, copy);
      takenSheets.add(copy.grid.name);
    }
    const first = tables[tables.length - 1];
    for (const part of parts) {
      tables.push(toTable(part, 'detected', mapping.schedule, dataCheck));
      takenSheets.add(part.grid.name);
    }
    const days = daysOfSheets([candidate, ...parts]);
    if (days) [first, ...tables.slice(-parts.length)].forEach((table, i) => (table.sheetDay = days[i]));
    if (parts.length > 0) reportSplitSchedule(candidate, parts, days !== null, dataCheck);
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

  if (!doneKinds.has('enrollment')) {
    const wide = detectWideEnrollment(sheets.filter((s) => !takenSheets.has(s.name)), HEADER_SEARCH_ROWS);
    if (wide) {
      tables.push(wide);
      takenSheets.add(wide.sheet);
      doneKinds.add('enrollment');
    }
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

function toTable(
  candidate: Candidate,
  how: DetectedTable['how'],
  wanted: TableMapping | undefined,
  dataCheck: DataCheckItem[],
): DetectedTable {
  const { grid, def, headerGridRow } = candidate;
  const extent = findDataExtent(grid, headerGridRow);
  const match = def.kind === 'schedule' ? resolveGroupColumns(grid, candidate.match, extent.firstGridRow, extent.lastGridRow) : candidate.match;
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
  const table: DetectedTable = {
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
  recordExtent(table, grid, extent);
  return table;
}

