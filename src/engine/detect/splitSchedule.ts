import type { DataCheckItem, SheetGrid, TableMapping } from '../types';
import type { HeaderMatch } from './headers';
import { bestCandidate, type Candidate } from './candidates';
import { findDataExtent, isBlankRow } from './extent';
import { cellText, normaliseHeader } from '../parse/values';

// A schedule split over several sheets with the same header (one per department or grade) is one schedule.

/** What identifies a table's header across sheets: its fields and their header texts, in any column order. */
function headerSignature(match: HeaderMatch): string {
  return match.columns
    .map((c) => `${c.field}=${normaliseHeader(c.header)}`)
    .sort()
    .join('|');
}

/** A sheet with the schedule's header whose rows mostly repeat the schedule's own rows. */
export interface ScheduleCopy {
  grid: SheetGrid;
  of: string;
  repeated: number;
  rows: number;
}

/**
 * The other sheets that continue a schedule: the same header (one sheet per department or grade, as many exports
 * split a timetable). They are read as parts of one schedule, each row linked to its own sheet. A sheet whose rows
 * mostly repeat the schedule's (last year's copy, a backup, a filtered view) is not a part: it would count every
 * section twice. known: the candidates detection already found, when it has looked at every sheet for a schedule.
 */
export function sameHeaderSheets(
  schedule: Candidate,
  sheets: SheetGrid[],
  takenSheets: Set<string>,
  wanted: TableMapping | undefined,
  known?: readonly Candidate[],
): { parts: Candidate[]; copies: ScheduleCopy[] } {
  const signature = headerSignature(schedule.match);
  const parts: Candidate[] = [];
  const copies: ScheduleCopy[] = [];
  let scheduleRows: Set<string> | null = null;
  for (const grid of sheets) {
    if (grid === schedule.grid || takenSheets.has(grid.name)) continue;
    // Detection has already found each sheet's best schedule header; a sheet without one cannot be a part.
    const candidate = known
      ? (known.find((c) => c.grid === grid && c.def === schedule.def) ?? null)
      : bestCandidate(grid, schedule.def, wanted?.columns ? { columns: wanted.columns } : undefined, [], false);
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

export function reportSplitSchedule(first: Candidate, parts: Candidate[], dataCheck: DataCheckItem[]): void {
  const names = [first, ...parts].map((c) => `"${c.grid.name}"`);
  dataCheck.push({
    severity: 'info',
    sheet: first.grid.name,
    cell: '',
    code: 'split-schedule',
    message: `Sheets ${names.join(', ')} have the same schedule header and are read as one schedule, ${names.length} parts; each section links to its own sheet`,
  });
}

