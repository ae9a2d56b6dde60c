import type { BudgetLine, BudgetSummary, Flag, ParsedWorkbook, SchoolLevel, Settings, SourceRef, TeamCollaboration } from '../types';
import type { ScheduleAnalysis } from '../analyse/schedule';
import { counselorPositions, fteGiven, isLockedCompliance, lockedDollars, positionOf, specialEducationAides, useInBudget } from '../analyse/budget';
import { enrolledStudents, specialEducationStudents } from '../analyse/needCounts';
import { primaryTeams } from '../analyse/collaboration';
import { teamsCoachesServe } from './coachTeams';
import { moneyConstraints } from './moneyRules';
import { DEFAULT_THRESHOLDS } from '../settings/defaults';
import { formatFte, formatMoney, formatPercent as percent, formatPricedFte, teamsText, type LeverBasis } from './scheduleLevers';
import { coverTotal, noCostOption, type CoverTotal } from './teamCover';
import { COLLABORATION_MEASURE, COLLABORATION_SCHOOL_ID, collaborationCoverOwner } from './timeFlags';
import { round } from '../analyse/stats';
import { pdBreakdown } from './pdLines';
import { teamsWithReadTimetables } from '../analyse/unreadTimetables';
import { fundTiersText } from './fundTiers';

// Budget flags and the flags that join budget and schedule, each with its lever priced in the school's own money.

export const BUDGET_SOURCES = {
  spedAides:
    'ERS, Strategic Review of District & School Level Resources (LAUSD, 2007): LAUSD staffs 1 special-education aide per 9 students; benchmark districts 12-20.',
  coaching:
    'ERS, Strategic Review of District & School Level Resources (LAUSD, 2007): LAUSD coach spending per teacher of $4,800 (elementary), $2,800 (middle), $2,000 (high) as reference points.',
  pd: 'ERS, Strategic Review of District & School Level Resources (LAUSD, 2007): LAUSD spends 6.1% of its budget, $10.9K per teacher, on professional development.',
  counselors: 'American School Counselor Association (ASCA): 250 students per school counselor.',
  locked:
    'ERS Brief #2, principle 4: organize staff and money around an instructional design, not program silos and compliance; tell locked (restricted) money from discretionary money.',
  coachingTime:
    'ERS, "Finding Time for Collaborative Planning"; ERS, Strategic Review of LAUSD (2007): expert coaching works in teams’ common planning time, at least one 90-minute block a week.',
  pdTime:
    'ERS Brief #2, principle 1: invest in teaching quality through weekly common planning time (at least one 90-minute block) rather than school-wide days.',
} as const;

const PRINCIPLE_TEACHING_QUALITY = 1;
const PRINCIPLE_INDIVIDUAL_ATTENTION = 3;
const PRINCIPLE_INSTRUCTIONAL_DESIGN = 4;

/** The budget's flags; the levers are priced on the basis analyse() works out once (leverBasis at this budget's cost). */
export function budgetFlags(
  budget: BudgetSummary,
  schedule: ScheduleAnalysis,
  parsed: ParsedWorkbook,
  settings: Settings,
  level: SchoolLevel,
  basis: LeverBasis,
): Flag[] {
  const pricing = coverPricing(schedule, basis, settings.thresholds.collaborationBlockMinutes);
  const flags: (Flag | null)[] = [
    spedAideFlag(budget, parsed, settings),
    coachSpendingFlag(budget, parsed, settings, level),
    pdSpendingFlag(budget, parsed, settings),
    counselorFlag(budget, parsed, settings),
    lockedShareFlag(budget, parsed),
    coachingWithoutCommonTimeFlag(budget, schedule, parsed, level, pricing),
    pdWithoutCollaborationFlag(budget, schedule, parsed, level, pricing),
    lockedComplianceFlag(budget, parsed, settings),
  ];
  return flags.filter((f): f is Flag => f !== null);
}

function spedAideFlag(budget: BudgetSummary, parsed: ParsedWorkbook, settings: Settings): Flag | null {
  const min = settings.thresholds.spedStudentsPerAideMin;
  const ratio = budget.spedStudentsPerAide;
  // The ratio is null when the count is (none given, or only some grades give it): the two come from one count.
  const spedStudents = specialEducationStudents(parsed.enrollment);
  if (ratio === null || ratio >= min || spedStudents === null) return null;
  const { lines: aides, fte: aideFte, amount: aideAmount } = specialEducationAides(parsed.budget);
  const neededFte = spedStudents / min;
  // At most the share the seed thought possible: aides written into IEPs change only as each IEP is reviewed.
  const share = settings.thresholds.spedAideReductionShare;
  const excessFte = Math.min(aideFte - neededFte, aideFte * share);
  const capped = excessFte < aideFte - neededFte;
  const costPerAide = aideAmount / aideFte;
  const excessCost = excessFte * costPerAide;
  return {
    id: 'sped-aides',
    unit: 'number',
    severity: 'warning',
    measure: 'Special-education students per aide',
    finding:
      `${spedStudents} special-education students and ${formatFte(aideFte)} special-education aide FTE: ` +
      `${formatFte(ratio)} students per aide, below the benchmark of ${min}.`,
    value: round(ratio, 1),
    threshold: min,
    source: BUDGET_SOURCES.spedAides,
    rows: refs(aides),
    lever: {
      text:
        `At ${min} students per aide, ${spedStudents} students need ${formatPricedFte(neededFte)} aide FTE; the ` +
        `${formatPricedFte(excessFte)} FTE above that ratio${capped ? ` (capped at the ${percent(share)} scale-back ${share === DEFAULT_THRESHOLDS.spedAideReductionShare ? 'ERS proposed for LAUSD' : `in the settings; ERS proposed ${percent(DEFAULT_THRESHOLDS.spedAideReductionShare)} for LAUSD`})` : ''} ` +
        `cost ≈ ${formatMoney(excessCost)} at this budget's ${formatMoney(costPerAide)} per aide, ` +
        'money that could fund special-education teachers, co-teaching or smaller groups instead. Aides are often written ' +
        "into students' IEPs: a change follows each student's IEP meeting, over several years. " +
        'IDEA and special-education money stays in special education.',
      // Fewer aides need no new money: the dollars are released for the uses the text names.
      cost: 0,
      freed: Math.round(excessCost),
      fte: round(excessFte, 2),
    },
    settings: ['spedStudentsPerAideMin', 'spedAideReductionShare'],
    principle: PRINCIPLE_INSTRUCTIONAL_DESIGN,
  };
}

/**
 * An information comparison with LAUSD's coach spending, above or below it: the seed gives these as reference
 * points, not targets, and its point is that coaching pays off only in teams' common time. The lever (time, not
 * more money) belongs to the coaching-without-common-time flag.
 */
function coachSpendingFlag(budget: BudgetSummary, parsed: ParsedWorkbook, settings: Settings, level: SchoolLevel): Flag | null {
  const reference = settings.thresholds.coachDollarsPerTeacher[level];
  const perTeacher = budget.coachPerTeacher;
  // A per-teacher figure is there only when the budget gives teacher FTE (null without it), which the text names.
  if (perTeacher === null || budget.teacherFte === null) return null;
  const coaches = parsed.budget.filter((l) => l.use === 'Coaches');
  const comparison =
    Math.round(perTeacher) === reference ? 'the same as' : perTeacher > reference ? 'above' : 'below';
  return {
    id: 'coach-spending',
    unit: 'currency',
    severity: 'info',
    measure: 'Coach spending per teacher',
    finding:
      `Coaching costs ${formatMoney(perTeacher)} per teacher (${formatMoney(useInBudget(budget, 'Coaches').amount)} over ${formatFte(budget.teacherFte)} teacher FTE), ` +
      `${comparison} the LAUSD ${level}-school reference point of ${formatMoney(reference)}. ` +
      'Coaching pays off when coaches work with teams in weekly common planning time.',
    value: Math.round(perTeacher),
    threshold: reference,
    source: BUDGET_SOURCES.coaching,
    rows: refs(coaches),
    settings: ['coachDollarsPerTeacher'],
    principle: PRINCIPLE_TEACHING_QUALITY,
  };
}

/**
 * LAUSD's reference ($10.9K per teacher, 6.1% of the budget) counts coaching and paid teacher PD time as PD, so the
 * school's figure is compared on the same basis: PD lines (stipends and substitutes for PD time included) plus
 * coaching. The PD lines alone are stated beside it.
 */
function pdSpendingFlag(budget: BudgetSummary, parsed: ParsedWorkbook, settings: Settings): Flag | null {
  // Both are null when the budget has no PD line at all: no PD line is not evidence of $0 of PD.
  if (budget.pdPerTeacher === null || budget.pdShare === null) return null;
  const t = settings.thresholds;
  const pdLines = parsed.budget.filter((l) => l.use === 'Professional development');
  const coaches = parsed.budget.filter((l) => l.use === 'Coaches');
  const pdAmount = useInBudget(budget, 'Professional development').amount;
  const coachAmount = useInBudget(budget, 'Coaches').amount;
  const perTeacher = budget.pdWithCoachingPerTeacher ?? budget.pdPerTeacher;
  const share = budget.pdWithCoachingShare ?? budget.pdShare;
  return {
    id: 'pd-spending',
    unit: 'currency',
    severity: 'info',
    measure: 'Professional development spending',
    finding:
      `Professional development on LAUSD's basis (PD lines plus coaching, as its reference counts them): ` +
      `${formatMoney(pdAmount + coachAmount)}, ${percent(share)} of the budget and ${formatMoney(perTeacher)} per teacher ` +
      `(LAUSD: ${percent(t.pdShareReference)} and ${formatMoney(t.pdDollarsPerTeacherReference)} per teacher). ` +
      `The PD lines alone: ${formatMoney(pdAmount)}, ${percent(budget.pdShare)} and ${formatMoney(budget.pdPerTeacher)} per teacher.`,
    value: Math.round(perTeacher),
    threshold: t.pdDollarsPerTeacherReference,
    source: BUDGET_SOURCES.pd,
    rows: refs([...pdLines, ...coaches]),
    settings: ['pdShareReference', 'pdDollarsPerTeacherReference'],
    principle: PRINCIPLE_TEACHING_QUALITY,
  };
}

function counselorFlag(budget: BudgetSummary, parsed: ParsedWorkbook, settings: Settings): Flag | null {
  const max = settings.thresholds.studentsPerCounselorMax;
  const students = enrolledStudents(parsed.enrollment);
  if (students === 0) return null;
  const { lines: counselors, fte: counselorFte, amount: counselorAmount } = counselorPositions(parsed.budget);
  const ratio = budget.studentsPerCounselor;
  const needed = Math.ceil(students / max);
  // Counselor lines that give no FTE: how many counselors is unknown (the Data Check says so), not none.
  if (counselors.length > 0 && !fteGiven(counselors)) return null;
  if (counselorFte === 0) {
    return {
      id: 'counselor-ratio',
      unit: 'number',
      severity: 'warning',
      measure: 'Students per counselor',
      finding: `The budget funds no counselor for ${students} students (recommended: at most ${max} students per counselor).`,
      value: 'no counselor',
      threshold: max,
      source: BUDGET_SOURCES.counselors,
      rows: parsed.enrollment.map((e) => e.source),
      lever: { text: `${students} students need ${needed} counselor FTE at ${max} students per counselor.`, cost: null, fte: needed },
      settings: ['studentsPerCounselorMax'],
      principle: PRINCIPLE_INDIVIDUAL_ATTENTION,
    };
  }
  if (ratio === null || ratio <= max) return null;
  const extraFte = needed - counselorFte;
  const costPerCounselor = counselorAmount / counselorFte;
  const cost = extraFte * costPerCounselor;
  return {
    id: 'counselor-ratio',
    unit: 'number',
    severity: 'warning',
    measure: 'Students per counselor',
    finding: `${students} students and ${formatFte(counselorFte)} counselor FTE: ${formatFte(ratio)} students per counselor, above ${max}.`,
    value: round(ratio, 1),
    threshold: max,
    source: BUDGET_SOURCES.counselors,
    rows: refs(counselors),
    lever: {
      text:
        `Reaching ${max} students per counselor needs ${formatPricedFte(extraFte)} more counselor FTE ≈ ${formatMoney(cost)} at this ` +
        `budget's ${formatMoney(costPerCounselor)} per counselor.`,
      cost: Math.round(cost),
      fte: round(extraFte, 2),
    },
    settings: ['studentsPerCounselorMax'],
    principle: PRINCIPLE_INDIVIDUAL_ATTENTION,
  };
}

function lockedShareFlag(budget: BudgetSummary, parsed: ParsedWorkbook): Flag | null {
  const locked = parsed.budget.filter((l) => l.locked);
  const share = budget.lockedShare;
  if (share === null || locked.length === 0) return null;
  const lockedAmount = lockedDollars(budget) ?? 0;
  const funds = [...new Set(locked.map((l) => l.fund ?? l.program ?? ''))].filter((f) => f !== '');
  return {
    id: 'locked-share',
    unit: 'percent',
    severity: 'info',
    measure: 'Locked (restricted) share of the budget',
    finding:
      `${percent(share)} of the budget (${formatMoney(lockedAmount)}) is locked money` +
      `${funds.length ? ` (${funds.join(', ')})` : ''}. ` +
      (budget.byTier ? `By tier: ${fundTiersText(budget.byTier)}` : `The other ${formatMoney(budget.total - lockedAmount)} is not restricted.`),
    value: round(share, 4),
    threshold: 'for discussion',
    source: BUDGET_SOURCES.locked,
    rows: refs(locked),
    settings: [],
    principle: PRINCIPLE_INSTRUCTIONAL_DESIGN,
  };
}

/** Teams whose longest common block is known: every member's timetable was read and block lengths are known. */
function judgedTeams(teams: readonly TeamCollaboration[]): TeamCollaboration[] {
  return teamsWithReadTimetables(teams).filter((t) => t.longestBlockMinutes !== null);
}

/** Judged teams whose longest common block is shorter than the block recommended practice asks for. */
function teamsWithoutBlock(judged: readonly TeamCollaboration[], block: number): TeamCollaboration[] {
  return judged.filter((t) => t.longestBlockMinutes! < block);
}

/**
 * Cover that gives teams one weekly block, as the collaboration flags price each team (teamCover.ts): the sum of the
 * teams' shares; the same money is counted once, in the collaboration flag that owns it. Shared by the coaching and
 * PD levers, so the whole school's cover is worked out once, and only when a lever needs it.
 */
interface CoverPricing {
  block: number;
  of(teams: readonly TeamCollaboration[]): CoverTotal;
  /** Every judged team of the primary basis without the block. */
  allWithoutBlock(): TeamCollaboration[];
  allCover(): CoverTotal;
}

function coverPricing(schedule: ScheduleAnalysis, basis: LeverBasis, block: number): CoverPricing {
  let all: TeamCollaboration[] | undefined;
  let allCover: CoverTotal | undefined;
  const of = (teams: readonly TeamCollaboration[]) => coverTotal(teams, schedule, block, basis);
  const allWithoutBlock = () => (all ??= teamsWithoutBlock(judgedTeams(primaryTeams(schedule.collaboration)), block));
  return { block, of, allWithoutBlock, allCover: () => (allCover ??= of(allWithoutBlock())) };
}

/**
 * The lever's mark: its cover is already counted in the collaboration flag that prices these teams, and the text
 * says so for readers without the Flags sheet's Counted column (the JSON, the pane).
 */
function countedWithCollaboration(lever: Flag['lever'], schedule: ScheduleAnalysis, block: number): Flag['lever'] {
  const owner = collaborationCoverOwner(schedule.collaboration, block);
  if (!lever || !owner) return lever;
  const where = owner === COLLABORATION_SCHOOL_ID ? `the school-wide ${COLLABORATION_MEASURE.toLowerCase()} option` : `the ${COLLABORATION_MEASURE.toLowerCase()} flag of ${owner.slice('collaboration:'.length)}`;
  return { ...lever, text: `${lever.text} This cover is not extra money: it is counted once, in ${where}.`, countedIn: owner };
}

/**
 * Cover is priced for the teams the coaches serve (coachTeams.ts): specials and elective teams they never work
 * with are left out. The whole-school figure (every team of the primary basis without the block) is stated beside.
 */
function coachingWithoutCommonTimeFlag(
  budget: BudgetSummary,
  schedule: ScheduleAnalysis,
  parsed: ParsedWorkbook,
  level: SchoolLevel,
  pricing: CoverPricing,
): Flag | null {
  const coaches = parsed.budget.filter((l) => l.use === 'Coaches');
  const { amount: coachAmount, fte: coachFte } = useInBudget(budget, 'Coaches');
  const block = pricing.block;
  const served = teamsCoachesServe(coaches, schedule.collaboration, schedule.teachers, level);
  const servedJudged = judgedTeams(served.teams);
  const without = teamsWithoutBlock(servedJudged, block);
  if (coachAmount <= 0 || without.length === 0) return null;
  const judged = servedJudged.length;
  const coverage = pricing.of(without);
  return {
    id: 'coaching-without-common-time',
    unit: 'currency',
    // The root cause (no common block) is the collaboration flag's critical finding; this is what it costs the coaching.
    severity: 'warning',
    measure: 'Coaching without common planning time',
    finding:
      `${formatMoney(coachAmount)}${fteNote(coaches, coachFte)} is spent on coaches while ${without.length} of the ${judged} ` +
      `${judged === 1 ? 'team' : 'teams'} they serve ${without.length === 1 ? 'has' : 'have'} ` +
      `no common block of ${block} minutes a week to work with them: ${names(without)}.`,
    value: Math.round(coachAmount),
    threshold: `${block}-minute weekly block per team`,
    source: BUDGET_SOURCES.coachingTime,
    rows: refs(coaches),
    lever: countedWithCollaboration(
      withSuffix(
        coverageLever(without, block, coverage, noCostTeams(without, schedule), `so the coaches' ${formatMoney(coachAmount)} works in the planning time of the teams they serve`),
        ` Teams served: ${served.basis}.` + wholeSchool(pricing, without),
      ),
      schedule,
      block,
    ),
    settings: ['collaborationBlockMinutes'],
    principle: PRINCIPLE_TEACHING_QUALITY,
  };
}

function pdWithoutCollaborationFlag(
  budget: BudgetSummary,
  schedule: ScheduleAnalysis,
  parsed: ParsedWorkbook,
  level: SchoolLevel,
  pricing: CoverPricing,
): Flag | null {
  const pdLines = parsed.budget.filter((l) => l.use === 'Professional development');
  const pdAmount = useInBudget(budget, 'Professional development').amount;
  const block = pricing.block;
  // PD serves the core teams; specials and elective teams are priced only in the whole-school figure.
  const judged = judgedTeams(teamsCoachesServe([], schedule.collaboration, schedule.teachers, level).teams);
  if (pdAmount <= 0 || judged.length === 0 || judged.some((t) => (t.longestBlockMinutes ?? 0) >= block)) return null;
  const coverage = pricing.of(judged);
  const share = coverage?.cost ? ` The PD budget would pay ${percent(Math.min(pdAmount / coverage.cost, 1))} of it.` : '';
  return {
    id: 'pd-without-collaboration',
    unit: 'currency',
    severity: 'warning',
    measure: 'PD money without weekly common planning',
    finding:
      `${formatMoney(pdAmount)} goes to professional development, yet none of the ${judged.length} core teams has a weekly common block of ` +
      `${block} minutes to use it in. ${describePdLines(pdLines)}`,
    value: Math.round(pdAmount),
    threshold: `${block}-minute weekly block per team`,
    source: BUDGET_SOURCES.pdTime,
    rows: refs(pdLines),
    lever: countedWithCollaboration(
      withSuffix(coverageLever(judged, block, coverage, noCostTeams(judged, schedule), 'for every core team'), share + wholeSchool(pricing, judged)),
      schedule,
      block,
    ),
    settings: ['collaborationBlockMinutes'],
    principle: PRINCIPLE_TEACHING_QUALITY,
  };
}

/**
 * " Whole school (all 8 teams without the block): ≈ $X." when more teams than those priced lack the block. With no
 * teaching minutes to price cover (coverageLever says so for the teams priced) it says that, never "≈ 0.0 FTE".
 */
function wholeSchool(pricing: CoverPricing, priced: readonly TeamCollaboration[]): string {
  const all = pricing.allWithoutBlock();
  if (all.length <= priced.length) return '';
  const { cost, fte } = pricing.allCover();
  const lead = ` Whole school (all ${teamsText(all.length)} without the block)`;
  if (cost === null && fte === null) return `${lead}: the schedule has no minutes to price its coverage either.`;
  return `${lead}: ≈ ${cost === null ? `${formatFte(fte!)} teacher FTE` : formatMoney(cost)}.`;
}

function lockedComplianceFlag(budget: BudgetSummary, parsed: ParsedWorkbook, settings: Settings): Flag | null {
  const lines = parsed.budget.filter(isLockedCompliance);
  const { amount, fte } = positionOf(lines);
  if (amount <= 0) return null;
  const titles = [...new Set(lines.map((l) => l.jobTitle ?? l.description))];
  const share = settings.thresholds.complianceReductionShare;
  const proposed = DEFAULT_THRESHOLDS.complianceReductionShare;
  const priced = amount * share;
  const pricedFte = budget.averageTeacherCost ? priced / budget.averageTeacherCost : null;
  return {
    id: 'locked-compliance',
    unit: 'currency',
    severity: 'warning',
    measure: 'Locked money funding compliance positions',
    finding:
      `${formatMoney(amount)} of locked money${fteNote(lines, fte)} funds program-management and compliance positions: ` +
      `${titles.join(', ')}.`,
    value: Math.round(amount),
    threshold: 'for discussion',
    source: BUDGET_SOURCES.locked,
    rows: refs(lines),
    lever: {
      text:
        `Review these positions within their funds' rules; ERS's Strategic Review of LAUSD (2007) proposed reducing program management by ` +
        `${percent(proposed)}, not removing it${share === proposed ? '' : `; the settings price ${percent(share)}`}: ${formatMoney(priced)}` +
        (pricedFte === null ? '' : ` = ${formatPricedFte(pricedFte)} teacher FTE at this budget's average teacher cost of ${formatMoney(budget.averageTeacherCost ?? 0)}`) +
        ` (of ${formatMoney(amount)} in all). ${moneyConstraints(lines).join(' ')}`.trimEnd(),
      // Redirected within the funds' rules: money released, not new money.
      cost: 0,
      freed: Math.round(priced),
      ...(pricedFte === null ? {} : { fte: round(pricedFte, 2) }),
    },
    settings: ['complianceReductionShare'],
    principle: PRINCIPLE_INSTRUCTIONAL_DESIGN,
  };
}

/** The teams a searched schedule change gives the block at no cost (analyse/planningSwaps.ts): their cover is 0. */
function noCostTeams(teams: readonly TeamCollaboration[], schedule: ScheduleAnalysis): string[] {
  return teams.filter((t) => noCostOption(t, schedule)?.found).map((t) => t.team);
}

function coverageLever(teams: readonly TeamCollaboration[], block: number, coverage: CoverTotal, noCost: readonly string[], purpose: string): Flag['lever'] {
  const base = `A weekly ${block}-minute common block ${purpose} (${teamsText(teams.length)}, ${coverage.teachers} teachers)`;
  if (coverage.fte === null) return { text: `${base} needs a schedule change; the schedule has no minutes to price the coverage.`, cost: null };
  // Which teams a schedule change serves at no cost is the common planning flags' to say; here, how many.
  const change =
    noCost.length === 0
      ? ', or a schedule change that aligns their free periods (none was found within the search).'
      : noCost.length === teams.length
        ? `; a schedule change gives every one of them the block at no cost (${noCost.join(', ')}).`
        : `; a schedule change gives ${noCost.join(', ')} the block at no cost, priced at $0 here.`;
  return {
    text:
      `${base} needs ≈ ${coverage.cost === null ? formatFte(coverage.fte) : formatPricedFte(coverage.fte)} teacher FTE of coverage` +
      (coverage.cost === null ? '' : ` ≈ ${formatMoney(coverage.cost)}`) +
      change,
    cost: coverage.cost === null ? null : Math.round(coverage.cost),
    fte: round(coverage.fte, 2),
  };
}

/** What the PD lines say they buy, by keyword, e.g. "The PD lines show consultants $24,000, conferences $18,000." */
function describePdLines(lines: readonly BudgetLine[]): string {
  const parts = pdBreakdown(lines);
  const described = parts.filter((p) => p.kind !== 'not described');
  if (described.length === 0) return 'The PD lines do not say what they buy.';
  const text = parts.map((p) => `${p.kind === 'not described' ? 'other lines' : p.kind} ${formatMoney(p.amount)}`).join(', ');
  return `The PD lines show ${text}.`;
}

function withSuffix(lever: Flag['lever'], suffix: string): Flag['lever'] {
  return lever && suffix ? { ...lever, text: lever.text + suffix } : lever;
}

function names(teams: readonly TeamCollaboration[]): string {
  const shown = teams.slice(0, 8).map((t) => t.team);
  return shown.join(', ') + (teams.length > shown.length ? `, and ${teams.length - shown.length} more` : '');
}

/**
 * " (2.0 FTE)" when some of the lines give an FTE; nothing when none does (contracted coaching, a budget without an
 * FTE column), where "(0.0 FTE)" would state a missing count as zero.
 */
function fteNote(lines: readonly BudgetLine[], fte: number | null): string {
  return fte !== null && fteGiven(lines) ? ` (${formatFte(fte)} FTE)` : '';
}

function refs(lines: readonly BudgetLine[]): SourceRef[] {
  return lines.map((l) => l.source);
}
