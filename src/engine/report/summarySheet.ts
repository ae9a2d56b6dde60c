import type { ReportSheet, ReportValue, ReviewResult, Severity } from '../types';

const SEVERITIES: Severity[] = ['critical', 'warning', 'info'];
const CHECK_SEVERITIES = ['error', 'warning', 'info'] as const;

/** Key figures, what was read from where, the budget's headline numbers and how many flags of each severity. */
export function summarySheet(result: ReviewResult): ReportSheet {
  const rows: ReportValue[][] = [];
  const add = (item: string, value: ReportValue, detail = '') => rows.push([item, value, detail]);
  const k = result.keyFigures;

  add('School', result.school.name ?? '', '');
  add('Level', result.school.level, result.school.levelInferred ? 'inferred from grades' : 'as set');
  add('Students', k.students, 'from the enrollment profile');
  add('Teachers in the schedule', k.teachers);
  add('Sections', k.sections);
  add('Median core teacher load', k.medianCoreLoad, 'unique students where a roster exists, else seats');
  add('Highest core teacher load', k.highestCoreLoad);
  add('Share of time in ELA/ELD + math', k.elaMathShare, 'student-weighted, all grades');
  add('Teams with a weekly 90-minute block', k.teamsWith90MinuteBlock, `of ${k.teams} teams`);

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
    add('Budget total', b.total, 'every line, including unmatched ones');
    add('Budget per pupil', b.perPupil);
    add('Locked (restricted) share', b.lockedShare);
    add('Average teacher cost', b.averageTeacherCost);
    add('Budgeted teacher FTE', b.teacherFte, `${b.scheduledTeachers} teachers appear in the schedule`);
    add('PD $ per teacher', b.pdPerTeacher);
    add('PD share of budget', b.pdShare);
    add('Coach $ per teacher', b.coachPerTeacher);
    add('Special-education students per aide', b.spedStudentsPerAide);
    add('Students per counselor', b.studentsPerCounselor);
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
      'Shares are fractions of 1 (0.36 = 36%); money is in the budget’s currency.',
    ],
    table: {
      name: 'srr_Summary',
      columns: [
        { header: 'Item', type: 'text', width: 38 },
        { header: 'Value', type: 'number', width: 16 },
        { header: 'Detail', type: 'text', width: 70 },
      ],
      rows,
    },
  };
}
