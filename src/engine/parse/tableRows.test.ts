import type { DetectedTable, SheetGrid } from '../types';
import { countSkippedRows, readTableRows } from './tableRows';

const grid: SheetGrid = {
  name: 'Budget',
  originRow: 2,
  originCol: 1,
  rows: [
    ['Title', null],
    ['Fund', 'Amount'],
    ['Title I', 1200],
    [null, '  '],
    ['General', { error: '#REF!' }],
  ],
  numberFormats: [[], [], ['@', '$#,##0'], [], ['@', '$#,##0']],
};

const table: DetectedTable = {
  kind: 'budget',
  sheet: 'Budget',
  headerRow: 4,
  firstDataRow: 5,
  lastDataRow: 7,
  columns: [
    { field: 'fund', header: 'Fund', col: 0, letter: 'B', how: 'synonym' },
    { field: 'amount', header: 'Amount', col: 1, letter: 'C', how: 'synonym' },
  ],
  unmatchedHeaders: [],
  confidence: 1,
  how: 'detected',
};

describe('readTableRows', () => {
  it('gives field values, sheet rows and cell addresses, leaving blank rows out', () => {
    const rows = readTableRows(grid, table);
    expect(rows.map((r) => [r.rowNumber, r.get('fund'), r.get('amount'), r.cell('amount'), r.format('amount')])).toEqual([
      [5, 'Title I', 1200, 'C5', '$#,##0'],
      [7, 'General', { error: '#REF!' }, 'C7', '$#,##0'],
    ]);
    expect(rows[0].get('program')).toBeNull();
    expect(rows[0].cell('program')).toBe('');
    expect(countSkippedRows(grid, table)).toBe(1);
  });
});
