import fc from 'fast-check';
import { findDataExtent, mayBeTotalLabel } from './extent';

describe('mayBeTotalLabel (the cheap test before the totals and subtotal patterns)', () => {
  it('finds "otal" or "OTAL" wherever it sits, and nothing else', () => {
    expect(mayBeTotalLabel('Total')).toBe(true);
    expect(mayBeTotalLabel('GRAND TOTAL')).toBe(true);
    expect(mayBeTotalLabel('Subtotal English')).toBe(true);
    expect(mayBeTotalLabel('ototal')).toBe(true); // a near miss ("ot") just before the match
    expect(mayBeTotalLabel('otal')).toBe(false); // under 5 characters: no totals label is that short
    expect(mayBeTotalLabel('Mathematics 10')).toBe(false);
    expect(mayBeTotalLabel('ToTaL row')).toBe(false); // mixed case: as before, not a candidate
    expect(mayBeTotalLabel(12)).toBe(false);
  });

  it('agrees with a plain search on texts made of the letters that matter', () => {
    const text = fc.array(fc.constantFrom('o', 't', 'a', 'l', 'O', 'T', 'A', 'L', 'x', ' '), { maxLength: 14 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, (value) => {
        expect(mayBeTotalLabel(value)).toBe(value.length >= 5 && (value.includes('otal') || value.includes('OTAL')));
      }),
      { numRuns: 3000, seed: 12 },
    );
  });
});

describe('findDataExtent', () => {
  it('stops at a totals row and skips a subtotal row, whatever column the label is in', () => {
    const grid = {
      name: 'Budget',
      originRow: 0,
      originCol: 0,
      rows: [
        ['Description', 'Amount'],
        ['Teachers', 100],
        [500, 'Subtotal staff'],
        ['Books', 20],
        ['Education total', 5], // "total" inside a longer text is not a totals label
        [null, 'Grand Total'],
        ['After', 1],
      ],
    };
    const extent = findDataExtent(grid, 0);
    expect(extent).toMatchObject({ firstGridRow: 1, lastGridRow: 4, subtotalGridRows: [2], stop: { gridRow: 5, reason: 'totals', label: 'Grand Total' } });
  });
});
