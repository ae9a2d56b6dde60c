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
