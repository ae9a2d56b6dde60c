import type { Section } from '../types';
import type { ScheduleClock } from './meetingTime';
import { weeklyMinutes } from './timeBySubject';

// Student-minutes and teacher-minutes a week of the core courses and of the electives, so that their cost can be
// compared per student-minute (practice/courseCosts.ts): a section's cost follows its teachers' time, and what
// students get is its enrollment × its minutes. Electives are the teaching sections that are neither core nor
// special education (special-education sections are a program of their own, not a choice of course). A section
// with no enrollment or no known minutes is left out, and counted, so the figure says what it rests on.

export interface StudentMinutes {
  group: 'core' | 'electives';
  sections: number;
  /** Σ enrollment × weekly minutes. */
  studentMinutesPerWeek: number;
  /** Σ weekly minutes × teachers on the section (a co-taught section counts both). */
  teacherMinutesPerWeek: number;
  /** Sections of the group left out: no enrollment or no known minutes. */
  leftOut: number;
}

export function studentMinutesByGroup(sections: readonly Section[], clock: ScheduleClock): StudentMinutes[] {
  const groups: Record<StudentMinutes['group'], StudentMinutes> = {
    core: { group: 'core', sections: 0, studentMinutesPerWeek: 0, teacherMinutesPerWeek: 0, leftOut: 0 },
    electives: { group: 'electives', sections: 0, studentMinutesPerWeek: 0, teacherMinutesPerWeek: 0, leftOut: 0 },
  };
  // Indexed, not for…of: one pass per review, mostly unoptimised, where an iterator step allocates.
  for (let n = 0; n < sections.length; n++) {
    const s = sections[n];
    if (s.collaboration || (!s.core && s.program === 'special education')) continue;
    const group = groups[s.core ? 'core' : 'electives'];
    const minutes = weeklyMinutes(s, clock);
    if (minutes === null || minutes <= 0 || !s.enrollment || s.teachers.length === 0) {
      group.leftOut++;
      continue;
    }
    group.sections++;
    group.studentMinutesPerWeek += s.enrollment * minutes;
    group.teacherMinutesPerWeek += minutes * s.teachers.length;
  }
  return [groups.core, groups.electives].filter((g) => g.sections > 0 || g.leftOut > 0);
}
