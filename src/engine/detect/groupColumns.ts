import type { CellValue, MatchedColumn, SheetGrid } from '../types';
import type { HeaderMatch } from './headers';
import { SCHEDULE_TABLE } from './tableDefs';
import { cellText, columnLetter, normaliseHeader } from '../parse/values';

// Which schedule column holds class groups: the student groups ("8A", "11E", "10B", "12a2", "7/3") a European or
// British timetable names instead of (or beside) a grade. Exports head it "Class", "Form", "Grade or class" or
// "Group", and "Class" just as often heads course titles, so the header proposes and the content decides: a column
// whose values are nearly all group codes is the class group, whatever it was matched as.

/**
 * A class group: a year number (optionally "Y", "Year", "Gr" first) and a short class mark, letters ("8A", "11E",
 * "12a2", "10 SCI") or a number after a separator ("7/3", "9-2", "10.1"). A bare number is a grade, "10th" an
 * ordinal, and "9-12" or "7/8" (a second number above the first) a span of grades, not a group.
 */
const GROUP_CODE = /^(?:y|yr|year|gr|grade)?\s*(\d{1,2})\s*(?:[-/.]?\s*(?!(?:st|nd|rd|th)$)[a-z]{1,3}\d{0,2}|[-/.]\s*(\d{1,2}))$/i;

/** At least this share of a column's filled cells must be group codes (exports have a stray "All" or "Staff"). */
const GROUP_SHARE = 0.8;

/** Unrecognised headers that may name a group column; their content still has to be group codes. */
const GROUP_HEADER_WORDS = /\b(class|classes|form|forms|group|groups|set|cohort|homeroom|tutor|klas|klasse|stream)\b/;

/** The year part of a class group ("8A" → "8", "Y10-2" → "10"); undefined when the text is not a group code. */
export function groupYear(value: CellValue): string | undefined {
  const text = cellText(value);
  if (text.length > 10) return undefined;
  const match = GROUP_CODE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] !== undefined && Number(match[2]) > year) return undefined;
  return String(year);
}

export function isGroupCode(value: CellValue): boolean {
  return groupYear(value) !== undefined;
}

/** Whether a column's filled data cells are (nearly) all class-group codes. Reads each distinct value once. */
export function holdsGroupCodes(grid: SheetGrid, col: number, firstGridRow: number, lastGridRow: number): boolean {
  // Keyed by the cell's value as stored (the reader shares one string per distinct text), so no text is made per
  // cell; a blank is 'blank', and errors (objects) are blank too, as cellText reads them.
  const verdicts = new Map<string | number | boolean, boolean | 'blank'>();
  let filled = 0;
  let groups = 0;
  const last = Math.min(lastGridRow, grid.rows.length - 1);
  for (let r = firstGridRow; r <= last; r++) {
    // A course column is settled long before its end: once even every remaining row being a group code would not
    // reach the share (with a cell to spare for rounding), the answer is no.
    if ((r & 1023) === 0) {
      const remaining = last - r + 1;
      if (groups + remaining < GROUP_SHARE * (filled + remaining) - 1) return false;
    }
    const value = grid.rows[r]?.[col] ?? null;
    if (value === null || typeof value === 'object') continue;
    let verdict = verdicts.get(value);
    if (verdict === undefined) {
      const text = cellText(value);
      verdicts.set(value, (verdict = text === '' ? 'blank' : isGroupCode(text)));
    }
    if (verdict === 'blank') continue;
    filled++;
    if (verdict) groups++;
  }
  return filled > 0 && groups >= GROUP_SHARE * filled;
}

/**
 * A schedule header match with its class-group column settled by content: a course or grade column (matched by a
 * synonym, never one the user mapped) or an unrecognised "Class"/"Form"/"Group" column whose cells are group codes
 * becomes `classGroup`. A field it leaves empty is given to an unrecognised header that names it exactly ("Course"
 * to the right of a "Class" column that held groups). A column already headed as a class group is kept as it is.
 */
export function resolveGroupColumns(grid: SheetGrid, match: HeaderMatch, firstGridRow: number, lastGridRow: number): HeaderMatch {
  if (match.columns.some((c) => c.field === 'classGroup')) return match;
  const candidates: { col: number; header: string; vacates?: string }[] = [
    ...match.columns.filter((c) => (c.field === 'course' || c.field === 'grade') && c.how === 'synonym').map((c) => ({ col: c.col, header: c.header, vacates: c.field })),
    ...match.unmatched.filter((u) => GROUP_HEADER_WORDS.test(normaliseHeader(u.header))),
  ].sort((a, b) => a.col - b.col);
  const chosen = candidates.find((c) => holdsGroupCodes(grid, c.col, firstGridRow, lastGridRow));
  if (!chosen) return match;

  const groupColumn: MatchedColumn = { field: 'classGroup', header: chosen.header, col: chosen.col, letter: columnLetter(grid.originCol + chosen.col), how: 'synonym' };
  const columns = [...match.columns.filter((c) => c.col !== chosen.col), groupColumn];
  let unmatched = match.unmatched.filter((u) => u.col !== chosen.col);
  if (chosen.vacates) {
    const synonyms = SCHEDULE_TABLE.fields.find((f) => f.field === chosen.vacates)?.synonyms.map(normaliseHeader) ?? [];
    const heir = unmatched.find((u) => synonyms.includes(normaliseHeader(u.header)));
    if (heir) {
      columns.push({ field: chosen.vacates, header: heir.header, col: heir.col, letter: columnLetter(grid.originCol + heir.col), how: 'synonym' });
      unmatched = unmatched.filter((u) => u !== heir);
    }
  }
  return { ...match, columns: columns.sort((a, b) => a.col - b.col), unmatched };
}
