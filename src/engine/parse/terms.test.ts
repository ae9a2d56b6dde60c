import { DEFAULT_FULL_YEAR_TERMS, partYearTerm } from './terms';
import { termOf } from '../analyse/terms';
import { parseWorkbook } from './parseWorkbook';
import { defaultSettings } from '../settings/defaults';
import type { CellValue } from '../types';

describe('partYearTerm: the one reading of a term', () => {
  it('gives the part of the year as written, trimmed, and nothing for no term, a blank one or a full-year name', () => {
    expect(partYearTerm(' Fall ', DEFAULT_FULL_YEAR_TERMS)).toBe('Fall');
    expect(partYearTerm('S2', DEFAULT_FULL_YEAR_TERMS)).toBe('S2');
    expect([undefined, '', '  ', 'full year', ' FY', 'y'].map((t) => partYearTerm(t, DEFAULT_FULL_YEAR_TERMS))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // The school's own full-year names, as the settings give them.
    expect(partYearTerm('Annual', [' annual '])).toBeUndefined();
    expect(partYearTerm('Year', ['Annual'])).toBe('Year');
  });

  it('is read alike by the double-booking check and the analyses: "s1" and "S1" one term, "full year" all year', () => {
    const rows: CellValue[][] = [
      ['Section', 'Course', 'Teacher', 'Days', 'Start', 'End', 'Semester'],
      ['1', 'Biology', 'Ng', 'Mon', '9:00', '9:50', 'S1'],
      ['2', 'Chemistry', 'Ng', 'Mon', '9:00', '9:50', 's1'],
      ['3', 'Physics', 'Ng', 'Tue', '9:00', '9:50', 'S2'],
      ['4', 'Astronomy', 'Ng', 'Tue', '9:00', '9:50', 'full year'],
      ['5', 'Geology', 'Ng', 'Wed', '9:00', '9:50', 'S1'],
      ['6', 'Ecology', 'Ng', 'Wed', '9:00', '9:50', 'S2'],
    ];
    const settings = defaultSettings();
    const parsed = parseWorkbook({ sheets: [{ name: 'Schedule', rows, originRow: 0, originCol: 0 }] }, settings);
    const terms = parsed.sections.map((s) => termOf(s, settings)?.toLowerCase());
    expect(terms).toEqual(['s1', 's1', 's2', undefined, 's1', 's2']);
    // Clashes where the analyses count the two sections in the same term (or one all year): 1-2 and 3-4, not 5-6.
    const clashes = parsed.dataCheck.filter((d) => d.code === 'double-booking').map((d) => d.message.match(/section "(\d)".*section "(\d)"/)!.slice(1));
    expect(clashes).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});
