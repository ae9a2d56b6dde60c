import type { NoCostBlockOption, TeamCollaboration } from '../types';
import type { ScheduleAnalysis } from '../analyse/schedule';
import type { LeverBasis } from './scheduleLevers';
import { coverTotal, noCostOption, sumCovers, teamCover } from './teamCover';

function team(name: string, members: number, longestBlockMinutes: number | null): TeamCollaboration {
  return {
    team: name,
    basis: 'department',
    members: Array.from({ length: members }, (_, i) => `${name} teacher ${i + 1}`),
    commonMinutesPerWeek: longestBlockMinutes,
    commonPeriodsPerCycle: 1,
    longestBlockMinutes,
    days: ['Mon'],
    scheduledCollaborationMinutesPerWeek: 0,
  };
}

function option(name: string, found: boolean): NoCostBlockOption {
  return { team: name, found, kind: found ? 'section-moves' : 'none', moves: [], summary: found ? `moves for ${name}` : '', text: '', checked: '' };
}

const BLOCK = 90;
// $72,000 a teacher over 1,200 teaching minutes a week and 36 weeks: $72,000 / 43,200 = $5/3 a minute, $60 a weekly minute a year.
const BASIS: LeverBasis = { averageTeacherCost: 72_000, fullTimeSections: 5, fullTimeMinutesPerWeek: 1_200 };

const maths = team('Maths', 4, 30); // 4 × (90 − 30) = 240 minutes = 0.2 FTE ≈ 240 × $60 = $14,400
const science = team('Science', 3, 45); // 3 × (90 − 45) = 135 minutes = 0.1125 FTE ≈ $8,100, but a schedule change serves it
const arts = team('Arts', 2, 60); // 2 × (90 − 60) = 60 minutes = 0.05 FTE ≈ $3,600, but Wednesday's free periods make the block
const unknown = team('Languages', 3, null); // block length unknown: not priced

const analysis = {
  collaboration: [maths, science, arts, unknown],
  // Science is listed twice: the first answer (found) is the one every flag uses.
  noCostBlocks: [option('Science', true), option('Science', false), option('Maths', false)],
  teamFreeSlots: { Arts: [{ day: 'Wed', slots: ['3', '4'], minutes: 90 }] },
} as unknown as ScheduleAnalysis;

describe('noCostOption', () => {
  it("gives each team the search's first answer for it, and nothing for a team not searched", () => {
    expect(noCostOption(science, analysis)).toBe(analysis.noCostBlocks![0]);
    expect(noCostOption(maths, analysis)?.found).toBe(false);
    expect(noCostOption(arts, analysis)).toBeUndefined();
    expect(noCostOption(maths, { collaboration: [] } as unknown as ScheduleAnalysis)).toBeUndefined();
  });

  it('answers from the list of the analysis it is given, not from an earlier analysis', () => {
    const other = { ...analysis, noCostBlocks: [option('Science', false)] } as ScheduleAnalysis;
    expect(noCostOption(science, analysis)?.found).toBe(true);
    expect(noCostOption(science, other)?.found).toBe(false);
  });
});

describe('coverTotal and sumCovers', () => {
  it("sums the teams' shares: only Maths needs paid cover, Science and Arts are $0 by a schedule change", () => {
    expect(teamCover(maths, analysis, BLOCK, BASIS)).toMatchObject({ minutes: 240, fte: 0.2, cost: 14_400 });
    expect(teamCover(science, analysis, BLOCK, BASIS)).toMatchObject({ minutes: 135, cost: 0, noCost: { found: true } });
    expect(teamCover(arts, analysis, BLOCK, BASIS)).toMatchObject({ minutes: 60, cost: 0, rearrange: { day: 'Wed' } });
    // Teachers 4 + 3 + 2 = 9; FTE and money only Maths' (0.2 FTE, $14,400).
    expect(coverTotal([maths, science, arts], analysis, BLOCK, BASIS)).toEqual({ teams: 3, teachers: 9, fte: 0.2, cost: 14_400, unpriced: 0 });
  });

  it('leaves a team without a block length unpriced and the FTE unknown, keeping the priced money', () => {
    expect(coverTotal([maths, unknown], analysis, BLOCK, BASIS)).toEqual({ teams: 2, teachers: 7, fte: null, cost: 14_400, unpriced: 1 });
  });

  it('gives from covers already priced the same total as pricing the teams itself', () => {
    const teams = [maths, science, arts, unknown];
    const covers = teams.map((t) => teamCover(t, analysis, BLOCK, BASIS));
    expect(sumCovers(teams, covers)).toEqual(coverTotal(teams, analysis, BLOCK, BASIS));
    expect(sumCovers(teams, covers)).toEqual({ teams: 4, teachers: 12, fte: null, cost: 14_400, unpriced: 1 });
  });
});
