import { cellAddress, columnFromLetter, columnLetter, parseRangeAddress, quoteSheetName, rangeAddress } from './a1';

describe('A1 addresses', () => {
  it('names columns as Excel does, past Z and ZZ', () => {
    expect([0, 25, 26, 51, 701, 702, 16383].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA', 'XFD']);
    expect(['A', 'Z', 'AA', 'XFD'].map(columnFromLetter)).toEqual([0, 25, 26, 16383]);
  });

  it('turns boxes into addresses and back', () => {
    expect(cellAddress(4, 2)).toBe('C5');
    expect(rangeAddress({ row: 2, col: 0, rows: 100_001, cols: 4 })).toBe('A3:D100003');
    expect(parseRangeAddress("'Teacher Load'!$B$3:D9")).toEqual({ row: 2, col: 1, rows: 7, cols: 3 });
    expect(parseRangeAddress('D14')).toEqual({ row: 13, col: 3, rows: 1, cols: 1 });
  });

  it('reads whole rows and whole columns', () => {
    expect(parseRangeAddress('5:9')).toEqual({ row: 4, col: 0, rows: 5, cols: 16384 });
    expect(parseRangeAddress('C:C')).toEqual({ row: 0, col: 2, rows: 1048576, cols: 1 });
    expect(() => parseRangeAddress('R1C1')).toThrow('Not a range address: R1C1');
  });

  it("quotes sheet names for references, doubling apostrophes", () => {
    expect(quoteSheetName('Flags')).toBe("'Flags'");
    expect(quoteSheetName("Ms O'Neil's classes")).toBe("'Ms O''Neil''s classes'");
  });
});
