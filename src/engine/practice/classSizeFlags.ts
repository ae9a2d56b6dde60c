import type { ClassSizeRow, EnrollmentRow, Flag, KeyFigures, Lever, Settings } from '../types';
import { compareGrades, enrolledByGrade } from '../analyse/classSize';
import type { K3Grade } from '../analyse/k3Classes';
import { median, round } from '../analyse/stats';
import { SCHEDULE_SOURCES } from './scheduleSources';
import { formatFte, formatMoney, plural, sectionsLever, type LeverBasis } from './scheduleLevers';

// Class-size flags: K-3 classes above the class-size-reduction limit, and very small sections.

/**
 * The average size of the K-3 classes (analyse/k3Classes.ts) and how many there are: the key figures the Summary and
 * the district map read. Left out when the schedule has no K-3 class with an enrollment (read as not in the workbook).
 */
export function k3KeyFigures(grades: ReadonlyMap<string, K3Grade>): Pick<KeyFigures, 'k3ClassSize' | 'k3Classes'> {
  const sizes = [...grades.values()].flatMap((g) => g.classes.map((c) => c.size));
  return sizes.length ? { k3ClassSize: sizes.reduce((a, b) => a + b, 0) / sizes.length, k3Classes: sizes.length } : {};
}

/**
 * One flag per K-3 grade with a class above the limit (analyse/k3Classes.ts says what a class is). The lever: the grade's
 * students (the enrollment profile's count when there is one, else the classes' sizes added up) need
 * ceil(students / limit) classes; each extra class is one classroom teacher.
 */
export function k3ClassSizeFlags(
  grades: ReadonlyMap<string, K3Grade>,
  enrollment: readonly EnrollmentRow[],
  settings: Settings,
  basis: LeverBasis,
): Flag[] {
  const max = settings.thresholds.k3ClassSizeMax;
  const enrolled = enrolledByGrade(enrollment);

  const flags: Flag[] = [];
  for (const key of [...grades.keys()].sort(compareGrades)) {
    const { label: grade, classes } = grades.get(key)!;
    const oversized = classes.filter((c) => c.size > max).sort((a, b) => b.size - a.size);
    if (oversized.length === 0) continue;
    const fromProfile = enrolled.get(key);
    const students = fromProfile ?? classes.reduce((s, c) => s + c.size, 0);
    const studentsBasis = fromProfile !== undefined ? 'on the enrollment profile' : 'in its classes';
    const needed = Math.ceil(students / max);
    const extra = Math.max(needed - classes.length, 0);
    const cost = basis.averageTeacherCost === null ? null : Math.round(extra * basis.averageTeacherCost);
    flags.push({
      id: `k3-class-size:${grade}`,
      unit: 'integer',
      severity: 'warning',
      measure: 'K-3 class size',
      finding:
        `Grade ${grade}: ${plural(oversized.length, 'class')} of ${classes.length} above ${max} students ` +
        `(largest ${oversized[0].size}).`,
      value: oversized[0].size,
      threshold: max,
      source: SCHEDULE_SOURCES.k3ClassSize,
      rows: oversized.flatMap((c) => c.sections.map((s) => s.source)),
      lever: {
        text:
          `Grade ${grade}'s ${students} students ${studentsBasis} need ${needed} classes of ${max} or fewer: ` +
          `${extra} more ${extra === 1 ? 'class' : 'classes'} = ${formatFte(extra)} teacher FTE` +
          (cost === null
            ? '; the budget gives no average teacher cost to price it.'
            : ` ≈ ${formatMoney(cost)} at this budget's average teacher cost of ${formatMoney(basis.averageTeacherCost!)}.`),
        cost,
        fte: round(extra, 2),
        sections: extra,
      },
      settings: ['k3ClassSizeMax'],
      principle: 3,
    });
  }
  return flags;
}

/**
 * One school-wide flag listing the sections below the minimum (special-education sections are small by design
 * and left out). The lever merges the small sections of the same course and term into sections of up to the
 * school's median class size (at least the minimum); the sections freed are priced as teacher FTE.
 */
export function smallSectionsFlag(rows: readonly ClassSizeRow[], settings: Settings, basis: LeverBasis): Flag[] {
  const min = settings.thresholds.smallSectionMin;
  // One pass over the rows (150,000 in a district) for the small sections and every enrollment, for the median.
  const small: ClassSizeRow[] = [];
  const enrollments: number[] = [];
  // Indexed: the first, unoptimised run pays for an iterator step per row.
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    enrollments.push(r.enrollment);
    if (r.enrollment > 0 && r.enrollment < min && r.program !== 'special education') small.push(r);
  }
  if (small.length === 0) return [];
  const cap = Math.max(median(enrollments) ?? min, min);
  const byCourse = new Map<string, ClassSizeRow[]>();
  for (const r of small) {
    const key = `${r.course.trim().toLowerCase()}|${r.term ?? ''}`;
    const list = byCourse.get(key);
    if (list) list.push(r);
    else byCourse.set(key, [r]);
  }
  let freed = 0;
  const mergeable: string[] = [];
  for (const list of byCourse.values()) {
    if (list.length < 2) continue;
    const seats = list.reduce((s, r) => s + r.enrollment, 0);
    const saved = list.length - Math.ceil(seats / cap);
    if (saved > 0) {
      freed += saved;
      mergeable.push(`${list[0].course} (${list.length} sections, ${seats} students)`);
    }
  }
  const smallest = firstInOrder(small, FINDING_SECTIONS, (a, b) => a.enrollment - b.enrollment || a.sectionId.localeCompare(b.sectionId));
  const lever =
    freed > 0
      ? releasedBy(
          sectionsLever(
            freed,
            basis,
            `Merging the small sections of the same course into sections of up to ${cap} students (${mergeable.join('; ')}) frees`,
          ),
        )
      : {
          text: 'No course has two small sections in the same term to merge; each small section needs a course or timetable decision of its own.',
          cost: null,
        };
  return [
    {
      id: 'small-sections',
      unit: 'integer',
      severity: 'info',
      measure: 'Very small sections',
      finding:
        `${plural(small.length, 'section')} ${small.length === 1 ? 'has' : 'have'} fewer than ${min} students: ` +
        `${smallest.map((r) => `${r.course} ${r.sectionId === r.course ? '' : `(${r.sectionId}) `}${r.enrollment}`).join(', ')}` +
        `${small.length > FINDING_SECTIONS ? ', …' : ''}.`,
      value: small.length,
      threshold: min,
      source: SCHEDULE_SOURCES.smallSections,
      rows: small.map((r) => r.source),
      lever,
      settings: ['smallSectionMin'],
      principle: 4,
    },
  ];
}

/** The sections the small-sections finding names. */
const FINDING_SECTIONS = 10;

/**
 * The first `count` items of a stable sort by `compare`, without sorting them all: a district has 16,000 small
 * sections and names ten. An item goes after every kept item that does not sort after it, as a stable sort puts it.
 */
function firstInOrder<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === count && compare(item, kept[count - 1]) >= 0) continue;
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1]) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

/** Sections a lever frees are money released, not spent: the priced sections move from cost to freed. */
function releasedBy(lever: Lever): Lever {
  return { ...lever, cost: 0, freed: lever.cost };
}
