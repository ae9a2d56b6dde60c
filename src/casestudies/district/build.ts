import type { CaseCell, CaseSheet } from '../model';
import { clock, clockText } from '../model';
import { createPrng, type Prng } from '../prng';
import { DISTRICT, FISCAL_YEAR, nameFactory, periodRuns } from '../common';
import { HOMEROOM_DAY } from '../elementary';
import type { DistrictSchool, GradeCount } from './model';

// Builds one fictional school of the district as its exports: Master Schedule, Bell Schedule, Staff Roster,
// Enrollment and Budget sheets (written as a folder of CSV files, one school). Elementary schools are self-contained
// classrooms on twelve 30-minute periods with a two-period specials slot per grade (the grade team's only common
// time); middle and high schools move cohorts through six 55-minute periods, four core teachers teaching up to five
// cohorts each, with one "team period" per grade when the whole grade is at electives.

export interface BuiltSchool {
  school: DistrictSchool;
  sheets: CaseSheet[];
}

interface Teacher {
  name: string;
  department: string;
  team: string;
  busy: Set<number>;
  sections: number;
}

const SCHEDULE_HEADER = ['Section ID', 'Course Code', 'Course Title', 'Department', 'Teacher', 'Period', 'Days', 'Start', 'End', 'Grade', 'Enrolled'];

export function buildSchool(school: DistrictSchool): BuiltSchool {
  const prng = createPrng(school.seed);
  const newName = nameFactory(prng);
  const built = school.level === 'elementary' ? elementary(school, newName) : secondary(school, newName);
  const sheets: CaseSheet[] = [
    { name: 'Master Schedule', header: SCHEDULE_HEADER, rows: built.schedule },
    { name: 'Bell Schedule', header: ['Period', 'Start', 'End'], rows: built.bell },
    staffSheet(school, built.teachers, prng, newName),
    enrollmentSheet(school),
    budgetSheet(school, built.teachers.length, built.coreTeachers),
  ];
  return { school, sheets };
}

/** Class sizes as even as they can be, none above the maximum. */
function split(students: number, max: number): number[] {
  const classes = Math.ceil(students / max);
  const base = Math.floor(students / classes);
  return Array.from({ length: classes }, (_, i) => base + (i < students % classes ? 1 : 0));
}

const time = (minutes: number) => clockText({ minutes });

interface Built {
  schedule: CaseCell[][];
  bell: CaseCell[][];
  teachers: Teacher[];
  /** Teachers who teach core academics (homeroom or core subject). */
  coreTeachers: number;
}

// ───────────── Elementary ─────────────

const E_PERIODS = 12;
const E_LUNCH_AFTER = 6;

function elementary(school: DistrictSchool, newName: () => string): Built {
  const schedule: CaseCell[][] = [];
  const teachers: Teacher[] = [];
  const hire = (department: string, team: string): Teacher => {
    const t = { name: newName(), department, team, busy: new Set<number>(), sections: 0 };
    teachers.push(t);
    return t;
  };
  const classesByGrade = school.grades.map((g) => split(g.students, ['K', '1', '2', '3'].includes(g.grade) ? school.k3ClassMax : school.upperClassMax));
  const mostClasses = Math.max(...classesByGrade.map((c) => c.length));
  // Two specialists per class taught at once: PE in the slot's first period, music and art in its second.
  const pe = Array.from({ length: mostClasses }, () => hire('Specials', 'Specials'));
  const arts = Array.from({ length: mostClasses }, () => hire('Specials', 'Specials'));
  let homerooms = 0;
  school.grades.forEach((g, gi) => {
    const slot = [gi * 2 + 1, gi * 2 + 2];
    const open = Array.from({ length: E_PERIODS }, (_, i) => i + 1).filter((p) => !slot.includes(p));
    classesByGrade[gi].forEach((size, h) => {
      const letter = String.fromCharCode(65 + h);
      const teacher = hire(`Grade ${g.grade}`, `Grade ${g.grade} Team`);
      homerooms++;
      let at = 0;
      for (const [subject, code, count] of HOMEROOM_DAY) {
        const periods = open.slice(at, at + count);
        at += count;
        for (const [first, last] of periodRuns(periods, E_LUNCH_AFTER)) {
          schedule.push([`${g.grade}${letter}-${code}`, `${code}-${g.grade}`, `${subject} ${g.grade === 'K' ? 'K' : `Grade ${g.grade}`}`, `Grade ${g.grade}`, teacher.name, periodLabel(first, last), 'M-F', null, null, g.grade, size]);
        }
      }
      schedule.push([`${g.grade}${letter}-PE`, `PE-${g.grade}`, 'Physical Education', 'Specials', pe[h].name, slot[0], 'M-F', null, null, g.grade, size]);
      schedule.push([`${g.grade}${letter}-ART`, `ART-${g.grade}`, 'Music and Art', 'Specials', arts[h].name, slot[1], 'M-F', null, null, g.grade, size]);
    });
  });
  const bell: CaseCell[][] = [];
  let start = clock(8, 0).minutes;
  for (let p = 1; p <= E_PERIODS; p++) {
    bell.push([p, time(start), time(start + 30)]);
    start += 30 + (p === E_LUNCH_AFTER ? 40 : 0);
  }
  return { schedule, bell, teachers, coreTeachers: homerooms };
}

function periodLabel(first: number, last: number): string | number {
  return first === last ? first : `${first}-${last}`;
}

// ───────────── Middle and high ─────────────

const S_PERIODS = 6;
const S_PERIOD_MINUTES = 55;
const S_PASSING = 5;
const S_LUNCH_AFTER = 3;
const S_LUNCH = 35;
const COHORTS_PER_TEACHER = 5;
const CORE = [
  { department: 'English', code: 'ELA', title: 'English' },
  { department: 'Mathematics', code: 'MATH', title: 'Math' },
  { department: 'Science', code: 'SCI', title: 'Science' },
  { department: 'Social Studies', code: 'SS', title: 'Social Studies' },
];
const ELECTIVES = [
  { course: 'Physical Education', code: 'PE', department: 'Physical Education' },
  { course: 'Art', code: 'ART', department: 'Electives' },
  { course: 'Spanish', code: 'SPAN', department: 'World Languages' },
  { course: 'Band', code: 'MUS', department: 'Electives' },
  { course: 'Computer Science', code: 'CS', department: 'Electives' },
  { course: 'Physical Education', code: 'PE', department: 'Physical Education' },
  { course: 'Drama', code: 'DRA', department: 'Electives' },
  { course: 'Health', code: 'HLTH', department: 'Physical Education' },
];
const TEAM_PERIODS = [2, 4, 6, 1];

function secondary(school: DistrictSchool, newName: () => string): Built {
  const schedule: CaseCell[][] = [];
  const teachers: Teacher[] = [];
  const middle = school.level === 'middle';
  const hire = (department: string, team: string): Teacher => {
    const t = { name: newName(), department, team, busy: new Set<number>(), sections: 0 };
    teachers.push(t);
    return t;
  };
  const counter = new Map<string, number>();
  const addSection = (code: string, course: string, department: string, teacher: Teacher, period: number, grade: string, size: number) => {
    if (teacher.busy.has(period)) throw new Error(`district: ${teacher.name} is booked twice in period ${period}`);
    teacher.busy.add(period);
    teacher.sections++;
    const n = (counter.get(code) ?? 0) + 1;
    counter.set(code, n);
    schedule.push([`${code}-${String(n).padStart(2, '0')}`, code, course, department, teacher.name, period, 'M-F', null, null, grade, size]);
  };
  const electiveDemand: { grade: string; period: number; size: number }[] = [];
  const teamMembers = new Map<string, Teacher[]>();
  let coreTeachers = 0;
  school.grades.forEach((g, gi) => {
    const cohorts = split(g.students, school.upperClassMax);
    const teamPeriod = TEAM_PERIODS[gi % TEAM_PERIODS.length];
    const open = Array.from({ length: S_PERIODS }, (_, i) => i + 1).filter((p) => p !== teamPeriod);
    const team = `Grade ${g.grade} Team`;
    CORE.forEach((subject, s) => {
      const staff = Array.from({ length: Math.ceil(cohorts.length / COHORTS_PER_TEACHER) }, () => hire(subject.department, middle ? team : subject.department));
      coreTeachers += staff.length;
      for (const t of staff) teamMembers.set(team, [...(teamMembers.get(team) ?? []), t]);
      cohorts.forEach((size, c) => {
        const code = `${subject.code}${g.grade.padStart(2, '0')}`;
        addSection(code, `${subject.title} ${g.grade}`, subject.department, staff[c % staff.length], open[(c + s) % open.length], g.grade, size);
      });
    });
    cohorts.forEach((size, c) => {
      electiveDemand.push({ grade: g.grade, period: teamPeriod, size });
      electiveDemand.push({ grade: g.grade, period: open[(c + CORE.length) % open.length], size });
    });
  });
  // Elective teachers: each section goes to a free teacher with room for it, else to a new teacher of the next course.
  const electiveTeachers: { teacher: Teacher; elective: (typeof ELECTIVES)[number] }[] = [];
  for (const d of electiveDemand) {
    let slot = electiveTeachers.find((e) => !e.teacher.busy.has(d.period) && e.teacher.sections < COHORTS_PER_TEACHER);
    if (!slot) {
      const elective = ELECTIVES[electiveTeachers.length % ELECTIVES.length];
      slot = { teacher: hire(elective.department, middle ? 'Exploratory' : elective.department), elective };
      electiveTeachers.push(slot);
    }
    addSection(slot.elective.code, slot.elective.course, slot.elective.department, slot.teacher, d.period, d.grade, d.size);
  }
  const bell: CaseCell[][] = [];
  let start = clock(8, 0).minutes;
  for (let p = 1; p <= S_PERIODS; p++) {
    bell.push([p, time(start), time(start + S_PERIOD_MINUTES)]);
    start += S_PERIOD_MINUTES + (p === S_LUNCH_AFTER ? S_LUNCH : S_PASSING);
  }
  if (school.weeklyPlc) {
    // Wednesdays after the last bell (students leave early): each grade team's 90-minute PLC, one row per member.
    const plcStart = start - S_PASSING + 15;
    for (const [team, members] of teamMembers) {
      const grade = team.replace(/^Grade (\S+) Team$/, '$1');
      members.forEach((m, i) => {
        schedule.push([`PLC-${grade.padStart(2, '0')}-${i + 1}`, 'PLC', `${team} PLC`, m.department, m.name, null, 'W', time(plcStart), time(plcStart + 90), grade, null]);
      });
    }
  }
  return { schedule, bell, teachers, coreTeachers };
}

// ───────────── Staff, enrollment, budget ─────────────

function staffSheet(school: DistrictSchool, teachers: Teacher[], prng: Prng, newName: () => string): CaseSheet {
  const newCount = Math.round(teachers.length * school.newTeacherShare);
  const years = prng.shuffle(teachers.map((_, i) => (i < newCount ? prng.int(1, 3) : prng.int(4, 24))));
  const rows: CaseCell[][] = teachers.map((t, i) => [t.name, 'Teacher', t.department, t.team, years[i], 1]);
  const staffing = nonTeaching(school);
  for (const line of staffing) if (line.roster) rows.push([newName(), line.description, line.department, null, prng.int(4, 22), line.fte]);
  return { name: 'Staff Roster', header: ['Name', 'Position', 'Department', 'Team', 'Years Experience', 'FTE'], rows };
}

function count(students: number, share: number): number {
  return Math.round(students * share);
}

function enrollmentSheet(school: DistrictSchool): CaseSheet {
  return {
    name: 'Enrollment',
    header: ['Grade', 'Students', 'Special Education', 'English Learners', 'Free/Reduced Lunch'],
    rows: school.grades.map((g: GradeCount) => [
      g.grade,
      g.students,
      count(g.students, school.specialEducationShare),
      count(g.students, school.englishLearnerShare),
      count(g.students, school.lowIncomeShare),
    ]),
  };
}

interface Line {
  fund: string;
  object: [string, string];
  description: string;
  department: string;
  fte: number | null;
  /** Cost per FTE, or the amount of a line without FTE. */
  cost: number;
  /** A position that appears on the staff roster (teachers are there already). */
  roster?: boolean;
}

const O = {
  teachers: ['1100', "Teachers' Salaries"] as [string, string],
  pupilSupport: ['1200', 'Pupil Support Salaries'] as [string, string],
  administrators: ['1300', "Supervisors' and Administrators' Salaries"] as [string, string],
  aides: ['2100', "Instructional Aides' Salaries"] as [string, string],
  classified: ['2200', 'Classified Support Salaries'] as [string, string],
  clerical: ['2400', 'Clerical and Office Salaries'] as [string, string],
  supplies: ['4300', 'Materials and Supplies'] as [string, string],
  services: ['5800', 'Professional/Consulting Services'] as [string, string],
};

const TEACHER_COST = { elementary: 96_000, middle: 95_000, high: 97_000 } as const;
const halves = (n: number) => Math.round(n * 2) / 2;
const students = (school: DistrictSchool) => school.grades.reduce((n, g) => n + g.students, 0);

/** Positions and money beyond the scheduled teachers: the same rules for every school, so differences are the school's. */
function nonTeaching(school: DistrictSchool): Line[] {
  const n = students(school);
  const sped = school.grades.reduce((s, g) => s + count(g.students, school.specialEducationShare), 0);
  const el = school.grades.reduce((s, g) => s + count(g.students, school.englishLearnerShare), 0);
  const frl = school.grades.reduce((s, g) => s + count(g.students, school.lowIncomeShare), 0);
  const teacher = TEACHER_COST[school.level];
  const lines: Line[] = [
    { fund: 'IDEA Special Education', object: O.teachers, description: 'Special Education Teacher', department: 'Special Education', fte: Math.max(1, Math.round(sped / 14)), cost: teacher + 3_000, roster: true },
    { fund: 'IDEA Special Education', object: O.aides, description: 'Special Education Assistant', department: 'Special Education', fte: Math.max(1, Math.round(sped / 11)), cost: 42_000, roster: true },
  ];
  const elFte = halves(el / 90);
  if (elFte > 0) lines.push({ fund: 'Title III', object: O.teachers, description: 'ELD Teacher', department: 'English Learners', fte: elFte, cost: teacher, roster: true });
  const titleI = frl * school.titleIPerLowIncomePupil;
  if (titleI > 0) {
    const interventionFte = Math.floor((titleI * 0.8) / teacher * 2) / 2;
    if (interventionFte > 0) lines.push({ fund: 'Title I', object: O.teachers, description: 'Intervention Teacher', department: 'Intervention', fte: interventionFte, cost: teacher, roster: true });
    lines.push({ fund: 'Title I', object: O.supplies, description: 'Intervention materials', department: '', fte: null, cost: Math.round(titleI - interventionFte * teacher) });
  }
  if (school.coachFte > 0) {
    lines.push({ fund: titleI > 0 ? 'Title I' : 'General Fund', object: O.teachers, description: 'Instructional Coach', department: 'Instruction', fte: school.coachFte, cost: 110_000, roster: true });
  }
  if (school.pdDollars > 0) lines.push({ fund: 'Title II', object: O.services, description: 'Professional development - contracted', department: '', fte: null, cost: school.pdDollars });
  const aps = n >= 1200 ? 2 : n >= 500 ? 1 : 0;
  const counselors = school.level === 'elementary' ? (n >= 400 ? 1 : 0.5) : Math.ceil(n / 350);
  lines.push(
    { fund: 'General Fund', object: O.administrators, description: 'Principal', department: 'Administration', fte: 1, cost: 172_000, roster: true },
    ...(aps ? [{ fund: 'General Fund', object: O.administrators, description: 'Assistant Principal', department: 'Administration', fte: aps, cost: 148_000, roster: true }] : []),
    { fund: 'General Fund', object: O.pupilSupport, description: 'Counselor', department: 'Counseling', fte: counselors, cost: 104_000, roster: true },
    { fund: 'General Fund', object: O.clerical, description: 'Office Manager', department: 'Office', fte: 1, cost: 72_000 },
    { fund: 'General Fund', object: O.clerical, description: 'School Clerk', department: 'Office', fte: Math.max(1, Math.round(n / 400)), cost: 58_000 },
    { fund: 'General Fund', object: O.classified, description: 'Custodian', department: 'Operations', fte: 2 + Math.ceil(n / 300), cost: 55_000 },
    { fund: 'General Fund', object: O.supplies, description: 'Instructional materials and supplies', department: '', fte: null, cost: n * 65 },
  );
  return lines;
}

function budgetSheet(school: DistrictSchool, scheduledTeachers: number, coreTeachers: number): CaseSheet {
  const teacher = TEACHER_COST[school.level];
  const lines: Line[] = [
    { fund: 'General Fund', object: O.teachers, description: 'Regular Teacher', department: '', fte: coreTeachers, cost: teacher },
    { fund: 'General Fund', object: O.teachers, description: school.level === 'elementary' ? 'Specials Teacher (PE, Music and Art)' : 'Elective Teacher', department: '', fte: scheduledTeachers - coreTeachers, cost: teacher },
    ...nonTeaching(school),
  ];
  return {
    name: 'Budget',
    // The banner district exports print above the table: the review takes the school's name from it.
    banner: [`${DISTRICT} - School Budget Detail, FY ${FISCAL_YEAR}`, `Location: ${school.name}`],
    header: ['Fund', 'Object Code', 'Object Description', 'Position / Description', 'FTE', 'Amount'],
    rows: lines.map((l) => [l.fund, l.object[0], l.object[1], l.description, l.fte, Math.round(l.fte === null ? l.cost : l.fte * l.cost)]),
  };
}
