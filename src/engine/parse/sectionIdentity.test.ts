import type { CellValue, ParsedWorkbook, Section, SheetGrid } from '../types';
import { parseWorkbook } from './parseWorkbook';
import { defaultSettings } from '../settings/defaults';
import { dayLabel } from './days';
import { classSizeGroups, classSizeRows } from '../analyse/classSize';
import { sectionRule } from './sectionIdentity';

// What a section is when the schedule has no section ID (issue 8, part 2).

const sheet = (name: string, rows: CellValue[][]): SheetGrid => ({ name, rows, originRow: 0, originCol: 0 });
const parse = (rows: CellValue[][]): ParsedWorkbook => parseWorkbook({ sheets: [sheet('Timetable', rows)] }, defaultSettings());
const slots = (s: Section) => s.meetings.map((m) => `${dayLabel(m.day)} ${m.periods.join('-')}`);
const fieldsOf = (parsed: ParsedWorkbook) => Object.fromEntries(parsed.tables[0].columns.map((c) => [c.field, c.header]));

describe('one row per meeting, with a class group column', () => {
  // A British timetable: one row per lesson, no section ID, "Class" holds student groups, not course titles.
  const parsed = parse([
    ['Teacher', 'Class', 'Subject', 'Day', 'Period', 'Students'],
    ['Smith', '8A', 'Maths', 'Mon', 1, 28],
    ['Smith', '8A', 'Maths', 'Tue', 3, 28],
    ['Smith', '8A', 'Maths', 'Wed', 2, null],
    ['Smith', '8B', 'Maths', 'Mon', 2, 30],
    ['Smith', '8B', 'Maths', 'Thu', 4, 30],
    ['Jones', '8A', 'English', 'Mon', 2, 28],
    ['Jones', '8A', 'English', 'Mon', 5, 28],
    ['Jones / Patel', '9C', 'English', 'Tue', 1, 24],
  ]);

  it('reads the Class column as the class group by its content, and the group’s year as the grade', () => {
    expect(fieldsOf(parsed)).toEqual({ teacher: 'Teacher', classGroup: 'Class', subject: 'Subject', days: 'Day', period: 'Period', enrollment: 'Students' });
    expect(parsed.sections.map((s) => [s.classGroup, s.grade])).toEqual([
      ['8A', '8'],
      ['8B', '8'],
      ['8A', '8'],
      ['9C', '9'],
    ]);
  });

  it('makes one section of the rows of one teacher, course and group, whatever day or period, and counts seats once', () => {
    // 8 rows → 4 sections: Smith 8A Maths (3 lessons), Smith 8B Maths (2), Jones 8A English (2, periods 2 and 5 on
    // Monday: same group, so one class), Jones and Patel 9C English (1).
    expect(parsed.sections.map((s) => [s.id, slots(s), s.enrollment])).toEqual([
      ['Maths|Smith|8A|', ['Mon 1', 'Tue 3', 'Wed 2'], 28],
      ['Maths|Smith|8B|', ['Mon 2', 'Thu 4'], 30],
      ['English|Jones|8A|', ['Mon 2', 'Mon 5'], 28],
      ['English|Jones+Patel|9C|', ['Tue 1'], 24],
    ]);
    expect(parsed.dataCheck.filter((d) => d.code === 'enrollment-mismatch')).toEqual([]);
  });

  it('tells the Data Check how the rows without an ID were made into sections', () => {
    expect(parsed.dataCheck.filter((d) => d.code === 'sections-without-id')).toEqual([
      {
        severity: 'info',
        sheet: 'Timetable',
        cell: '',
        code: 'sections-without-id',
        message:
          '8 row(s) of sheet "Timetable" have no section ID; they make 4 section(s): one per teacher(s), course, class group and term, whatever day or period it meets. Map a section ID column if the sheet has one.',
      },
    ]);
  });

  it('makes the section two teachers share one cell of co-taught in class size by program', () => {
    expect(parsed.sections.map((s) => s.program)).toEqual(['general', 'general', 'general', 'co-taught']);
    // General: 28, 30, 28 → average 86 / 3 = 28.7; co-taught: 24.
    expect(classSizeGroups(classSizeRows(parsed.sections)).filter((g) => g.by === 'program')).toEqual([
      { by: 'program', group: 'co-taught', sections: 1, average: 24, min: 24, max: 24 },
      { by: 'program', group: 'general', sections: 3, average: 28.7, min: 28, max: 30 },
    ]);
  });
});

describe('co-teachers on separate rows of one class group’s lesson', () => {
  const parsed = parse([
    ['Teacher', 'Class', 'Subject', 'Day', 'Period', 'Room', 'Students'],
    ['Smith', '8A', 'English', 'Mon', 1, 'E1', 28],
    ['Patel', '8A', 'English', 'Mon', 1, 'E1', 28],
    ['Smith', '8A', 'English', 'Tue', 2, 'E1', 28],
    ['Okafor', '9B', 'Science', 'Wed', 3, 'S1', 26],
    ['Lee', '9B', 'Science', 'Wed', 3, 'S2', null],
    ['Patel', '8A', 'English', 'Fri', 4, 'E1', 28],
  ]);

  it('join one co-taught class in the same room; a group split between rooms stays two sections', () => {
    // 8A English on Mon 1 in E1 has Smith and Patel: one class, its 28 seats once, co-taught. 9B Science on Wed 3 is
    // split between S1 and S2: two sections. Patel alone with 8A on Fri is a section of Patel's.
    expect(parsed.sections.map((s) => [s.id, s.teachers, slots(s), s.meetings.map((m) => m.teachers), s.program, s.enrollment])).toEqual([
      ['English|Smith|8A|', ['Smith', 'Patel'], ['Mon 1', 'Tue 2'], [undefined, ['Smith']], 'co-taught', 28],
      ['Science|Okafor|9B|', ['Okafor'], ['Wed 3'], [undefined], 'general', 26],
      ['Science|Lee|9B|', ['Lee'], ['Wed 3'], [undefined], 'general', undefined],
      ['English|Patel|8A|', ['Patel'], ['Fri 4'], [undefined], 'general', 28],
    ]);
  });
});

describe('group columns are told from course and grade columns by content', () => {
  it('gives the course to a Course column right of a Class column that holds groups', () => {
    const parsed = parse([
      ['Class', 'Course', 'Teacher', 'Day', 'Period'],
      ['10B', 'Chemistry', 'Ng', 'Day 1', 3],
      ['10B', 'Chemistry', 'Ng', 'Day 4', 3],
      ['11E', 'Chemistry', 'Ng', 'Day 2', 1],
    ]);
    expect(fieldsOf(parsed)).toEqual({ classGroup: 'Class', course: 'Course', teacher: 'Teacher', days: 'Day', period: 'Period' });
    expect(parsed.tables[0].unmatchedHeaders).toEqual([]);
    expect(parsed.sections.map((s) => [s.course, s.classGroup, s.grade, s.meetings.length])).toEqual([
      ['Chemistry', '10B', '10', 2],
      ['Chemistry', '11E', '11', 1],
    ]);
  });

  it('keeps a Class column of course titles as the course, and a Form column of plain grades as the grade', () => {
    const parsed = parse([
      ['Class', 'Teacher', 'Form', 'Period', 'Days', 'Enrolled'],
      ['Algebra 1', 'Lee', 9, 1, 'M-F', 30],
      ['Geometry', 'Lee', '10', 2, 'M-F', 27],
    ]);
    expect(fieldsOf(parsed)).toMatchObject({ course: 'Class', grade: 'Form' });
    expect(parsed.sections.map((s) => [s.course, s.grade, s.classGroup])).toEqual([
      ['Algebra 1', '9', undefined],
      ['Geometry', '10', undefined],
    ]);
  });

  it('reads a Form column of groups as the group beside a Year column, which stays the grade', () => {
    const parsed = parse([
      ['Year', 'Form', 'Subject', 'Teacher', 'Day', 'Period'],
      ['Year 7', '7/3', 'Science', 'Okafor', 'Mon', 1],
      ['Year 7', '7/3', 'Science', 'Okafor', 'Fri', 6],
      ['Year 7', '7/1', 'Science', 'Okafor', 'Fri', 2],
    ]);
    expect(fieldsOf(parsed)).toMatchObject({ grade: 'Year', classGroup: 'Form' });
    expect(parsed.sections.map((s) => [s.classGroup, s.grade, slots(s)])).toEqual([
      ['7/3', '7', ['Mon 1', 'Fri 6']],
      ['7/1', '7', ['Fri 2']],
    ]);
  });
});

describe('no section ID and no class group', () => {
  it('keeps a teacher’s parallel sections apart in a schedule with one row per section', () => {
    const parsed = parse([
      ['Teacher', 'Course', 'Period', 'Days', 'Enrolled'],
      ['Smith', 'English 9', 1, 'M-F', 28],
      ['Smith', 'English 9', 2, 'M-F', 30],
      ['Smith', 'English 9', 3, 'MWF', 26],
      ['Smith', 'English 9', 3, 'TTh', 26],
    ]);
    // Rows name the week's pattern, so the period is part of the section: periods 1, 2 and 3 are three classes
    // (period 3 meets on MWF and TTh rows: one class of 5 meetings).
    expect(parsed.sections.map((s) => [s.id, s.meetings.length, s.enrollment])).toEqual([
      ['English 9|Smith|1|', 5, 28],
      ['English 9|Smith|2|', 5, 30],
      ['English 9|Smith|3|', 5, 26],
    ]);
  });

  it('splits a teacher’s classes of one course in a one-row-per-meeting cycle by day and period', () => {
    const parsed = parse([
      ['Teacher', 'Course', 'Day', 'Period'],
      ['Ruiz', 'Maths', 'Day 1', 1],
      ['Ruiz', 'Maths', 'Day 1', 5],
      ['Ruiz', 'Maths', 'Day 2', 2],
      ['Ruiz', 'Maths', 'Day 3', 3],
      ['Ruiz', 'Maths', 'Day 3', 4],
      ['Ruiz', 'Maths', 'Day 3', 7],
    ]);
    // Day 1 periods 1 and 5 are two classes; Day 2 joins the first; Day 3 periods 3-4 are a double lesson of the
    // first, and period 7 on Day 3 is the second class again: 2 sections, 6 meetings.
    expect(parsed.sections.map((s) => [s.id, slots(s)])).toEqual([
      ['Maths|Ruiz||', ['Day 1 1', 'Day 2 2', 'Day 3 3', 'Day 3 4']],
      ['Maths|Ruiz||#2', ['Day 1 5', 'Day 3 7']],
    ]);
  });

  it('takes rows of one teacher and course with different enrollments for different classes', () => {
    const parsed = parse([
      ['Teacher', 'Course', 'Day', 'Block', 'Enrolled'],
      ['Kahn', 'Biology', 'A', 1, 31],
      ['Kahn', 'Biology', 'B', 1, 24],
      ['Kahn', 'Biology', 'A', 3, 24],
    ]);
    // A/B days, one row per class meeting: A 1 (31 students) and B 1 (24) differ, so two classes; A 3 (24) cannot be
    // the first (same day, period apart) and joins the second.
    expect(parsed.sections.map((s) => [s.id, slots(s), s.enrollment])).toEqual([
      ['Biology|Kahn||', ['A 1'], 31],
      ['Biology|Kahn||#2', ['B 1', 'A 3'], 24],
    ]);
  });

  it('decides one row per meeting when more than half of the rows name a single day', () => {
    expect(sectionRule(false, [1, 1, 5])).toBe('one meeting per row');
    expect(sectionRule(false, [1, 5])).toBe('one section per row');
    expect(sectionRule(false, [])).toBe('one section per row');
    expect(sectionRule(true, [5, 5])).toBe('class group');
  });
});

describe('co-taught sections', () => {
  const parsed = parse([
    ['Section', 'Course', 'Teacher', 'Teacher 2', 'Day', 'Period', 'Enrolled'],
    ['S1', 'Biology', 'Ng', 'Shah', 'Mon', 2, 30],
    ['S2', 'Chemistry', 'Ng', null, 'Mon', 3, 24],
    ['S2', 'Chemistry', 'Ortiz', null, 'Tue', 3, 24],
    ['S3', 'Physics', 'Ortiz', null, 'Thu', 1, 20],
    ['S3', 'Physics', 'Yang', null, 'Thu', 1, 20],
    ['S4', 'SDC English', 'Brown', 'Reyes', 'Wed', 4, 12],
    ['S5', 'PLC', 'Brown', 'Ng', 'Fri', 6, null],
  ]);
  const program = (id: string) => parsed.sections.find((s) => s.id === id)?.program;

  it('are sections where two teachers teach the same meeting: a co-teacher column or rows of one meeting', () => {
    expect(program('S1')).toBe('co-taught');
    expect(program('S3')).toBe('co-taught');
  });

  it('are not sections whose teachers take different meetings, special-education classes, or collaboration', () => {
    expect(program('S2')).toBe('general');
    expect(program('S4')).toBe('special education');
    expect(program('S5')).toBe('general');
  });
});
