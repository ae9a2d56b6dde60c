import { quoteCell } from './rowReport';

describe('quoteCell', () => {
  it('quotes a cell as the user typed it: text and numbers as written, blanks and errors by name', () => {
    expect(quoteCell('Room 12')).toBe('"Room 12"');
    expect(quoteCell(28.5)).toBe('"28.5"');
    expect(quoteCell(null)).toBe('(blank)');
    expect(quoteCell({ error: '#N/A' })).toBe('#N/A');
  });

  it('writes a true/false cell as Excel shows it, so the add-in (a boolean from Excel) and the command line (text from a CSV) agree', () => {
    expect(quoteCell(true)).toBe('"TRUE"');
    expect(quoteCell(false)).toBe('"FALSE"');
    expect(quoteCell(true)).toBe(quoteCell('TRUE'));
  });
});
