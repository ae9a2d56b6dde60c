import type { GradeCoreShare, ParsedWorkbook, Section, Settings, TimeBySubject } from '../types';
import type { ResolvedMeeting, ScheduleClock } from './meetingTime';
import { compareGrades, enrolledByGrade, UNMAPPED_SUBJECT } from './classSize';
import { gradeKey, isElaOrMath } from './subjects';
import { termOf } from './terms';
import { round } from './stats';

// Minutes per subject per grade, student-weighted (BRIEF.md "Minutes per subject"): for each grade, the sum over
// its sections of enrollment × weekly minutes, divided by the grade's students. Part-year sections (semesters,
// quarters) weigh 1 / (number of part-year terms), so the figure is the average week of the year.
//
// The grade's students, in order of preference:
//  1. the enrollment profile's count for the grade;
//  2. the distinct students of the student roster in that grade (by the roster's grade, else by the grade of
//     the sections they are enrolled in);
//  3. the peak number of seats the grade fills at any one time (day, period/time, term): every student is in at
//     most one class at once, so in a full timetable the busiest slot holds the whole grade. This never divides
//     by a double count the way "seats / sections per student" would, and it needs nothing the schedule lacks.
// Sections without a grade, without enrollment or without known minutes cannot be weighted and are left out.

export type GradeStudentsBasis = 'enrollment' | 'roster' | 'peak seats';

export interface TimeBySubjectResult {
  timeBySubject: TimeBySubject[];
  coreShare: GradeCoreShare[];
  studentsBasis: Map<string, { grade: string; students: number; basis: GradeStudentsBasis }>;
}

/** A grade's weighed sections: each one's resolved meetings (looked up once, here), and whether every enrollment is whole. */
interface GradeSections {
  label: string;
  meetings: (readonly ResolvedMeeting[])[];
  /**
   * Each section's enrollment, subject and term (termOf), read in the one pass over the sections: the later loops
   * read these lists instead of each section again, which missed the processor's cache at every one of a district's
   * 150,000 sections (they lie scattered in memory).
   */
  enrollments: number[];
  subjects: (string | undefined)[];
  terms: (string | undefined)[];
  wholeEnrollments: boolean;
  /** Whether any of the sections runs part of the year (a term that is not full-year). */
  partYear: boolean;
}

export function analyseTimeBySubject(parsed: ParsedWorkbook, settings: Settings, clock: ScheduleClock): TimeBySubjectResult {
  // One pass: the distinct part-year terms (over every section, as termCount weighs by all of them) and the grades' sections.
  const partYear = new Set<string>();
  const grades = new Map<string, GradeSections>();
  // Indexed, not for…of: one pass per review, mostly unoptimised, where an iterator step allocates.
  for (let n = 0; n < parsed.sections.length; n++) {
    const s = parsed.sections[n];
    const term = termOf(s, settings);
    if (term !== undefined) partYear.add(term);
    if (s.collaboration || s.enrollment === undefined) continue;
    const key = gradeKey(s.grade);
    if (key === undefined) continue;
    let entry = grades.get(key);
    if (!entry) {
      const label = s.grade!.trim();
      grades.set(key, (entry = { label, meetings: [], enrollments: [], subjects: [], terms: [], wholeEnrollments: true, partYear: false }));
    }
    if (term !== undefined) entry.partYear = true;
    entry.meetings.push(clock.meetingsOf(s));
    entry.enrollments.push(s.enrollment);
    entry.subjects.push(s.subject);
    entry.terms.push(term);
    if (!Number.isInteger(s.enrollment)) entry.wholeEnrollments = false;
  }
  const termCount = Math.max(partYear.size, 1);

  const students = gradeStudents(parsed, grades);
  const timeBySubject: TimeBySubject[] = [];
  const coreShare: GradeCoreShare[] = [];
  const gradeOrder = [...grades.entries()].sort((a, b) => compareGrades(a[1].label, b[1].label));

  for (const [key, { label, meetings, enrollments, subjects, terms }] of gradeOrder) {
    const count = students.get(key)?.students ?? 0;
    if (count <= 0) continue;
    const studentMinutes = new Map<string, number>();
    for (let i = 0; i < meetings.length; i++) {
      // A section without known minutes cannot be weighed (the data check says why its meetings have no length).
      const weekly = minutesInWeek(meetings[i]);
      if (weekly === null) continue;
      // Without part-year terms every section runs all year.
      const weight = partYear.size === 0 || terms[i] === undefined ? 1 : 1 / termCount;
      const subject = subjects[i] ?? UNMAPPED_SUBJECT;
      studentMinutes.set(subject, (studentMinutes.get(subject) ?? 0) + enrollments[i] * weekly * weight);
    }
    let total = 0;
    for (const v of studentMinutes.values()) total += v / count;
    if (total <= 0) continue;
    let elaMath = 0;
    for (const subject of [...studentMinutes.keys()].sort((a, b) => a.localeCompare(b))) {
      const minutes = studentMinutes.get(subject)! / count;
      if (isElaOrMath(subject)) elaMath += minutes;
      timeBySubject.push({ grade: label, subject, minutesPerWeek: round(minutes, 1), share: minutes / total });
    }
    coreShare.push({
      grade: label,
      totalMinutesPerWeek: round(total, 1),
      elaMathMinutesPerWeek: round(elaMath, 1),
      elaMathShare: elaMath / total,
    });
  }
  return { timeBySubject, coreShare, studentsBasis: students };
}

/** Minutes a section meets in a five-day week, or null when any meeting's length is unknown. */
export function weeklyMinutes(section: Section, clock: ScheduleClock): number | null {
  return minutesInWeek(clock.meetingsOf(section));
}

/** The same from the section's resolved meetings (one per meeting, in order). */
function minutesInWeek(meetings: readonly ResolvedMeeting[]): number | null {
  let total = 0;
  for (let n = 0; n < meetings.length; n++) {
    const r = meetings[n];
    if (r.minutes === null) return null;
    total += r.minutes * r.weekScale;
  }
  return meetings.length ? total : null;
}

function gradeStudents(
  parsed: ParsedWorkbook,
  grades: Map<string, GradeSections>,
): Map<string, { grade: string; students: number; basis: GradeStudentsBasis }> {
  const result = new Map<string, { grade: string; students: number; basis: GradeStudentsBasis }>();
  const enrolled = enrolledByGrade(parsed.enrollment);
  const rosterByGrade = new Map<string, Set<string>>();
  if (parsed.students.length) {
    const sectionGrade = new Map<string, string | undefined>();
    for (const s of parsed.sections) sectionGrade.set(s.id, gradeKey(s.grade));
    for (const row of parsed.students) {
      const key = gradeKey(row.grade) ?? sectionGrade.get(row.sectionId);
      if (key === undefined) continue;
      const set = rosterByGrade.get(key);
      if (set) set.add(row.studentId);
      else rosterByGrade.set(key, new Set([row.studentId]));
    }
  }
  for (const [key, grade] of grades) {
    const fromProfile = enrolled.get(key);
    const fromRoster = rosterByGrade.get(key)?.size;
    if (fromProfile !== undefined && fromProfile > 0) result.set(key, { grade: grade.label, students: fromProfile, basis: 'enrollment' });
    else if (fromRoster) result.set(key, { grade: grade.label, students: fromRoster, basis: 'roster' });
    else result.set(key, { grade: grade.label, students: peakSeats(grade), basis: 'peak seats' });
  }
  return result;
}

function peakSeats({ meetings, enrollments, terms, wholeEnrollments: exactInAnyOrder, partYear }: GradeSections): number {
  // Sections that meet alike share one resolved list, and identical meetings one resolved object: total the seats per
  // list first, then per meeting, then spread them over its slots, so a district's 150,000 sections and 750,000
  // meetings do not each update counts. Whole numbers add up exactly in any order; a fractional enrollment keeps the
  // section-by-section order.
  const seatsByTerm = new Map<string, Map<string, number>>();
  const seatsByList = new Map<string, Map<readonly ResolvedMeeting[], number>>();
  // One term and whole enrollments (the usual case): the term's counts are found once, not per section.
  const oneTerm = !partYear && exactInAnyOrder && meetings.length > 0 ? new Map<readonly ResolvedMeeting[], number>() : undefined;
  if (oneTerm) {
    seatsByTerm.set('', new Map());
    seatsByList.set('', oneTerm);
  }
  for (let i = 0; i < meetings.length; i++) {
    const enrollment = enrollments[i];
    if (oneTerm) {
      oneTerm.set(meetings[i], (oneTerm.get(meetings[i]) ?? 0) + enrollment);
      continue;
    }
    const term = partYear ? (terms[i] ?? '') : '';
    let seatsAt = seatsByTerm.get(term);
    if (!seatsAt) seatsByTerm.set(term, (seatsAt = new Map()));
    if (exactInAnyOrder) {
      let byList = seatsByList.get(term);
      if (!byList) seatsByList.set(term, (byList = new Map()));
      byList.set(meetings[i], (byList.get(meetings[i]) ?? 0) + enrollment);
    } else {
      for (const r of meetings[i]) for (const key of r.slotKeys) seatsAt.set(key, (seatsAt.get(key) ?? 0) + enrollment);
    }
  }
  for (const [term, byList] of seatsByList) {
    const byMeeting = new Map<ResolvedMeeting, number>();
    for (const [list, seats] of byList) for (const r of list) byMeeting.set(r, (byMeeting.get(r) ?? 0) + seats);
    const seatsAt = seatsByTerm.get(term)!;
    for (const [r, seats] of byMeeting) for (const key of r.slotKeys) seatsAt.set(key, (seatsAt.get(key) ?? 0) + seats);
  }
  // A year-long section sits in every term's timetable; fold it into each part-year term's slots.
  const yearLong = seatsByTerm.get('') ?? new Map<string, number>();
  let peak = 0;
  for (const [term, seatsAt] of seatsByTerm) {
    for (const [key, seats] of seatsAt) peak = Math.max(peak, seats + (term === '' ? 0 : (yearLong.get(key) ?? 0)));
  }
  return peak;
}

