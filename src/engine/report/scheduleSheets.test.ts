import type { ReviewResult, TeamCollaboration } from '../types';
import { DEFAULT_THRESHOLDS } from '../settings/defaults';
import { collaborationSheet } from './scheduleSheets';

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
