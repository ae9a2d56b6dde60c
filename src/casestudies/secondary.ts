import type { CaseCell, CaseSheet, CaseStudy, ClockTime } from './model';
import { clockText } from './model';
import { createPrng, type Prng } from './prng';
import { aboutSheet, budgetSheet, nameFactory, type BudgetItem } from './common';

// A middle or high school built the way a master schedule is: each grade's students move in five cohorts of
// different sizes (24 to 35, as real sections are); four core teachers per grade each teach the grade's five cohorts
// in the five periods other than the grade's "team period", when the whole grade is at electives. So a core
// teacher's load is about the grade's enrollment, unless the school reassigns some cohorts (`reassign`: a
// part-timer, another grade's teacher taking a sixth section), which is what makes one department unlike another;
// the grade's core teachers share exactly one free period (one period is never a 90-minute block), and each
// cohort has two elective periods: the team period and the one period its core classes leave open. Some students
// of one cohort take a reading or math support class in that open period, which lifts the time in ELA + math a
// little above a third.

export interface CoreSubject {
  department: string;
  code: string;
  title: (grade: string) => string;
}

export interface SecondaryGrade {
  grade: string;
  /** The five cohorts' sizes: real cohorts differ (a section of 35 beside one of 27), so class sizes and loads do. */
  cohortSizes: readonly [number, number, number, number, number];
  specialEducation: number;
  englishLearners: number;
  /** 1-based period when the whole grade takes electives (its core teachers' common free period). */
  teamPeriod: number;
  /** Students of one cohort who take a support class in place of the elective in their open period. */
  supportStudents: number;
  /** Which cohort (0-4) has the support class; its open period must not clash with another grade's support class. */
  supportCohort: number;
  support: { title: string; code: string; department: string };
}

export interface Elective {
  course: string;
  code: string;
  department: string;
}

/**
 * Some of a grade's core sections taught by someone other than the grade's own teacher of that subject, as real
 * departments staff them: another grade's teacher taking a sixth section, a second teacher splitting a grade, a
 * part-timer. `to` is a teacher key: `${subject}:${grade}` names that grade's teacher of the subject; any other key
 * hires one more teacher in the subject's department (team: the department, so only for department-team schools).
 */
export interface Reassignment {
  subject: number;
  grade: string;
  cohorts: number[];
  to: string;
  /** FTE of a teacher hired for this key (a part-timer); 1 when absent. */
  fte?: number;
}

export interface SecondaryStaffing {
  /** FTE of the core subjects' teachers (part-timers count their share). */
  coreTeachers: number;
  supportTeachers: number;
  electiveTeachers: number;
  spedTeachers: number;
  scheduledTeachers: number;
}

export interface SecondaryParams {
  key: 'middle' | 'high';
  fileName: string;
  schoolName: string;
  seed: number;
  grades: SecondaryGrade[];
  core: CoreSubject[];
  electives: Elective[];
  /** Special-education teachers co-teaching all sections of one grade's core subject (index into core). */
  coTeaching: { grade: string; subject: number }[];
  reassign?: Reassignment[];
  /** Teams in the staff roster: departments (high school) or grade-level teams (middle school). */
  teamBy: 'department' | 'grade';
  periodMinutes: number;
  dayStart: ClockTime;
  passingMinutes: number;
  /** Lunch follows this 1-based period. */
  lunchAfter: number;
  lunchMinutes: number;
  /** Share of teachers in their first three years. */
  newTeacherShare: number;
  /** Non-teaching staff on the roster: position, department, FTE. */
  otherStaff: [string, string, number][];
  budget: (staffing: SecondaryStaffing) => BudgetItem[];
  about: string[];
  studentRoster: boolean;
}

const PERIODS = 6;
const COHORTS = 5;

interface Teacher {
  name: string;
  department: string;
  team: string;
  room: string;
  busy: Set<number>;
  sections: number;
  fte: number;
}

interface Section {
  id: string;
  courseCode: string;
  course: string;
  department: string;
  teacher: Teacher;
  coTeacher?: Teacher;
  period: number;
  grade: string;
  students: string[];
}

export function buildSecondary(p: SecondaryParams): CaseStudy {
  const prng = createPrng(p.seed);
  const newName = nameFactory(prng);
  const teachers: Teacher[] = [];
  let roomNumber = 101;
  const hire = (department: string, team: string, fte = 1): Teacher => {
    const t: Teacher = { name: newName(), department, team, room: String(roomNumber++), busy: new Set(), sections: 0, fte };
    teachers.push(t);
    return t;
  };
  const sections: Section[] = [];
  const sectionCounter = new Map<string, number>();
  const addSection = (s: Omit<Section, 'id'>): Section => {
    const n = (sectionCounter.get(s.courseCode) ?? 0) + 1;
    sectionCounter.set(s.courseCode, n);
    const section = { ...s, id: `${s.courseCode}-${String(n).padStart(2, '0')}` };
    for (const t of [s.teacher, s.coTeacher]) {
      if (!t) continue;
      if (t.busy.has(s.period)) throw new Error(`case study: ${t.name} is booked twice in period ${s.period}`);
      t.busy.add(s.period);
      t.sections++;
    }
    sections.push(section);
    return section;
  };

  const electiveDemand: { grade: string; period: number; students: string[] }[] = [];
  const supportTeachers: Teacher[] = [];
  const spedTeachers: Teacher[] = [];
  let studentNumber = 0;
  const studentIds: string[] = [];

  const coreByKey = new Map<string, Teacher>();
  const coreTeacher = (key: string, department: string, team: string, fte?: number): Teacher => {
    let teacher = coreByKey.get(key);
    if (!teacher) {
      teacher = hire(department, team, fte);
      coreByKey.set(key, teacher);
    }
    return teacher;
  };

  for (const g of p.grades) {
    const gradeNum = Number(g.grade);
    const ids = Array.from({ length: gradeStudents(g) }, () => String(260000 + gradeNum * 1000 + ++studentNumber));
    studentIds.push(...ids);
    const cohorts = splitCohorts(prng.shuffle(ids), g.cohortSizes);
    const open = Array.from({ length: PERIODS }, (_, i) => i + 1).filter((period) => period !== g.teamPeriod);
    p.core.forEach((subject, s) => {
      const team = p.teamBy === 'department' ? subject.department : `Grade ${g.grade} Team`;
      const ownKey = `${s}:${g.grade}`;
      coreTeacher(ownKey, subject.department, team);
      const coTeach = p.coTeaching.find((c) => c.grade === g.grade && c.subject === s);
      const coTeacher = coTeach ? hire('Special Education', p.teamBy === 'department' ? 'Special Education' : team) : undefined;
      if (coTeacher) spedTeachers.push(coTeacher);
      cohorts.forEach((cohort, c) => {
        const moved = p.reassign?.find((r) => r.subject === s && r.grade === g.grade && r.cohorts.includes(c));
        const teacher = coreTeacher(moved?.to ?? ownKey, subject.department, team, moved?.fte);
        addSection({
          courseCode: `${subject.code}${g.grade.padStart(2, '0')}`,
          course: subject.title(g.grade),
          department: subject.department,
          teacher,
          coTeacher,
          period: open[(c + s) % COHORTS],
          grade: g.grade,
          students: cohort,
        });
      });
    });
    cohorts.forEach((cohort, c) => {
      const freePeriod = open[(c + p.core.length) % COHORTS];
      electiveDemand.push({ grade: g.grade, period: g.teamPeriod, students: cohort });
      if (c === g.supportCohort && g.supportStudents > 0) {
        const supported = cohort.slice(0, g.supportStudents);
        let teacher = supportTeachers.find((t) => t.department === g.support.department && !t.busy.has(freePeriod));
        if (!teacher) {
          teacher = hire(g.support.department, p.teamBy === 'department' ? g.support.department : `Grade ${g.grade} Team`);
          supportTeachers.push(teacher);
        }
        addSection({ courseCode: `${g.support.code}${g.grade.padStart(2, '0')}`, course: g.support.title, department: g.support.department, teacher, period: freePeriod, grade: g.grade, students: supported });
        electiveDemand.push({ grade: g.grade, period: freePeriod, students: cohort.slice(g.supportStudents) });
      } else {
        electiveDemand.push({ grade: g.grade, period: freePeriod, students: cohort });
      }
    });
  }

  // Elective teachers: the busiest periods are staffed first, each section by the free teacher whose course this
  // grade has had least, then the teacher with fewest sections. Spreading each course over the grades is what a
  // real course-request schedule does: every grade takes some PE, art and languages, so Time by Subject is credible
  // (left to section counts alone, PE went only to grades 9-10 and JROTC only to grade 12).
  const electiveTeachers = p.electives.map((e) => ({ elective: e, teacher: hire(e.department, p.teamBy === 'department' ? 'Electives' : 'Exploratory') }));
  const courseByGrade = new Map<string, number>();
  const servedCount = (code: string, grade: string) => courseByGrade.get(`${code}|${grade}`) ?? 0;
  const demandPerPeriod = new Map<number, number>();
  for (const d of electiveDemand) demandPerPeriod.set(d.period, (demandPerPeriod.get(d.period) ?? 0) + 1);
  const ordered = [...electiveDemand].sort((a, b) => (demandPerPeriod.get(b.period) ?? 0) - (demandPerPeriod.get(a.period) ?? 0) || a.period - b.period);
  for (const d of ordered) {
    const free = electiveTeachers
      .filter((e) => !e.teacher.busy.has(d.period))
      .sort((a, b) => servedCount(a.elective.code, d.grade) - servedCount(b.elective.code, d.grade) || a.teacher.sections - b.teacher.sections);
    if (!free.length) throw new Error(`case study: no elective teacher free in period ${d.period}`);
    const { elective, teacher } = free[0];
    courseByGrade.set(`${elective.code}|${d.grade}`, servedCount(elective.code, d.grade) + 1);
    addSection({ courseCode: elective.code, course: elective.course, department: elective.department, teacher, period: d.period, grade: d.grade, students: d.students });
  }

  sections.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const staffing: SecondaryStaffing = {
    coreTeachers: [...coreByKey.values()].reduce((sum, t) => sum + t.fte, 0),
    supportTeachers: supportTeachers.length,
    electiveTeachers: electiveTeachers.length,
    spedTeachers: spedTeachers.length,
    scheduledTeachers: teachers.length,
  };

  const sheets: CaseSheet[] = [
    aboutSheet(p.schoolName, p.about),
    budgetSheet(p.schoolName, p.budget(staffing)),
    scheduleSheet(sections, prng),
    bellSheet(p),
    staffSheet(teachers, p, prng, newName),
    enrollmentSheet(p.grades),
  ];
  if (p.studentRoster) sheets.push(studentRosterSheet(sections));
  return { key: p.key, fileName: p.fileName, schoolName: p.schoolName, sheets };
}

export function gradeStudents(g: SecondaryGrade): number {
  return g.cohortSizes.reduce((sum, n) => sum + n, 0);
}

/** The grade's students cut into its cohorts, in the given sizes. */
function splitCohorts(ids: string[], sizes: readonly number[]): string[][] {
  const cohorts: string[][] = [];
  let at = 0;
  for (const size of sizes) {
    cohorts.push(ids.slice(at, at + size));
    at += size;
  }
  return cohorts;
}

function scheduleSheet(sections: Section[], prng: Prng): CaseSheet {
  return {
    name: 'Master Schedule',
    header: ['Section ID', 'Course Code', 'Course Title', 'Department', 'Teacher', 'Co-Teacher', 'Period', 'Days', 'Room', 'Term', 'Grade', 'Enrolled'],
    rows: sections.map((s) => [
      s.id,
      s.courseCode,
      s.course,
      s.department,
      s.teacher.name,
      s.coTeacher?.name ?? null,
      // Exports mix numbers and text for periods; both must read the same.
      prng.next() < 0.2 ? String(s.period) : s.period,
      prng.next() < 0.3 ? 'MTWRF' : 'M-F',
      s.teacher.room,
      'Year',
      s.grade,
      s.students.length,
    ]),
  };
}

function bellSheet(p: SecondaryParams): CaseSheet {
  const rows: CaseCell[][] = [];
  let start = p.dayStart.minutes;
  for (let period = 1; period <= PERIODS; period++) {
    const begin = { minutes: start };
    const end = { minutes: start + p.periodMinutes };
    // Some times typed as text, as they are in real bell schedules.
    rows.push([period, period % 3 === 2 ? clockText(begin) : begin, period % 3 === 2 ? clockText(end) : end]);
    start = end.minutes + (period === p.lunchAfter ? p.lunchMinutes : p.passingMinutes);
  }
  return { name: 'Bell Schedule', header: ['Period', 'Start', 'End'], rows };
}

function staffSheet(teachers: Teacher[], p: SecondaryParams, prng: Prng, newName: () => string): CaseSheet {
  const years = experienceYears(teachers.length, p.newTeacherShare, prng);
  const rows: CaseCell[][] = teachers.map((t, i) => [t.name, t.department === 'Special Education' ? 'Special Education Teacher' : 'Teacher', t.department, t.team, years[i], t.fte]);
  for (const [position, department, fte] of p.otherStaff) rows.push([newName(), position, department, null, prng.int(4, 22), fte]);
  return { name: 'Staff Roster', header: ['Name', 'Position', 'Department', 'Team', 'Years Experience', 'FTE'], rows };
}

/** Years of experience with the given share of teachers in years 1-3, in seeded order. */
export function experienceYears(count: number, newShare: number, prng: Prng): number[] {
  const newCount = Math.round(count * newShare);
  const years = Array.from({ length: count }, (_, i) => (i < newCount ? prng.int(1, 3) : prng.int(4, 24)));
  return prng.shuffle(years);
}

function enrollmentSheet(grades: SecondaryGrade[]): CaseSheet {
  return {
    name: 'Enrollment',
    header: ['Grade', 'Students', 'Special Education', 'English Learners'],
    rows: grades.map((g) => [g.grade, gradeStudents(g), g.specialEducation, g.englishLearners]),
  };
}

function studentRosterSheet(sections: Section[]): CaseSheet {
  const rows: CaseCell[][] = [];
  for (const s of sections) for (const student of s.students) rows.push([Number(student), s.id]);
  rows.sort((a, b) => (a[0] as number) - (b[0] as number) || String(a[1]).localeCompare(String(b[1])));
  return { name: 'Student Roster', header: ['Student ID', 'Section ID'], rows };
}

