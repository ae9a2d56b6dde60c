import type { NoCostBlockOption, TeamCollaboration } from '../types';
import type { ScheduleAnalysis } from '../analyse/schedule';
import { coverageCost, type LeverBasis } from './scheduleLevers';

// The one owner of what a weekly common block costs a team: the collaboration flags price each team with it, and the
// coaching and PD levers add up the same teams' shares, so the same cover is never priced two ways.

export interface FreeDay {
  day: string;
  slots: string[];
  minutes: number | null;
}

export interface TeamCover {
  /** Members × (block − longest common block) minutes a week; null when the block's length is not known. */
  minutes: number | null;
  fte: number | null;
  /** 0 when rearranging one day's periods makes the block; null when it cannot be priced. */
  cost: number | null;
  /** A day on which the team is already free together long enough, in separate pieces. */
  rearrange?: FreeDay;
  /** The search for section moves that give the block at no cost (analyse/planningSwaps.ts): found, or why not. */
  noCost?: NoCostBlockOption;
}

/**
 * The no-cost search's answer for a team, when it was searched (the first answer, should a team appear twice). A scan
 * of the analysis's own list, not a cache beside it that could go stale: a school has tens of teams (departments,
 * grades, roster teams), and each flag asks once per team.
 */
export function noCostOption(team: TeamCollaboration, analysis: ScheduleAnalysis): NoCostBlockOption | undefined {
  return analysis.noCostBlocks?.find((option) => option.team === team.team);
}

export function teamCover(team: TeamCollaboration, analysis: ScheduleAnalysis, block: number, basis: LeverBasis): TeamCover {
  const rearrange = (analysis.teamFreeSlots?.[team.team] ?? []).find((d) => d.minutes !== null && d.minutes >= block);
  const noCost = noCostOption(team, analysis);
  const options = { ...(rearrange ? { rearrange } : {}), ...(noCost ? { noCost } : {}) };
  if (team.longestBlockMinutes === null) return { minutes: null, fte: null, cost: null, ...options };
  const minutes = team.members.length * Math.max(0, block - team.longestBlockMinutes);
  const { cost, fte } = coverageCost(minutes, basis);
  return { minutes, fte, cost: rearrange || noCost?.found ? 0 : cost, ...options };
}

export interface CoverTotal {
  teams: number;
  teachers: number;
  /** FTE of cover over the teams that need cover (a team that can rearrange needs none); null when unknown. */
  fte: number | null;
  /** The sum of the priced teams' shares; null when no team's share can be priced. */
  cost: number | null;
  /** Teams whose share cannot be priced (no block length or no average teacher cost). */
  unpriced: number;
}

/** Cover for several teams: the sum of each team's share as teamCover prices it. */
export function coverTotal(teams: readonly TeamCollaboration[], analysis: ScheduleAnalysis, block: number, basis: LeverBasis): CoverTotal {
  return sumCovers(teams, teams.map((team) => teamCover(team, analysis, block, basis)));
}

/** The same sum over covers a caller already priced (covers[i] is teams[i]'s), so no team is priced twice. */
export function sumCovers(teams: readonly TeamCollaboration[], covers: readonly TeamCover[]): CoverTotal {
  let fte: number | null = 0;
  let cost: number | null = null;
  let unpriced = 0;
  for (const cover of covers) {
    if (cover.cost === null) unpriced++;
    else cost = (cost ?? 0) + cover.cost;
    if (cover.rearrange || cover.noCost?.found) continue;
    fte = cover.fte === null || fte === null ? null : fte + cover.fte;
  }
  return { teams: teams.length, teachers: teams.reduce((s, t) => s + t.members.length, 0), fte, cost, unpriced };
}
