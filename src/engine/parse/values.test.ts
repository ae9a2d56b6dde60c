import fc from 'fast-check';
import { cellAddress, columnFromLetter, columnLetter, normaliseHeader, parseGrade, parseNumber, splitTeachers } from './values';

describe('parseNumber', () => {
  it.each([
    [42, 42],
    ['42', 42],
    [' 1,234.50 ', 1234.5],
    ['$1,234', 1234],
    ['£ 2,000', 2000],
    ['(500)', -500],
    ['($1,250.75)', -1250.75],
    ['-3.5', -3.5],
    ['45%', 0.45],
    ['12.5%', 0.125],
    ['.5', 0.5],
  ])('reads %p as %p', (input, expected) => {
    expect(parseNumber(input)).toBeCloseTo(expected, 10);
  });

  it.each([null, '', 'n/a', 'twelve', '1.2.3', true, { error: '#N/A' }, '$', '12 students'])('gives null for %p', (input) => {
    expect(parseNumber(input)).toBeNull();
  });
});

describe('parseGrade', () => {
  it.each([
    ['K', 'K'],
    ['Kindergarten', 'K'],
    ['TK', 'TK'],
    ['Pre-K', 'PK'],
    [10, '10'],
    ['10', '10'],
    ['10S', '10'],
    ['12a2', '12'],
    ['8h1', '8'],
    ['Grade 3', '3'],
    ['Gr. 3', '3'],
    ['3rd', '3'],
    ['3rd Grade', '3'],
    ['Year 9', '9'],
    ['Y9', '9'],
    ['Form 4', '4'],
    ['09', '9'],
  ])('reads %p as %p', (input, expected) => {
    expect(parseGrade(input)).toBe(expected);
  });

  it('keeps unrecognised text as written and gives undefined for blanks', () => {
    expect(parseGrade('9-12')).toBe('9-12');
    expect(parseGrade('Mixed')).toBe('Mixed');
    expect(parseGrade(null)).toBeUndefined();
    expect(parseGrade('  ')).toBeUndefined();
  });
});

describe('splitTeachers', () => {
  it.each([
    ['Smith; Lee', ['Smith', 'Lee']],
    ['Smith / Lee', ['Smith', 'Lee']],
    ['Smith & Lee', ['Smith', 'Lee']],
    ['Smith and Lee', ['Smith', 'Lee']],
    ['Smith\nLee', ['Smith', 'Lee']],
    ['Smith, Jane', ['Smith, Jane']],
    ['Smith;Smith', ['Smith']],
    ['  Garcia ', ['Garcia']],
    ['', []],
  ])('splits %p into %p', (input, expected) => {
    expect(splitTeachers(input)).toEqual(expected);
  });

  it('does not split names that contain "and" inside a word', () => {
    expect(splitTeachers('Andersen; Sandoval')).toEqual(['Andersen', 'Sandoval']);
  });
});

describe('addresses and headers', () => {
  it('converts between column numbers and letters', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(['A', 'z', 'AA', 'AB', 'ZZ', 'AAA'].map(columnFromLetter)).toEqual([0, 25, 26, 27, 701, 702]);
    expect(columnFromLetter('A1')).toBeNull();
  });

  it('names cells from the grid origin', () => {
    expect(cellAddress({ originRow: 0, originCol: 0 }, 0, 0)).toBe('A1');
    expect(cellAddress({ originRow: 2, originCol: 1 }, 3, 2)).toBe('D6');
  });

  it('normalises case, spaces, underscores and punctuation', () => {
    expect(normaliseHeader('Section_ID')).toBe('section id');
    expect(normaliseHeader('  Co-Teacher ')).toBe('co teacher');
    expect(normaliseHeader('# Enrolled')).toBe('enrolled');
    expect(normaliseHeader('grade_or_class')).toBe('grade or class');
  });
});

describe('parseNumber round trips', () => {
  it('reads amounts written with dollar signs, thousands separators and parentheses', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = Math.sign(whole || 1) * (Math.abs(whole) + cents / 100);
        const text = `$${Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
        expect(parseNumber(value < 0 ? `(${text})` : text)).toBeCloseTo(value, 6);
      }),
    );
  });
});
