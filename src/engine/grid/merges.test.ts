import type { SheetGrid } from '../types';
import { withMergesFilled } from './merges';

describe('withMergesFilled', () => {
  // Sheet B2:D5 (origin row 1, column 1). Teacher "Ng" in B3 is merged down B3:B5; C2:D2 holds a merged title.
  const grid: SheetGrid = {
    name: 'S',
    originRow: 1,
    originCol: 1,
    rows: [
      ['Teacher', 'Times', null],
      ['Ng', 1, 'Mon'],
      [null, 2, 'Tue'],
      [null, 3, 'Wed'],
    ],
    merges: [
      { top: 2, left: 1, bottom: 4, right: 1 }, // B3:B5
      { top: 1, left: 2, bottom: 1, right: 3 }, // C2:D2
      { top: 20, left: 20, bottom: 30, right: 30 }, // outside the grid: nothing to fill
    ],
  };

  it('reads the merged value in every cell of the area and leaves the caller\u2019s grid as it was', () => {
    const filled = withMergesFilled(grid);
    expect(filled.rows).toEqual([
      ['Teacher', 'Times', 'Times'],
      ['Ng', 1, 'Mon'],
      ['Ng', 2, 'Tue'],
      ['Ng', 3, 'Wed'],
    ]);
    expect(grid.rows[2][0]).toBeNull();
    expect(withMergesFilled(grid)).toBe(filled);
    expect(withMergesFilled(filled)).toBe(filled);
  });

  it('clips an area that reaches beyond the grid and stops at the grid\u2019s size for overlapping areas', () => {
    const huge: SheetGrid = {
      name: 'H',
      originRow: 0,
      originCol: 0,
      rows: [['x', null], [null, null]],
      // A1:XFD1048576, a thousand times over: at most the grid's 4 cells are visited.
      merges: Array.from({ length: 1000 }, () => ({ top: 0, left: 0, bottom: 1048575, right: 16383 })),
    };
    expect(withMergesFilled(huge).rows).toEqual([['x', 'x'], ['x', 'x']]);
  });
  it('ignores merged areas no reader could send instead of failing on them', () => {
    const odd: SheetGrid = {
      name: 'O',
      originRow: 0,
      originCol: 0,
      rows: [['x', null]],
      merges: [
        { top: NaN, left: 0, bottom: 0, right: 1 },
        { top: 0, left: 0, bottom: 0, right: -1 },
        { top: 0.5, left: 0, bottom: 0, right: 1 },
        null as unknown as { top: number; left: number; bottom: number; right: number },
      ],
    };
    expect(withMergesFilled(odd).rows).toEqual([['x', null]]);
  });
});
