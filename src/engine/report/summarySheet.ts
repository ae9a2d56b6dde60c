import type { ColumnType, KeyFigures, MoneyUse, ReportSheet, ReportValue, ReviewResult, Severity } from '../types';
import { NOT_IN_WORKBOOK, UNKNOWN } from './unknown';

const SEVERITIES: Severity[] = ['critical', 'warning', 'info'];
const CHECK_SEVERITIES = ['error', 'warning', 'info'] as const;

/** Key figures, what was read from where, the budget's headline numbers and how many flags of each severity. */
export function summarySheet(result: ReviewResult): ReportSheet {
  const rows: ReportValue[][] = [];
  // The Value column mixes counts, money and shares, so each row names its own number format.
  const cellTypes: Record<number, Record<number, ColumnType>> = {};
  const add = (item: string, value: ReportValue, detail = '', type: ColumnType = 'integer') => {
    if (typeof value === 'number') cellTypes[rows.length] = { 1: type };
    rows.push([item, value, detail]);
  };
  // A figure that could not be computed says so, and why, rather than leaving a blank a reader may take for zero.
  const figure = (item: string, value: number | null, detail: string, unknownWhy: string, type: ColumnType = 'integer') =>
    value === null ? add(item, NOT_IN_WORKBOOK, unknownWhy) : add(item, value, detail, type);
  const k = result.keyFigures;
  const loadUnit = coreLoadUnit(result);

  add('School', result.school.name ?? '', '');
  add('Level', result.school.level, levelDetail(result.school));
  figure('Students', k.students, 'from the enrollment profile', 'no enrollment profile was found');
  const noSchedule = 'no master schedule was found (see the Data Check)';
  figure('Teachers in the schedule', k.teachers, '', noSchedule);
  figure('Sections', k.sections, 'taught sections read from the schedule', noSchedule);
  const noLoads = 'no enrollment or student roster, so loads are unknown';
  figure(
    'Median core teacher load',
    k.medianCoreLoad,
    `${loadUnit}: unique students where a roster exists, else seats; a self-contained class counts once`,
    noLoads,
  );
  figure('Highest core teacher load', k.highestCoreLoad, loadUnit, noLoads);
  figure('Share of time in ELA/ELD + math', k.elaMathShare, 'student-weighted, all grades', 'no class times or enrollment', 'percent');
  addTeamBlocks(k, add);

  for (const table of result.tables) {
    const columns = table.columns.map((c) => `${c.field} = "${c.header}" (${c.letter})`).join(', ');
    add(
      `Table read: ${table.kind}`,
      table.sheet,
      `header row ${table.headerRow}, rows ${table.firstDataRow}–${table.lastDataRow}; ${columns}`,
    );
  }
  for (const stats of result.sheetStats) {
    add(`Rows read: ${stats.sheet}`, stats.rowsRead, `${stats.rowsSkipped} skipped (${stats.kind})`);
  }

  const b = result.budget;
  if (b) {
    add('Budget total', b.total, 'every line, including unmatched ones', 'currency');
    figure('Budget per pupil', b.perPupil, '', 'no enrollment profile', 'currency');
    figure('Locked (restricted) share', b.lockedShare, '', 'no budget line names a fund or program', 'percent');
    figure('Average teacher cost', b.averageTeacherCost, '', 'no teacher FTE in the budget', 'currency');
    const compared = k.teachers === null ? 'no master schedule to compare with' : `${b.scheduledTeachers} teachers appear in the schedule`;
    add('Budgeted teacher FTE', b.teacherFte, compared, 'number');
    const whyNot = (use: MoneyUse, what: string) =>
      b.byUse.some((u) => u.use === use && u.lines > 0) ? 'no teacher FTE in the budget' : noLineOf(what);
    figure('PD $ per teacher', b.pdPerTeacher, '', whyNot('Professional development', 'professional development'), 'currency');
    figure('PD share of budget', b.pdShare, '', noLineOf('professional development'), 'percent');
    figure('Coach $ per teacher', b.coachPerTeacher, '', whyNot('Coaches', 'coaching'), 'currency');
    figure('Special-education students per aide', b.spedStudentsPerAide, '', 'no aides or no special-education count', 'number');
    figure('Students per counselor', b.studentsPerCounselor, '', 'no counselor or no enrollment', 'number');
    add('Budget lines no rule matched', b.unmatchedLines, 'counted under Other; listed in Data Check');
  }

  for (const severity of SEVERITIES) {
    add(`Flags: ${severity}`, result.flags.filter((f) => f.severity === severity).length);
  }
  for (const severity of CHECK_SEVERITIES) {
    add(`Data check: ${severity}`, result.dataCheck.filter((d) => d.severity === severity).length);
  }

  return {
    name: 'Summary',
    preamble: [
      `Resource review${result.school.name ? ` of ${result.school.name}` : ''}`,
      `Money is in the budget’s currency; “${NOT_IN_WORKBOOK}” marks a figure the workbook does not give, “${UNKNOWN}” one ` +
        'whose data could not be read (the Data Check says where).',
    ],
    table: {
      name: 'srr_Summary',
      columns: [
        { header: 'Item', type: 'text', width: 38 },
        { header: 'Value', type: 'number', width: 16 },
        { header: 'Detail', type: 'text', width: 70 },
      ],
      rows,
      cellTypes,
    },
  };
}

/** Whether the level was set, read from the grades, or assumed for want of grades (and then where to set it). */
function levelDetail(school: ReviewResult['school']): string {
  const basis = school.levelBasis ?? (school.levelInferred ? 'grades' : 'settings');
  if (basis === 'settings') return 'as set';
  if (basis === 'grades') return 'inferred from grades';
  return 'assumed: no grades in the workbook; set the school level in the add-in’s Settings step or with --level';
}

/** "0 of 0 teams" is no finding: the row says why no team could be judged, and of how many the count is. */
function addTeamBlocks(k: KeyFigures, add: (item: string, value: ReportValue, detail?: string) => void): void {
  const item = 'Teams with a weekly 90-minute block';
  if (k.teams === null) return add(item, NOT_IN_WORKBOOK, 'no master schedule was found (see the Data Check)');
  if (k.teams === 0) return add(item, NOT_IN_WORKBOOK, 'no teams could be formed: no team, grade or department is given');
  // Unreadable timetables come first: with no meeting read, no minutes are known either, and the days are the cause.
  if (k.teamsUnread === k.teams) {
    return add(item, UNKNOWN, `members of all ${k.teams} teams teach sections with no readable day and period or time (see the Data Check)`);
  }
  if (k.teamBlocksKnown === false || k.teamsWith90MinuteBlock === null) {
    return add(item, NOT_IN_WORKBOOK, `no class times, bell schedule or period length for the ${k.teams} teams`);
  }
  const judged = k.teamsJudged ?? k.teams;
  const unjudged = k.teams - judged;
  add(item, k.teamsWith90MinuteBlock, `of ${judged} teams${unjudged > 0 ? `; ${unjudged} more could not be judged (see the Data Check)` : ''}`);
}

/** Why a use's money is not measured: a budget without such a line (a position roster) is not evidence of $0. */
const noLineOf = (use: string): string => `no budget line is ${use}; a line of $0 would make it a measured zero`;

/** Core loads are in unique students only when every core teacher's load comes from a roster. */
function coreLoadUnit(result: ReviewResult): 'students' | 'seats' {
  const core = result.teachers.filter((t) => t.teachesCore);
  return core.length > 0 && core.every((t) => t.uniqueStudents !== null) ? 'students' : 'seats';
}
