import type { Flag, GradeCoreShare, Lever, ParsedWorkbook, SchoolLevel, Settings, SourceRef, TeamCollaboration, TimeBySubject } from '../types';
import type { ScheduleAnalysis } from '../analyse/schedule';
import { gradeKey, isElaOrMath, isLiteracy, isMath } from '../analyse/subjects';
import { SCHEDULE_SOURCES } from './scheduleSources';
import { coverageCost, formatMoney, formatPercent as pct, formatPricedFte, teamsText, type LeverBasis } from './scheduleLevers';
import { sumCovers, teamCover, type TeamCover } from './teamCover';
import { primaryTeams } from '../analyse/collaboration';
import { teamsWithReadTimetables } from '../analyse/unreadTimetables';
import { UNMAPPED_SUBJECT } from '../analyse/classSize';
import type { ClassDayBlock, GradeSubjectBlocks } from '../analyse/subjectBlocks';
import { median } from '../analyse/stats';

// Flags about time: the secondary ELA/ELD + math share, elementary literacy and math minutes, and each team's
// collaborative planning block.

/**
 * Secondary: one school-wide flag, because the seed's benchmark (LAUSD secondary 36%, 33% = no prioritization)
 * is a school figure; the finding lists each grade so the grades that pull it down are visible. The school figure
 * is the grades' ELA/ELD + math minutes over their total minutes (each grade's typical student counts once, as in
 * the key figures).
 */
export function coreShareFlag(
  coreShare: readonly GradeCoreShare[],
  parsed: ParsedWorkbook,
  settings: Settings,
  level: SchoolLevel,
  timeBySubject: readonly TimeBySubject[] = [],
): Flag[] {
  if (level === 'elementary' || coreShare.length === 0) return [];
  const total = coreShare.reduce((s, g) => s + g.totalMinutesPerWeek, 0);
  const elaMath = coreShare.reduce((s, g) => s + g.elaMathMinutesPerWeek, 0);
  if (total <= 0) return [];
  const share = elaMath / total;
  const min = settings.thresholds.secondaryCoreShareMin;
  if (share > min) return [];
  // Courses no subject rule maps may be ELA or math: flag only if the share stays low even if they all were, so the
  // finding never rests on the unmapped courses the Data Check lists.
  if ((elaMath + unmappedMinutes(timeBySubject)) / total > min) return [];
  // Minutes a week each typical student would move from other subjects to reach the threshold.
  const moved = Math.round((min * total - elaMath) / coreShare.length);
  return [
    {
      id: 'core-share:school',
      unit: 'percent',
      severity: 'warning',
      measure: 'Time in ELA/ELD and math (secondary)',
      finding:
        `Students spend ${pct(share)} of their weekly class time in ELA/ELD and math, at or below ${pct(min)} ` +
        `(no prioritization of core academics). By grade: ${coreShare.map((g) => `${g.grade} ${pct(g.elaMathShare)}`).join(', ')}.`,
      value: share,
      threshold: min,
      source: SCHEDULE_SOURCES.secondaryCoreShare,
      rows: parsed.sections.filter((s) => !s.collaboration && isElaOrMath(s.subject)).map((s) => s.source),
      lever: {
        text:
          `Reaching ${pct(min)} means moving about ${Math.max(moved, 0)} minutes a week of each student's time from ` +
          'other subjects into ELA/ELD and math (longer blocks or a second period); it moves time, not money.',
        cost: null,
      },
      settings: ['secondaryCoreShareMin'],
      principle: 2,
    },
  ];
}

/** Elementary: per grade, literacy (ELA + ELD) and math minutes a day = weekly student-weighted minutes / 5. */
export function elementaryMinutesFlags(
  timeBySubject: readonly TimeBySubject[],
  coreShare: readonly GradeCoreShare[],
  parsed: ParsedWorkbook,
  settings: Settings,
  level: SchoolLevel,
  blocks: readonly GradeSubjectBlocks[] = [],
): Flag[] {
  if (level !== 'elementary') return [];
  const checks = [
    { key: 'literacy' as const, label: 'literacy (ELA/ELD)', test: isLiteracy, min: settings.thresholds.elementaryLiteracyMinutesPerDay, setting: 'elementaryLiteracyMinutesPerDay' as const },
    { key: 'math' as const, label: 'math', test: isMath, min: settings.thresholds.elementaryMathMinutesPerDay, setting: 'elementaryMathMinutesPerDay' as const },
  ];
  const flags: Flag[] = [];
  for (const grade of coreShare.map((g) => g.grade)) {
    for (const check of checks) {
      // Judged by the longest uninterrupted block per class and day where the schedule shows them (subjectBlocks).
      const judged = blocks.find((b) => b.subject === check.key && gradeKey(b.grade) === gradeKey(grade));
      if (judged && judged.classDays.length > 0) {
        // As below: a block that unmapped courses ("Block 3", "Workshop") could lengthen to the minimum is no finding.
        const unmappedPerDay = unmappedMinutes(timeBySubject, grade) / 5;
        const typicalLongest = median(judged.classDays.map((d) => d.longest)) ?? 0;
        if (unmappedPerDay > 0 && typicalLongest + unmappedPerDay >= check.min) continue;
        const flag = blockFlag(grade, check, judged.classDays);
        if (flag) flags.push(flag);
        continue;
      }
      const weekly = timeBySubject.filter((r) => r.grade === grade && check.test(r.subject)).reduce((s, r) => s + r.minutesPerWeek, 0);
      const perDay = Math.round((weekly / 5) * 10) / 10;
      if (perDay >= check.min) continue;
      // The shortfall may sit in the grade's unmapped courses ("Block 2", "Workshop"): no finding unless it cannot.
      if ((weekly + unmappedMinutes(timeBySubject, grade)) / 5 >= check.min) continue;
      const key = gradeKey(grade);
      const rows = parsed.sections
        .filter((s) => !s.collaboration && gradeKey(s.grade) === key && check.test(s.subject))
        .map((s) => s.source);
      flags.push({
        id: `elementary-${check.key}:${grade}`,
        unit: 'minutes',
        severity: 'warning',
        measure: `Elementary ${check.label} minutes`,
        finding: `Grade ${grade}: a typical student has ${perDay} minutes of ${check.label} a day, below ${check.min}.`,
        value: perDay,
        threshold: check.min,
        source: SCHEDULE_SOURCES.elementaryLiteracyMath,
        rows,
        lever: {
          text: `Adding ${Math.ceil(check.min - perDay)} minutes of ${check.label} a day (${Math.ceil((check.min - perDay) * 5)} a week) from other blocks; it moves time, not money.`,
          cost: null,
        },
        settings: [check.setting],
        principle: 2,
      });
    }
  }
  return flags;
}

/** Weekly minutes in courses no subject rule maps, for one grade or all. */
function unmappedMinutes(timeBySubject: readonly TimeBySubject[], grade?: string): number {
  return timeBySubject
    .filter((r) => r.subject === UNMAPPED_SUBJECT && (grade === undefined || r.grade === grade))
    .reduce((s, r) => s + r.minutesPerWeek, 0);
}

/**
 * A grade whose classes, on some day, have no uninterrupted block of the minimum: value = the typical (median)
 * class-day's longest block; the finding names the shortest day's pieces ("30 + 30", split by lunch).
 */
function blockFlag(
  grade: string,
  check: { key: 'literacy' | 'math'; label: string; min: number; setting: 'elementaryLiteracyMinutesPerDay' | 'elementaryMathMinutesPerDay' },
  classDays: readonly ClassDayBlock[],
): Flag | null {
  const short = classDays.filter((d) => d.longest < check.min);
  if (short.length === 0) return null;
  const typical = median(classDays.map((d) => d.longest))!;
  const worst = [...short].sort((a, b) => a.longest - b.longest)[0];
  const pieces = worst.pieces.length ? worst.pieces.join(' + ') : 'none';
  return {
    id: `elementary-${check.key}:${grade}`,
    unit: 'minutes',
    severity: 'warning',
    measure: `Elementary ${check.label} minutes`,
    finding:
      `Grade ${grade}: ${short.length} of ${classDays.length} class-days have no uninterrupted ${check.min}-minute block of ${check.label}; ` +
      `a typical class's longest block is ${typical} minutes (${worst.classLabel}, ${worst.day}: ${pieces} minutes).`,
    value: typical,
    threshold: check.min,
    source: SCHEDULE_SOURCES.elementaryLiteracyMath,
    rows: [...new Set(short.flatMap((d) => d.sections))].map((s) => s.source),
    lever: {
      text:
        `Schedule ${check.label} as one uninterrupted block of ${check.min} minutes a day, not split by lunch, recess or specials ` +
        `(judged by the longest block per class and day, not the day's total); it moves time, not money.`,
      cost: null,
    },
    settings: [check.setting],
    principle: 2,
  };
}

/**
 * One flag per team without a block of the threshold's length, and, when two or more teams lack it, one school-wide
 * flag (COLLABORATION_SCHOOL_ID) for the root cause: the schedule gives those teams no weekly block. The school-wide
 * flag carries the severity (critical when a team has no common time at all) and the one option that prices it: cover
 * for every team, the sum of the teams' shares, or a schedule change at no cost. Each team's row keeps its id (notes
 * sit on it), states its share and is marked as counted in the school-wide flag; it is a warning, or information for
 * a two-person team. A lone team's flag stands by itself (critical when it has no common time and three or more
 * members). Cover per team is teamCover's: members × (block − longest common block) minutes a week; where a day
 * already holds enough free minutes in separate pieces, rearranging that day's periods makes the block without cover.
 * With periods and no minutes, only a team with no common period at all can be judged.
 */
const TEAM_BASIS_LABEL = { roster: "the roster's team", grade: 'grade team', department: 'department' } as const;
const TEAM_BASIS_PLURAL = { roster: "the roster's teams", grade: 'the grade teams', department: 'the departments' } as const;

/** The id of the school-wide collaboration flag, stable across runs so the team's notes on it are kept. */
export const COLLABORATION_SCHOOL_ID = 'collaboration:school';
/** "Common planning", the words used for it everywhere a principal reads (measures, findings, levers). */
export const COLLABORATION_MEASURE = 'Common planning';
/** Fewer members than this and a team with no common time is not the school's critical finding. */
const SMALL_TEAM = 3;

const hasNoCommonTime = (team: TeamCollaboration) => team.commonPeriodsPerCycle === 0 && team.scheduledCollaborationMinutesPerWeek === 0;

/** Teams the collaboration flags flag: every member's timetable read, and no block of the threshold (or no common time at all). */
function flaggedTeams(collaboration: readonly TeamCollaboration[], block: number): TeamCollaboration[] {
  return teamsWithReadTimetables(collaboration).filter((team) =>
    team.longestBlockMinutes === null ? hasNoCommonTime(team) : team.longestBlockMinutes < block,
  );
}

/** The flag whose lever counts the cover of these teams: the school-wide flag, or a lone team's own flag. */
export function collaborationCoverOwner(collaboration: readonly TeamCollaboration[], block: number): string | null {
  const flagged = flaggedTeams(collaboration, block);
  if (flagged.length === 0) return null;
  return flagged.length === 1 ? `collaboration:${flagged[0].team}` : COLLABORATION_SCHOOL_ID;
}

export function collaborationFlags(analysis: ScheduleAnalysis, parsed: ParsedWorkbook, settings: Settings, basis: LeverBasis): Flag[] {
  const block = settings.thresholds.collaborationBlockMinutes;
  const flags: Flag[] = [];
  // A team with a member whose timetable could not be read has unknown common time: a Data Check item, not a flag.
  const flagged = flaggedTeams(analysis.collaboration, block);
  const schoolWide = flagged.length > 1;
  const summedBasis = primaryTeams(flagged)[0]?.basis;
  const rowsOf = teamRows(flagged, parsed);
  // Each team priced once: its row's lever, the school-wide sum and its no-cost summary all read this cover.
  const covers = new Map(flagged.map((team) => [team, teamCover(team, analysis, block, basis)]));
  // Roster teams, grade teams and departments side by side: each flag says which kind of team it is.
  const labelled = new Set(analysis.collaboration.map((t) => t.basis)).size > 1;
  for (const [index, team] of flagged.entries()) {
    const none = hasNoCommonTime(team);
    const longest = team.longestBlockMinutes ?? 0;
    const who = `${team.team} (${labelled ? `${TEAM_BASIS_LABEL[team.basis]}, ` : ''}${team.members.length} members)`;
    const lever = collaborationLever(team, covers.get(team)!, block, basis);
    flags.push({
      id: `collaboration:${team.team}`,
      unit: 'minutes',
      severity: schoolWide
        ? team.members.length < SMALL_TEAM ? 'info' : 'warning'
        : none && team.members.length >= SMALL_TEAM ? 'critical' : 'warning',
      measure: COLLABORATION_MEASURE,
      finding: none
        ? `${who}: no time in the week when all members are free of teaching together.`
        : `${who}: the longest common free block is ${longest} minutes, below one ${block}-minute block a week` +
          `${team.commonMinutesPerWeek === null ? '' : ` (${team.commonMinutesPerWeek} common minutes a week in all)`}.`,
      value: longest,
      threshold: block,
      source: SCHEDULE_SOURCES.collaboration,
      rows: rowsOf[index],
      lever: schoolWide ? { ...lever, text: `${shareLead(team, summedBasis)}${lever.text}`, countedIn: COLLABORATION_SCHOOL_ID } : lever,
      settings: ['collaborationBlockMinutes'],
      principle: 1,
    });
  }
  if (schoolWide) flags.unshift(schoolWideCollaborationFlag(flagged, covers, analysis, block, basis));
  return flags;
}

/** A team row's lever under the school-wide flag: its share, or, for a team of another kind, a figure for reference. */
function shareLead(team: TeamCollaboration, summedBasis: TeamCollaboration['basis'] | undefined): string {
  if (team.basis === summedBasis || summedBasis === undefined) return "This team's share of the school-wide option: ";
  return `For reference (the school-wide option sums ${TEAM_BASIS_PLURAL[summedBasis]}, covering each teacher once): `;
}

/** The root cause once: the teams without a block, and the one option that prices all of them. */
function schoolWideCollaborationFlag(
  flagged: readonly TeamCollaboration[],
  coverOf: ReadonlyMap<TeamCollaboration, TeamCover>,
  analysis: ScheduleAnalysis,
  block: number,
  basis: LeverBasis,
): Flag {
  const none = flagged.filter(hasNoCommonTime);
  const judged = teamsWithReadTimetables(analysis.collaboration).length;
  // Cover is summed over one kind of team (one team per teacher): a teacher in a grade team and a department is
  // covered once. Teams of the other kinds are listed, and their rows say their share overlaps.
  const primary = primaryTeams(flagged);
  const covers = primary.map((t) => coverOf.get(t)!);
  const total = sumCovers(primary, covers);
  const longest = Math.max(...flagged.map((t) => t.longestBlockMinutes ?? 0));
  const kinds = primary.length < flagged.length ? ` (summed over ${TEAM_BASIS_PLURAL[primary[0].basis]}, covering each teacher once)` : '';
  const unpriced = total.unpriced ? ` ${teamsText(total.unpriced)} cannot be priced (no block length or no average teacher cost).` : '';
  // Teams a schedule change serves at no cost count $0; the cover for all of them is stated beside it as the alternative.
  const freeOfCost = covers.filter((c) => c.rearrange || c.noCost?.found).length;
  let allCover: number | null = 0;
  for (const { minutes } of covers) {
    const cost = minutes === null ? null : coverageCost(minutes, basis).cost;
    allCover = cost === null || allCover === null ? null : allCover + cost;
  }
  const whom = freeOfCost ? `the ${teamsText(primary.length - freeOfCost)} no schedule change serves` : 'every team';
  const alternative = freeOfCost && allCover !== null ? `; cover for all ${teamsText(primary.length)} instead ≈ ${formatMoney(allCover)}` : '';
  const cover =
    total.cost === null
      ? `cover for ${whom} cannot be priced here`
      : `cover for ${whom}: ${total.fte === null ? '' : `${formatPricedFte(total.fte)} teacher FTE `}≈ ${formatMoney(total.cost)} a year${kinds}${alternative}`;
  return {
    id: COLLABORATION_SCHOOL_ID,
    unit: 'minutes',
    severity: none.some((t) => t.members.length >= SMALL_TEAM) ? 'critical' : 'warning',
    measure: COLLABORATION_MEASURE,
    finding:
      `School-wide: ${flagged.length} of ${judged} teams have no common ${block}-minute block a week` +
      `${none.length ? `; ${none.length} ${none.length === 1 ? 'has' : 'have'} no common time at all` : ''}. The longest any of them has is ${longest} minutes. ` +
      'Each team is a row below.',
    value: longest,
    threshold: block,
    source: SCHEDULE_SOURCES.collaboration,
    rows: [],
    lever: {
      text:
        `One school-wide option for ${teamsText(primary.length)} (${total.teachers} teachers): ${cover}. ${noCostSummary(primary, covers)} ` +
        `Each team's share is on its row.${unpriced}`,
      cost: total.cost,
      ...(total.fte === null ? {} : { fte: Math.round(total.fte * 100) / 100 }),
      ...(freeOfCost && allCover !== null ? { coverForAll: allCover } : {}),
    },
    settings: ['collaborationBlockMinutes'],
    principle: 1,
  };
}

/**
 * The schedule rows of each team's members' sections, in sheet order: one pass over the sections for all teams,
 * as a district has 150,000 sections and a flag per department.
 */
function teamRows(teams: readonly TeamCollaboration[], parsed: ParsedWorkbook): SourceRef[][] {
  const rows: SourceRef[][] = teams.map(() => []);
  if (teams.length === 0) return rows;
  const teamsOf = new Map<string, number[]>();
  teams.forEach((team, index) => {
    for (const member of new Set(team.members)) {
      const list = teamsOf.get(member);
      if (list) list.push(index);
      else teamsOf.set(member, [index]);
    }
  });
  const lastAdded = new Array<unknown>(teams.length);
  // Indexed loops, and nothing made for a teacher in no team: 150,000 sections pass through here.
  const sections = parsed.sections;
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s];
    const teachers = section.teachers;
    for (let k = 0; k < teachers.length; k++) {
      const indices = teamsOf.get(teachers[k]);
      if (indices === undefined) continue;
      for (let i = 0; i < indices.length; i++) {
        const index = indices[i];
        if (lastAdded[index] === section) continue;
        lastAdded[index] = section;
        rows[index].push(section.source);
      }
    }
  }
  return rows;
}

/**
 * The school-wide flag's word on a schedule change: which teams a change of sections (or days already free in pieces)
 * gives the block at no cost, naming the change, and for the rest that none was found within the search.
 */
function noCostSummary(teams: readonly TeamCollaboration[], covers: readonly TeamCover[]): string {
  const found: string[] = [];
  const notFound: string[] = [];
  for (const [index, team] of teams.entries()) {
    const { rearrange, noCost: option } = covers[index];
    if (rearrange) found.push(`${team.team} (rearranging ${rearrange.day}'s periods ${rearrange.slots.join(', ')})`);
    else if (option?.found) found.push(`${team.team} (${option.summary})`);
    else notFound.push(team.team);
  }
  const foundText = found.length ? `A schedule change gives the block at no cost to ${found.join('; ')}. ` : '';
  const none = notFound.length
    ? `For ${notFound.length === teams.length ? 'every team' : notFound.join(', ')}, no schedule change within the search gives it at no cost (why is on each row).`
    : '';
  return `${foundText}${none}`.trim();
}

function collaborationLever(team: TeamCollaboration, cover: TeamCover, block: number, basis: LeverBasis): Lever {
  const { rearrange, noCost, cost, fte, minutes } = cover;
  // Free time already there in pieces, then the searched section moves (named), or why no move was found.
  const roomText = rearrange
    ? ` The schedule has room: on ${rearrange.day} the team is already free together for ${rearrange.minutes} minutes ` +
      `(${rearrange.slots.join(', ')}) in separate pieces; moving classes so those periods sit together makes the block without cover.`
    : '';
  // After a partial alignment, the cover still needed is priced like any cover (the lever's cost stays today's).
  const partialCover = noCost?.partial ? coverageCost(team.members.length * Math.max(0, block - noCost.partial.blockMinutes), basis).cost : null;
  const partialPrice = partialCover === null ? '' : ` That cover ≈ ${formatMoney(partialCover)} a year.`;
  const movesText = noCost && (noCost.found || !rearrange) ? ` ${noCost.text}${partialPrice}${noCost.found || noCost.partial ? ` ${noCost.checked}` : ''}` : '';
  const rearrangeText = `${roomText}${movesText}`;
  if (minutes === null) {
    return {
      text: `With no period length known the cover cannot be priced; set the period length, or add times or a bell schedule.${rearrangeText}`,
      cost: null,
    };
  }
  // The cover's price is stated even where rearranging makes the block at no cost, so the two options can be compared.
  const coverPrice = coverageCost(minutes, basis).cost;
  const priced =
    fte !== null && coverPrice !== null
      ? ` = ${formatPricedFte(fte)} FTE of teaching time ≈ ${formatMoney(coverPrice)} a year at this budget's average teacher cost`
      : fte !== null
        ? ` = ${formatPricedFte(fte)} FTE of teaching time; the budget gives no average teacher cost to price it`
        : '';
  return {
    text:
      `A weekly ${block}-minute block needs ${team.members.length} × (${block} − ${team.longestBlockMinutes}) = ${minutes} minutes ` +
      `of cover a week${priced}.${rearrangeText}`,
    cost,
    fte: fte === null ? undefined : Math.round(fte * 100) / 100,
    // A schedule change makes it $0: the cover it spares is kept for the What If, which can price either.
    ...(cost === 0 && coverPrice !== null && coverPrice > 0 ? { coverForAll: coverPrice } : {}),
  };
}
