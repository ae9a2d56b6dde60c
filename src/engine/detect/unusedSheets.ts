import type { DataCheckItem, DetectedTable, SheetGrid } from '../types';
import type { TableDef } from './fieldTypes';
import { TABLE_DEFS } from './tableDefs';
import { matchHeaderRow, type HeaderMatch } from './headers';
import { HEADER_SEARCH_ROWS, type Candidate } from './candidates';
import type { ScheduleCopy } from './splitSchedule';
import { isBlankRow } from './extent';
import { columnLetter } from '../parse/values';

// Every sheet and cell the review does not read is named on the Data Check, with the reason.

/** Why a sheet was not read: every sheet is accounted for, none skipped silently. */
export function unusedSheet(grid: SheetGrid, candidates: Candidate[], tables: DetectedTable[], copy: ScheduleCopy | undefined): DataCheckItem {
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
    // A candidate loses only to a candidate of its kind accepted by detection, so readFrom names a sheet.
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

/** Cells set aside by the reader because they lie far from the sheet's data: named, since they are not read. */
export function reportOutlyingCells(grid: SheetGrid, dataCheck: DataCheckItem[]): void {
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
