import { fromCellOutput, toCellInput } from './cellText';

describe('report values as Excel cell input', () => {
  it('prefixes every text with the apostrophe Excel reads as "this is text"', () => {
    expect(['=HYPERLINK("http://x","y")', '+1-555', '-', '@home', '00123', '3-4', 'Mar 3', 'TRUE', "'quoted", 'Algebra I'].map(toCellInput)).toEqual([
      '\'=HYPERLINK("http://x","y")',
      "'+1-555",
      "'-",
      "'@home",
      "'00123",
      "'3-4",
      "'Mar 3",
      "'TRUE",
      "''quoted",
      "'Algebra I",
    ]);
  });

  it("cuts text at Excel's 32,767 characters per cell and says so, leaving shorter text whole", () => {
    const long = toCellInput('a'.repeat(40_000)) as string;
    // The apostrophe is the text prefix, not part of the value: the value itself is exactly 32,767 characters.
    expect(long.length - 1).toBe(32_767);
    expect(long.endsWith(' … (cut: Excel holds 32,767 characters in a cell)')).toBe(true);
    expect(toCellInput('b'.repeat(32_767))).toBe(`'${'b'.repeat(32_767)}`);
  });

  it('keeps numbers and booleans, and writes blanks for null, empty text and non-finite numbers', () => {
    expect([12.5, 0, false, null, '', Number.NaN, Number.POSITIVE_INFINITY].map(toCellInput)).toEqual([12.5, 0, false, '', '', '', '']);
  });
});

describe('office-js values as engine cells', () => {
  it('makes blanks null and error texts errors', () => {
    expect(['', 'x', 3, true, '#N/A', '#DIV/0!', '#SPILL!', '#n/a'].map(fromCellOutput)).toEqual([
      null,
      'x',
      3,
      true,
      { error: '#N/A' },
      { error: '#DIV/0!' },
      { error: '#SPILL!' },
      '#n/a',
    ]);
  });
});
