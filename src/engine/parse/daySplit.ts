import type { DataCheckItem, Section } from '../types';

// A schedule split one sheet per day ("Monday".."Friday", "Day 1".."Day 6") holds each section on every sheet it
// meets: rows of the same section on several day sheets are one section, whose meetings add up and whose seats
// count once, as rows of one sheet are.

export function joinSectionsAcrossDays(sections: readonly Section[]): { sections: Section[]; dataCheck: DataCheckItem[] } {
  const byId = new Map<string, Section>();
  const joined: Section[] = [];
  const dataCheck: DataCheckItem[] = [];
  for (const section of sections) {
    const first = byId.get(section.id);
    if (first) join(first, section, dataCheck);
    else {
      byId.set(section.id, section);
      joined.push(section);
    }
  }
  return { sections: joined, dataCheck };
}

function join(into: Section, other: Section, dataCheck: DataCheckItem[]): void {
  const sameTeachers = into.teachers.length === other.teachers.length && into.teachers.every((t) => other.teachers.includes(t));
  if (!sameTeachers) {
    // A meeting without teachers of its own is taught by all of its sheet's section: say so before the list grows.
    for (const meeting of into.meetings) meeting.teachers ??= into.teachers.slice();
    for (const meeting of other.meetings) meeting.teachers ??= other.teachers.slice();
    into.teachers = [...into.teachers, ...other.teachers.filter((t) => !into.teachers.includes(t))];
  }
  into.meetings = into.meetings.concat(other.meetings);
  if (into.enrollment === undefined) into.enrollment = other.enrollment;
  else if (other.enrollment !== undefined && other.enrollment !== into.enrollment) {
    const largest = Math.max(into.enrollment, other.enrollment);
    dataCheck.push({
      severity: 'warning',
      sheet: other.source.sheet,
      cell: `${other.source.firstRow}:${other.source.lastRow}`,
      code: 'enrollment-mismatch',
      message: `Section "${into.id}" has enrollment ${into.enrollment} on sheet "${into.source.sheet}" and ${other.enrollment} on sheet "${other.source.sheet}"; the largest, ${largest}, is used once`,
    });
    into.enrollment = largest;
  }
  into.grade ??= other.grade;
  into.room ??= other.room;
}
