import type { ClassSizeGroup, ClassSizeRow, EnrollmentRow, Section } from '../types';
import { compareLabels } from './stats';
import { gradeKey, isLiteracy } from './subjects';
import { namesMeetingTeachers } from './teacherLoad';

// Class size per section and by subject, grade and program. Collaboration rows are not classes, and a section
// without enrollment has no size (the parser reports it in the data check).

export const UNMAPPED_SUBJECT = 'Unmapped';
export const UNKNOWN_GRADE = 'Unknown';

export function classSizeRows(sections: readonly Section[]): ClassSizeRow[] {
  const rows: ClassSizeRow[] = [];
  // Indexed: the first, unoptimised run over a district's 150,000 sections pays for an iterator step each.
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    if (s.collaboration || s.enrollment === undefined) continue;
    const adults = adultsInRoom(s);
    rows.push({
      sectionId: s.id,
      course: s.course,
      subject: s.subject,
      grade: s.grade,
      program: s.program,
      teachers: s.teachers,
      enrollment: s.enrollment,
      term: s.term,
      source: s.source,
      adults,
      groupSize: Math.round((s.enrollment / adults) * 10) / 10,
    });
  }
  return rows;
}

/**
 * Teachers in the room at once: the most any meeting has, counting a meeting's own teachers when rows name them per
 * meeting (teachers taking turns are not two adults at once), else every teacher of the section; at least 1.
 */
function adultsInRoom(s: Section): number {
  // Without meetings, or with none naming teachers of its own (the usual case), every teacher of the section is there.
  if (!namesMeetingTeachers(s.meetings)) return Math.max(1, s.teachers.length);
  // A loop, not an array of counts per section (150,000 in a district).
  let most = 0;
  for (const m of s.meetings) most = Math.max(most, (m.teachers ?? s.teachers).length);
  return Math.max(1, most);
}

export function classSizeGroups(rows: readonly ClassSizeRow[]): ClassSizeGroup[] {
  const dimensions: ClassSizeGroup['by'][] = ['subject', 'grade', 'program'];
  // Running totals per group, in row order (the order the sum was always taken in), rather than a list of every
  // enrollment per group; all three groupings in one pass over the rows (150,000 in a district), each key read
  // directly: three different key functions called through one call site were slow for the processor to follow.
  const bySubject = new Map<string, GroupSize>();
  const byGrade = new Map<string, GroupSize>();
  const byProgram = new Map<string, GroupSize>();
  // Indexed, not for…of: one pass per review, mostly unoptimised, where an iterator step allocates.
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    const n = r.enrollment;
    addSize(bySubject, r.subject ?? UNMAPPED_SUBJECT, n);
    addSize(byGrade, r.grade ?? UNKNOWN_GRADE, n);
    addSize(byProgram, r.program, n);
  }
  const sizesBy = [bySubject, byGrade, byProgram];
  const groups: ClassSizeGroup[] = [];
  for (let d = 0; d < dimensions.length; d++) {
    const by = dimensions[d];
    const sizes = sizesBy[d];
    const keys = [...sizes.keys()].sort(by === 'grade' ? compareGrades : (a, b) => a.localeCompare(b));
    for (const group of keys) {
      const { sections, total, min, max } = sizes.get(group)!;
      groups.push({
        by,
        group,
        sections,
        average: Math.round((total / sections) * 10) / 10,
        min,
        max,
      });
    }
  }
  return groups;
}

interface GroupSize {
  sections: number;
  total: number;
  min: number;
  max: number;
}

function addSize(sizes: Map<string, GroupSize>, key: string, n: number): void {
  let size = sizes.get(key);
  if (!size) sizes.set(key, (size = { sections: 0, total: 0, min: Infinity, max: -Infinity }));
  size.sections++;
  size.total += n;
  if (n < size.min) size.min = n;
  if (n > size.max) size.max = n;
}

/** Orders grades as a school lists them: pre-K and K first, then numbers, then anything else. */
export function compareGrades(a: string, b: string): number {
  const rank = (g: string) => (/^(p|pk|pre-?k|tk)$/i.test(g.trim()) ? -2 : /^k(indergarten)?$/i.test(g.trim()) ? -1 : 0);
  return rank(a) - rank(b) || compareLabels(a, b);
}

/** Students per grade on the enrollment profile, by gradeKey ("Grade 1" and "1" are one grade). */
export function enrolledByGrade(enrollment: readonly EnrollmentRow[]): Map<string, number> {
  const enrolled = new Map<string, number>();
  for (const row of enrollment) {
    const key = gradeKey(row.grade);
    if (key !== undefined) enrolled.set(key, (enrolled.get(key) ?? 0) + row.students);
  }
  return enrolled;
}

/** Mean students per section (every section with an enrollment); null without one. */
export function averageClassSize(rows: readonly ClassSizeRow[]): number | null {
  if (rows.length === 0) return null;
  return rows.reduce((s, r) => s + r.enrollment, 0) / rows.length;
}

const INTERVENTION = /\b(intervention|rti|push[- ]?in|pull[- ]?out|tier (2|3|ii|iii)|reading lab|guided reading|small group)\b/i;

/**
 * Literacy intervention groups (the seed's push-in groups of 8): literacy sections whose course names an
 * intervention, with their average group size (students per adult in the room); null when the schedule has none.
 */
export function literacyInterventionGroups(rows: readonly ClassSizeRow[]): { sections: number; averageGroupSize: number } | null {
  const groups = rows.filter((r) => isLiteracy(r.subject) && INTERVENTION.test(r.course));
  if (groups.length === 0) return null;
  const total = groups.reduce((s, r) => s + (r.groupSize ?? r.enrollment), 0);
  return { sections: groups.length, averageGroupSize: Math.round((total / groups.length) * 10) / 10 };
}
