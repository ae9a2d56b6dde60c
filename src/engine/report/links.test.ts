import { columnLetter } from '../parse/values';
import { describeRefs, sourceLinker, spanOfRefs } from './links';
import type { SourceRef } from '../types';

const row = (sheet: string, n: number): SourceRef => ({ sheet, firstRow: n, lastRow: n });

describe('links to source rows', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('spans the rows of the first sheet named, even for more rows than a call can take as arguments', () => {
    expect(spanOfRefs([])).toBeUndefined();
    expect(spanOfRefs([row('S', 9), row('Other', 2), row('S', 4)])).toEqual({ sheet: 'S', firstRow: 4, lastRow: 9 });
    const many = Array.from({ length: 300_000 }, (_, i) => row('S', i + 2));
    expect(spanOfRefs(many)).toEqual({ sheet: 'S', firstRow: 2, lastRow: 300_001 });
  });

  it('describes rows briefly, per sheet, counting the ones not shown', () => {
    const refs = [...Array.from({ length: 8 }, (_, i) => row('Sections', i + 5)), { sheet: 'Budget', firstRow: 3, lastRow: 7 }];
    expect(describeRefs(refs)).toBe('Sections 5, 6, 7, 8, 9, 10 (+2 more); Budget 3–7');
    expect(describeRefs([{ sheet: 'Budget', firstRow: 1, lastRow: 1, cell: 'F12' }])).toBe('Budget F12');
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
