import type { ReportSheet, ReportSubTable, ReportTable, ReportValue, ReviewResult, TeacherLoad, Thresholds } from '../types';
import { coreLoadOf } from '../practice/teacherFlags';
import { plural } from '../practice/scheduleLevers';

// The charts a principal looks at rather than reads, on one sheet after the Summary: each chart spans the page above
// the table of the numbers it draws. A reference line (the 100 and 150 loads, the 90-minute block) is a column that
// repeats the threshold on every row: both writers draw a chart from cells, and office-js has no literal series.

export const CHARTS_SHEET = 'Charts';

/**
 * Teachers (or teams) a chart names: past this the bars are too thin to read, so the heaviest loads (the shortest
 * blocks) are shown and the title says so. A district's workbook has thousands.
 */
export const CHART_MAX_TEACHERS = 60;
export const CHART_MAX_TEAMS = 60;

export function chartsSheet(result: ReviewResult, thresholds: Thresholds): ReportSheet {
  return {
    name: CHARTS_SHEET,
    preamble: [
      'Charts: what the figures look like',
      'Core load by teacher, minutes by subject per grade, and common planning per team, each against the recommended ' +
        'line. The numbers each chart draws are in the table under it; every figure is on the sheet named.',
    ],
    table: coreLoadTable(result, thresholds),
    moreTables: [minutesTable(result), planningTable(result, thresholds)],
  };
}

/** Core teachers, heaviest load first, with the warning and critical lines (secondary schools only). */
function coreLoadTable(result: ReviewResult, thresholds: Thresholds): ReportTable {
  // A co-teacher who is the second adult in every class they teach (special education, often) has a core load of 0:
  // measured, not missing, but a bar of 0 reads as missing, so they are left out and counted in the title. The
  // Teacher Load sheet lists them with their co-taught seats.
  const secondAdultOnly = (t: TeacherLoad) => coreLoadOf(t) === 0 && ((t.coTaughtSeats ?? 0) > 0 || (t.coTaughtStudents ?? 0) > 0);
  const core = result.teachers.filter((t) => t.teachesCore);
  const leftOut = core.filter(secondAdultOnly).length;
  const loads = core
    .filter((t) => !secondAdultOnly(t))
    .map((t) => ({ teacher: t.teacher, department: t.department ?? '', load: coreLoadOf(t) }))
    .filter((t): t is { teacher: string; department: string; load: number } => t.load !== null)
    .sort((a, b) => b.load - a.load || a.teacher.localeCompare(b.teacher));
  const shown = loads.slice(0, CHART_MAX_TEACHERS);
  // The load limits are secondary practice (see the Teacher Load sheet): an elementary chart has no lines.
  const lines = result.school.level !== 'elementary';
  const heaviest = loads.length > shown.length ? `, the ${shown.length} heaviest of ${loads.length}` : '';
  const coTeachers = leftOut ? `; ${plural(leftOut, 'co-teacher')} who lead${leftOut === 1 ? 's' : ''} no class left out` : '';
  const of = heaviest + coTeachers;
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
        ...subjectHeaders(subjects).map((header) => ({ header, type: 'minutes' as const, width: 12 })),
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

/**
 * A header per subject. An Excel table's headers must differ, ignoring case, and not be blank: a subject called
 * "Grade", or "Math" beside "math", is told apart by a number, and a blank one is named.
 */
function subjectHeaders(subjects: string[]): string[] {
  const used = new Set(['grade']);
  return subjects.map((subject) => {
    const base = subject.trim() || '(no subject)';
    let header = base;
    for (let n = 2; used.has(header.toLowerCase()); n++) header = `${base} (${n})`;
    used.add(header.toLowerCase());
    return header;
  });
}

/** Each team's longest common block and weekly common minutes, against the recommended block. */
function planningTable(result: ReviewResult, thresholds: Thresholds): ReportSubTable {
  const line = thresholds.collaborationBlockMinutes;
  // In the Collaboration sheet's order, unless there are too many: then the teams furthest from the line, a team whose
  // block is not known last.
  const teams =
    result.collaboration.length <= CHART_MAX_TEAMS
      ? result.collaboration
      : [...result.collaboration]
          .sort((a, b) => (a.longestBlockMinutes ?? Infinity) - (b.longestBlockMinutes ?? Infinity) || a.team.localeCompare(b.team))
          .slice(0, CHART_MAX_TEAMS);
  const of = teams.length < result.collaboration.length ? `: the ${teams.length} shortest blocks of ${result.collaboration.length} teams` : '';
  return {
    title: `Common planning per team, against one ${line}-minute block a week (Collaboration sheet${of})`,
    table: {
      name: 'srr_ChartPlanning',
      columns: [
        { header: 'Team', type: 'text', width: 24 },
        { header: 'Longest common block', type: 'minutes', width: 12 },
        { header: 'Common minutes per week', type: 'minutes', width: 12 },
        { header: `Recommended block (${line} min)`, type: 'minutes', width: 12 },
      ],
      rows: teams.map((t) => [t.team, t.longestBlockMinutes, roundMinutes(t.commonMinutesPerWeek ?? undefined), line]),
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
