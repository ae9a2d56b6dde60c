import type { Section } from '../types';
import { gradeKey, isLiteracy } from './subjects';
import { selfContainedClasses } from './teacherLoad';

// The K-3 classes of a schedule: worked out once by the schedule analysis (ScheduleAnalysis.k3Classes), for the K-3
// class-size flag and the Summary's and the district map's key figures (practice/classSizeFlags.ts).

export interface K3Class {
  sections: Section[];
  size: number;
}

/** Grades under California's K-3 class-size reduction, by gradeKey: transitional kindergarten to grade 3, not pre-K. */
const K3_GRADES: ReadonlySet<string> = new Set(['TK', 'K', '1', '2', '3']);

export interface K3Grade {
  /** The grade as the schedule first writes it. */
  label: string;
  classes: K3Class[];
}

/**
 * The K-3 classes of each grade, by grade key: the one definition the flag, the Summary and the district map share.
 * A class is a homeroom teacher's self-contained class (teacherLoad's rule: one grade, one room, three or more
 * subjects), whose size is its largest section; the PE, music or art sections a specialist teaches to the same pupils
 * are not classes. A grade with no self-contained class (departmentalised) counts its literacy sections, which every
 * pupil takes once. Special-education classes are left out: their sizes follow the students' plans, not class-size
 * reduction. Co-taught and EL classes are K-3 classes like any other.
 */
export function k3Classes(sections: readonly Section[]): ReadonlyMap<string, K3Grade> {
  const k3 = sections.filter((s) => {
    const key = gradeKey(s.grade);
    return !s.collaboration && s.enrollment !== undefined && key !== undefined && K3_GRADES.has(key) && s.program !== 'special education';
  });
  const byTeacher = new Map<string, Section[]>();
  for (const s of k3) {
    for (const teacher of s.teachers) {
      const list = byTeacher.get(teacher);
      if (list) list.push(s);
      else byTeacher.set(teacher, [s]);
    }
  }
  // A co-teaching pair's class is found once per teacher: keep it once.
  const homerooms = new Map<string, Section[]>();
  for (const list of byTeacher.values()) {
    for (const group of selfContainedClasses(list)) homerooms.set(group.map((s) => s.id).sort().join('|'), group);
  }
  const grades = new Map<string, K3Grade>();
  const classOf = (label: string, list: Section[]) => {
    const key = gradeKey(label)!;
    let grade = grades.get(key);
    if (!grade) grades.set(key, (grade = { label: label.trim(), classes: [] }));
    grade.classes.push({ sections: list, size: Math.max(...list.map((s) => s.enrollment!)) });
  };
  for (const list of homerooms.values()) classOf(list[0].grade!, list);
  const withHomerooms = new Set(grades.keys());
  for (const s of k3) if (!withHomerooms.has(gradeKey(s.grade)!) && isLiteracy(s.subject)) classOf(s.grade!, [s]);
  return grades;
}
