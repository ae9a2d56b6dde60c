import { groupYear, holdsGroupCodes } from './groupColumns';
import type { SheetGrid } from '../types';

describe('groupYear', () => {
  it.each([
    ['8A', '8'],
    ['11E', '11'],
    ['10b', '10'],
    ['12a2', '12'],
    ['Y9X1', '9'],
    ['7/3', '7'],
    ['9-2', '9'],
    ['10.1', '10'],
    ['08C', '8'],
  ])('reads %p as a class group of year %p', (text, year) => {
    expect(groupYear(text)).toBe(year);
  });

  // A grade, an ordinal, a span of grades, a course title or code, a room: not a class group.
  it.each(['8', 8, 'Year 8', 'Grade 10', '10th', '9-12', '7/8', 'K', 'English 9', 'Ma-10S', 'Room 12B', '101', null])('%p is not a class group', (value) => {
    expect(groupYear(value)).toBeUndefined();
  });
});

describe('holdsGroupCodes', () => {
  const grid = (values: (string | number | null)[]) => ({ name: 'S', originRow: 0, originCol: 0, rows: [['Class'], ...values.map((v) => [v])] });

  it('needs 80% of the filled cells to be group codes: 4 of 5 is enough, 3 of 5 is not', () => {
    expect(holdsGroupCodes(grid(['8A', '8B', null, '9A', '9C', 'All']), 0, 1, 6)).toBe(true);
    expect(holdsGroupCodes(grid(['8A', '8B', 'Staff', '9A', 'All']), 0, 1, 5)).toBe(false);
  });

  it('finds nothing in a column without filled cells', () => {
    expect(holdsGroupCodes(grid([null, null]), 0, 1, 2)).toBe(false);
  });
});

describe('holdsGroupCodes on a long column', () => {
  const column = (texts: string[]): SheetGrid => ({ name: 'S', originRow: 0, originCol: 0, rows: texts.map((t) => [t]) });
  const repeat = (text: string, n: number) => Array.from({ length: n }, () => text);

  it('decides by the whole column, even when the group codes come after a run of other texts', () => {
    // 1,100 titles then 5,000 groups: 5,000 / 6,100 = 82% are group codes, at least the 80% asked.
    const late = column([...repeat('Algebra', 1100), ...repeat('8A', 5000)]);
    expect(holdsGroupCodes(late, 0, 0, 6099)).toBe(true);
    // 1,300 titles: 5,000 / 6,300 = 79%, short of it.
    const short = column([...repeat('Algebra', 1300), ...repeat('8A', 5000)]);
    expect(holdsGroupCodes(short, 0, 0, 6299)).toBe(false);
    // Blank cells do not count: 1,300 titles, 5,000 groups and 20,000 blanks are still 79%.
    const blanks = column([...repeat('Algebra', 1300), ...repeat('', 20000), ...repeat('8A', 5000)]);
    expect(holdsGroupCodes(blanks, 0, 0, 26299)).toBe(false);
  });
});
