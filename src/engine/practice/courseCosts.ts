import type { ClassSizeRow, CourseCost, Section, StudentMinuteCost } from '../types';
import type { StudentMinutes } from '../analyse/studentMinutes';
import { SCHOOL_WEEKS_PER_YEAR, costPerTeachingMinute, type LeverBasis } from './scheduleLevers';

// What a section costs, and so what each student in it costs, at this budget's own prices: a section is a share of
// a teacher (average teacher cost / the sections a full-time teacher here teaches), whatever its size. A band of 8
// costs three times per student what a section of 26 does. Courses are listed most expensive per student first.

/** Dollars per section: average teacher cost / sections per full-time teacher; null without either. */
export function costPerSection(basis: LeverBasis): number | null {
  if (basis.averageTeacherCost === null || !basis.fullTimeSections) return null;
  return basis.averageTeacherCost / basis.fullTimeSections;
}

export function courseCosts(rows: readonly ClassSizeRow[], sections: readonly Section[], basis: LeverBasis): CourseCost[] {
  const perSection = costPerSection(basis);
  if (perSection === null) return [];
  // A loop, not new Map(sections.map(...)): a pair array per section (150,000 in a district) is garbage. The last
  // section of an ID decides, as the map built from pairs had it.
  const core = new Map<string, boolean>();
  for (const s of sections) core.set(s.id, s.core);
  const byCourse = new Map<string, { course: string; subject?: string; core: boolean; sections: number; students: number }>();
  for (const r of rows) {
    const key = r.course.trim().toLowerCase();
    const entry = byCourse.get(key) ?? { course: r.course.trim(), subject: r.subject, core: core.get(r.sectionId) ?? false, sections: 0, students: 0 };
    entry.sections++;
    entry.students += r.enrollment;
    byCourse.set(key, entry);
  }
  return [...byCourse.values()]
    .filter((c) => c.students > 0)
    .map((c) => ({ ...c, costPerSection: perSection, costPerStudent: (c.sections * perSection) / c.students }))
    .sort((a, b) => b.costPerStudent - a.costPerStudent || a.course.localeCompare(b.course));
}

/** Dollars per student over a group of courses: their sections' cost / their students. */
export function costPerStudentOf(costs: readonly CourseCost[]): number | null {
  const students = costs.reduce((s, c) => s + c.students, 0);
  return students > 0 ? costs.reduce((s, c) => s + c.sections * c.costPerSection, 0) / students : null;
}

/**
 * Core against electives per student-minute: the teacher time a group's sections take, priced per teaching minute as the
 * cover lever prices it (average teacher cost / (median full-time teaching minutes a week × school weeks)), over the
 * student-minutes they give: teacher-minutes × cost per teaching minute / (student-minutes a week × school weeks).
 * A course that meets longer costs more and gives more, so this compares like with like where cost per student does not.
 */
export function costPerStudentMinute(groups: readonly StudentMinutes[], basis: LeverBasis): StudentMinuteCost[] {
  const perTeachingMinute = costPerTeachingMinute(basis);
  if (perTeachingMinute === null) return [];
  return groups
    .filter((g) => g.studentMinutesPerWeek > 0)
    .map((g) => ({
      group: g.group,
      sections: g.sections,
      leftOut: g.leftOut,
      studentMinutesPerWeek: g.studentMinutesPerWeek,
      costPerStudentMinute: (g.teacherMinutesPerWeek * SCHOOL_WEEKS_PER_YEAR * perTeachingMinute) / (g.studentMinutesPerWeek * SCHOOL_WEEKS_PER_YEAR),
    }));
}
