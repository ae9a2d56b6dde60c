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

  it('counts a long list of small whole numbers to the same median, and sorts any other long list', () => {
    // From 1,000 values on, whole numbers from 0 to 100,000 are counted; a -0, a fraction or a large number is sorted.
    const wholes = fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1000, maxLength: 1300 });
    fc.assert(fc.property(wholes, (v) => expect(Object.is(median(v), plain(v))).toBe(true)), { numRuns: 200 });
    const mixed = fc.tuple(wholes, fc.constantFrom(-0, 0.5, 100_001, 100_000, -1, NaN));
    fc.assert(fc.property(mixed, ([v, odd]) => expect(Object.is(median([...v, odd]), plain([...v, odd]))).toBe(true)), { numRuns: 200 });
    // 1,000 values: 500 ones and 500 threes, so the middle two are 1 and 3: (1 + 3) / 2 = 2; one more 3 makes it 3.
    const ones = new Array<number>(500).fill(1);
    const threes = new Array<number>(500).fill(3);
    expect(median([...threes, ...ones])).toBe(2);
    expect(median([...threes, ...ones, 3])).toBe(3);
  });

  it('gives the medians worked by hand', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    // (2 + 3) / 2
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 9, 100, 1, 2, 3])).toBe(6); // sorted 1 2 3 9 10 100: (3 + 9) / 2 = 6
  });
});
