import { review, reviewResult } from './review';
import type { SheetGrid } from './types';

function grid(name: string, rows: (string | number | null)[][]): SheetGrid {
  return { name, rows, originRow: 0, originCol: 0 };
}

/** A schedule's header and Abbott's three English 9 sections of 40: 3 × 40 = 120 core seats, over the load of 100. */
const abbottsEnglish: (string | number)[][] = [
  ['Section', 'Teacher', 'Course', 'Department', 'Grade', 'Period', 'Days', 'Enrolled'],
  ['E1', 'Abbott', 'English 9', 'English', '9', '1', 'M-F', 40],
  ['E2', 'Abbott', 'English 9', 'English', '9', '2', 'M-F', 40],
  ['E3', 'Abbott', 'English 9', 'English', '9', '3', 'M-F', 40],
];

describe('review key figures', () => {
  it('counts the sections read and leaves loads and the 90-minute block unknown without enrollment or times', () => {
    // St Paul's shape: no enrollment column, no clock times, no bell schedule.
    const schedule = grid('Timetable', [
      ['Teacher', 'Course', 'Department', 'Grade', 'Period', 'Day'],
      ['Abbott', 'Ma-10S', 'Maths', '10', '1', 'Mon'],
      ['Abbott', 'Ma-10T', 'Maths', '10', '2', 'Mon'],
      ['Brown', 'Ma-11S', 'Maths', '11', '3', 'Mon'],
      ['Clark', 'En-10S', 'English', '10', '1', 'Mon'],
      ['Davis', 'En-11S', 'English', '11', '2', 'Mon'],
    ]);
    const { result, report } = review({ workbook: { name: 'No enrollment', sheets: [schedule] }, settings: { schoolLevel: 'high' } });
    const k = result.keyFigures;
    expect(k.sections).toBe(5);
    expect(k.students).toBeNull();
    expect(k.medianCoreLoad).toBeNull();
    expect(k.highestCoreLoad).toBeNull();
    // No roster, so the teams are the departments: Maths (Abbott, Brown) and English (Clark, Davis).
    expect(k.teams).toBe(2);
    expect(k.teamBlocksKnown).toBe(false);
    expect(result.teachers.every((t) => t.seatsKnown === false)).toBe(true);
    // No sentence anywhere in the report claims "0 students" or "0 seats".
    const text = report.sheets.flatMap((s) => [...s.preamble, ...s.table.rows.flat().map(String)]).join('\n');
    expect(text).not.toMatch(/\b0 (students|seats)\b/);
    expect(result.flags.filter((f) => f.id.startsWith('core-load'))).toEqual([]);
  });

  it('takes the median and the highest core load over core teachers with a known load, in any order', () => {
    const schedule = grid('Schedule', [
      ['Section', 'Teacher', 'Course', 'Department', 'Grade', 'Period', 'Days', 'Enrolled'],
      // Core teachers listed out of load order: Cole 90, Abbott 150, Baker 60 + 50 = 110.
      ['C1', 'Cole', 'English 9', 'English', '9', '1', 'M-F', 90],
      ['A1', 'Abbott', 'Math 9', 'Mathematics', '9', '1', 'M-F', 150],
      ['B1', 'Baker', 'Science 9', 'Science', '9', '1', 'M-F', 60],
      ['B2', 'Baker', 'Science 9', 'Science', '9', '2', 'M-F', 50],
      // Not core (an elective): its 200 seats are no core load.
      ['D1', 'Drake', 'Art 9', 'Art', '9', '1', 'M-F', 200],
    ]);
    const { result } = review({ workbook: { name: 'Loads', sheets: [schedule] }, settings: { schoolLevel: 'high' } });
    // Loads 90, 150, 110: median 110, highest 150.
    expect(result.keyFigures).toMatchObject({ medianCoreLoad: 110, highestCoreLoad: 150 });
  });
});

describe('missing data is not a finding', () => {
  const summaryRow = (report: ReturnType<typeof review>['report'], item: string) =>
    report.sheets.find((s) => s.name === 'Summary')!.table.rows.find((r) => r[0] === item)?.slice(1);

  // Three departments with clock times. Math's two teachers have days no reader understands ("Zday", "Qq"), so
  // their rows have no meetings and the two look free all week.
  const header = ['Section', 'Teacher', 'Course', 'Department', 'Period', 'Days', 'Start', 'End', 'Enrolled'];
  const eight = 8 / 24;
  const eightFifty = (8 * 60 + 50) / 1440;
  const nine = 9 / 24;
  const tenThirty = 10.5 / 24;
  const timedRows: (string | number | null)[][] = [
    header,
    ['E1', 'Abbott', 'English 9', 'English', '1', 'M-F', eight, eightFifty, 25],
    ['E2', 'Brown', 'English 10', 'English', '1', 'M-F', eight, eightFifty, 25],
    ['A1', 'Evans', 'Studio Art', 'Art', '2', 'M-F', nine, tenThirty, 20],
    ['A2', 'Ford', 'Ceramics', 'Art', '2', 'M-F', nine, tenThirty, 20],
    ['M1', 'Clark', 'Algebra', 'Math', '1', 'Zday', eight, eightFifty, 28], // row 6
    ['M2', 'Davis', 'Geometry', 'Math', '2', 'Qq', nine, tenThirty, 28],
  ];
  const timedSchedule = grid('Schedule', timedRows);

  it('a team whose members\' days could not be read is not judged: no flag, no place in the 90-minute count, a Data Check item', () => {
    const { result, report } = review({ workbook: { name: 'Days', sheets: [timedSchedule] }, settings: { schoolLevel: 'high' } });
    // The day's slots are 8:00-8:50 and 9:00-10:30. English is free together 9:00-10:30 (90 minutes: a block);
    // Art only 8:00-8:50 (50 minutes). Math would look free in both, a false block of 90 minutes or more.
    const team = (name: string) => result.collaboration.find((t) => t.team === name);
    expect([team('Art')?.longestBlockMinutes, team('English')?.longestBlockMinutes]).toEqual([50, 90]);
    expect(team('English')?.timesKnown).toBeUndefined();
    expect(team('Math')).toMatchObject({ timesKnown: false, longestBlockMinutes: null, commonMinutesPerWeek: null });
    // English has a block, Art has not; Math is not counted.
    expect(result.keyFigures).toMatchObject({ teams: 3, teamsJudged: 2, teamsUnread: 1, teamsWith90MinuteBlock: 1 });
    expect(result.flags.filter((f) => f.measure === 'Common planning').map((f) => f.id)).toEqual(['collaboration:Art']);
    const check = result.dataCheck.find((d) => d.code === 'team-times-unknown');
    expect(check).toMatchObject({ severity: 'warning', sheet: 'Schedule', cell: 'F6' }); // Clark's days cell
    expect(check?.message).toContain('Common planning time is unknown for team Math (Clark, Davis)');
    // The Summary's row: value, recommended, status, basis.
    const teamsRow = summaryRow(report, 'Teams with a weekly 90-minute block');
    expect(teamsRow?.slice(0, 3)).toEqual([1, 'all 3 teams', 'watch']);
    expect(teamsRow?.[3]).toMatch(/^of 2 teams; 1 more could not be judged \(see the Data Check\)/);
  });

  it('when no meeting day can be read at all, no team gets a critical "no common time" flag', () => {
    const rows = timedRows.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === 5 ? 'Someday' : v))));
    const { result, report } = review({ workbook: { name: 'No days', sheets: [grid('Schedule', rows)] }, settings: { schoolLevel: 'high' } });
    // Before, every team had 0 common periods over 0 readable days: three critical "no time together" flags.
    expect(result.flags.filter((f) => f.measure === 'Common planning')).toEqual([]);
    expect(result.keyFigures).toMatchObject({ teams: 3, teamsJudged: 0, teamsUnread: 3, teamsWith90MinuteBlock: null, sections: 6, teachers: 6 });
    expect(result.dataCheck.find((d) => d.code === 'team-times-unknown')?.message).toContain('for 3 teams');
    expect(summaryRow(report, 'Teams with a weekly 90-minute block')?.[0]).toBe('unknown');
  });

  it('a budget without a schedule has no teachers, sections or teams to count: null, not 0', () => {
    const budget = grid('Budget', [
      ['Description', 'FTE', 'Amount'],
      ['Regular Teacher', 2, 200_000],
    ]);
    const { result, report } = review({ workbook: { name: 'Budget only', sheets: [budget] } });
    expect(result.keyFigures).toMatchObject({ teachers: null, sections: null, teams: null, teamsWith90MinuteBlock: null });
    const summary = report.sheets.find((s) => s.name === 'Summary')!;
    expect(summary.preamble[1]).toContain('students not in this workbook, no master schedule');
    expect(summaryRow(report, 'Teams with a weekly 90-minute block')).toEqual([
      'not in this workbook',
      'every team',
      '',
      'no master schedule was found (see the Data Check)',
    ]);
  });

  it('a teacher with an unreadable enrollment has unknown seats, not a partial sum: left out of loads and flags', () => {
    const schedule = grid('Schedule', [
      ...abbottsEnglish,
      ['E4', 'Brown', 'English 10', 'English', '10', '1', 'M-F', 50],
      ['E5', 'Brown', 'English 10', 'English', '10', '2', 'M-F', 'n/a'], // row 6
      ['E6', 'Brown', 'English 10', 'English', '10', '3', 'M-F', 50],
    ]);
    const { result, report } = review({ workbook: { name: 'Seats', sheets: [schedule] } });
    const brown = result.teachers.find((t) => t.teacher === 'Brown');
    // Brown's 50 + ? + 50 was reported as 100 seats; it is unknown.
    expect(brown).toMatchObject({ sections: 3, seats: 0, seatsKnown: false });
    expect(result.teachers.find((t) => t.teacher === 'Abbott')).toMatchObject({ seats: 120 }); // 40 × 3
    // Only Abbott's load is known: median and highest are his 120.
    expect(result.keyFigures).toMatchObject({ medianCoreLoad: 120, highestCoreLoad: 120 });
    const flag = result.flags.find((f) => f.id === 'core-load:English');
    expect(flag?.finding).toContain('1 of 2 core teachers carry more than 100 seats (Abbott 120)');
    const load = report.sheets.find((s) => s.name === 'Teacher Load')!.table;
    const seats = load.columns.findIndex((c) => c.header === 'Seats');
    expect(load.rows.find((r) => r[0] === 'Brown')?.[seats]).toBeNull();
    expect(result.dataCheck).toContainEqual(expect.objectContaining({ code: 'unreadable-number', cell: 'H6' }));
  });
});

describe('reviewResult (the result without the report, for --json and the district map)', () => {
  it('gives exactly the result review() gives, What If inputs and run date included', () => {
    // Abbott carries 3 × 40 = 120 core seats (over 100: a core-load flag); a lever typed last time that does not
    // fire now is said on the Data Check, by both.
    const schedule = grid('Schedule', [
      ...abbottsEnglish,
      ['E4', 'Brown', 'English 10', 'English', '10', '1', 'M-F', 20],
    ]);
    const input = { workbook: { name: 'Same', sheets: [schedule] }, runDate: '2026-11-30', whatIfInputs: { 'no-such-lever': { value: 3, start: 2 } } };
    const alone = reviewResult(input);
    expect(alone).toEqual(review(input).result);
    expect(alone.runDate).toBe('2026-11-30');
    expect(alone.flags.map((f) => f.id)).toContain('core-load:English');
    expect(alone.dataCheck).toContainEqual(expect.objectContaining({ code: 'what-if-input-dropped' }));
  });
});
