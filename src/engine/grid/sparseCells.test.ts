import { gridFromCells, MIN_GRID_CELLS } from './sparseCells';

describe('gridFromCells', () => {
  it('keeps A1 in the grid and sets XFD1048576 aside instead of spanning 1,048,576 x 16,384 cells', () => {
    const grid = gridFromCells('S', [
      { row: 0, col: 0, value: 'Teacher' },
      { row: 1048575, col: 16383, value: 'far' },
    ]);
    expect(grid.rows).toEqual([['Teacher']]);
    expect([grid.originRow, grid.originCol]).toEqual([0, 0]);
    expect(grid.outlyingCells).toEqual([{ row: 1048575, col: 16383, value: 'far' }]);
  });

  it('takes the block holding most cells, with its origin, formats and single blank rows and columns inside', () => {
    // Block B3:D5 holds 7 cells (row 4 blank apart from D4); one stray cell sits 200 rows below it.
    const grid = gridFromCells('S', [
      { row: 2, col: 1, value: 'Teacher' },
      { row: 2, col: 2, value: 'Period' },
      { row: 2, col: 3, value: 'Start' },
      { row: 3, col: 3, value: 0.5, format: 'h:mm' },
      { row: 4, col: 1, value: 'Ng' },
      { row: 4, col: 2, value: 1 },
      { row: 4, col: 3, value: 0.375, format: 'h:mm' },
      { row: 204, col: 1, value: 'note' },
    ]);
    expect([grid.originRow, grid.originCol]).toEqual([2, 1]);
    expect(grid.rows).toEqual([
      ['Teacher', 'Period', 'Start'],
      [null, null, 0.5],
      ['Ng', 1, 0.375],
    ]);
    expect(grid.numberFormats?.[2]).toEqual(['General', 'General', 'h:mm']);
    expect(grid.outlyingCells).toEqual([{ row: 204, col: 1, value: 'note' }]);
  });

  it('bounds a block of scattered cells by the cells it holds', () => {
    // 2,000 cells at row i*100, column (i*27) mod 16384: 99 blank rows and at most 16 blank columns apart, so they
    // form one run of 199,901 rows x 16,373 columns (0..16372), 3.3 billion cells. The block may hold
    // max(1,048,576, 16 x 2,000) cells, so it keeps the top floor(1,048,576 / 16,373) = 64 sheet rows (0..63), which
    // hold one cell (i = 0); the other 1,999 are set aside, none lost.
    const cells = Array.from({ length: 2000 }, (_, i) => ({ row: i * 100, col: (i * 27) % 16384, value: i }));
    const grid = gridFromCells('S', cells);
    expect(grid.rows).toHaveLength(64);
    expect(grid.rows[0]).toHaveLength(16373);
    expect(grid.rows.length * grid.rows[0].length).toBeLessThanOrEqual(MIN_GRID_CELLS);
    expect(grid.rows.flat().filter((v) => v !== null)).toHaveLength(1);
    expect(grid.outlyingCells).toHaveLength(1999);
  });

  it('gives an empty grid for a sheet without data and keeps its merges', () => {
    expect(gridFromCells('E', [], [{ top: 0, left: 0, bottom: 1, right: 1 }])).toEqual({
      name: 'E',
      rows: [],
      originRow: 0,
      originCol: 0,
      merges: [{ top: 0, left: 0, bottom: 1, right: 1 }],
    });
  });
});
