import type { BudgetByUse, BudgetLine, BudgetSummary, FundTier, MoneyUse, ParsedWorkbook, Settings } from '../types';
import type { ScheduleAnalysis } from './schedule';
import { keywordMatches } from '../parse/budgetUse';
import { rowRange } from './dataCheckCells';
import { averageClassSize } from './classSize';
import { round, sumOf } from './stats';
import { enrolledStudents, specialEducationStudents } from './needCounts';

// Budget by use, the ratios recommended practice is judged by, and the budget-vs-schedule check.

export const MONEY_USES: readonly MoneyUse[] = [
  'Core classroom teachers',
  'Elective/specialist teachers',
  'Special-education instruction',
  'EL instruction',
  'Instructional aides',
  'Coaches',
  'Professional development',
  'Leadership',
  'Program management/compliance',
  'Pupil services',
  'Operations',
  'Benefits',
  'Other',
];

export const FUND_TIERS: readonly (FundTier | 'unknown')[] = ['restricted', 'formula', 'discretionary', 'unknown'];

/** A line's fund tier; lines built without one (older callers) say only whether they are locked. */
export function fundTierOf(line: BudgetLine): FundTier | 'unknown' {
  return line.fundTier ?? (line.locked ? 'restricted' : 'discretionary');
}

/**
 * Locked (restricted) dollars: the restricted tier's total, the one place they are summed (the locked share is it over
 * the total). Null when no line names its fund, so the locked money is unknown, not $0. A summary without tiers
 * (saved before tiers existed) gives its locked share of the total.
 */
export function lockedDollars(budget: Pick<BudgetSummary, 'total' | 'lockedShare' | 'byTier'>): number | null {
  if (budget.lockedShare === null) return null;
  return budget.byTier ? tierAmount(budget.byTier, 'restricted') : budget.lockedShare * budget.total;
}

function tierAmount(byTier: readonly { tier: FundTier | 'unknown'; amount: number }[], tier: FundTier | 'unknown'): number {
  return byTier.find((t) => t.tier === tier)?.amount ?? 0;
}

/** A use's dollars and FTE as the summary totals them (0 for a use the budget has no line of): what the flags read. */
export function useInBudget(budget: Pick<BudgetSummary, 'byUse'>, use: MoneyUse): { amount: number; fte: number | null } {
  const row = budget.byUse.find((b) => b.use === use);
  return { amount: row?.amount ?? 0, fte: row ? row.fte : 0 };
}

/** Dollars, FTE and lines of one use of money: the one place a use is totalled. */
export function useTotals(lines: readonly BudgetLine[], use: MoneyUse): { amount: number; fte: number; lines: number } {
  const ofUse = lines.filter((l) => l.use === use);
  return { amount: sumOf(ofUse, (l) => l.amount), fte: round(sumOf(ofUse, (l) => l.fte ?? 0), 4), lines: ofUse.length };
}

/** The uses whose lines are classroom teachers: they make the teacher FTE and the average teacher cost. */
export const TEACHER_USES: ReadonlySet<MoneyUse> = new Set<MoneyUse>([
  'Core classroom teachers',
  'Elective/specialist teachers',
  'Special-education instruction',
  'EL instruction',
]);

const SPECIAL_EDUCATION_WORDS = ['special education', 'special ed', 'sped', 'idea', 'sdc', 'rsp', 'special day class', 'resource specialist', 'iep'];

/**
 * Whether an aide line serves special education: any of its words (title, description, account, program, fund)
 * names special education. Districts fund and title these aides that way ("Special Ed Classroom Assist", IDEA).
 */
function isSpecialEducationAide(line: BudgetLine): boolean {
  if (line.use !== 'Instructional aides') return false;
  const texts = [line.jobTitle, line.description, line.accountDescription, line.program, line.fund];
  return SPECIAL_EDUCATION_WORDS.some((word) => texts.some((t) => keywordMatches(word, t)));
}

function isCounselor(line: BudgetLine): boolean {
  return line.use === 'Pupil services' && [line.jobTitle, line.description].some((t) => keywordMatches('counselor', t) || keywordMatches('counsellor', t));
}

/** Money in program-management and compliance positions paid from locked funds: the locked-compliance lever's whole. */
export function isLockedCompliance(line: BudgetLine): boolean {
  return line.locked === true && line.use === 'Program management/compliance';
}

/** A kind of position in the budget: its FTE and its dollars, whose ratio is this budget's own cost per position. */
export interface Position {
  fte: number;
  amount: number;
}

/** The one sum behind every per-position price (the Flags' levers and the What If's formulas divide these two). */
export function positionOf(lines: readonly BudgetLine[]): Position {
  let fte = 0;
  let amount = 0;
  for (const line of lines) {
    fte += line.fte ?? 0;
    amount += line.amount;
  }
  return { fte, amount };
}

/**
 * Whether any of the lines gives an FTE. When none does (a budget without an FTE column, a contracted service) their
 * FTE is unknown, though it sums to 0: never to be said as "0.0 FTE" or as no position at all.
 */
export function fteGiven(lines: readonly BudgetLine[]): boolean {
  return lines.some((l) => l.fte !== undefined);
}

/** The lines of one kind of position and their sum. */
export interface PositionLines extends Position {
  lines: BudgetLine[];
}

/**
 * Special-education aides: the one place they are picked and summed, for students per aide (the summary's ratio)
 * and the aide flag's price per aide. The summary keeps the ratio only; its --json is unchanged by the lever's sums.
 */
export function specialEducationAides(lines: readonly BudgetLine[]): PositionLines {
  const aides = lines.filter(isSpecialEducationAide);
  return { lines: aides, ...positionOf(aides) };
}

/** Counselors: the one place they are picked and summed, for students per counselor and the counselor flag's price. */
export function counselorPositions(lines: readonly BudgetLine[]): PositionLines {
  const counselors = lines.filter(isCounselor);
  return { lines: counselors, ...positionOf(counselors) };
}

/** A scheduled-vs-budgeted teacher gap larger than this share (and at least one teacher) goes to the data check. */
const TEACHER_MISMATCH_SHARE = 0.1;

/**
 * Budget by use and its ratios; null when there is no budget. The budget-vs-schedule check is added to
 * parsed.dataCheck (the result's data check is assembled from it after the analyses run).
 */
export function analyseBudget(parsed: ParsedWorkbook, settings: Settings, schedule: ScheduleAnalysis): BudgetSummary | null {
  void settings;
  const lines = parsed.budget;
  if (lines.length === 0) return null;

  const total = sumOf(lines, (l) => l.amount);
  const students = enrolledStudents(parsed.enrollment);
  // Locked money is told by a line's fund or program; when no line names one, the locked share is unknown, not 0%.
  const fundsKnown = lines.some((l) => l.fund !== undefined || l.program !== undefined);
  // A budget with no FTE at all (no FTE column) says nothing of any use's positions: each use's FTE is unknown, not
  // 0. Where the budget gives FTE, a line that leaves it blank (materials, a contract) holds no position: 0.
  const budgetGivesFte = fteGiven(lines);
  const byUse: BudgetByUse[] = MONEY_USES.map((use) => {
    const ofUse = lines.filter((l) => l.use === use);
    const { amount, fte } = useTotals(ofUse, use);
    return {
      use,
      amount,
      fte: budgetGivesFte ? fte : null,
      lines: ofUse.length,
      share: total !== 0 ? amount / total : 0,
      lockedAmount: fundsKnown ? sumOf(ofUse.filter((l) => fundTierOf(l) === 'restricted'), (l) => l.amount) : null,
      formulaAmount: sumOf(ofUse.filter((l) => fundTierOf(l) === 'formula'), (l) => l.amount),
      discretionaryAmount: sumOf(ofUse.filter((l) => fundTierOf(l) === 'discretionary'), (l) => l.amount),
      unknownFundAmount: sumOf(ofUse.filter((l) => fundTierOf(l) === 'unknown'), (l) => l.amount),
    };
    // Benefits normally sit inside the positions' amounts (parse/benefits.ts): a row only for lines left unspread.
  }).filter((b) => b.use !== 'Benefits' || b.lines > 0);
  const amountOf = (use: MoneyUse): number => useInBudget({ byUse }, use).amount;
  // A use's money is measured only when the budget has a line of that use (a line of $0 is a measured zero). A
  // budget with no such line, such as a position roster, says nothing about what is bought elsewhere: null, not $0.
  const hasUse = (use: MoneyUse): boolean => lines.some((l) => l.use === use);

  const teacherLines = lines.filter((l) => TEACHER_USES.has(l.use));
  // Missing is not zero: a budget whose teacher lines give no FTE (no FTE column) does not say how many teachers it
  // funds, so null; lines that give FTE 0 are a measured 0.
  const teacherFte = fteGiven(teacherLines) ? round(sumOf(teacherLines, (l) => l.fte ?? 0), 4) : null;
  // What the per-teacher figures divide by: none without teacher FTE, and none when it is 0.
  const perTeacherFte = teacherFte !== null && teacherFte > 0 ? teacherFte : null;
  // Only lines with FTE price a teacher: substitutes and stipends carry money but no position.
  const staffedTeacherLines = teacherLines.filter((l) => (l.fte ?? 0) > 0);
  const averageTeacherCost = perTeacherFte !== null ? sumOf(staffedTeacherLines, (l) => l.amount) / perTeacherFte : null;

  // Null when the enrollment gives no count, or only some grades do (needCounts.ts): then the ratio is not judged.
  const spedStudents = specialEducationStudents(parsed.enrollment);
  const spedAideFte = specialEducationAides(lines).fte;
  const counselors = counselorPositions(lines);
  const counselorFte = counselors.fte;
  const pd = amountOf('Professional development');

  // Money by tier: the restricted tier's total is the locked dollars (a line is locked exactly when its tier is).
  const byTier = FUND_TIERS.map((tier) => {
    const ofTier = lines.filter((l) => fundTierOf(l) === tier);
    const amount = sumOf(ofTier, (l) => l.amount);
    const funds = [...new Set(ofTier.map((l) => l.fund ?? l.program ?? '').filter((f) => f !== ''))];
    return { tier, amount, share: total !== 0 ? amount / total : 0, lines: ofTier.length, funds };
  });

  const scheduledTeachers = schedule.teachers.length;
  checkTeachersAgainstSchedule(parsed, lines, perTeacherFte, scheduledTeachers);
  checkUnmeasuredUses(parsed, lines, hasUse);
  checkCounselorFte(parsed, counselors.lines);

  return {
    total,
    perPupil: students > 0 ? total / students : null,
    lockedShare: !fundsKnown ? null : total !== 0 ? tierAmount(byTier, 'restricted') / total : 0,
    averageTeacherCost,
    teacherFte,
    pdPerTeacher: perTeacherFte !== null && hasUse('Professional development') ? pd / perTeacherFte : null,
    pdShare: !hasUse('Professional development') ? null : total !== 0 ? pd / total : 0,
    coachPerTeacher: perTeacherFte !== null && hasUse('Coaches') ? amountOf('Coaches') / perTeacherFte : null,
    pdWithCoachingPerTeacher:
      perTeacherFte !== null && (hasUse('Professional development') || hasUse('Coaches')) ? (pd + amountOf('Coaches')) / perTeacherFte : null,
    pdWithCoachingShare: total !== 0 ? (pd + amountOf('Coaches')) / total : 0,
    spedStudentsPerAide: spedStudents !== null && spedStudents > 0 && spedAideFte > 0 ? spedStudents / spedAideFte : null,
    studentsPerCounselor: students > 0 && counselorFte > 0 ? students / counselorFte : null,
    scheduledTeachers,
    byUse,
    unmatchedLines: lines.filter((l) => !l.useMatched).length,
    studentsPerTeacher: students > 0 && perTeacherFte !== null ? students / perTeacherFte : null,
    averageClassSize: averageClassSize(schedule.classSizes),
    teachersPer100Students: students > 0 && perTeacherFte !== null ? (perTeacherFte / students) * 100 : null,
    byTier,
    benefitsSpread: sumOf(lines, (l) => l.spreadBenefits ?? 0),
  };
}

/** teacherFte: null when the budget gives none (or 0), and then there is nothing to compare. */
function checkTeachersAgainstSchedule(parsed: ParsedWorkbook, lines: BudgetLine[], teacherFte: number | null, scheduledTeachers: number): void {
  if (scheduledTeachers === 0 || teacherFte === null) return;
  const gap = scheduledTeachers - teacherFte;
  if (Math.abs(gap) < 1 || Math.abs(gap) <= TEACHER_MISMATCH_SHARE * teacherFte) return;
  const sheet = lines[0].source.sheet;
  parsed.dataCheck.push({
    severity: 'warning',
    sheet,
    // The teacher lines are what to check against the schedule.
    cell: rowRange(lines.filter((l) => TEACHER_USES.has(l.use))),
    code: 'budget-schedule-teachers',
    message:
      `The budget funds ${formatFte(teacherFte)} teacher FTE but ${scheduledTeachers} teachers appear in the master schedule. ` +
      (gap > 0
        ? 'Some scheduled teachers may be part-time, paid from another budget, or missing from the budget sheet.'
        : 'Some budgeted teachers may not teach (release, vacancies) or may be missing from the schedule.') +
      ' Check the teacher lines of the budget against the schedule before relying on cost figures.',
  });
}

/** Says once which of the PD and coaching figures the budget cannot give, and what would make them measured. */
function checkUnmeasuredUses(parsed: ParsedWorkbook, lines: BudgetLine[], hasUse: (use: MoneyUse) => boolean): void {
  const absent = (['Professional development', 'Coaches'] as const).filter((use) => !hasUse(use));
  if (absent.length === 0) return;
  const names = absent.map((use) => (use === 'Coaches' ? 'coaching' : 'professional development'));
  const figures = absent.map((use) => (use === 'Coaches' ? 'coach $ per teacher' : 'PD $ per teacher'));
  parsed.dataCheck.push({
    severity: 'info',
    sheet: lines[0].source.sheet,
    cell: '',
    code: 'budget-use-absent',
    message:
      `The budget has no ${names.join(' or ')} line, so ${figures.join(' and ')} ${figures.length > 1 ? 'are' : 'is'} not in this ` +
      'workbook and not compared with practice: a budget that lists positions does not show what is bought elsewhere. ' +
      'If the school spends nothing on it, a line of $0 makes it a measured zero.',
  });
}

/**
 * Counselor lines none of which gives an FTE: how many counselors the money buys is unknown, so students per counselor
 * is not judged (and no "no counselor" flag is raised); said once, with the rows to complete.
 */
function checkCounselorFte(parsed: ParsedWorkbook, counselors: readonly BudgetLine[]): void {
  if (counselors.length === 0 || fteGiven(counselors)) return;
  const sheet = counselors[0].source.sheet;
  const cell = rowRange(counselors);
  const [first, last] = cell.split(':');
  parsed.dataCheck.push({
    severity: 'warning',
    sheet,
    cell,
    code: 'budget-counselor-fte-missing',
    message:
      `Sheet "${sheet}": the counselor ${counselors.length === 1 ? 'line gives' : 'lines give'} no FTE (${first === last ? `row ${first}` : `rows ${first}-${last}`}), ` +
      'so how many counselors the budget funds is unknown and students per counselor is not judged. Expected each ' +
      "counselor's FTE (1 for a full-time counselor) in the budget's FTE column.",
  });
}

function formatFte(fte: number): string {
  return Number.isInteger(fte) ? String(fte) : fte.toFixed(1);
}
