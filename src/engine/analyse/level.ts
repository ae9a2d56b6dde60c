import type { DataCheckItem, LevelBasis, ParsedWorkbook, SchoolLevel } from '../types';
import { gradeKey } from './subjects';

// School level from the grades it serves: each grade weighs by its students (enrollment profile) or, without
// one, by its sections; the band (K-5, 6-8, 9-12) with the most weight wins. English year groups (7-13) read as
// numbers too, which puts a UK secondary (years 7-13) in the high band, as its older years dominate.

/** Grade number from a grade label ("K" → 0, "10S" → 10, "Grade 3" → 3); undefined when none can be read. */
export function gradeNumber(grade: string | undefined): number | undefined {
  if (grade === undefined) return undefined;
  // Called once per section: remember each spelling of a grade (bounded, the add-in's worker is long-lived).
  const known = gradeNumberCache.get(grade);
  if (known !== undefined || gradeNumberCache.has(grade)) return known;
  if (gradeNumberCache.size >= 1000) gradeNumberCache.clear();
  const n = computeGradeNumber(grade);
  gradeNumberCache.set(grade, n);
  return n;
}

const gradeNumberCache = new Map<string, number | undefined>();

function computeGradeNumber(grade: string): number | undefined {
  const key = gradeKey(grade);
  if (key === undefined) return undefined;
  if (/^(K|TK|PK|P|PRE-?K|KG)\b/.test(key)) return 0;
  const digits = /^(\d+)/.exec(key);
  return digits ? Number(digits[1]) : undefined;
}

export function levelOfGrade(grade: number): SchoolLevel {
  if (grade <= 5) return 'elementary';
  if (grade <= 8) return 'middle';
  return 'high';
}

export function inferSchoolLevel(parsed: ParsedWorkbook): SchoolLevel {
  return inferLevelWithBasis(parsed).level;
}

/**
 * The level from the grades, and whether any grade was there to read: without one the level is assumed (high), and
 * the review must say so rather than call it inferred.
 */
export function inferLevelWithBasis(parsed: ParsedWorkbook): { level: SchoolLevel; basis: Exclude<LevelBasis, 'settings'> } {
  const weight: Record<SchoolLevel, number> = { elementary: 0, middle: 0, high: 0 };
  for (const row of parsed.enrollment) {
    const n = gradeNumber(row.grade);
    if (n !== undefined && row.students > 0) weight[levelOfGrade(n)] += row.students;
  }
  if (weight.elementary + weight.middle + weight.high === 0) {
    // Indexed, not for…of: one pass per review, mostly unoptimised, where an iterator step allocates.
    for (let k = 0; k < parsed.sections.length; k++) {
      const s = parsed.sections[k];
      if (s.collaboration) continue;
      const n = gradeNumber(s.grade);
      if (n !== undefined) weight[levelOfGrade(n)] += 1;
    }
  }
  const order: SchoolLevel[] = ['high', 'middle', 'elementary'];
  const best = order.reduce((a, b) => (weight[b] > weight[a] ? b : a));
  // With no grades at all a secondary school is the likelier case (elementary schedules name grades on homerooms).
  return weight[best] > 0 ? { level: best, basis: 'grades' } : { level: ASSUMED_LEVEL, basis: 'assumed' };
}

const ASSUMED_LEVEL: SchoolLevel = 'high';

/**
 * The Data Check item for an assumed level: the level decides which flags apply, so the user is told where to set
 * it (the pane's Settings step, the command line's --level).
 */
export function assumedLevelCheck(level: SchoolLevel): DataCheckItem {
  return {
    severity: 'warning',
    sheet: '',
    cell: '',
    code: 'level-assumed',
    message:
      `No grade could be read from the schedule or the enrollment profile, so the school level is assumed: ${level} school. ` +
      'The level decides which practices apply (teacher loads and preps for secondary schools, daily literacy and math ' +
      'minutes for elementary). Set it under School level in the add-in\'s Settings step, or with --level on the command line.',
  };
}
