import type { ReviewResult, TeamCollaboration } from '../types';
import { DEFAULT_THRESHOLDS } from '../settings/defaults';
import { classSizeSheet, collaborationSheet } from './scheduleSheets';

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
    const sheet = classSizeSheet(result as unknown as ReviewResult, DEFAULT_THRESHOLDS, () => ({ sheet: 'S', cell: 'A1' }) as never);
    expect(sheet.preamble.join(' ')).toContain(
      "Per student-minute (teacher time at this budget's cost per teaching minute, over enrollment × minutes): core $0.089, electives $0.082 " +
        '(2 sections without enrollment or minutes left out).',
    );
  });
});
