import type { Meeting, MeetingDay } from '../types';

// What a section is when a schedule row has no section ID. A timetable exported one row per meeting lists the same
// class five or six times a cycle; counting each row as a section inflates sections, class sizes and seats. So rows
// of the same teacher(s), course (code and title), class group and term are one section, whatever day or period they
// meet, and its seats count once. Two shapes need care:
// - A schedule with one row per section and no class group ("Smith | English 9 | Period 1", "... | Period 3") lists
//   a teacher's parallel sections of one course: there the period stays part of the section, as rows name the
//   whole week's pattern ("M-F", "MWF") or no days at all.
// - A schedule with one row per meeting and no class group cannot name the class either: a row joins a section of
//   its teacher and course unless that section already meets on the row's day at a period not next to the row's
//   (a teacher teaching the course to two classes that day), or their enrollments differ. A double period written
//   as two rows ("Mon 3", "Mon 4") stays one section.
// Two rows of one class group's lesson (same course, day and period) naming different teachers in the same room are
// co-teachers of one class: the second teacher joins the first's section for that lesson.

export type SectionRule = 'class group' | 'one meeting per row' | 'one section per row';

/** How the rows of a schedule without section IDs make sections, from its columns and its rows' days. */
export function sectionRule(hasGroupColumn: boolean, daysPerRow: Iterable<number>): SectionRule {
  if (hasGroupColumn) return 'class group';
  let single = 0;
  let rows = 0;
  for (const count of daysPerRow) {
    rows++;
    if (count === 1) single++;
  }
  return rows > 0 && single * 2 > rows ? 'one meeting per row' : 'one section per row';
}

/** The rule in a sentence for the Data Check, so a principal can judge the section counts. */
export function describeSectionRule(rule: SectionRule): string {
  switch (rule) {
    case 'class group':
      return 'one per teacher(s), course, class group and term, whatever day or period it meets';
    case 'one meeting per row':
      return (
        'the sheet lists one meeting per row and names no class group, so a teacher’s rows of one course are one section, ' +
        'except where it already meets that day at a period not next to the row’s, or the enrollments differ'
      );
    case 'one section per row':
      return 'the sheet lists one section per row and names no class group, so one per teacher(s), course, period and term';
  }
}

export interface SectionParts {
  courseCode?: string;
  course?: string;
  /** Stands for the course when the row has neither code nor title. */
  subject?: string;
  teachers: readonly string[];
  classGroup?: string;
  periods: readonly string[];
  term?: string;
}

/**
 * The synthetic ID of a row's section: course|teachers|class group|term, or course|teachers|periods|term under the
 * one-section-per-row rule. Teachers are sorted, so "Smith; Lee" and "Lee; Smith" are one section.
 */
export function syntheticSectionId(rule: SectionRule, parts: SectionParts): string {
  const course = courseOf(parts);
  const teachers = parts.teachers.length > 1 ? [...parts.teachers].sort().join('+') : (parts.teachers[0] ?? '');
  const place = rule === 'one section per row' ? parts.periods.join(',') : (parts.classGroup ?? '');
  return [course, teachers, place, parts.term ?? ''].join('|');
}

function courseOf(parts: SectionParts): string {
  return [parts.courseCode, parts.course].filter((t) => t !== undefined).join(' ') || (parts.subject ?? '');
}

/**
 * A class group's lesson: course, group, term, day and periods. Under the class-group rule, rows of one lesson with
 * different teachers in the same room (or where a room is not given) are co-teachers of one class, not two sections;
 * in different rooms they are the group split between teachers.
 */
export function groupLessonKey(parts: SectionParts, day: MeetingDay): string {
  return [courseOf(parts), parts.classGroup ?? '', parts.term ?? '', `${day.kind}${day.day}`, parts.periods.join(',')].join('|');
}

export function sameRoom(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Whether a one-meeting-per-row row can be another meeting of a section: their enrollments agree where both are
 * known, and on each of the row's days the section does not already meet at a period apart from the row's.
 */
export function joinsSection(
  section: { meetings: readonly Meeting[]; enrollment?: number },
  days: readonly MeetingDay[],
  periods: readonly string[],
  enrollment: number | undefined,
): boolean {
  if (enrollment !== undefined && section.enrollment !== undefined && enrollment !== section.enrollment) return false;
  for (const day of days) {
    let meetsThatDay = false;
    let touches = false;
    for (const meeting of section.meetings) {
      if (meeting.day.kind !== day.kind || meeting.day.day !== day.day) continue;
      meetsThatDay = true;
      if (periodsTouch(meeting.periods, periods)) touches = true;
    }
    if (meetsThatDay && !touches) return false;
  }
  return true;
}

/**
 * Same or consecutive periods ("3" and "4", "P5" and "6"); labels without a number touch only when equal. Meetings
 * known only by clock time cannot be told apart, so they touch.
 */
function periodsTouch(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  for (const x of a) {
    for (const y of b) {
      if (x === y) return true;
      const nx = periodNumber(x);
      const ny = periodNumber(y);
      if (nx !== null && ny !== null && Math.abs(nx - ny) <= 1) return true;
    }
  }
  return false;
}

function periodNumber(label: string): number | null {
  const digits = /\d+/.exec(label);
  return digits ? Number(digits[0]) : null;
}
