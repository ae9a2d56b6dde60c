import type { Flag, GradeCoreShare, ParsedWorkbook, SchoolLevel, Settings, SourceRef, TeamCollaboration, TimeBySubject } from '../types';
import type { ScheduleAnalysis } from '../analyse/schedule';
import { gradeKey, isElaOrMath, isLiteracy, isMath } from '../analyse/subjects';
import { SCHEDULE_SOURCES } from './scheduleSources';
import { coverageCost, formatMoney, formatPricedFte, type LeverBasis } from './scheduleLevers';
import { teamsWithReadTimetables } from '../analyse/unreadTimetables';
import { UNMAPPED_SUBJECT } from '../analyse/classSize';
import type { ClassDayBlock, GradeSubjectBlocks } from '../analyse/subjectBlocks';
import { median } from '../analyse/stats';

// Flags about time: the secondary ELA/ELD + math share, elementary literacy and math minutes, and each team's
// collaborative planning block.

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

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
 * One flag per team without a block of the threshold's length. Severity is critical when the team has no common
 * time at all. The lever prices cover: members × (block − longest common block) minutes a week at the cost of an
 * FTE-minute; where a day already holds enough free minutes in separate pieces, rearranging that day's periods
 * makes the block without cover, and the lever says which day and periods. With periods and no minutes, only a
 * team with no common period at all can be judged.
 */
const TEAM_BASIS_LABEL = { roster: "the roster's team", grade: 'grade team', department: 'department' } as const;

export function collaborationFlags(analysis: ScheduleAnalysis, parsed: ParsedWorkbook, settings: Settings, basis: LeverBasis): Flag[] {
  const block = settings.thresholds.collaborationBlockMinutes;
  const flags: Flag[] = [];
  // A team with a member whose timetable could not be read has unknown common time: a Data Check item, not a flag.
  const flagged = teamsWithReadTimetables(analysis.collaboration).filter((team) => {
    const none = team.commonPeriodsPerCycle === 0 && team.scheduledCollaborationMinutesPerWeek === 0;
    return team.longestBlockMinutes === null ? none : team.longestBlockMinutes < block;
  });
  const rowsOf = teamRows(flagged, parsed);
  // Roster teams, grade teams and departments side by side: each flag says which kind of team it is.
  const labelled = new Set(analysis.collaboration.map((t) => t.basis)).size > 1;
  for (const [index, team] of flagged.entries()) {
    const none = team.commonPeriodsPerCycle === 0 && team.scheduledCollaborationMinutesPerWeek === 0;
    const longest = team.longestBlockMinutes ?? 0;
    const who = `${team.team} (${labelled ? `${TEAM_BASIS_LABEL[team.basis]}, ` : ''}${team.members.length} members)`;
    flags.push({
      id: `collaboration:${team.team}`,
      unit: 'minutes',
      severity: none ? 'critical' : 'warning',
      measure: 'Collaborative planning',
      finding: none
        ? `${who}: no time in the week when all members are free of teaching together.`
        : `${who}: the longest common free block is ${longest} minutes, below one ${block}-minute block a week` +
          `${team.commonMinutesPerWeek === null ? '' : ` (${team.commonMinutesPerWeek} common minutes a week in all)`}.`,
      value: longest,
      threshold: block,
      source: SCHEDULE_SOURCES.collaboration,
      rows: rowsOf[index],
      lever: collaborationLever(team, analysis, block, basis),
      settings: ['collaborationBlockMinutes'],
      principle: 1,
    });
  }
  return flags;
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
  for (const section of parsed.sections) {
    for (const teacher of section.teachers) {
      for (const index of teamsOf.get(teacher) ?? []) {
        if (lastAdded[index] === section) continue;
        lastAdded[index] = section;
        rows[index].push(section.source);
      }
    }
  }
  return rows;
}

function collaborationLever(team: TeamCollaboration, analysis: ScheduleAnalysis, block: number, basis: LeverBasis) {
  const rearrange = (analysis.teamFreeSlots?.[team.team] ?? []).find((d) => d.minutes !== null && d.minutes >= block);
  const rearrangeText = rearrange
    ? ` The schedule has room: on ${rearrange.day} the team is already free together for ${rearrange.minutes} minutes ` +
      `(${rearrange.slots.join(', ')}) in separate pieces; moving classes so those periods sit together makes the block without cover.`
    : '';
  if (team.longestBlockMinutes === null) {
    return {
      text: `With no period length known the cover cannot be priced; set the period length, or add times or a bell schedule.${rearrangeText}`,
      cost: null,
    };
  }
  const coverage = team.members.length * (block - team.longestBlockMinutes);
  const { cost, fte } = coverageCost(coverage, basis);
  const priced =
    cost !== null
      ? ` = ${formatPricedFte(fte!)} FTE of teaching time ≈ ${formatMoney(cost)} a year at this budget's average teacher cost`
      : fte !== null
        ? ` = ${formatPricedFte(fte)} FTE of teaching time; the budget gives no average teacher cost to price it`
        : '';
  return {
    text:
      `A weekly ${block}-minute block needs ${team.members.length} × (${block} − ${team.longestBlockMinutes}) = ${coverage} minutes ` +
      `of cover a week${priced}.${rearrangeText}`,
    cost: rearrange ? 0 : cost,
    fte: fte === null ? undefined : Math.round(fte * 100) / 100,
  };
}
