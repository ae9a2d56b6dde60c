import type { CellLink, ReportSheet, ReportValue, ReviewResult, SourceRef, TeamCollaboration, Thresholds } from '../types';
import { firstRunOf } from './links';
import { coreLoadOf } from '../practice/teacherFlags';
import { round } from '../analyse/stats';
import { joinLimited } from './cellText';
import { costPerStudentOf } from '../practice/courseCosts';
import { literacyInterventionGroups } from '../analyse/classSize';
import { formatMoney } from '../practice/scheduleLevers';

type Linker = (ref: SourceRef) => CellLink;

/** Per-teacher load, with the load checked against the core-load thresholds and preps against the preps limit. */
export function teacherLoadSheet(result: ReviewResult, thresholds: Thresholds, link: Linker): ReportSheet {
  const links: Record<number, Record<number, CellLink>> = {};
  // A term column only where the school has terms: a teacher of year-long sections only reads "full year" there.
  const termed = result.teachers.some((t) => t.heaviestTerm !== undefined);
  const rows: ReportValue[][] = result.teachers.map((t, i) => {
    const span = firstRunOf(t.rows);
    if (span) links[i] = { 0: link(span) };
    return [
      t.teacher,
      t.department ?? '',
      t.teachesCore ? 'Yes' : 'No',
      t.sections,
      t.seatsKnown === false ? null : t.seats,
      t.uniqueStudents,
      // Only core teachers' loads are held to the load thresholds, so only they get a value to highlight.
      t.teachesCore ? coreLoadOf(t) : null,
      t.preps,
      t.periodsPerCycle,
      t.minutesPerWeek,
      ...(termed ? [t.heaviestTerm ?? FULL_YEAR] : []),
      t.coTaughtSeats ?? null,
    ];
  });
  // The load and preps limits are secondary practice: a self-contained elementary teacher teaches one class every
  // subject by design, so neither is highlighted there.
  const secondary = result.school.level !== 'elementary';
  return {
    name: 'Teacher Load',
    preamble: [
      'Teacher student-load: seats and unique students in the heaviest term; a self-contained class (one grade, one ' +
        'room, three or more subjects) counts once. Blank seats = no enrollment given.',
      secondary
        ? 'Core load = unique students where a student roster exists, else seats, leaving out the classes a teacher co-teaches ' +
          'as the second adult (a special-education co-teacher\'s load there is their caseload): those seats are shown apart. ' +
          `Core loads above ${thresholds.coreLoadWarn} ` +
          `are a warning, ${thresholds.coreLoadCritical} or more critical; ${thresholds.prepsMax} or more preps are flagged.`
        : 'Core load = unique students where a student roster exists, else seats. Load and preps limits apply to secondary schools.',
      ...teacherTimeLine(result),
    ],
    table: {
      name: 'srr_TeacherLoad',
      columns: [
        { header: 'Teacher', type: 'text', width: 24 },
        { header: 'Department', type: 'text', width: 18 },
        { header: 'Core', type: 'text', width: 6 },
        { header: 'Sections', type: 'integer', width: 9 },
        { header: 'Seats', type: 'integer', width: 8 },
        { header: 'Unique students', type: 'integer', width: 10 },
        { header: 'Core load', type: 'integer', width: 9 },
        { header: 'Preps', type: 'integer', width: 7 },
        { header: 'Periods per cycle', type: 'number', width: 10 },
        { header: 'Minutes per week', type: 'minutes', width: 10 },
        ...(termed ? [{ header: 'Heaviest term', type: 'text', width: 12 } as const] : []),
        { header: 'Co-taught seats (second adult)', type: 'integer', width: 12 },
      ],
      rows,
      links,
      conditionalFormats: secondary
        ? [
            { column: 6, operator: 'greaterThanOrEqual', value: thresholds.coreLoadCritical, severity: 'critical' },
            { column: 6, operator: 'greaterThan', value: thresholds.coreLoadWarn, severity: 'warning' },
            { column: 7, operator: 'greaterThanOrEqual', value: thresholds.prepsMax, severity: 'warning' },
          ]
        : [],
    },
  };
}

/** The heaviest term of a teacher whose sections are all year-long. */
export const FULL_YEAR = 'full year';

/** Every section's size, with very small sections marked; the averages by subject, grade and program have their own sheet. */
export function classSizeSheet(result: ReviewResult, thresholds: Thresholds, link: Linker): ReportSheet {
  // An array is a Record<number, …> too, and stays a fast dense store for a district's 150,000 sections.
  const links: Record<number, CellLink>[] = new Array(result.classSizes.length);
  const rows: ReportValue[][] = result.classSizes.map((s, i) => {
    links[i] = { 0: link(s.source) };
    const teachers = s.teachers.length === 1 ? s.teachers[0] : joinLimited(s.teachers, '; ');
    return [s.sectionId, s.course, s.subject ?? '', s.grade ?? '', s.program, teachers, s.enrollment, s.term ?? '', s.adults ?? null, s.groupSize ?? null];
  });
  return {
    name: 'Class Size',
    preamble: [
      `Class size by section. Sections below ${thresholds.smallSectionMin} students are marked. Group size = students per ` +
        'adult in the room (a co-taught class of 30 with two teachers is a group of 15). Averages by subject, grade and ' +
        `program: see ${CLASS_SIZE_GROUPS_SHEET}.`,
      ...courseCostLines(result),
      ...interventionLine(result),
    ],
    table: {
      name: 'srr_ClassSize',
      columns: [
        { header: 'Section', type: 'text', width: 16 },
        { header: 'Course', type: 'text', width: 28 },
        { header: 'Subject', type: 'text', width: 16 },
        { header: 'Grade', type: 'text', width: 7 },
        { header: 'Program', type: 'text', width: 16 },
        { header: 'Teachers', type: 'text', width: 24 },
        { header: 'Enrollment', type: 'integer', width: 10 },
        { header: 'Term', type: 'text', width: 10 },
        { header: 'Adults in room', type: 'integer', width: 9 },
        { header: 'Group size', type: 'number', width: 9 },
      ],
      rows,
      links,
      conditionalFormats: [{ column: 6, operator: 'lessThan', value: thresholds.smallSectionMin, severity: 'info' }],
    },
  };
}

export const CLASS_SIZE_GROUPS_SHEET = 'Class Size by Group';

/**
 * Class size averaged by subject, by grade and by program, as a table of its own to sort and filter: on the Class
 * Size sheet they were sentence lines above the sections, freezing 18 rows.
 */
export function classSizeGroupsSheet(result: ReviewResult, thresholds: Thresholds): ReportSheet {
  return {
    name: CLASS_SIZE_GROUPS_SHEET,
    preamble: [
      'Class size by subject, grade and program: sections, their average enrollment, the smallest and the largest. ' +
        `Averages below ${thresholds.smallSectionMin} students are marked; every section is on the Class Size sheet.`,
    ],
    table: {
      name: 'srr_ClassSizeGroups',
      columns: [
        { header: 'By', type: 'text', width: 9 },
        { header: 'Group', type: 'text', width: 24 },
        { header: 'Sections', type: 'integer', width: 9 },
        { header: 'Average class size', type: 'number', width: 10 },
        { header: 'Smallest', type: 'integer', width: 9 },
        { header: 'Largest', type: 'integer', width: 9 },
      ],
      rows: result.classSizeGroups.map((g) => [g.by, g.group, g.sections, round(g.average, 1), g.min, g.max]),
      conditionalFormats: [{ column: 3, operator: 'lessThan', value: thresholds.smallSectionMin, severity: 'info' }],
    },
  };
}

/** Student-weighted minutes per subject per grade; the ELA/ELD + math share per grade goes above the table. */
export function timeBySubjectSheet(result: ReviewResult): ReportSheet {
  const shares = result.coreShare.map(
    (g) => `Grade ${g.grade}: ${Math.round(g.elaMathShare * 1000) / 10}% of ${Math.round(g.totalMinutesPerWeek)} weekly minutes in ELA/ELD + math`,
  );
  return {
    name: 'Time by Subject',
    preamble: ['Weekly minutes a typical student in each grade spends in each subject (student-weighted).', ...shares],
    table: {
      name: 'srr_TimeBySubject',
      columns: [
        { header: 'Grade', type: 'text', width: 8 },
        { header: 'Subject', type: 'text', width: 24 },
        { header: 'Minutes per week', type: 'minutes', width: 12 },
        { header: 'Share', type: 'percent', width: 9 },
      ],
      rows: result.timeBySubject.map((t) => [t.grade, t.subject, t.minutesPerWeek, t.share]),
    },
  };
}

/** Common planning time per team; teams whose longest common block is short of the threshold are marked. */
export function collaborationSheet(result: ReviewResult, thresholds: Thresholds): ReportSheet {
  return {
    name: 'Collaboration',
    preamble: [
      'Common planning time per team: every member free at once in a bell period, plus time scheduled as collaboration.',
      'Breaks, lunch and the gaps between periods are not common time; a block that runs across one says so.',
      `Recommended: at least one block of ${thresholds.collaborationBlockMinutes} consecutive minutes a week.`,
    ],
    table: {
      name: 'srr_Collaboration',
      columns: [
        { header: 'Team', type: 'text', width: 20, wrap: true },
        { header: 'Basis', type: 'text', width: 11 },
        { header: 'Members', type: 'integer', width: 9 },
        { header: 'Member names', type: 'text', width: 30, wrap: true },
        { header: 'Common minutes per week', type: 'minutes', width: 12 },
        { header: 'Common periods per cycle', type: 'number', width: 12 },
        { header: 'Longest block', type: 'minutes', width: 10 },
        { header: 'Longest block runs across', type: 'text', width: 22 },
        { header: 'Days', type: 'text', width: 20 },
        { header: 'Scheduled collaboration minutes', type: 'minutes', width: 14 },
      ],
      rows: result.collaboration.map((t) => [
        t.team,
        t.basis,
        t.members.length,
        joinLimited(t.members, '; '),
        t.commonMinutesPerWeek,
        t.commonPeriodsPerCycle,
        t.longestBlockMinutes,
        blockAcross(t),
        t.days.join(', '),
        t.scheduledCollaborationMinutesPerWeek,
      ]),
      conditionalFormats: [
        { column: 6, operator: 'lessThan', value: thresholds.collaborationBlockMinutes, severity: 'warning' },
      ],
    },
  };
}

/** "100 min, across lunch" when the team's longest block has a break or lunch inside it, else blank. */
function blockAcross(team: TeamCollaboration): string {
  if (!team.longestBlockAcross?.length || team.longestBlockMinutes === null) return '';
  return `${team.longestBlockMinutes} min, across ${team.longestBlockAcross.join(' and ')}`;
}

/** The most expensive courses per student, and core against the rest, at the budget's cost per section. */
function courseCostLines(result: ReviewResult): string[] {
  const costs = result.courseCosts ?? [];
  if (costs.length === 0) return [];
  const perSection = costs[0].costPerSection;
  const core = costPerStudentOf(costs.filter((c) => c.core));
  const other = costPerStudentOf(costs.filter((c) => !c.core));
  return [
    `Cost per student by course at ${formatMoney(perSection)} a section (average teacher cost / sections a full-time teacher teaches), ` +
      `most expensive first: ${costs
        .slice(0, 5)
        .map((c) => `${c.course} ${formatMoney(c.costPerStudent)} (${c.students} students in ${c.sections} section${c.sections === 1 ? '' : 's'})`)
        .join('; ')}.` +
      (core !== null && other !== null ? ` Core courses ${formatMoney(core)} a student, other courses ${formatMoney(other)}.` : '') +
      perStudentMinuteText(result),
  ];
}

/** " Per student-minute: core $0.075, electives $0.243 ...", when both groups are priced. */
function perStudentMinuteText(result: ReviewResult): string {
  const costs = result.costPerStudentMinute ?? [];
  const core = costs.find((c) => c.group === 'core');
  const electives = costs.find((c) => c.group === 'electives');
  if (!core || !electives) return '';
  const cents = (v: number) => `$${v.toFixed(3)}`;
  const leftOut = core.leftOut + electives.leftOut;
  return (
    ` Per student-minute (teacher time at this budget's cost per teaching minute, over enrollment × minutes): core ${cents(core.costPerStudentMinute)}, ` +
    `electives ${cents(electives.costPerStudentMinute)}${leftOut ? ` (${leftOut} section${leftOut === 1 ? '' : 's'} without enrollment or minutes left out)` : ''}.`
  );
}

function interventionLine(result: ReviewResult): string[] {
  const groups = literacyInterventionGroups(result.classSizes);
  if (!groups) return [];
  return [
    `Literacy intervention groups: ${groups.sections} section${groups.sections === 1 ? '' : 's'}, on average ${groups.averageGroupSize.toFixed(1)} ` +
      'students per adult (push-in groups of 8, as in ERS, Strategic Review of LAUSD, 2007).',
  ];
}

/** "A typical teacher's 420-minute contract day: 67% teaching, 12% ... ", when the contract day is set. */
function teacherTimeLine(result: ReviewResult): string[] {
  const t = result.teacherTime;
  if (!t) return [];
  const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;
  return [
    `A typical teacher's week of ${t.contractMinutesPerDay}-minute contract days (median of ${t.teachers} teachers): ${pct(t.teachingShare)} teaching` +
      (t.dayNotTeachingShare === null ? '' : `, ${pct(t.dayNotTeachingShare)} in the school day not teaching (individual planning and duties)`) +
      `, ${pct(t.teamShare)} in scheduled team time.`,
  ];
}
