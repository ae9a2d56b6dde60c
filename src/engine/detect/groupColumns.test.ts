import { groupYear, holdsGroupCodes } from './groupColumns';

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
