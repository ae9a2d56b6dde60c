import fc from 'fast-check';
import { formatTime, parseTime } from './times';

describe('parseTime', () => {
  it.each([
    [0.3368, 8 * 60 + 5], // 0.3368 × 1440 = 484.99 → 8:05
    [0.5, 12 * 60],
    [45000.5625, 13 * 60 + 30], // a date-time serial keeps its time of day
    [805, 8 * 60 + 5],
    [1330, 13 * 60 + 30],
    ['8:05', 485],
    ['08:05', 485],
    ['8:05:00', 485],
    ['8.05', 485],
    ['8:05 AM', 485],
    ['8:05am', 485],
    ['8:05 a.m.', 485],
    ['1:30 pm', 13 * 60 + 30],
    ['12:15 PM', 12 * 60 + 15],
    ['12:15 AM', 15],
    ['13:30', 13 * 60 + 30],
    ['0805', 485],
    ['1330', 810],
    ['8am', 480],
    ['3 PM', 900],
    ['1:30', 13 * 60 + 30], // no school starts at 1:30 at night
    ['01:30', 90],
    ['5:59', 17 * 60 + 59],
    ['6:00', 360],
  ])('reads %p as %p minutes after midnight', (input, expected) => {
    expect(parseTime(input)).toBe(expected);
  });

  it.each(['8:5O', '25:00', '8:60', '13:30 PM', 'noon', '', null, 1.5e9, 99, -0.2, { error: '#VALUE!' }, true])(
    'gives null for %p',
    (input) => {
      expect(parseTime(input)).toBeNull();
    },
  );

  it('formats minutes as a clock time', () => {
    expect(formatTime(485)).toBe('8:05');
    expect(formatTime(810)).toBe('13:30');
  });
});

describe('parseTime round trips', () => {
  it('reads every minute of the day written as 12-hour, 24-hour, HHMM text and an Excel fraction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const minutes = h * 60 + m;
        const mm = String(m).padStart(2, '0');
        const twelve = `${h % 12 === 0 ? 12 : h % 12}:${mm} ${h < 12 ? 'AM' : 'PM'}`;
        expect(parseTime(twelve)).toBe(minutes);
        expect(parseTime(`${String(h).padStart(2, '0')}:${mm}`)).toBe(minutes);
        expect(parseTime(`${String(h).padStart(2, '0')}${mm}`)).toBe(minutes);
        expect(parseTime(minutes / 1440)).toBe(minutes);
      }),
    );
  });
});
