import type { CellValue, ParsedWorkbook, Section, SheetGrid } from '../types';
import { parseWorkbook } from './parseWorkbook';
import { defaultSettings } from '../settings/defaults';
import { dayLabel } from './days';

const sheet = (name: string, rows: CellValue[][]): SheetGrid => ({ name, rows, originRow: 0, originCol: 0 });
const parse = (...sheets: SheetGrid[]): ParsedWorkbook => parseWorkbook({ sheets }, defaultSettings());
const byId = (parsed: ParsedWorkbook, id: string): Section => {
  const found = parsed.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
const meetingsOf = (s: Section) =>
  s.meetings.map((m) => [dayLabel(m.day), m.periods.join('-'), m.start ?? null, m.end ?? null, m.minutes ?? null]);
const codes = (parsed: ParsedWorkbook, code: string) => parsed.dataCheck.filter((d) => d.code === code);

const HEADER = ['Section ID', 'Course Title', 'Teacher', 'Co-Teacher', 'Period', 'Start', 'End', 'Days', 'Enrolled', 'Term', 'Program'];

describe('parseWorkbook: one row per section', () => {
  const parsed = parse(
    sheet('Master Schedule', [
      HEADER,
      ['101', 'English 9', 'Smith; Lee', null, 1, '8:05 AM', '8:50', 'MWF', 28, 'Year', null],
      ['102', 'Algebra 1 ICT', 'Garcia', 'Patel', 2, 0.375, 0.40625, 'TTh', '31', 'S1', null],
      ['103', 'English 10', 'Jones & Kim', null, 3, '1000', '1045', 'Daily', 30, 'S2', 'ELD'],
      ['104', 'SDC English', 'Brown', null, 4, '1:00', '1:50', 'M-F', 12, null, null],
      ['105', 'PLC - Grade 9', 'Smith / Garcia', null, 6, '2:00 PM', '2:45 PM', 'W', null, null, null],
    ]),
  );

  it('reads times, days and co-teachers from one cell or a second column', () => {
    expect(byId(parsed, '101')).toMatchObject({ teachers: ['Smith', 'Lee'], course: 'English 9', subject: 'ELA', core: true, enrollment: 28, term: 'Year' });
    // 8:05 AM = 485, 8:50 = 530 → 45 minutes each on Mon, Wed, Fri.
    expect(meetingsOf(byId(parsed, '101'))).toEqual([
      ['Mon', '1', 485, 530, 45],
      ['Wed', '1', 485, 530, 45],
      ['Fri', '1', 485, 530, 45],
    ]);
    // 0.375 × 1440 = 540 (9:00), 0.40625 × 1440 = 585 (9:45).
    expect(byId(parsed, '102')).toMatchObject({ teachers: ['Garcia', 'Patel'], program: 'co-taught', subject: 'Math', enrollment: 31, term: 'S1' });
    expect(meetingsOf(byId(parsed, '102'))).toEqual([
      ['Tue', '2', 540, 585, 45],
      ['Thu', '2', 540, 585, 45],
    ]);
    expect(byId(parsed, '103')).toMatchObject({ teachers: ['Jones', 'Kim'], program: 'EL' });
    expect(byId(parsed, '103').meetings).toHaveLength(5);
    expect(byId(parsed, '103').meetings[0]).toMatchObject({ start: 600, end: 645, minutes: 45 });
  });

  it('reads afternoon times written without PM, programs from course text, and collaboration rows', () => {
    expect(byId(parsed, '104')).toMatchObject({ program: 'special education', subject: 'ELA', enrollment: 12 });
    expect(byId(parsed, '104').meetings[0]).toMatchObject({ start: 780, end: 830, minutes: 50 });
    expect(byId(parsed, '105')).toMatchObject({ collaboration: true, teachers: ['Smith', 'Garcia'] });
    expect(byId(parsed, '105').subject).toBeUndefined();
    expect(meetingsOf(byId(parsed, '105'))).toEqual([['Wed', '6', 840, 885, 45]]);
  });

  it('counts rows read per sheet and leaves collaboration out of the missing-enrollment check', () => {
    expect(parsed.sheetStats).toEqual([{ sheet: 'Master Schedule', kind: 'schedule', rowsRead: 5, rowsSkipped: 0 }]);
    expect(codes(parsed, 'no-enrollment')).toEqual([]);
    expect(codes(parsed, 'unmapped-subject')).toEqual([]);
    expect(codes(parsed, 'double-booking')).toEqual([]);
  });
});

describe('parseWorkbook: one row per meeting', () => {
  const parsed = parse(
    sheet('Timetable', [
      ['Section', 'Course', 'Teacher', 'Day', 'Period', 'Enrollment'],
      ['S1', 'Biology', 'Ng', 'Mon', 2, 30],
      ['S1', 'Biology', 'Ng', 'Tue', 2, 30],
      ['S1', 'Biology', 'Ng', 'Wed', 2, null],
      ['S2', 'Chemistry', 'Ng', 'Mon', 3, 24],
      ['S2', 'Chemistry', 'Ortiz', 'Tue', 3, 24],
      ['S3', 'Physics', 'Ortiz', 'Thu', 1, 20],
      ['S3', 'Physics', 'Yang', 'Thu', 1, 20],
    ]),
  );

  it('merges rows by section ID: seats count once, meetings accumulate', () => {
    expect(parsed.sections.map((s) => [s.id, s.enrollment, s.meetings.length])).toEqual([
      ['S1', 30, 3],
      ['S2', 24, 2],
      ['S3', 20, 1],
    ]);
    expect(byId(parsed, 'S1').source).toEqual({ sheet: 'Timetable', firstRow: 2, lastRow: 4 });
    expect(meetingsOf(byId(parsed, 'S1'))).toEqual([
      ['Mon', '2', null, null, null],
      ['Tue', '2', null, null, null],
      ['Wed', '2', null, null, null],
    ]);
  });

  it('records which teacher teaches which meeting, and joins co-teachers listed on separate rows of one meeting', () => {
    const s2 = byId(parsed, 'S2');
    expect(s2.teachers).toEqual(['Ng', 'Ortiz']);
    expect(s2.meetings.map((m) => m.teachers)).toEqual([['Ng'], ['Ortiz']]);
    const s3 = byId(parsed, 'S3');
    expect(s3.teachers).toEqual(['Ortiz', 'Yang']);
    expect(s3.meetings).toHaveLength(1);
    expect(s3.meetings[0].teachers).toBeUndefined();
  });

  it('makes one section of a class’s meetings when there is no section ID (a double period on Thu included)', () => {
    const noIds = parse(
      sheet('Schedule', [
        ['Course', 'Teacher', 'Period', 'Days', 'Term'],
        ['Art', 'Diaz', 4, 'Mon', 'Fall'],
        ['Art', 'Diaz', 4, 'Thu', 'Fall'],
        ['Art', 'Diaz', 5, 'Thu', 'Fall'],
      ]),
    );
    // One meeting per row: Mon 4, Thu 4 and Thu 5 (next to 4) are one class of Diaz's, not three sections.
    expect(noIds.sections.map((s) => [s.id, s.meetings.length, s.subject])).toEqual([['Art|Diaz||Fall', 3, 'Art']]);
  });
});

describe('parseWorkbook: bell schedule joins', () => {
  const parsed = parse(
    sheet('Bell Schedule', [
      ['Day Type', 'Period', 'Start', 'End'],
      ['Regular', 1, '8:00', '8:50'],
      ['Regular', 2, '8:55', '9:45'],
      ['Regular', 3, '9:50', '10:40'],
      ['Wed', 1, '8:00', '8:40'],
      ['Wed', 2, '8:45', '9:25'],
    ]),
    sheet('Master Schedule', [
      ['Section', 'Course', 'Teacher', 'Period', 'Days'],
      ['A1', 'Geometry', 'Fox', '1-2', 'M, W'],
      ['A2', 'World History', 'Fox', 'P3', 'Wed'],
      ['A3', 'Spanish 1', 'Fox', '7', 'Mon'],
    ]),
  );

  it('keeps the periods a row gives and leaves their clock time to the schedule clock (meetingTime.test.ts)', () => {
    expect(parsed.bell).toHaveLength(5);
    expect(meetingsOf(byId(parsed, 'A1'))).toEqual([
      ['Mon', '1-2', null, null, null],
      ['Wed', '1-2', null, null, null],
    ]);
    // Wed has bells of its own without period 3: Monday's times would be wrong, so the minutes stay unknown.
    expect(meetingsOf(byId(parsed, 'A2'))).toEqual([['Wed', '3', null, null, null]]);
    // No bell for period 7: the meeting keeps its period, minutes unknown.
    expect(meetingsOf(byId(parsed, 'A3'))).toEqual([['Mon', '7', null, null, null]]);
    expect(parsed.sheetStats).toEqual([
      { sheet: 'Bell Schedule', kind: 'bell', rowsRead: 5, rowsSkipped: 0 },
      { sheet: 'Master Schedule', kind: 'schedule', rowsRead: 3, rowsSkipped: 0 },
    ]);
  });

  it('reports the period missing from a day type once, with the bell rows of that day type', () => {
    expect(codes(parsed, 'bell-period-missing').map((d) => [d.sheet, d.cell, d.message])).toEqual([
      [
        'Bell Schedule',
        '5:6',
        'Period 3 has no time in the "Wed" bell schedule (sheet "Bell Schedule" rows 5–6); its meetings on those days are not given another day type\'s times, so their minutes are unknown unless a period length is set; add the period to that day type',
      ],
    ]);
  });
});

describe('parseWorkbook: data check', () => {
  const parsed = parse(
    sheet('Master Schedule', [
      ['Master schedule', null, null, null, null, null, null, null],
      ['Section', 'Course', 'Teacher', 'Period', 'Days', 'Start', 'End', 'Enrolled'],
      ['1', 'English 9', 'Smith', 1, 'MWF', '8:5O', '8:50', 25],
      ['2', 'Underwater Basket Weaving', 'Smith', 1, 'M', '8:05', '8:50', 20],
      ['3', 'Underwater Basket Weaving', 'Lee', 2, 'Funday', '9:00', '9:45', { error: '#N/A' }],
      [null, null, null, null, null, null, null, null],
      ['4', 'Algebra 1', 'Lee', 3, 'TTh', '10:00', '10:45', 'lots'],
      [null, null, '  ', null, null, null, null, 0],
      ['5', 'Geometry', 'Lee', 3, 'Th', '10:00', '10:45', 22],
    ]),
  );
  const messages = (code: string) => codes(parsed, code).map((d) => [d.cell, d.message]);

  it('reports a bad time with sheet, cell and the forms expected, and still analyses the row', () => {
    expect(messages('unreadable-time')).toEqual([
      ['F3', 'Sheet "Master Schedule" cell F3: "8:5O" is not a time (expected 8:05, 8:05 AM, 0805 or an Excel time)'],
    ]);
    expect(byId(parsed, '1')).toMatchObject({ enrollment: 25, subject: 'ELA' });
    expect(meetingsOf(byId(parsed, '1'))).toEqual([
      ['Mon', '1', null, null, null],
      ['Wed', '1', null, null, null],
      ['Fri', '1', null, null, null],
    ]);
  });

  it('reports unreadable days, Excel errors and unreadable enrollments', () => {
    expect(messages('unreadable-days')).toEqual([
      [
        'E5',
        'Sheet "Master Schedule" cell E5: "Funday" is not a meeting day (expected days such as M-F, MTWRF, MWF, TTh, Mon, Wed, Daily, A/B, or Day 1 … Day 6); the row\'s meetings are left out',
      ],
    ]);
    expect(messages('excel-error')).toEqual([['H5', 'Sheet "Master Schedule" cell H5: #N/A is an Excel error value; the cell was read as blank']]);
    expect(messages('unreadable-number')).toEqual([
      ['H7', 'Sheet "Master Schedule" cell H7: "lots" is not an enrollment (expected a count of students such as 28)'],
    ]);
    expect(byId(parsed, '3').meetings).toEqual([]);
  });

  it('counts rows read and skipped, with the reasons', () => {
    expect(parsed.sheetStats).toEqual([{ sheet: 'Master Schedule', kind: 'schedule', rowsRead: 5, rowsSkipped: 2 }]);
    expect(messages('row-skipped')).toEqual([['8:8', 'Sheet "Master Schedule" row 8 was skipped: it has no section ID, course or teacher']]);
  });

  it('names both sections of a teacher booked twice, with day, period and cells', () => {
    expect(messages('double-booking')).toEqual([
      [
        'D3',
        'Teacher Smith is booked twice on Mon, period 1: section "1" (English 9, cell D3) and section "2" (Underwater Basket Weaving, cell D4)',
      ],
      [
        'D7',
        'Teacher Lee is booked twice on Thu, period 3: section "4" (Algebra 1, cell D7) and section "5" (Geometry, cell D9)',
      ],
    ]);
  });

  it('reports each unmapped subject once with an example cell, and sections without enrollment', () => {
    expect(messages('unmapped-subject')).toEqual([
      [
        'B4',
        'No subject rule matches "Underwater Basket Weaving" (2 sections, e.g. cell B4); add a subject rule so these sections count in time by subject',
      ],
    ]);
    expect(byId(parsed, '2').subject).toBeUndefined();
    expect(messages('no-enrollment')).toEqual([
      ['H5', '2 of 5 sections have no enrollment, so their class size and seats are unknown (cells H5, H7)'],
    ]);
  });
});

describe('parseWorkbook: double-bookings respect terms and times', () => {
  it('does not flag sections in different semesters, and flags overlapping clock times without periods', () => {
    const parsed = parse(
      sheet('Schedule', [
        ['Section', 'Course', 'Teacher', 'Days', 'Start', 'End', 'Semester'],
        ['1', 'Biology', 'Ng', 'Mon', '9:00', '9:50', 'S1'],
        ['2', 'Chemistry', 'Ng', 'Mon', '9:00', '9:50', 'S2'],
        ['3', 'Physics', 'Ng', 'Mon', '9:30', '10:20', null],
        ['4', 'Earth Science', 'Ng', 'Tue', '9:00', '9:50', 'S2'],
        ['5', 'Astronomy', 'Ng', 'Tue', '9:45', '10:35', 'Full Year'],
      ]),
    );
    expect(codes(parsed, 'double-booking').map((d) => d.message)).toEqual([
      'Teacher Ng is booked twice on Mon, 9:30–9:50: section "1" (Biology, S1, cell D2) and section "3" (Physics, cell D4)',
      'Teacher Ng is booked twice on Mon, 9:30–9:50: section "2" (Chemistry, S2, cell D3) and section "3" (Physics, cell D4)',
      'Teacher Ng is booked twice on Tue, 9:45–9:50: section "4" (Earth Science, S2, cell D5) and section "5" (Astronomy, Full Year, cell D6)',
    ]);
  });
});

describe('parseWorkbook: Excel errors', () => {
  it('reports each error cell once, even when several rows of one section carry it', () => {
    const parsed = parse(
      sheet('Schedule', [
        ['Section', 'Course', 'Teacher', 'Day', 'Period', 'Grade', 'Room'],
        ['1', 'Math 6', 'Ali', 'Mon', 1, { error: '#REF!' }, { error: '#N/A' }],
        ['1', 'Math 6', 'Ali', 'Tue', 1, { error: '#REF!' }, '12'],
      ]),
    );
    expect(codes(parsed, 'excel-error').map((d) => d.cell)).toEqual(['F2', 'G2', 'F3']);
    expect(byId(parsed, '1')).toMatchObject({ room: '12', meetings: [expect.anything(), expect.anything()] });
    expect(byId(parsed, '1').grade).toBeUndefined();
  });
});

describe('parseWorkbook: rotating cycles, A/B days and minutes columns', () => {
  it('reads cycle days and A/B days, and minutes per meeting from a minutes column', () => {
    const parsed = parse(
      sheet('Schedule', [
        ['Section', 'Course', 'Teacher', 'Cycle Day', 'Block', 'Minutes'],
        ['1', 'Math 6', 'Ali', 'Day 1', 1, 55],
        ['1', 'Math 6', 'Ali', 'D4', 1, 55],
        ['2', 'Art 6', 'Ali', 'A', 2, '80'],
      ]),
    );
    expect(meetingsOf(byId(parsed, '1'))).toEqual([
      ['Day 1', '1', null, null, 55],
      ['Day 4', '1', null, null, 55],
    ]);
    expect(meetingsOf(byId(parsed, '2'))).toEqual([['A', '2', null, null, 80]]);
  });

  it('takes rows without days to meet every weekday and says so', () => {
    const parsed = parse(sheet('Schedule', [['Section', 'Course', 'Teacher', 'Period'], ['1', 'Math 6', 'Ali', 1]]));
    expect(byId(parsed, '1').meetings.map((m) => dayLabel(m.day))).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
    expect(codes(parsed, 'days-assumed').map((d) => d.message)).toEqual([
      'Sheet "Schedule" has no meeting-days column; every section is taken to meet every weekday, Mon–Fri',
    ]);
  });
});

describe('parseWorkbook: staff, enrollment and student rosters', () => {
  const parsed = parse(
    sheet('Master', [['Section', 'Course', 'Teacher', 'Period'], ['1', 'Math 6', 'Ali', 1]]),
    sheet('Staff', [
      ['Staff Roster 2024'],
      ['Name', 'Position', 'Dept', 'Team', 'FTE', 'Years of Experience'],
      ['Ali', 'Teacher', 'Math', '6th grade', '1.0', 2],
      ['Bo', 'Counselor', null, null, '50%', 'ten'],
      [null, 'Vacant', null, null, null, null],
    ]),
    sheet('Enrollment', [
      ['Grade', 'Students', 'SPED', 'ELL'],
      ['6', '120', 14, 20],
      ['Grade 7', 118, 12, 'n/a'],
      ['Total', 238, 26, 20],
    ]),
    sheet('Student Roster', [
      ['Student ID', 'Section', 'Grade'],
      ['S001', '1', 6],
      ['S002', '1', 6],
      ['S003', null, 6],
    ]),
  );

  it('reads each roster, reporting unreadable numbers and skipped rows', () => {
    expect(parsed.staff.map((s) => [s.name, s.role, s.department, s.team, s.fte, s.yearsExperience])).toEqual([
      ['Ali', 'Teacher', 'Math', '6th grade', 1, 2],
      ['Bo', 'Counselor', undefined, undefined, 0.5, undefined],
    ]);
    expect(parsed.enrollment.map((e) => [e.grade, e.students, e.specialEducation, e.englishLearners])).toEqual([
      ['6', 120, 14, 20],
      ['7', 118, 12, undefined],
    ]);
    expect(parsed.students.map((s) => [s.studentId, s.sectionId, s.grade])).toEqual([
      ['S001', '1', '6'],
      ['S002', '1', '6'],
    ]);
    expect(parsed.sheetStats).toEqual([
      { sheet: 'Master', kind: 'schedule', rowsRead: 1, rowsSkipped: 0 },
      { sheet: 'Staff', kind: 'staff', rowsRead: 2, rowsSkipped: 1 },
      { sheet: 'Enrollment', kind: 'enrollment', rowsRead: 2, rowsSkipped: 0 },
      { sheet: 'Student Roster', kind: 'students', rowsRead: 2, rowsSkipped: 1 },
    ]);
    expect(codes(parsed, 'unreadable-number').map((d) => d.message)).toEqual([
      'Sheet "Staff" cell F4: "ten" is not a number (expected years such as 3)',
      'Sheet "Enrollment" cell D3: "n/a" is not a number of students (expected a count such as 12)',
    ]);
  });

  it('leaves subtotal rows out of the sections and counts them as skipped', () => {
    const grouped = parse(
      sheet('Schedule', [
        ['Department', 'Teacher', 'Course', 'Period', 'Enrolled'],
        ['English', 'Smith', 'English 9', 1, 30],
        ['Subtotal', null, null, null, 30],
        ['Math', 'Lee', 'Algebra', 2, 28],
      ]),
    );
    expect(grouped.sections.map((s) => [s.course, s.enrollment])).toEqual([
      ['English 9', 30],
      ['Algebra', 28],
    ]);
    expect(grouped.sheetStats).toEqual([{ sheet: 'Schedule', kind: 'schedule', rowsRead: 2, rowsSkipped: 1 }]);
  });

  it('says when no schedule is found', () => {
    const empty = parse(sheet('Notes', [['hello']]));
    expect(empty.dataCheck.map((d) => [d.severity, d.code])).toEqual([
      ['info', 'sheet-not-used'],
      ['error', 'no-schedule'],
    ]);
  });
});
