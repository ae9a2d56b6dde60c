import { breaksFilling, describeSchoolDay, joinAcrossPassing, withoutBreaks } from './schoolDay';

const row = (period: string, start: number, end: number) => ({ period, start, end });

describe('describeSchoolDay', () => {
  it('keeps teaching periods and finds the breaks between them, named from the bell rows', () => {
    const day = describeSchoolDay(
      [
        row('3', 605, 655), // 10:05-10:55
        row('1', 480, 530), // 8:00-8:50
        row('2', 535, 585), // 8:55-9:45 (5 minutes after 1: passing time)
        row('Morning Break', 585, 605), // 20 minutes
        row('4', 665, 715), // 11:05-11:55 (10 minutes after 3: still passing time)
        row('Lunch', 715, 750),
        row('5', 750, 800),
        row('6', 815, 865), // 15 minutes after 5, no row: a break
        row('Nutrition', 865, 880), // after the last period
      ],
      10,
    );
    expect(day.periods.map((p) => p.period)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(day.breaks).toEqual([
      { start: 585, end: 605, label: 'morning break' },
      { start: 715, end: 750, label: 'lunch' },
      { start: 800, end: 815, label: 'break' },
      { start: 865, end: 880, label: 'nutrition' },
    ]);
  });

  it('treats a short row named Passing as passing time, and a period that overlaps a lunch row as teaching', () => {
    const day = describeSchoolDay([row('1', 480, 530), row('Passing', 530, 535), row('2', 535, 585), row('5', 720, 770), row('Lunch A', 720, 750)], 10);
    expect(day.periods.map((p) => p.period)).toEqual(['1', '2', '5']);
    // Only the 135 minutes between 2 and 5, which no row names (the lunch row lies inside period 5).
    expect(day.breaks).toEqual([{ start: 585, end: 720, label: 'break' }]);
  });
});

describe('interval helpers', () => {
  it('joins intervals across passing time only', () => {
    expect(joinAcrossPassing([[535, 585], [480, 530], [650, 700]], 10)).toEqual([[480, 585], [650, 700]]);
    expect(joinAcrossPassing([[480, 530], [535, 585]], 4)).toEqual([[480, 530], [535, 585]]);
  });

  it('cuts breaks out of a clock interval', () => {
    const breaks = [
      { start: 585, end: 605, label: 'break' },
      { start: 710, end: 750, label: 'lunch' },
    ];
    // 9:00-13:00 less 20 and 40 minutes.
    expect(withoutBreaks(540, 780, breaks)).toEqual([[540, 585], [605, 710], [750, 780]]);
    // Starting inside lunch: the teaching starts when lunch ends.
    expect(withoutBreaks(720, 780, breaks)).toEqual([[750, 780]]);
    // Wholly inside lunch: no teaching time at all.
    expect(withoutBreaks(715, 745, breaks)).toEqual([]);
  });

  it('says which breaks fill a stretch, or null when part of it is not a break', () => {
    const breaks = [
      { start: 585, end: 605, label: 'break' },
      { start: 710, end: 750, label: 'lunch' },
    ];
    expect(breaksFilling(710, 750, breaks)).toEqual([breaks[1]]);
    expect(breaksFilling(700, 750, breaks)).toBeNull();
    expect(breaksFilling(585, 750, breaks)).toBeNull();
  });
});
