import { analyseSchedule } from '../analyse/schedule';
import { bell, settingsWith, t, workbook } from '../analyse/__fixtures__/workbook';
import { annualMinutesFlag } from './instructionalTimeFlags';

// Six 55-minute periods from 7:55 with 5 minutes' passing, and 35 minutes of lunch after period 4.
const BELL = [
  bell('1', t(7, 55), t(8, 50)),
  bell('2', t(8, 55), t(9, 50)),
  bell('3', t(9, 55), t(10, 50)),
  bell('4', t(10, 55), t(11, 50)),
  bell('5', t(12, 25), t(13, 20)),
  bell('6', t(13, 25), t(14, 20)),
];

describe('annual instructional minutes against the state minimum', () => {
  const day = analyseSchedule(workbook({ bell: BELL }), settingsWith(), 'high').instructionalDay!;

  it('counts first bell to last, less lunch: 7:55-14:20 = 385 − 35 = 350 minutes a day (passing time counts)', () => {
    expect(day.minutesPerDay).toBe(350);
  });

  it('flags a high school at 350 × 180 = 63,000 minutes, below California\'s 64,800 for grades 9-12', () => {
    const [flag] = annualMinutesFlag(day, settingsWith(), 'high');
    expect(flag).toMatchObject({ id: 'annual-minutes', value: 63_000, threshold: 64_800, unit: 'minutes' });
    expect(flag.rows).toHaveLength(6); // the six bell periods
    expect(flag.finding).toBe(
      'The bell schedule gives 350 instructional minutes a day (first bell 7:55 to last 14:20, less 35 minutes of lunch and breaks); ' +
        'at 180 days that is 63,000 a year, below the state minimum of 64,800.',
    );
    // (64,800 − 63,000) / 180 = 10 minutes a day.
    expect(flag.lever!.text).toContain('Adding about 10 minutes a day (1,800 a year)');
  });

  it('takes the minimum and the days from the settings, and says nothing without a bell schedule', () => {
    expect(annualMinutesFlag(day, settingsWith(), 'middle')).toEqual([]); // 63,000 ≥ 54,000
    expect(annualMinutesFlag(day, settingsWith({ schoolDaysPerYear: 186 }), 'high')).toEqual([]); // 65,100
    expect(annualMinutesFlag(day, settingsWith({ annualInstructionalMinutesMin: 70_000 }), 'middle')[0]).toMatchObject({ threshold: 70_000 });
    expect(analyseSchedule(workbook({}), settingsWith(), 'high').instructionalDay).toBeNull();
  });
});
