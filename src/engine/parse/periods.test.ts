import { parsePeriods } from './periods';

describe('parsePeriods', () => {
  it.each([
    [3, ['3']],
    ['3', ['3']],
    ['03', ['3']],
    ['1-2', ['1', '2']],
    ['2 – 4', ['2', '3', '4']],
    ['P1', ['1']],
    ['P1-P2', ['1', '2']],
    ['Per 3', ['3']],
    ['Per. 3', ['3']],
    ['Period 4', ['4']],
    ['Period A', ['A']],
    ['1,3', ['1', '3']],
    ['1 & 3', ['1', '3']],
    ['HR', ['HR']],
    ['Lunch', ['Lunch']],
    [null, []],
    ['', []],
  ])('reads %p as %p', (input, expected) => {
    expect(parsePeriods(input)).toEqual(expected);
  });
});
