import { columnLetter } from '../parse/values';
import { describeRefs, firstRunOf, sourceLinker } from './links';
import type { SourceRef } from '../types';

const row = (sheet: string, n: number): SourceRef => ({ sheet, firstRow: n, lastRow: n });

describe('links to source rows', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('links to the first run of rows on the first sheet named, even for more rows than a call can take as arguments', () => {
    expect(firstRunOf([])).toBeUndefined();
    // Rows 4 and 9 are apart: the link goes to row 4, not to the rows 5-8 between them.
    expect(firstRunOf([row('S', 9), row('Other', 2), row('S', 4)])).toEqual({ sheet: 'S', firstRow: 4, lastRow: 4 });
    // Rows next to each other join one run.
    expect(firstRunOf([row('S', 5), row('S', 6), row('S', 7), row('S', 680)])).toEqual({ sheet: 'S', firstRow: 5, lastRow: 7 });
    const many = Array.from({ length: 300_000 }, (_, i) => row('S', i + 2));
    expect(firstRunOf(many)).toEqual({ sheet: 'S', firstRow: 2, lastRow: 300_001 });
    const cell = { sheet: 'Budget', firstRow: 12, lastRow: 12, cell: 'F12' };
    expect(firstRunOf([cell, row('S', 3)])).toBe(cell);
  });

  it('describes rows briefly, per sheet, as runs, counting the ones not shown', () => {
    const refs = [...Array.from({ length: 8 }, (_, i) => row('Sections', i + 5)), { sheet: 'Budget', firstRow: 3, lastRow: 7 }];
    expect(describeRefs(refs)).toBe('Sections rows 5–12; Budget rows 3–7');
    const apart = [2, 4, 6, 8, 10, 12, 14, 16].map((n) => row('Sections', n));
    expect(describeRefs(apart)).toBe('Sections rows 2, 4, 6, 8, 10, 12 (+2 more)');
    expect(describeRefs([row('Budget', 37)])).toBe('Budget row 37');
    expect(describeRefs([{ sheet: 'Budget', firstRow: 1, lastRow: 1, cell: 'F12' }])).toBe('Budget F12');
  });

  it('names a section on rows 5 and 680 as two runs and links its first (issue 11)', () => {
    const section = { sheet: 'Sections', firstRow: 5, lastRow: 680, runs: [{ firstRow: 5, lastRow: 5 }, { firstRow: 680, lastRow: 680 }] };
    expect(describeRefs([section])).toBe('Sections rows 5, 680');
    expect(firstRunOf([section])).toEqual({ sheet: 'Sections', firstRow: 5, lastRow: 5 });
    expect(sourceLinker([])(section)).toEqual({ sheet: 'Sections', range: 'A5:A5' });
  });

  it('links a row range across the columns read from that sheet, and a cell as itself', () => {
    const link = sourceLinker([
      {
        kind: 'schedule', sheet: 'Sections', headerRow: 1, firstDataRow: 2, lastDataRow: 9, unmatchedHeaders: [],
        confidence: 1, how: 'detected',
        columns: [
          { field: 'teacher', header: 'Teacher', col: 2, letter: 'C', how: 'synonym' },
          { field: 'room', header: 'Room', col: 10, letter: 'K', how: 'synonym' },
        ],
      },
    ]);
    expect(link({ sheet: 'Sections', firstRow: 5, lastRow: 9 })).toEqual({ sheet: 'Sections', range: 'A5:K9' });
    expect(link({ sheet: 'Sections', firstRow: 5, lastRow: 5, cell: 'D5' })).toEqual({ sheet: 'Sections', range: 'D5' });
    expect(link({ sheet: 'Elsewhere', firstRow: 3, lastRow: 3 })).toEqual({ sheet: 'Elsewhere', range: 'A3:A3' });
  });
});
