import { sheetLayout, textLines, wrappedLines } from './layout';
import type { ReportSheet, ReportTable } from '../types';

const table = (rows: number): ReportTable => ({ name: 'srr_T', columns: [{ header: 'A', type: 'text' }], rows: Array.from({ length: rows }, () => ['x']) });

describe('sheetLayout', () => {
  it('puts the header one blank row below the preamble and each further table one blank row below the last, under its title', () => {
    const sheet: ReportSheet = { name: 'Summary', preamble: ['Title', 'Line'], table: table(9), moreTables: [{ title: 'Findings', table: table(0) }, { title: 'More', table: table(2) }] };
    // Preamble rows 1-2, blank 3, header 4, data 5-13; blank 14, title 15, header 16, one blank data row 17 (an
    // empty table keeps one); blank 18, title 19, header 20, data 21-22.
    expect(sheetLayout(sheet)).toEqual({
      main: { titleRow: 0, headerRow: 4, firstDataRow: 5, lastDataRow: 13 },
      more: [
        { titleRow: 15, headerRow: 16, firstDataRow: 17, lastDataRow: 17 },
        { titleRow: 19, headerRow: 20, firstDataRow: 21, lastDataRow: 22 },
      ],
    });
  });

  it('starts a sheet without a preamble at its header', () => {
    expect(sheetLayout({ name: 'S', preamble: [], table: table(1) }).main).toEqual({ titleRow: 0, headerRow: 1, firstDataRow: 2, lastDataRow: 2 });
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
});
