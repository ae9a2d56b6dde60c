import type { MeetingDay } from '../types';
import { dayLabel, parseDays } from './days';

const labels = (days: MeetingDay[] | null) => days?.map(dayLabel) ?? null;

describe('parseDays', () => {
  it.each([
    ['M-F', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']],
    ['Mon-Fri', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']],
    ['Monday - Thursday', ['Mon', 'Tue', 'Wed', 'Thu']],
    ['MTWRF', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']],
    ['MTWThF', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']],
    ['MWF', ['Mon', 'Wed', 'Fri']],
    ['TTh', ['Tue', 'Thu']],
    ['TR', ['Tue', 'Thu']],
    ['T/Th', ['Tue', 'Thu']],
    ['Tu/Th', ['Tue', 'Thu']],
    ['Mon, Wed', ['Mon', 'Wed']],
    ['Mon Wed Fri', ['Mon', 'Wed', 'Fri']],
    ['Monday and Wednesday', ['Mon', 'Wed']],
    ['Saturday', ['Sat']],
    ['Sun', ['Sun']],
    ['Sa/Su', ['Sat', 'Sun']],
    ['Daily', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']],
    ['ma', ['Mon']],
    ['di', ['Tue']],
    ['wo', ['Wed']],
    ['do', ['Thu']],
    ['vr', ['Fri']],
    ['za', ['Sat']],
    ['zo', ['Sun']],
    ['A', ['A']],
    ['B Day', ['B']],
    ['Day A', ['A']],
    ['A/B', ['A', 'B']],
    ['Day 1', ['Day 1']],
    ['Day 6', ['Day 6']],
    ['D3', ['Day 3']],
    ['Days 1-3', ['Day 1', 'Day 2', 'Day 3']],
    ['Day 1, 4', ['Day 1', 'Day 4']],
    ['D2/D5', ['Day 2', 'Day 5']],
    [4, ['Day 4']],
    ['Day 1, Day 3, Day 5', ['Day 1', 'Day 3', 'Day 5']],
    ['Days 1, 3, 5', ['Day 1', 'Day 3', 'Day 5']],
    ['1,3,5', ['Day 1', 'Day 3', 'Day 5']],
    ['2, 4, 6', ['Day 2', 'Day 4', 'Day 6']],
    ['Day 2 and Day 4', ['Day 2', 'Day 4']],
    ['Day 1-Day 3, Day 6', ['Day 1', 'Day 2', 'Day 3', 'Day 6']],
    ['3', ['Day 3']],
    ['M, M, W', ['Mon', 'Wed']],
    ['M-W-F', ['Mon', 'Wed', 'Fri']],
  ])('reads %p', (input, expected) => {
    expect(labels(parseDays(input))).toEqual(expected);
  });

  it('returns typed days', () => {
    expect(parseDays('TTh')).toEqual([
      { kind: 'weekday', day: 2 },
      { kind: 'weekday', day: 4 },
    ]);
    expect(parseDays('B')).toEqual([{ kind: 'ab', day: 'B' }]);
    expect(parseDays('Day 2')).toEqual([{ kind: 'cycle', day: 2 }]);
  });

  it.each(['Funday', 'X', 'F-M', '', null, 'Day 0', 2.5, '2.5', '1,3,25', 'Days 3-1', 'Day 1, Funday', { error: '#N/A' }])('gives null for %p', (input) => {
    expect(parseDays(input)).toBeNull();
  });
});
