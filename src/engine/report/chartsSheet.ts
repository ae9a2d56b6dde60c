import type { ReportSheet, ReportSubTable, ReportTable, ReportValue, ReviewResult, Thresholds } from '../types';
import { coreLoadOf } from '../practice/teacherFlags';

// The charts a principal looks at rather than reads, on one sheet after the Summary: each chart spans the page above
// the table of the numbers it draws. A reference line (the 100 and 150 loads, the 90-minute block) is a column that
// repeats the threshold on every row: both writers draw a chart from cells, and office-js has no literal series.

export const CHARTS_SHEET = 'Charts';

/** Teachers a load chart names: past this the bars are too thin to read, so the heaviest are shown and the title says so. */
export const CHART_MAX_TEACHERS = 60;

export function chartsSheet(result: ReviewResult, thresholds: Thresholds): ReportSheet {
  return {
    name: CHARTS_SHEET,
    preamble: [
      'Charts: core load by teacher, minutes by subject per grade, and common planning per team, each against the ' +
        'recommended line. The numbers each chart draws are in the table under it; every figure is on the sheet named.',
    ],
    table: coreLoadTable(result, thresholds),
    moreTables: [minutesTable(result), planningTable(result, thresholds)],
  };
}

/** Core teachers, heaviest load first, with the warning and critical lines (secondary schools only). */
function coreLoadTable(result: ReviewResult, thresholds: Thresholds): ReportTable {
  const loads = result.teachers
    .filter((t) => t.teachesCore)
    .map((t) => ({ teacher: t.teacher, department: t.department ?? '', load: coreLoadOf(t) }))
    .filter((t): t is { teacher: string; department: string; load: number } => t.load !== null)
    .sort((a, b) => b.load - a.load || a.teacher.localeCompare(b.teacher));
  const shown = loads.slice(0, CHART_MAX_TEACHERS);
  // The load limits are secondary practice (see the Teacher Load sheet): an elementary chart has no lines.
  const lines = result.school.level !== 'elementary';
  const of = loads.length > shown.length ? `, the ${shown.length} heaviest of ${loads.length}` : '';
  return {
    name: 'srr_ChartCoreLoad',
    columns: [
      { header: 'Teacher', type: 'text', width: 24 },
      { header: 'Department', type: 'text', width: 18 },
      { header: 'Core load', type: 'integer', width: 10 },
      ...(lines
        ? ([
            { header: `Warning above ${thresholds.coreLoadWarn}`, type: 'integer', width: 12 },
            { header: `Critical at ${thresholds.coreLoadCritical}`, type: 'integer', width: 12 },
          ] as const)
        : []),
    ],
    rows: shown.map((t) => [t.teacher, t.department, t.load, ...(lines ? [thresholds.coreLoadWarn, thresholds.coreLoadCritical] : [])]),
    chart: {
      type: 'column',
      title: `Core load by teacher (Teacher Load sheet${of})`,
      categoryColumn: 0,
      valueColumn: 2,
      ...(lines ? { lineColumns: [3, 4] } : {}),
      categoryAxisTitle: 'Core teachers, heaviest load first',
      valueAxisTitle: 'Students (or seats without a student roster)',
      place: 'above',
    },
  };
}

/** Weekly minutes per subject, one row per grade and one column per subject, the most-taught subject first. */
function minutesTable(result: ReviewResult): ReportSubTable {
  const grades: string[] = [];
  const totals = new Map<string, number>();
  const minutes = new Map<string, number>();
  for (const t of result.timeBySubject) {
    if (!grades.includes(t.grade)) grades.push(t.grade);
    totals.set(t.subject, (totals.get(t.subject) ?? 0) + t.minutesPerWeek);
    minutes.set(`${t.grade}\u0000${t.subject}`, t.minutesPerWeek);
  }
  const subjects = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  const rows: ReportValue[][] = grades.map((grade) => [grade, ...subjects.map((s) => roundMinutes(minutes.get(`${grade}\u0000${s}`)))]);
  return {
    title: 'Weekly minutes by subject, per grade (a typical student, student-weighted: Time by Subject sheet)',
    table: {
      name: 'srr_ChartMinutes',
      columns: [
        { header: 'Grade', type: 'text', width: 24 },
        // A table's headers must differ from each other: a subject called "Grade" is told apart.
        ...subjects.map((s) => ({ header: s.trim().toLowerCase() === 'grade' ? `${s} (subject)` : s || '(no subject)', type: 'minutes' as const, width: 12 })),
      ],
      rows,
      chart: {
        type: 'stackedColumn',
        title: 'Weekly minutes by subject, per grade',
        categoryColumn: 0,
        valueColumn: 1,
        moreValueColumns: subjects.slice(1).map((_, i) => i + 2),
        categoryAxisTitle: 'Grade',
        valueAxisTitle: 'Minutes per week',
        place: 'above',
      },
    },
  };
}

/** Each team's longest common block and weekly common minutes, against the recommended block. */
function planningTable(result: ReviewResult, thresholds: Thresholds): ReportSubTable {
  const line = thresholds.collaborationBlockMinutes;
  return {
    title: `Common planning per team, against one ${line}-minute block a week (Collaboration sheet)`,
    table: {
      name: 'srr_ChartPlanning',
      columns: [
        { header: 'Team', type: 'text', width: 24 },
        { header: 'Longest common block', type: 'minutes', width: 12 },
        { header: 'Common minutes per week', type: 'minutes', width: 12 },
        { header: `Recommended block (${line} min)`, type: 'minutes', width: 12 },
      ],
      rows: result.collaboration.map((t) => [t.team, t.longestBlockMinutes, roundMinutes(t.commonMinutesPerWeek ?? undefined), line]),
      chart: {
        type: 'column',
        title: `Common planning per team against the ${line}-minute block`,
        categoryColumn: 0,
        valueColumn: 1,
        moreValueColumns: [2],
        lineColumns: [3],
        categoryAxisTitle: 'Team',
        valueAxisTitle: 'Minutes',
        place: 'above',
      },
    },
  };
}

/** Whole minutes for a chart's table; missing stays missing (a blank, never a zero bar). */
function roundMinutes(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value);
}
