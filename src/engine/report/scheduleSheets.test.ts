import type { ReviewResult, TeacherLoad, TeamCollaboration } from '../types';
import { DEFAULT_THRESHOLDS } from '../settings/defaults';
import { classSizeSheet, collaborationSheet, teacherLoadSheet } from './scheduleSheets';
import { sourceLinker } from './links';

const team = (name: string, extra: Partial<TeamCollaboration>): TeamCollaboration => ({
  team: name,
  basis: 'department',
  members: ['A', 'B'],
  commonMinutesPerWeek: 500,
  commonPeriodsPerCycle: 10,
  longestBlockMinutes: 100,
  days: ['Mon'],
  scheduledCollaborationMinutesPerWeek: 0,
  ...extra,
});

describe('collaborationSheet', () => {
  it('says when a team\'s longest block runs across lunch or a break, so the team can judge it', () => {
    const result = { collaboration: [team('Math', { longestBlockAcross: ['lunch'] }), team('Art', {}), team('PE', { longestBlockAcross: ['break', 'lunch'], longestBlockMinutes: 150 })] };
    const sheet = collaborationSheet(result as unknown as ReviewResult, DEFAULT_THRESHOLDS);
    const column = sheet.table.columns.findIndex((c) => c.header === 'Longest block runs across');
    expect(column).toBe(7);
    expect(sheet.table.rows.map((r) => r[column])).toEqual(['100 min, across lunch', '', '150 min, across break and lunch']);
    // The 90-minute check still reads the minutes column.
    expect(sheet.table.conditionalFormats).toEqual([{ column: 6, operator: 'lessThan', value: 90, severity: 'warning' }]);
    expect(sheet.preamble.join(' ')).toContain('Breaks, lunch and the gaps between periods are not common time');
  });
});

describe('classSizeSheet', () => {
  it('states core against electives per student-minute beside the cost per student by course', () => {
    const result = {
      classSizes: [],
      classSizeGroups: [],
      courseCosts: [{ course: 'Jazz Band', core: false, sections: 1, students: 8, costPerSection: 19_200, costPerStudent: 2_400 }],
      costPerStudentMinute: [
        { group: 'core', sections: 63, leftOut: 0, studentMinutesPerWeek: 437_525, costPerStudentMinute: 0.08924 },
        { group: 'electives', sections: 30, leftOut: 2, studentMinutesPerWeek: 196_075, costPerStudentMinute: 0.08184 },
      ],
    };
    const sheet = classSizeSheet(result as unknown as ReviewResult, DEFAULT_THRESHOLDS, sourceLinker([]));
    expect(sheet.preamble.join(' ')).toContain(
      "Per student-minute (teacher time at this budget's cost per teaching minute, over enrollment × minutes): core $0.089, electives $0.082 " +
        '(2 sections without enrollment or minutes left out).',
    );
  });
});

const teacher = (name: string, extra: Partial<TeacherLoad>): TeacherLoad => ({
  teacher: name,
  sections: 5,
  seats: 140,
  uniqueStudents: null,
  preps: 2,
  periodsPerCycle: 25,
  minutesPerWeek: 1250,
  teachesCore: true,
  sectionIds: [],
  rows: [{ sheet: 'Sections', firstRow: 5, lastRow: 680, runs: [{ firstRow: 5, lastRow: 5 }, { firstRow: 680, lastRow: 680 }] }],
  ...extra,
});

describe('teacherLoadSheet', () => {
  const sheetOf = (teachers: TeacherLoad[]) =>
    teacherLoadSheet({ teachers, school: { level: 'high', levelInferred: true } } as unknown as ReviewResult, DEFAULT_THRESHOLDS, sourceLinker([]));

  it('fills Heaviest term, "full year" for a teacher of year-long sections only', () => {
    const sheet = sheetOf([teacher('Smith', { heaviestTerm: 'S1' }), teacher('Jones', {})]);
    const column = sheet.table.columns.findIndex((c) => c.header === 'Heaviest term');
    expect(sheet.table.rows.map((r) => r[column])).toEqual(['S1', 'full year']);
  });

  it('leaves the Heaviest term column out when every section is year-long, and keeps every row as wide as the header', () => {
    const sheet = sheetOf([teacher('Smith', {}), teacher('Jones', {})]);
    expect(sheet.table.columns.map((c) => c.header)).not.toContain('Heaviest term');
    for (const row of sheet.table.rows) expect(row).toHaveLength(sheet.table.columns.length);
    // The load and preps highlights still read Core load (6) and Preps (7).
    expect(sheet.table.columns[6].header).toBe('Core load');
    expect(sheet.table.columns[7].header).toBe('Preps');
  });

  it("links a teacher to the first run of their rows, not to the rows between that are others'", () => {
    const sheet = sheetOf([teacher('Smith', {})]);
    expect(sheet.table.links?.[0]?.[0]).toEqual({ sheet: 'Sections', range: 'A5:A5' });
  });
});
