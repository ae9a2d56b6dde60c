import type { ColumnType, ReportSheet, ReportValue, ReviewResult, Severity } from '../types';

const SEVERITIES: Severity[] = ['critical', 'warning', 'info'];
const CHECK_SEVERITIES = ['error', 'warning', 'info'] as const;

/** Key figures, what was read from where, the budget's headline numbers and how many flags of each severity. */
export function summarySheet(result: ReviewResult): ReportSheet {
  const rows: ReportValue[][] = [];
  // The Value column mixes counts, money and shares, so each row names its own number format.
  const cellTypes: Record<number, Record<number, ColumnType>> = {};
  const add = (item: string, value: ReportValue, detail = '', type: ColumnType = 'integer') => {
    // Text in the Value column (a school or sheet name from the user's workbook) is typed as text, never a number.
    cellTypes[rows.length] = { 1: typeof value === 'number' ? type : 'text' };
    rows.push([item, value, detail]);
  };
  // A figure that could not be computed says so, rather than leaving a blank a reader may take for zero.
  const figure = (item: string, value: number | null, detail: string, unknownWhy: string, type: ColumnType = 'integer') =>
    value === null ? add(item, NOT_KNOWN, unknownWhy) : add(item, value, detail, type);
  const k = result.keyFigures;
  const loadUnit = coreLoadUnit(result);

  add('School', result.school.name ?? '', '');
  add('Level', result.school.level, result.school.levelInferred ? 'inferred from grades' : 'as set');
  figure('Students', k.students, 'from the enrollment profile', 'no enrollment profile was found');
  add('Teachers in the schedule', k.teachers);
  add('Sections', k.sections, 'taught sections read from the schedule');
  const noLoads = 'no enrollment or student roster, so loads are unknown';
  figure(
    'Median core teacher load',
    k.medianCoreLoad,
    `${loadUnit}: unique students where a roster exists, else seats; a self-contained class counts once`,
    noLoads,
  );
  figure('Highest core teacher load', k.highestCoreLoad, loadUnit, noLoads);
  figure('Share of time in ELA/ELD + math', k.elaMathShare, 'student-weighted, all grades', 'no class times or enrollment', 'percent');
  if (k.teamBlocksKnown === false) {
    add('Teams with a weekly 90-minute block', NOT_KNOWN, `no class times, bell schedule or period length for the ${k.teams} teams`);
  } else {
    add('Teams with a weekly 90-minute block', k.teamsWith90MinuteBlock, `of ${k.teams} teams`);
  }

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
    add('Locked (restricted) share', b.lockedShare, '', 'percent');
    figure('Average teacher cost', b.averageTeacherCost, '', 'no teacher FTE in the budget', 'currency');
    add('Budgeted teacher FTE', b.teacherFte, `${b.scheduledTeachers} teachers appear in the schedule`, 'number');
    figure('PD $ per teacher', b.pdPerTeacher, '', 'no teachers counted', 'currency');
    add('PD share of budget', b.pdShare, '', 'percent');
    figure('Coach $ per teacher', b.coachPerTeacher, '', 'no teachers counted', 'currency');
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
      'Money is in the budget’s currency; “not known” marks a figure the workbook does not give.',
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

const NOT_KNOWN = 'not known';

/** Core loads are in unique students only when every core teacher's load comes from a roster. */
function coreLoadUnit(result: ReviewResult): 'students' | 'seats' {
  const core = result.teachers.filter((t) => t.teachesCore);
  return core.length > 0 && core.every((t) => t.uniqueStudents !== null) ? 'students' : 'seats';
}
