import type { BudgetLine, TeacherLoad, TeamCollaboration } from '../types';
import { coachFocus, teamsCoachesServe } from './coachTeams';

const coach = (title: string): BudgetLine => ({ description: title, jobTitle: title, use: 'Coaches', useMatched: true, amount: 100_000, fte: 1, locked: false, source: { sheet: 'Budget', firstRow: 2, lastRow: 2 } });
const team = (name: string, basis: TeamCollaboration['basis'], members: string[]): TeamCollaboration => ({
  team: name, basis, members, commonMinutesPerWeek: 0, commonPeriodsPerCycle: 0, longestBlockMinutes: 0, days: [], scheduledCollaborationMinutesPerWeek: 0,
});
const teacher = (name: string, teachesCore: boolean): TeacherLoad => ({
  teacher: name, sections: 5, seats: 100, uniqueStudents: null, preps: 1, periodsPerCycle: 25, minutesPerWeek: 1250, teachesCore, sectionIds: [], rows: [],
});

const TEAMS = [
  team('English', 'roster', ['E1', 'E2']),
  team('Mathematics', 'roster', ['M1', 'M2']),
  team('Electives', 'roster', ['A1', 'A2']),
  team('Grade 9', 'grade', ['E1', 'M1']),
];
const TEACHERS = [teacher('E1', true), teacher('E2', true), teacher('M1', true), teacher('M2', true), teacher('A1', false), teacher('A2', false)];
const served = (titles: string[], level: 'elementary' | 'high' = 'high') =>
  teamsCoachesServe(titles.map(coach), TEAMS, TEACHERS, level).teams.map((t) => t.team);

describe('the teams coaches serve', () => {
  it('reads a coach\'s focus from the title', () => {
    expect(['Literacy Coach', 'Instructional Coach - Math', 'Instructional Coach', 'Reading Specialist'].map((t) => coachFocus(coach(t)))).toEqual([
      'literacy',
      'math',
      'general',
      'literacy',
    ]);
  });

  it('literacy → English, math → math, a general coach or PD → the core teams; never the electives', () => {
    expect(served(['Literacy Coach'])).toEqual(['English']);
    expect(served(['Math Coach'])).toEqual(['Mathematics']);
    expect(served(['Literacy Coach', 'Math Coach'])).toEqual(['English', 'Mathematics']);
    // The roster's teams are the primary basis; Electives' members mostly teach no core subject.
    expect(served(['Instructional Coach'])).toEqual(['English', 'Mathematics']);
    expect(served([])).toEqual(['English', 'Mathematics']);
    // In an elementary school a literacy coach works with the (core) grade-level teams of the primary basis.
    expect(served(['Literacy Coach'], 'elementary')).toEqual(['English', 'Mathematics']);
    expect(teamsCoachesServe([coach('Literacy Coach'), coach('Math Coach')], TEAMS, TEACHERS, 'high').basis).toBe('literacy coach → English; math coach → Mathematics');
  });
});
