import type { Section } from '../types';
import type { ScheduleClock } from './meetingTime';
import { joinAcrossPassing } from './schoolDay';
import { selfContainedClasses } from './teacherLoad';
import { gradeKey, isLiteracy, isMath } from './subjects';

// Elementary literacy and math judged as ERS and reading-block guidance mean them: one uninterrupted block a day,
// not the day's total. For each self-contained class (teacherLoad's rule) and each day it meets, the longest run of
// its literacy (or math) meetings with no break longer than passing time: lunch, recess or a specials period
// between two pieces splits them. Grades without self-contained classes, or without clock times, get no blocks
// here, and the total minutes a day stand in for them.

export type BlockSubject = 'literacy' | 'math';

export interface ClassDayBlock {
  /** The class as the schedule names it: its teacher(s), and the first section's id. */
  classLabel: string;
  day: string;
  /** Longest uninterrupted block that day, in minutes (0 when the class has none of the subject that day). */
  longest: number;
  /** The day's pieces of the subject, in minutes, in clock order ("30 + 30" around lunch). */
  pieces: number[];
  sections: Section[];
}

export interface GradeSubjectBlocks {
  grade: string;
  subject: BlockSubject;
  classDays: ClassDayBlock[];
}

const TESTS: Record<BlockSubject, (subject: string | undefined) => boolean> = { literacy: isLiteracy, math: isMath };

export function subjectBlocks(sections: readonly Section[], clock: ScheduleClock): GradeSubjectBlocks[] {
  const byTeacher = new Map<string, Section[]>();
  for (const s of sections) {
    if (s.collaboration || !s.grade) continue;
    for (const t of s.teachers) {
      const list = byTeacher.get(t);
      if (list) list.push(s);
      else byTeacher.set(t, [s]);
    }
  }
  const classes = new Map<string, Section[]>();
  for (const list of byTeacher.values()) for (const c of selfContainedClasses(list)) classes.set(c.map((s) => s.id).sort().join('|'), c);

  const byGrade = new Map<string, GradeSubjectBlocks>();
  for (const sectionsOfClass of classes.values()) {
    const grade = sectionsOfClass[0].grade!.trim();
    const label = `${sectionsOfClass[0].teachers.join(' & ')} (${sectionsOfClass[0].id})`;
    // Each day the class meets, with every timed interval of each subject.
    const days = new Map<string, { order: number; intervals: Record<BlockSubject, [number, number][]> }>();
    let untimed = false;
    for (const s of sectionsOfClass) {
      for (const r of clock.meetingsOf(s)) {
        if (r.start === undefined) untimed = true;
        let day = days.get(r.dayLabel);
        if (!day) days.set(r.dayLabel, (day = { order: r.dayOrder, intervals: { literacy: [], math: [] } }));
        for (const subject of ['literacy', 'math'] as const) if (TESTS[subject](s.subject)) day.intervals[subject].push(...r.intervals);
      }
    }
    if (untimed || days.size === 0) continue;
    for (const subject of ['literacy', 'math'] as const) {
      const key = `${gradeKey(grade)}|${subject}`;
      let entry = byGrade.get(key);
      if (!entry) byGrade.set(key, (entry = { grade, subject, classDays: [] }));
      for (const [day, { intervals }] of [...days.entries()].sort((a, b) => a[1].order - b[1].order)) {
        const pieces = joinAcrossPassing(intervals[subject], clock.passingMinutes).map(([start, end]) => end - start);
        entry.classDays.push({ classLabel: label, day, longest: Math.max(0, ...pieces), pieces, sections: sectionsOfClass.filter((s) => TESTS[subject](s.subject)) });
      }
    }
  }
  return [...byGrade.values()];
}
