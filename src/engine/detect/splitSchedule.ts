import type { DataCheckItem, SheetGrid, TableMapping } from '../types';
import type { HeaderMatch } from './headers';
import { bestCandidate, type Candidate } from './candidates';
import { findDataExtent, isBlankRow } from './extent';
import { cellText, normaliseHeader } from '../parse/values';
import { parseDays } from '../parse/days';

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
  const sameHeader: Candidate[] = [];
  for (const grid of sheets) {
    if (grid === schedule.grid || takenSheets.has(grid.name)) continue;
    // Detection has already found each sheet's best schedule header; a sheet without one cannot be a part.
    const candidate = known
      ? (known.find((c) => c.grid === grid && c.def === schedule.def) ?? null)
      : bestCandidate(grid, schedule.def, wanted?.columns ? { columns: wanted.columns } : undefined, [], false);
    if (candidate && headerSignature(candidate.match) === signature) sameHeader.push(candidate);
  }
  // One sheet per day repeats every section that meets daily: there, repeated rows are the point, not a copy.
  if (sameHeader.length === 0 || daysOfSheets([schedule, ...sameHeader])) return { parts: sameHeader, copies: [] };
  const parts: Candidate[] = [];
  const copies: ScheduleCopy[] = [];
  const scheduleRows = new Set(rowKeys(schedule));
  for (const candidate of sameHeader) {
    const keys = rowKeys(candidate);
    const repeated = keys.filter((key) => scheduleRows.has(key)).length;
    if (keys.length > 0 && repeated * 2 >= keys.length) copies.push({ grid: candidate.grid, of: schedule.grid.name, repeated, rows: keys.length });
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

/** Words around a day in a sheet's name ("Monday timetable", "Day 3 schedule") that are not part of the day. */
const SHEET_WORDS = /\b(schedule|timetable|master|classes|lessons|rooster)\b/gi;

/**
 * The day each part's sheet stands for, when the schedule is split one sheet per day without a days column: every
 * name gives exactly one day, and no two the same ("Monday".."Friday", "Day 1".."Day 6", "A Day" / "B Day"). null
 * otherwise (sheets per department or grade).
 */
export function daysOfSheets(parts: readonly Candidate[]): string[] | null {
  if (parts.length < 2 || parts.some((p) => p.match.columns.some((c) => c.field === 'days'))) return null;
  const days: string[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const text = part.grid.name.replace(SHEET_WORDS, ' ').replace(/\s+/g, ' ').trim();
    const parsed = parseDays(text);
    if (!parsed || parsed.length !== 1) return null;
    const key = `${parsed[0].kind}:${parsed[0].day}`;
    if (seen.has(key)) return null;
    seen.add(key);
    days.push(text);
  }
  return days;
}

export function reportSplitSchedule(first: Candidate, parts: Candidate[], byDay: boolean, dataCheck: DataCheckItem[]): void {
  const names = [first, ...parts].map((c) => `"${c.grid.name}"`);
  const how = byDay
    ? "one sheet per day: each sheet's rows meet on the day its name gives, and a section on several sheets is one section"
    : 'each section links to its own sheet';
  dataCheck.push({
    severity: 'info',
    sheet: first.grid.name,
    cell: '',
    code: 'split-schedule',
    message: `Sheets ${names.join(', ')} have the same schedule header and are read as one schedule, ${names.length} parts; ${how}`,
  });
}
