import type { CaseCell, CaseSheet, CaseStudy } from './model';
import { clock, clockText } from './model';
import { createPrng } from './prng';
import { aboutSheet, budgetSheet, nameFactory, OBJECT, periodRuns, type BudgetItem } from './common';
import { experienceYears } from './secondary';

// Harbor Lights Elementary School (fictional): K-5 self-contained classrooms, K-3 classes of 20 paid partly by
// class-size reduction money, a literacy and a math coach, APEIS-style program coordinators on Title I and Title
// III. The day is twelve 30-minute periods; each grade goes to specials (PE, Music, Art, Dance) for one hour a day,
// which is the only time its teachers are free together: an hour, never 90 minutes.

const PERIOD_MINUTES = 30;
const PERIODS = 12;
const LUNCH_AFTER = 6;
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
const SPECIALS = [
  { course: 'Physical Education', code: 'PE' },
  { course: 'Music', code: 'MUS' },
  { course: 'Art', code: 'ART' },
  { course: 'Dance', code: 'DAN' },
];
/** A homeroom's day outside specials, in order: subject, code, periods (the fictional district's elementary schools too). */
export const HOMEROOM_DAY: [string, string, number][] = [
  ['Literacy', 'LIT', 3],
  ['Math', 'MATH', 2],
  ['Writing', 'WRI', 1],
  ['Science', 'SCI', 2],
  ['Social Studies', 'SS', 1],
  ['Reading Intervention', 'RTI', 1],
];
const GRADES: { grade: string; classSizes: number[]; specialEducation: number; englishLearners: number }[] = [
  { grade: 'K', classSizes: [20, 20, 20, 20], specialEducation: 6, englishLearners: 26 },
  { grade: '1', classSizes: [20, 20, 20, 20], specialEducation: 7, englishLearners: 24 },
  { grade: '2', classSizes: [20, 20, 20, 20], specialEducation: 8, englishLearners: 22 },
  { grade: '3', classSizes: [20, 20, 20, 20], specialEducation: 8, englishLearners: 20 },
  { grade: '4', classSizes: [29, 27, 26], specialEducation: 8, englishLearners: 19 },
  { grade: '5', classSizes: [30, 28, 27], specialEducation: 7, englishLearners: 17 },
];
const TEACHER = 97_000;

function budget(homeroomTeachers: number): BudgetItem[] {
  return [
    { fund: 'General Fund', object: OBJECT.teachers, description: 'Regular Teacher', fte: homeroomTeachers - 6, cost: TEACHER },
    { fund: 'Class Size Reduction (K-3)', object: OBJECT.teachers, description: 'Regular Teacher', fte: 6, cost: TEACHER },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'PE Teacher', fte: 1, cost: TEACHER },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'Music Teacher', fte: 1, cost: TEACHER },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'Art Teacher', fte: 1, cost: TEACHER },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'Dance Teacher', fte: 1, cost: TEACHER },
    { fund: 'IDEA Special Education', object: OBJECT.teachers, description: 'Resource Specialist Program (RSP) Teacher', fte: 1, cost: 101_000 },
    { fund: 'IDEA Special Education', object: OBJECT.aides, description: 'Special Education Assistant', fte: 4, cost: 43_500 },
    { fund: 'Title I', object: OBJECT.aides, description: 'Teacher Assistant', fte: 3, cost: 38_000 },
    { fund: 'Title I', object: OBJECT.teachers, description: 'Literacy Coach', fte: 1, cost: 112_000 },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'Math Coach', fte: 1, cost: 112_000 },
    { fund: 'Title I', object: OBJECT.administrators, description: 'APEIS - Categorical Program Coordinator', fte: 1, cost: 128_000 },
    { fund: 'Title I', object: OBJECT.administrators, description: 'Title I Program Coordinator', fte: 0.5, cost: 110_000 },
    { fund: 'Title III', object: OBJECT.administrators, description: 'Bilingual Coordinator', fte: 0.5, cost: 114_000 },
    { fund: 'Title I', object: OBJECT.services, description: 'Professional development - school-wide PD days', fte: null, cost: 20_000 },
    { fund: 'Title I', object: OBJECT.travel, description: 'Conference travel', fte: null, cost: 8_000 },
    { fund: 'Title I', object: OBJECT.teachers, description: 'Substitutes for PD release days', fte: null, cost: 10_000, amountAsText: true },
    { fund: 'General Fund', object: OBJECT.administrators, description: 'Principal', fte: 1, cost: 175_000 },
    { fund: 'General Fund', object: OBJECT.pupilSupport, description: 'Counselor', fte: 0.5, cost: 106_000 },
    { fund: 'General Fund', object: OBJECT.pupilSupport, description: 'School Psychologist', fte: 0.4, cost: 116_000 },
    { fund: 'General Fund', object: OBJECT.pupilSupport, description: 'School Nurse', fte: 0.2, cost: 110_000 },
    { fund: 'General Fund', object: OBJECT.clerical, description: 'Office Manager', fte: 1, cost: 72_000 },
    { fund: 'General Fund', object: OBJECT.clerical, description: 'School Clerk', fte: 1, cost: 60_000 },
    { fund: 'General Fund', object: OBJECT.classified, description: 'Custodian', fte: 3, cost: 57_000 },
    { fund: 'General Fund', object: OBJECT.classified, description: 'Noon Aide', fte: 2, cost: 30_000 },
    { fund: 'General Fund', object: OBJECT.supplies, description: 'Instructional materials and supplies', fte: null, cost: 30_000, amountAsText: true },
    { fund: 'Title I', object: OBJECT.supplies, description: 'Intervention materials', fte: null, cost: 12_000 },
    { fund: 'Title III', object: OBJECT.supplies, description: 'ELD materials', fte: null, cost: 6_000 },
    { fund: 'Title I', object: OBJECT.services, description: 'Parent engagement nights', fte: null, cost: 5_000 },
  ];
}

/** "3-5" for a run of periods, "4" for one. */
function periodLabel(first: number, last: number): string {
  return first === last ? String(first) : `${first}-${last}`;
}


export function elementarySchool(): CaseStudy {
  const schoolName = 'Harbor Lights Elementary School';
  const prng = createPrng(2_0515);
  const newName = nameFactory(prng);
  const specialists = SPECIALS.map((s) => ({ ...s, teacher: newName(), room: `${s.code} Room` }));
  const schedule: CaseCell[][] = [];
  const homeroomTeachers: { name: string; grade: string }[] = [];
  let room = 1;

  GRADES.forEach((g, gi) => {
    const specials = [gi * 2 + 1, gi * 2 + 2];
    const open = Array.from({ length: PERIODS }, (_, i) => i + 1).filter((p) => !specials.includes(p));
    g.classSizes.forEach((size, h) => {
      const homeroom = String.fromCharCode(65 + h);
      const teacher = newName();
      homeroomTeachers.push({ name: teacher, grade: g.grade });
      const roomName = String(100 + room++);
      let at = 0;
      for (const [subject, code, count] of HOMEROOM_DAY) {
        const periods = open.slice(at, at + count);
        at += count;
        for (const [first, last] of periodRuns(periods, LUNCH_AFTER)) {
          schedule.push([`${g.grade}${homeroom}-${code}`, `${code}-${g.grade}`, `${subject} ${g.grade === 'K' ? 'K' : `Grade ${g.grade}`}`, `Grade ${g.grade}`, teacher, null, periodLabel(first, last), 'M-F', roomName, 'Year', g.grade, size]);
        }
      }
      // Homerooms rotate through the specialists day by day.
      specialists.forEach((s, k) => {
        const days = DAYS.filter((_, d) => (h + d) % SPECIALS.length === k);
        if (!days.length) return;
        schedule.push([`${g.grade}${homeroom}-${s.code}`, `${s.code}-${g.grade}`, s.course, 'Specials', s.teacher, null, periodLabel(specials[0], specials[1]), days.join(', '), s.room, 'Year', g.grade, size]);
      });
    });
  });

  const bell: CaseCell[][] = [];
  let start = clock(8, 0).minutes;
  for (let p = 1; p <= PERIODS; p++) {
    const begin = { minutes: start };
    const end = { minutes: start + PERIOD_MINUTES };
    bell.push([p, p === 7 ? clockText(begin) : begin, p === 7 ? clockText(end) : end]);
    start = end.minutes + (p === LUNCH_AFTER ? 40 : 0);
  }

  const teachers = [...homeroomTeachers.map((t) => ({ ...t, department: `Grade ${t.grade}`, team: `Grade ${t.grade} Team` })), ...specialists.map((s) => ({ name: s.teacher, grade: '', department: 'Specials', team: 'Specials' }))];
  const years = experienceYears(teachers.length, 0.19, prng);
  const staffRows: CaseCell[][] = teachers.map((t, i) => [t.name, 'Teacher', t.department, t.team, years[i], 1]);
  for (const [position, department, fte] of [
    ['Resource Specialist Teacher', 'Special Education', 1],
    ['Principal', 'Administration', 1],
    ['Literacy Coach', 'Instruction', 1],
    ['Math Coach', 'Instruction', 1],
    ['APEIS', 'Administration', 1],
    ['Counselor', 'Pupil Services', 0.5],
  ] as const) {
    staffRows.push([newName(), position, department, null, prng.int(4, 20), fte]);
  }

  const sheets: CaseSheet[] = [
    aboutSheet(schoolName, [
      'A K-5 elementary school of about 490 students in self-contained classrooms; K-3 classes of 20.',
      'Things to look for: two coaches while grade teams share only one hour a day (specials), never 90 minutes;',
      'APEIS-style coordinators paid from Title I and Title III; special-education aides below the benchmark ratio;',
      'half a counselor for the school; PD money spent on school-wide days and conferences.',
    ]),
    budgetSheet(schoolName, budget(homeroomTeachers.length)),
    {
      name: 'Master Schedule',
      header: ['Section ID', 'Course Code', 'Course Title', 'Department', 'Teacher', 'Co-Teacher', 'Period', 'Days', 'Room', 'Term', 'Grade', 'Enrolled'],
      rows: schedule,
    },
    { name: 'Bell Schedule', header: ['Period', 'Start', 'End'], rows: bell },
    { name: 'Staff Roster', header: ['Name', 'Position', 'Department', 'Team', 'Years Experience', 'FTE'], rows: staffRows },
    {
      name: 'Enrollment',
      header: ['Grade', 'Students', 'Special Education', 'English Learners'],
      rows: GRADES.map((g) => [g.grade, g.classSizes.reduce((s, n) => s + n, 0), g.specialEducation, g.englishLearners]),
    },
  ];
  return { key: 'elementary', fileName: 'elementary-school.xlsx', schoolName, sheets };
}
