import { sheetLayout, textLines, wrappedLines, columnWidth, dataRowHeight, headerLines, preambleRowHeight } from './layout';
import type { ReportSheet, ReportTable } from '../types';

const table = (rows: number): ReportTable => ({ name: 'srr_T', columns: [{ header: 'A', type: 'text' }], rows: Array.from({ length: rows }, () => ['x']) });

describe('sheetLayout', () => {
  it('puts the header one blank row below the preamble and each further table one blank row below the last, under its title', () => {
    const sheet: ReportSheet = { name: 'Summary', preamble: ['Title', 'Line'], table: table(9), moreTables: [{ title: 'Findings', table: table(0) }, { title: 'More', table: table(2) }] };
    // The writer's mark on row 1, preamble rows 2-3, blank 4, header 5, data 6-14; blank 15, title 16, header 17,
    // one blank data row 18 (an empty table keeps one); blank 19, title 20, header 21, data 22-23.
    expect(sheetLayout(sheet)).toEqual({
      main: { titleRow: 0, headerRow: 5, firstDataRow: 6, lastDataRow: 14 },
      more: [
        { titleRow: 16, headerRow: 17, firstDataRow: 18, lastDataRow: 18 },
        { titleRow: 20, headerRow: 21, firstDataRow: 22, lastDataRow: 23 },
      ],
    });
  });

  it('keeps the blank row below the mark on a sheet without a preamble', () => {
    expect(sheetLayout({ name: 'S', preamble: [], table: table(1) }).main).toEqual({ titleRow: 0, headerRow: 3, firstDataRow: 4, lastDataRow: 4 });
  });
});

describe('wrapped row heights', () => {
  it('counts the lines words wrap to at 1.2 characters per width unit', () => {
    // Width 10 holds 12 characters: "aaaa bbbb" (9) fits; "aaaa bbbb cccc" needs 14, so two lines.
    expect(textLines('aaaa bbbb', 10)).toBe(1);
    expect(textLines('aaaa bbbb cccc', 10)).toBe(2);
    // A 30-character word breaks over ceil(30 / 12) = 3 lines; a new paragraph starts a line.
    expect(textLines('x'.repeat(30), 10)).toBe(3);
    expect(textLines('one\ntwo', 10)).toBe(2);
  });

  it('takes the tallest wrapped cell of a row, and ignores columns that do not wrap', () => {
    const t: ReportTable = {
      name: 'srr_T',
      columns: [
        { header: 'Short', type: 'text', width: 10 },
        { header: 'Finding', type: 'text', width: 10, wrap: true },
      ],
      rows: [['a very long text that does not wrap here', 'aaaa bbbb cccc dddd']],
    };
    expect(wrappedLines(t, 0)).toBe(2);
  });

  it('gives words in a column of numbers their height, in a table with no wrapping column too', () => {
    // The .xlsx writer wraps "not in this workbook" in a number column (writeReportXlsx ColumnLooks); width 8 holds
    // floor(8 × 1.2) = 9 characters: "not in" / "this" / "workbook", 3 lines of 15 points = 45.
    const t: ReportTable = {
      name: 'srr_T',
      columns: [
        { header: 'Teacher', type: 'text', width: 10 },
        { header: 'Load', type: 'integer', width: 8 },
      ],
      rows: [
        ['Ali', 'not in this workbook'],
        ['Bo', 120],
      ],
      cellTypes: [
        ['text', 'text'],
        ['text', 'integer'],
      ],
    };
    expect(wrappedLines(t, 0)).toBe(3);
    expect(dataRowHeight(t, 0)).toBe(45);
    expect(dataRowHeight(t, 1)).toBeUndefined();
  });
});

describe('column widths and header lines, for both writers', () => {
  it('keeps the asked width, widens it only for a header word that would be cut, and wraps a long header instead', () => {
    expect(columnWidth({ header: 'Cost', type: 'currency', width: 11 })).toBe(11);
    // "Recommended" is 11 letters: bold, 11 × 1.1 = 12.1 → 13, and one unit of margin: 14.
    expect(columnWidth({ header: 'Recommended block (90 min)', type: 'minutes', width: 12 })).toBe(14);
    // A header of several words no longer widens its column to the whole header (it was 33 for this one): its longest
    // word, "Co-taught", needs ceil(9 × 1.1) + 1 = 11, under the 12 asked.
    expect(columnWidth({ header: 'Co-taught seats (second adult)', type: 'integer', width: 12 })).toBe(12);
    // 10 units of bold text hold 10 × 0.9 × 1.2 = 10 letters: "Money freed" (11) takes two lines, "Cost" one.
    expect(headerLines([{ header: 'Money freed', type: 'currency' }, { header: 'Cost', type: 'currency' }], [10, 10])).toBe(2);
    expect(headerLines([{ header: 'Cost', type: 'currency' }], [10])).toBe(1);
  });
});

describe('preamble row heights, for the 14-point title and the lines under it', () => {
  it('gives the title 18.75 points a line at 0.65 of the width, and a line of text 15 points only when it wraps', () => {
    // Width 100 at 0.65 holds floor(100 × 0.65 × 1.2) = 78 title characters a line: 78 fit on one line, 79
    // (one word) on two.
    expect(preambleRowHeight('x'.repeat(78), 0, 100)).toBe(18.75);
    expect(preambleRowHeight('x'.repeat(79), 0, 100)).toBe(37.5);
    // Seven ten-letter words (76 characters with spaces) fit one title line; eight (87) take two.
    const words = (n: number) => Array.from({ length: n }, () => 'abcdefghij').join(' ');
    expect(preambleRowHeight(words(7), 0, 100)).toBe(18.75);
    expect(preambleRowHeight(words(8), 0, 100)).toBe(37.5);
    // The same eight words as the second line, 11-point: 120 characters a line, one line, the default height.
    expect(preambleRowHeight(words(8), 1, 100)).toBeUndefined();
    // Eleven words are 120 characters, one line; twelve (131) wrap to two, 30 points.
    expect(preambleRowHeight(words(11), 1, 100)).toBeUndefined();
    expect(preambleRowHeight(words(12), 1, 100)).toBe(30);
  });
});
