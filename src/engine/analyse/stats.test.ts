import fc from 'fast-check';
import { median, normaliseName } from './stats';

// The fast paths (issue 12) against the plain definitions they replace.

describe('normaliseName', () => {
  const plain = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
  // Letters, plain spaces and the other spaces trim() and \s know (tab, line breaks, no-break, em and ideographic).
  const spacey = fc.string({ unit: fc.constantFrom('a', 'B', 'é', 'İ', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff') });

  it('trims, collapses every run of space to one plain space and lower-cases, as the plain definition does', () => {
    fc.assert(fc.property(spacey, (name) => expect(normaliseName(name)).toBe(plain(name))), { numRuns: 2000 });
    fc.assert(fc.property(fc.string(), (name) => expect(normaliseName(name)).toBe(plain(name))), { numRuns: 500 });
  });

  it('gives the names worked by hand', () => {
    expect(normaliseName('  Mary  Ann\tSmith ')).toBe('mary ann smith');
    expect(normaliseName('Mary\u00a0Smith')).toBe('mary smith');
    expect(normaliseName('Mary Smith')).toBe('mary smith');
  });
});

describe('median', () => {
  const plain = (values: number[]) => {
    if (values.length === 0) return null;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };

  it('is the middle value, or the mean of the middle two, as sorting with a comparator gives (NaN and -0 included)', () => {
    const values = fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double(), fc.constantFrom(0, -0, NaN)), { maxLength: 40 });
    fc.assert(fc.property(values, (v) => expect(Object.is(median(v), plain(v))).toBe(true)), { numRuns: 2000 });
  });

  it('gives the medians worked by hand', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    // (2 + 3) / 2
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 9, 100, 1, 2, 3])).toBe(6); // sorted 1 2 3 9 10 100: (3 + 9) / 2 = 6
  });
});
