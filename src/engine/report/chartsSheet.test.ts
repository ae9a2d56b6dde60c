import type { ReviewResult, TeacherLoad } from '../types';
import { DEFAULT_THRESHOLDS } from '../settings/defaults';
import { CHART_MAX_TEACHERS, CHART_MAX_TEAMS, chartsSheet } from './chartsSheet';
import { CHART_ABOVE_ROWS, MARK_ROWS, sheetLayout } from './layout';

const teacher = (name: string, seats: number, extra: Partial<TeacherLoad> = {}): TeacherLoad => ({
  teacher: name,
  department: 'English',
  sections: 5,
  seats,
  uniqueStudents: null,
  preps: 2,
  periodsPerCycle: 25,
  minutesPerWeek: 1250,
  teachesCore: true,
  sectionIds: [],
  rows: [],
  ...extra,
});

function result(extra: Partial<ReviewResult>): ReviewResult {
  return { school: { level: 'high', levelInferred: true }, teachers: [], timeBySubject: [], collaboration: [], ...extra } as unknown as ReviewResult;
}

describe('chartsSheet', () => {
  it('charts core teachers heaviest first against the 100 and 150 lines, leaving out loads that are not known', () => {
    const sheet = chartsSheet(
      result({
        teachers: [
          teacher('Ames', 120),
          teacher('Baker', 158),
          teacher('Cole', 90, { teachesCore: false }),
          teacher('Dunn', 0, { seatsKnown: false }),
          // 140 seats, 28 of them as the second adult of a co-taught class: a core load of 112.
          teacher('Ellis', 140, { coTaughtSeats: 28 }),
        ],
      }),
      DEFAULT_THRESHOLDS,
    );
    expect(sheet.table.columns.map((c) => c.header)).toEqual(['Teacher', 'Department', 'Core load', 'Warning above 100', 'Critical at 150']);
    expect(sheet.table.rows).toEqual([
      ['Baker', 'English', 158, 100, 150],
      ['Ames', 'English', 120, 100, 150],
      ['Ellis', 'English', 112, 100, 150],
    ]);
    expect(sheet.table.chart).toMatchObject({ type: 'column', categoryColumn: 0, valueColumn: 2, lineColumns: [3, 4], place: 'above' });
    // The chart takes its rows between the preamble and the header.
    const { main } = sheetLayout(sheet);
    expect(main.chartRow).toBe(MARK_ROWS + sheet.preamble.length + 2);
    expect(main.headerRow).toBe(main.chartRow! + CHART_ABOVE_ROWS);
  });

  it('leaves out co-teachers who lead no class (a load of 0 would read as missing), and counts them in the title', () => {
    const sheet = chartsSheet(
      result({
        teachers: [
          teacher('Ames', 120),
          // Second adult in both of their classes: 56 seats, all co-taught, a core load of 56 - 56 = 0.
          teacher('Fox', 56, { coTaughtSeats: 56 }),
          teacher('Gray', 60, { uniqueStudents: 60, coTaughtStudents: 60 }),
          // A load of 0 with nothing co-taught is not a co-teacher: charted as it is.
          teacher('Hale', 0),
        ],
      }),
      DEFAULT_THRESHOLDS,
    );
    expect(sheet.table.rows.map((r) => [r[0], r[2]])).toEqual([
      ['Ames', 120],
      ['Hale', 0],
    ]);
    expect(sheet.table.chart!.title).toBe('Core load by teacher (Teacher Load sheet; 2 co-teachers who lead no class left out)');
    const one = chartsSheet(result({ teachers: [teacher('Ames', 120), teacher('Fox', 56, { coTaughtSeats: 56 })] }), DEFAULT_THRESHOLDS);
    expect(one.table.chart!.title).toBe('Core load by teacher (Teacher Load sheet; 1 co-teacher who leads no class left out)');
  });

  it('names only the heaviest teachers past the limit, and says so in the title', () => {
    const many = Array.from({ length: CHART_MAX_TEACHERS + 5 }, (_, i) => teacher(`T${String(i).padStart(3, '0')}`, 50 + i));
    const sheet = chartsSheet(result({ teachers: many }), DEFAULT_THRESHOLDS);
    expect(sheet.table.rows).toHaveLength(CHART_MAX_TEACHERS);
    // Loads 50..114: the heaviest is 114, the 60th heaviest 55.
    expect(sheet.table.rows[0][2]).toBe(114);
    expect(sheet.table.rows.at(-1)![2]).toBe(55);
    expect(sheet.table.chart!.title).toBe(`Core load by teacher (Teacher Load sheet, the ${CHART_MAX_TEACHERS} heaviest of ${CHART_MAX_TEACHERS + 5})`);
  });

  it('draws no load lines for an elementary school, whose self-contained classes the load limits do not judge', () => {
    const sheet = chartsSheet(result({ school: { level: 'elementary', levelInferred: false }, teachers: [teacher('Ames', 24)] }), DEFAULT_THRESHOLDS);
    expect(sheet.table.columns.map((c) => c.header)).toEqual(['Teacher', 'Department', 'Core load']);
    expect(sheet.table.chart!.lineColumns).toBeUndefined();
  });

  it('turns minutes by grade and subject into one row per grade, the most-taught subject first, a missing pair blank', () => {
    const sheet = chartsSheet(
      result({
        timeBySubject: [
          { grade: '9', subject: 'Math', minutesPerWeek: 220.4, share: 0.2 },
          { grade: '9', subject: 'ELA', minutesPerWeek: 275, share: 0.25 },
          { grade: '10', subject: 'ELA', minutesPerWeek: 275, share: 0.25 },
          { grade: '10', subject: 'Art', minutesPerWeek: 55, share: 0.05 },
        ],
      }),
      DEFAULT_THRESHOLDS,
    );
    const minutes = sheet.moreTables![0].table;
    // Totals: ELA 550, Math 220.4, Art 55.
    expect(minutes.columns.map((c) => c.header)).toEqual(['Grade', 'ELA', 'Math', 'Art']);
    expect(minutes.rows).toEqual([
      ['9', 275, 220, null],
      ['10', 275, null, 55],
    ]);
    expect(minutes.chart).toMatchObject({ type: 'stackedColumn', valueColumn: 1, moreValueColumns: [2, 3] });
  });

  it('charts each team’s longest block and weekly minutes against the 90-minute line, unknown minutes blank', () => {
    const team = { basis: 'department', members: ['A', 'B'], commonPeriodsPerCycle: 1, days: [], scheduledCollaborationMinutesPerWeek: 0 };
    const sheet = chartsSheet(
      result({
        collaboration: [
          { ...team, team: 'Math', commonMinutesPerWeek: 275.5, longestBlockMinutes: 55 },
          { ...team, team: 'Art', commonMinutesPerWeek: null, longestBlockMinutes: null, timesKnown: false },
        ] as ReviewResult['collaboration'],
      }),
      DEFAULT_THRESHOLDS,
    );
    const planning = sheet.moreTables![1].table;
    expect(planning.rows).toEqual([
      ['Math', 55, 276, 90],
      ['Art', null, null, 90],
    ]);
    expect(planning.chart).toMatchObject({ type: 'column', valueColumn: 1, moreValueColumns: [2], lineColumns: [3] });
  });
});

describe('chartsSheet with a district’s teams', () => {
  it('charts the teams furthest from the line when there are too many to read, and says so', () => {
    const team = { basis: 'department', members: ['A', 'B'], commonPeriodsPerCycle: 1, days: [], scheduledCollaborationMinutesPerWeek: 0 };
    // Team i has a longest block of i minutes; 70 teams.
    const collaboration = Array.from({ length: 70 }, (_, i) => ({ ...team, team: `T${String(i).padStart(2, '0')}`, commonMinutesPerWeek: i, longestBlockMinutes: i }));
    const sheet = chartsSheet(result({ collaboration: collaboration as ReviewResult['collaboration'] }), DEFAULT_THRESHOLDS);
    const planning = sheet.moreTables![1];
    expect(planning.table.rows).toHaveLength(CHART_MAX_TEAMS);
    // The shortest blocks, 0 to 59 minutes.
    expect(planning.table.rows.map((r) => r[1])).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(planning.title).toBe('Common planning per team, against one 90-minute block a week (Collaboration sheet: the 60 shortest blocks of 70 teams)');
  });
});

describe('chartsSheet headers', () => {
  it('gives each subject a header an Excel table accepts: none blank, none equal ignoring case', () => {
    const minute = (subject: string, minutes: number) => ({ grade: '9', subject, minutesPerWeek: minutes, share: 0.1 });
    const sheet = chartsSheet(result({ timeBySubject: [minute('Math', 50), minute('math', 40), minute('Grade', 30), minute(' ', 20)] }), DEFAULT_THRESHOLDS);
    expect(sheet.moreTables![0].table.columns.map((c) => c.header)).toEqual(['Grade', 'Math', 'math (2)', 'Grade (2)', '(no subject)']);
  });
});
