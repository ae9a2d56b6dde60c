import type { CellValue, SheetGrid, WorkbookGrids } from '../engine/types';

// Synthetic, fictional schools for benchmarks and tests. Pure and deterministic: the same options give the same
// grids. Sheets look like a district export (title rows above the headers, a totals row under the enrollment).

export interface SchoolShape {
  /** Schools in one grid (a district export has a School column); 1 = one school. */
  schools: number;
  teachersPerSchool: number;
  sectionsPerSchool: number;
  studentsPerSchool: number;
  periods: number;
  /** Adds a student schedule (one row per student per section) so unique students can be counted. */
  roster: boolean;
  /** Adds bell schedule, staff roster, enrollment profile and budget sheets. */
  supportingSheets: boolean;
  seed?: number;
}

export const LARGE_HIGH_SCHOOL: SchoolShape = {
  schools: 1,
  teachersPerSchool: 150,
  sectionsPerSchool: 1000,
  studentsPerSchool: 3000,
  periods: 8,
  roster: true,
  supportingSheets: true,
};

export const DISTRICT: SchoolShape = {
  schools: 1000,
  teachersPerSchool: 25,
  sectionsPerSchool: 150,
  studentsPerSchool: 600,
  periods: 6,
  roster: false,
  supportingSheets: false,
};

const DEPARTMENTS = [
  { name: 'English', code: 'EN', courses: ['English 9', 'English 10', 'American Literature', 'AP English Language'], share: 0.18 },
  { name: 'Mathematics', code: 'MA', courses: ['Algebra 1', 'Geometry', 'Algebra 2', 'Precalculus'], share: 0.18 },
  { name: 'Science', code: 'SC', courses: ['Biology', 'Chemistry', 'Physics', 'Earth Science'], share: 0.16 },
  { name: 'Social Studies', code: 'SS', courses: ['World History', 'US History', 'Government', 'Economics'], share: 0.14 },
  { name: 'World Languages', code: 'WL', courses: ['Spanish 1', 'Spanish 2', 'French 1', 'Mandarin 1'], share: 0.1 },
  { name: 'Visual and Performing Arts', code: 'AR', courses: ['Art 1', 'Band', 'Choir', 'Drama'], share: 0.08 },
  { name: 'Physical Education', code: 'PE', courses: ['PE 9', 'PE 10', 'Health', 'Weight Training'], share: 0.08 },
  { name: 'Special Education', code: 'SE', courses: ['Resource English', 'Resource Math', 'Study Skills', 'Life Skills'], share: 0.08 },
];

const GRADES = ['9', '10', '11', '12'];
const LAST_NAMES = ['Garcia', 'Nguyen', 'Smith', 'Johnson', 'Lee', 'Patel', 'Kim', 'Brown', 'Lopez', 'Davis', 'Chen', 'Wilson'];

/** A small seeded generator (mulberry32) so generated schools are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sheet(name: string, rows: CellValue[][], title?: string): SheetGrid {
  // Real exports put a title and a blank row above the header.
  return { name, rows: title ? [[title], [], ...rows] : rows, originRow: 0, originCol: 0 };
}

export function generateSchool(shape: SchoolShape): WorkbookGrids {
  const next = random(shape.seed ?? 20261123);
  const district = shape.schools > 1;
  const scheduleRows: CellValue[][] = [
    [
      ...(district ? ['School'] : []),
      'Section ID', 'Course Code', 'Course Title', 'Department', 'Teacher', 'Grade', 'Period', 'Days', 'Term', 'Room', 'Enrolled',
    ],
  ];
  const rosterRows: CellValue[][] = [['Student ID', 'Section ID', 'Grade']];
  const staffRows: CellValue[][] = [['Name', 'Role', 'Department', 'Years Experience']];

  for (let school = 0; school < shape.schools; school++) {
    const schoolCode = `S${String(school + 1).padStart(4, '0')}`;
    const teachers = Array.from({ length: shape.teachersPerSchool }, (_, t) => {
      const department = departmentFor(t / shape.teachersPerSchool);
      const name = `${LAST_NAMES[t % LAST_NAMES.length]} ${district ? `${schoolCode}-` : ''}${t + 1}`;
      return { name, department };
    });
    const studentsPerGrade = Math.ceil(shape.studentsPerSchool / GRADES.length);
    const nextStudentInGrade = GRADES.map(() => 0);

    for (let s = 0; s < shape.sectionsPerSchool; s++) {
      const teacherIndex = Math.floor((s * shape.teachersPerSchool) / shape.sectionsPerSchool);
      const slot = s - Math.ceil((teacherIndex * shape.sectionsPerSchool) / shape.teachersPerSchool);
      const teacher = teachers[teacherIndex];
      const course = teacher.department.courses[(slot + teacherIndex) % teacher.department.courses.length];
      const gradeIndex = (slot + teacherIndex) % GRADES.length;
      const period = ((slot + teacherIndex) % shape.periods) + 1;
      const enrolled = teacher.department.code === 'SE' ? 8 + Math.floor(next() * 8) : 20 + Math.floor(next() * 16);
      const sectionId = `${district ? `${schoolCode}-` : ''}${teacher.department.code}${s + 1}`;
      scheduleRows.push([
        ...(district ? [schoolCode] : []),
        sectionId,
        `${teacher.department.code}${100 + ((slot + teacherIndex) % teacher.department.courses.length)}`,
        course,
        teacher.department.name,
        teacher.name,
        GRADES[gradeIndex],
        period,
        'M-F',
        'Year',
        `${100 + (teacherIndex % 90)}`,
        enrolled,
      ]);
      if (shape.roster) {
        for (let k = 0; k < enrolled; k++) {
          const n = nextStudentInGrade[gradeIndex]++ % studentsPerGrade;
          rosterRows.push([`${GRADES[gradeIndex]}${String(n + 1).padStart(5, '0')}`, sectionId, GRADES[gradeIndex]]);
        }
      }
    }
    if (shape.supportingSheets) {
      for (const t of teachers) staffRows.push([t.name, 'Teacher', t.department.name, 1 + Math.floor(next() * 25)]);
    }
  }

  const sheets: SheetGrid[] = [sheet('Master Schedule', scheduleRows, district ? 'District master schedule (fictional)' : 'Master schedule 2026-27 (fictional)')];
  if (shape.supportingSheets) {
    sheets.push(sheet('Bell Schedule', bellRows(shape.periods)));
    sheets.push(sheet('Staff', staffRows));
    sheets.push(sheet('Enrollment', enrollmentRows(shape.studentsPerSchool * shape.schools), 'Enrollment profile'));
    sheets.push(sheet('Budget', budgetRows(shape.teachersPerSchool * shape.schools), 'School budget (fictional)'));
  }
  if (shape.roster) sheets.push(sheet('Student Schedule', rosterRows));
  return { name: district ? 'Synthetic district' : 'Synthetic high school', sheets };
}

function departmentFor(position: number): (typeof DEPARTMENTS)[number] {
  let cumulative = 0;
  for (const d of DEPARTMENTS) {
    cumulative += d.share;
    if (position < cumulative) return d;
  }
  return DEPARTMENTS[DEPARTMENTS.length - 1];
}

function bellRows(periods: number): CellValue[][] {
  const rows: CellValue[][] = [['Period', 'Start', 'End']];
  for (let p = 1; p <= periods; p++) {
    const start = 8 * 60 + (p - 1) * 55;
    rows.push([p, clock(start), clock(start + 50)]);
  }
  return rows;
}

function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function enrollmentRows(students: number): CellValue[][] {
  const perGrade = Math.ceil(students / GRADES.length);
  return [
    ['Grade', 'Students', 'Special Education', 'English Learners'],
    ...GRADES.map((g) => [g, perGrade, Math.round(perGrade * 0.11), Math.round(perGrade * 0.15)]),
    ['Total', perGrade * GRADES.length, Math.round(perGrade * 0.11) * GRADES.length, Math.round(perGrade * 0.15) * GRADES.length],
  ];
}

function budgetRows(teachers: number): CellValue[][] {
  return [
    ['Fund', 'Program', 'Account', 'Description', 'FTE', 'Amount'],
    ['General Fund', 'Regular Instruction', '1110', 'Regular Teacher', teachers * 0.8, teachers * 0.8 * 98000],
    ['Title I', 'Title I Basic', '1110', 'Regular Teacher', teachers * 0.1, teachers * 0.1 * 98000],
    ['Special Education', 'Resource Specialist', '1110', 'Special Education Teacher', teachers * 0.1, teachers * 0.1 * 101000],
    ['Special Education', 'Resource Specialist', '2100', 'Teacher Assistant', Math.round(teachers / 10), Math.round(teachers / 10) * 42000],
    ['Title I', 'Coaching', '1900', 'Instructional Coach', 2, 2 * 105000],
    ['General Fund', 'Guidance', '1200', 'Counselor', 8, 8 * 92000],
    ['General Fund', 'Administration', '1300', 'Assistant Principal', 4, 4 * 130000],
    ['Title II', 'Staff Development', '5800', 'Professional development', 0, 120000],
    ['General Fund', 'Operations', '2200', 'Custodian', 10, 10 * 55000],
    ['', '', '', 'Total', null, null],
  ];
}

/** A small one-school workbook for the command-line tests. */
export const SAMPLE_SCHOOL: SchoolShape = {
  schools: 1,
  teachersPerSchool: 12,
  sectionsPerSchool: 66,
  studentsPerSchool: 400,
  periods: 6,
  roster: false,
  supportingSheets: true,
};
