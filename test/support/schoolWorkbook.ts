// A realistic high-school workbook for the bridge tests: a master schedule under a title row (clock times
// formatted h:mm), staff, enrollment, a budget, plus sheets a user keeps for themselves (one named "Flags",
// one with formulas and number formats). Built as plain rows so the same data can go into the Excel fake
// directly or through an .xlsx file that the command line reads.
import ExcelJS from 'exceljs';
import { cellAt, FakeWorkbook, type FakeWorkbookOptions } from '../../src/addin/fake';

export type Cell = string | number | null;

export interface PlainSheet {
  name: string;
  rows: Cell[][];
  /** Number formats by zero-based column, for data rows below the header. */
  columnFormats?: Record<number, string>;
  headerRow?: number;
  formulas?: { row: number; col: number; formula: string; value: number }[];
}

const SUBJECTS = [
  { dept: 'English', code: 'EN', title: 'English' },
  { dept: 'Math', code: 'MA', title: 'Algebra' },
  { dept: 'Science', code: 'SC', title: 'Biology' },
  { dept: 'Social Studies', code: 'SS', title: 'US History' },
  { dept: 'Arts', code: 'AR', title: 'Studio Art' },
  { dept: 'World Languages', code: 'WL', title: 'Spanish' },
];

const PERIOD_STARTS = [8 * 60, 9 * 60, 10 * 60, 11 * 60, 12 * 60 + 30, 13 * 60 + 30];

export const TRICKY_COURSE_TITLE = '=HYPERLINK("http://x","y")';
/** Looks like a formula to Excel ("+1-555" would become -554); used as a course title so it reaches the results. */
export const TRICKY_PHONE_TITLE = '+1-555';

/** A school with `sections` sections taught by about one teacher per five sections. */
export function schoolSheets(sections: number): PlainSheet[] {
  const teachers = Math.max(6, Math.ceil(sections / 5));
  const schedule: Cell[][] = [
    ['Master schedule 2025-26', null, null, null, null, null, null, null, null, null, null],
    [null],
    ['Section ID', 'Course Code', 'Course Title', 'Teacher', 'Period', 'Days', 'Start', 'End', 'Room', 'Enrollment', 'Term'],
  ];
  for (let i = 0; i < sections; i++) {
    const teacher = i % teachers;
    const subject = SUBJECTS[teacher % SUBJECTS.length];
    const period = (Math.floor(i / teachers) % PERIOD_STARTS.length) + 1;
    const start = PERIOD_STARTS[period - 1];
    const title = i === 3 ? TRICKY_COURSE_TITLE : i === 7 ? TRICKY_PHONE_TITLE : `${subject.title} ${9 + (i % 4)}`;
    schedule.push([
      `S${String(i + 1).padStart(5, '0')}`,
      `${subject.code}${100 + (i % 4)}`,
      title,
      `${subject.dept.split(' ')[0]} Teacher ${teacher + 1}`,
      String(period),
      'M-F',
      start / 1440,
      (start + 55) / 1440,
      `R${100 + (i % 40)}`,
      18 + (i % 17),
      'Year',
    ]);
  }
  const staff: Cell[][] = [['Name', 'Role', 'Department', 'FTE', 'Years of Experience']];
  for (let t = 0; t < teachers; t++) {
    const subject = SUBJECTS[t % SUBJECTS.length];
    staff.push([`${subject.dept.split(' ')[0]} Teacher ${t + 1}`, 'Teacher', subject.dept, 1, t % 12]);
  }
  const enrollment: Cell[][] = [['Grade', 'Students'], ['9', 310], ['10', 295], ['11', 280], ['12', 270]];
  const budget: Cell[][] = [
    ['Description', 'Fund', 'Account', 'FTE', 'Amount'],
    ['Classroom teachers', 'General', '1100', teachers, teachers * 92000],
    ['Instructional coach', 'Title I', '1200', 1, 98000],
    ['Professional development', 'Title II', '5200', null, 45000],
    ['Principal', 'General', '2400', 1, 150000],
    ['Counselors', 'General', '2100', 3, 270000],
    ['Custodial', 'General', '2600', 4, 220000],
  ];
  return [
    { name: 'Schedule', rows: schedule, headerRow: 2, columnFormats: { 6: 'h:mm', 7: 'h:mm' } },
    { name: 'Staff', rows: staff, headerRow: 0 },
    { name: 'Enrollment', rows: enrollment, headerRow: 0 },
    { name: 'Budget', rows: budget, headerRow: 0, columnFormats: { 4: '$#,##0' } },
    // The user's own sheets: one shares the add-in's result name, one holds formulas and formats.
    { name: 'Flags', rows: [['Our own flags'], ['Bus duty', 'keep this']] },
    {
      name: 'Notes',
      rows: [['Item', 'Cost'], ['Books', 1200], ['Trips', 800], ['Total', null]],
      columnFormats: { 1: '$#,##0.00' },
      headerRow: 0,
      formulas: [{ row: 3, col: 1, formula: '=SUM(B2:B3)', value: 2000 }],
    },
  ];
}

export function fakeFromSheets(sheets: PlainSheet[], options: FakeWorkbookOptions = {}): FakeWorkbook {
  const workbook = new FakeWorkbook({ name: 'Lincoln High', ...options });
  for (const plain of sheets) {
    const sheet = workbook.setGrid(plain.name, plain.rows);
    const firstData = (plain.headerRow ?? 0) + 1;
    for (const [col, format] of Object.entries(plain.columnFormats ?? {}))
      for (let r = firstData; r < plain.rows.length; r++) if (plain.rows[r][Number(col)] !== null) cellAt(sheet, r, Number(col), true).numberFormat = format;
    for (const f of plain.formulas ?? []) Object.assign(cellAt(sheet, f.row, f.col, true), { formula: f.formula, value: f.value });
  }
  return workbook;
}

export async function xlsxFromSheets(sheets: PlainSheet[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const plain of sheets) {
    const worksheet = book.addWorksheet(plain.name);
    plain.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        // exceljs writes a string as a shared string: text, as a user who typed it with a leading apostrophe.
        worksheet.getCell(r + 1, c + 1).value = value;
      }),
    );
    const firstData = (plain.headerRow ?? 0) + 1;
    for (const [col, format] of Object.entries(plain.columnFormats ?? {}))
      for (let r = firstData; r < plain.rows.length; r++) if (plain.rows[r][Number(col)] !== null) worksheet.getCell(r + 1, Number(col) + 1).numFmt = format;
    for (const f of plain.formulas ?? []) worksheet.getCell(f.row + 1, f.col + 1).value = { formula: f.formula.slice(1), result: f.value };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
