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
