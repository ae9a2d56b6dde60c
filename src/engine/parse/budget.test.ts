import type { CellValue, DetectedTable, SheetGrid } from '../types';
import { defaultSettings } from '../settings/defaults';
import { columnLetter } from './values';
import { parseBudget } from './budget';

// A district-style line-item export: banner, blank row, header on sheet row 3, a subtotal inside, money as text.
function grid(rows: CellValue[][]): SheetGrid {
  return { name: 'Budget', rows, originRow: 0, originCol: 0 };
}

function table(fields: string[], headerRow: number, lastDataRow: number): DetectedTable {
  return {
    kind: 'budget',
    sheet: 'Budget',
    headerRow,
    firstDataRow: headerRow + 1,
    lastDataRow,
    columns: fields.map((field, col) => ({ field, header: field, col, letter: columnLetter(col), how: 'synonym' })),
    unmatchedHeaders: [],
    confidence: 1,
    how: 'detected',
  };
}

const LINE_FIELDS = ['fund', 'account', 'description', 'fte', 'amount'];

describe('parseBudget: line items', () => {
  const rows: CellValue[][] = [
    ['Harbor View Elementary — 2026-27 budget', null, null, null, null],
    [null, null, null, null, null],
    ['Fund', 'Object Code', 'Description', 'FTE', 'Amount'],
    ['General Fund', '1100', 'Regular Teacher', 2, 190000],
    ['Title I', '1100', 'Instructional Coach', 1, '$101,250'],
    ['Title I', '5200', 'Conference registration', null, '$4,500.50'],
    ['Title I', null, 'Title I Subtotal', null, 105750.5],
    ['IDEA', '2100', 'Special Education Assistant', 0.5, '(1,000)'],
    ['General Fund', '4300', 'Widgets', null, 'about 500'],
    ['General Fund', '9999', 'Mystery line', null, 700],
    ['Parcel Tax', '4300', 'Instructional supplies', null, 300],
  ];
  const result = parseBudget(grid(rows), table(LINE_FIELDS, 3, 11), defaultSettings());

  it('reads each line once, skipping the subtotal and the unreadable amount', () => {
    expect(result.lines.map((l) => l.amount)).toEqual([190000, 101250, 4500.5, -1000, 700, 300]);
    expect(result.rowsRead).toBe(6);
    expect(result.rowsSkipped).toBe(2);
  });

  it('maps uses and locked funds by the default rules', () => {
    expect(result.lines.map((l) => [l.use, l.locked])).toEqual([
      ['Core classroom teachers', false],
      ['Coaches', true],
      ['Professional development', true],
      ['Instructional aides', true],
      ['Other', false],
      ['Other', false],
    ]);
    expect(result.lines[4].useMatched).toBe(false);
    expect(result.lines[5].useMatched).toBe(true);
    expect(result.lines[1]).toMatchObject({ fte: 1, account: '1100', fund: 'Title I', source: { sheet: 'Budget', firstRow: 5, lastRow: 5 } });
  });

  it('explains every skipped or unmatched row with its cell', () => {
    const byCode = (code: string) => result.dataCheck.filter((d) => d.code === code);
    expect(byCode('budget-subtotal')).toEqual([
      expect.objectContaining({ severity: 'info', cell: '7:7', message: 'Sheet "Budget" row 7 is a total or subtotal row; it was not counted again.' }),
    ]);
    expect(byCode('unreadable-amount')).toEqual([
      expect.objectContaining({ cell: 'E9', message: expect.stringContaining('"about 500" is not an amount (expected a number such as 1234 or "$1,234")') }),
    ]);
    expect(byCode('unmatched-budget-use')).toEqual([expect.objectContaining({ cell: 'C10', message: expect.stringContaining('"Mystery line" matches no budget rule') })]);
    expect(byCode('unmatched-fund')).toEqual([expect.objectContaining({ cell: 'A11', message: expect.stringContaining('fund "Parcel Tax"') })]);
  });
});

describe('parseBudget: a position roster and a program allocation', () => {
  it('costs a position as salary + benefits and describes it by its title', () => {
    const rows: CellValue[][] = [
      ['job_code', 'job_title', 'fte', 'annual_salary', 'annual_benefit_cost'],
      ['49', 'Regular Teacher', 1, 97901, 31956],
      ['464', 'Special Ed Classroom Assist', 1, 30000, '$9,000'],
      ['990101', 'School Counselor', 1, 80000, null],
    ];
    const { lines, dataCheck } = parseBudget(grid(rows), table(['account', 'jobTitle', 'fte', 'salary', 'benefits'], 1, 4), defaultSettings());
    expect(lines.map((l) => [l.description, l.amount, l.use])).toEqual([
      ['Regular Teacher', 129857, 'Core classroom teachers'],
      ['Special Ed Classroom Assist', 39000, 'Instructional aides'],
      ['School Counselor', 80000, 'Pupil services'],
    ]);
    expect(lines[0]).toMatchObject({ salary: 97901, benefits: 31956 });
    expect(dataCheck).toEqual([expect.objectContaining({ severity: 'info', code: 'budget-no-fund' })]);
  });

  it('reads program-only allocations by the program name', () => {
    const rows: CellValue[][] = [
      ['Program', 'Allocation'],
      ['Class Size Reduction', '$250,000'],
      ['Professional Development', '$40,000'],
      ['Total', '$290,000'],
    ];
    const { lines, rowsSkipped } = parseBudget(grid(rows), table(['program', 'amount'], 1, 4), defaultSettings());
    expect(lines.map((l) => [l.program, l.amount, l.use, l.locked])).toEqual([
      ['Class Size Reduction', 250000, 'Core classroom teachers', true],
      ['Professional Development', 40000, 'Professional development', false],
    ]);
    expect(rowsSkipped).toBe(1);
  });

  it('reports a table without any money column as an error', () => {
    const { lines, dataCheck } = parseBudget(grid([['Description', 'FTE'], ['Teacher', 1]]), table(['description', 'fte'], 1, 2), defaultSettings());
    expect(lines).toEqual([]);
    expect(dataCheck[0]).toMatchObject({ severity: 'error', code: 'budget-no-amount' });
  });
});

describe('parseBudget: the sheet’s own Total row', () => {
  const mismatch = (dataCheck: { code: string }[]) => dataCheck.filter((d) => d.code === 'budget-total-mismatch');

  it('checks the totals row under the lines and says by how much they fall short, naming its cell', () => {
    const rows: CellValue[][] = [
      ['Fund', 'Object Code', 'Description', 'FTE', 'Amount'],
      ['General Fund', '1100', 'Regular Teacher', 1, 100000],
      ['Title I', '1100', 'Instructional Coach', 0.5, '$50,000'],
      ['Title I', '5200', 'Conference registration', null, 25000],
      [null, null, null, null, null],
      ['Total', null, null, 1.5, '$180,000'],
    ];
    // Detection stops before the totals row, so the table ends at row 4.
    const { lines, dataCheck } = parseBudget(grid(rows), table(LINE_FIELDS, 1, 4), defaultSettings());
    expect(lines).toHaveLength(3);
    // 100,000 + 50,000 + 25,000 = 175,000 read; the sheet says 180,000: 5,000 short.
    expect(mismatch(dataCheck)).toEqual([
      {
        severity: 'warning',
        sheet: 'Budget',
        cell: 'E6',
        code: 'budget-total-mismatch',
        message:
          'Sheet "Budget": the budget lines read add up to $175,000, but the sheet\'s total in cell E6 is $180,000; the lines are $5,000 short of it. Check for missing, duplicated or hidden lines.',
      },
    ]);
  });

  it('says nothing when the lines add up to the total, and a cent of rounding is not a difference', () => {
    const rows: CellValue[][] = [
      ['Program', 'Allocation'],
      ['Class Size Reduction', '$250,000.40'],
      ['Professional Development', '$40,000.40'],
      ['Total', '$290,001'],
    ];
    // 250,000.40 + 40,000.40 = 290,000.80; 290,001 − 290,000.80 = 0.20, under a dollar.
    const { lines, dataCheck } = parseBudget(grid(rows), table(['program', 'amount'], 1, 3), defaultSettings());
    expect(lines).toHaveLength(2);
    expect(mismatch(dataCheck)).toEqual([]);
  });

  it('reads a Grand Total as the last row of the table as the total, never a line, and names an unreadable line', () => {
    const rows: CellValue[][] = [
      ['Fund', 'Object Code', 'Description', 'FTE', 'Amount'],
      ['General Fund', '1100', 'Regular Teacher', 2, 190000],
      ['Title I', null, 'Title I Subtotal', null, 0],
      ['General Fund', '4300', 'Widgets', null, 'about 500'],
      ['General Fund', '4300', 'Instructional supplies', null, 12000],
      [null, null, 'Grand Total', null, 200000],
    ];
    const { lines, dataCheck } = parseBudget(grid(rows), table(LINE_FIELDS, 1, 6), defaultSettings());
    expect(lines.map((l) => l.amount)).toEqual([190000, 12000]);
    // 190,000 + 12,000 = 202,000 read against 200,000: 2,000 over; the unreadable "about 500" row is pointed at.
    expect(mismatch(dataCheck)).toEqual([
      expect.objectContaining({
        cell: 'E6',
        message:
          'Sheet "Budget": the budget lines read add up to $202,000, but the sheet\'s total in cell E6 is $200,000; the lines are $2,000 over it (1 row was not counted; see the items above).',
      }),
    ]);
  });

  it('does not take a fund subtotal closing a grouped table for the sheet total', () => {
    const rows: CellValue[][] = [
      ['Fund', 'Object Code', 'Description', 'FTE', 'Amount'],
      ['General Fund', '1100', 'Regular Teacher', 1, 100000],
      ['General Fund', null, 'General Fund Total', null, 100000],
      ['Title I', '1100', 'Instructional Coach', 1, 90000],
      ['Title I', null, 'Title I Total', null, 90000],
    ];
    const { lines, dataCheck } = parseBudget(grid(rows), table(LINE_FIELDS, 1, 5), defaultSettings());
    expect(lines.map((l) => l.amount)).toEqual([100000, 90000]);
    expect(mismatch(dataCheck)).toEqual([]);
  });

  it('reads an unlabelled last row equal to the sum of the lines above as the total, and keeps one that is not', () => {
    const rows: CellValue[][] = [
      ['Description', 'FTE', 'Amount'],
      ['Regular Teacher', 2, 200000],
      ['Counselor', 1, 95000],
      [null, 3, 295000],
    ];
    // 200,000 + 95,000 = 295,000: the bottom row is their sum.
    const summed = parseBudget(grid(rows), table(['description', 'fte', 'amount'], 1, 4), defaultSettings());
    expect(summed.lines.map((l) => l.amount)).toEqual([200000, 95000]);
    expect(summed.rowsRead).toBe(2);
    expect(summed.rowsSkipped).toBe(1);
    expect(summed.dataCheck.filter((d) => d.cell.includes('4'))).toEqual([
      expect.objectContaining({ code: 'budget-subtotal', cell: '4:4', message: expect.stringContaining('$295,000, is the sum of the lines above it') }),
    ]);

    const notASum = parseBudget(grid([...rows.slice(0, 3), [null, 1, 40000]]), table(['description', 'fte', 'amount'], 1, 4), defaultSettings());
    expect(notASum.lines.map((l) => l.amount)).toEqual([200000, 95000, 40000]);
  });

  it('checks a position roster’s total against salary + benefits', () => {
    const rows: CellValue[][] = [
      ['job_title', 'fte', 'annual_salary', 'annual_benefit_cost'],
      ['Regular Teacher', 1, 90000, 30000],
      ['Counselor', 1, 80000, 20000],
      ['TOTAL', 2, 170000, 40000],
    ];
    // Lines: 120,000 + 100,000 = 220,000; the total row: 170,000 + 40,000 = 210,000, so 10,000 over.
    const { dataCheck } = parseBudget(grid(rows), table(['jobTitle', 'fte', 'salary', 'benefits'], 1, 4), defaultSettings());
    expect(mismatch(dataCheck)).toEqual([expect.objectContaining({ cell: 'C4', message: expect.stringContaining('the lines are $10,000 over it') })]);
  });
});
