import type { Flag, Lever, ParsedWorkbook, SchoolLevel, Section, Settings, StaffMember, TeacherLoad } from '../types';
import { mostFrequent, normaliseName } from '../analyse/stats';
import { SCHEDULE_SOURCES } from './scheduleSources';
import { formatPercent, plural, sectionsLever, type LeverBasis } from './scheduleLevers';
import { isEnglishDepartment, withCostNeutralOptions } from './coreLoadOptions';

// Flags about teachers: core student-load, preparations and the share of new teachers.

const isSecondary = (level: SchoolLevel) => level !== 'elementary';

/**
 * Load as the flag measures it: unique students when a roster gives them, else seats; null when neither is known.
 * Students a teacher meets only as the second adult of a co-taught class are left out (TeacherLoad.coTaughtSeats).
 */
export function coreLoadOf(t: TeacherLoad): number | null {
  if (t.uniqueStudents !== null) return t.uniqueStudents - (t.coTaughtStudents ?? 0);
  return t.seatsKnown === false ? null : t.seats - (t.coTaughtSeats ?? 0);
}

/** The unit a load is counted in, so no sentence calls seats "students". */
export function loadUnit(t: TeacherLoad): 'students' | 'seats' {
  return t.uniqueStudents !== null ? 'students' : 'seats';
}

function loadOf(t: TeacherLoad): number {
  return coreLoadOf(t) ?? 0;
}

/**
 * One flag per department, not per teacher: a high school can have dozens of teachers over the line, and the
 * decision (more sections, smaller classes) is taken for the department. The lever keeps each teacher's number
 * of sections and shrinks classes until the teacher's students fit at the threshold: a teacher with L students
 * in n sections then needs L·n / warn sections, so n·(L − warn) / warn more; the department's total is rounded
 * up to whole sections.
 *
 * A co-taught section is priced once: in the lever of its lead (first-listed) teacher when that teacher is flagged
 * too, so a special-education co-teacher's flag does not buy again the sections the English lever already bought.
 * A teacher's share of their load's sections is then scaled by the share of their sections not priced elsewhere.
 */
export function coreLoadFlags(
  teachers: readonly TeacherLoad[],
  settings: Settings,
  level: SchoolLevel,
  basis: LeverBasis,
  sections: readonly Section[] = [],
  everySectionLedAlone = false,
): Flag[] {
  if (!isSecondary(level)) return [];
  const { coreLoadWarn: warn, coreLoadCritical: critical } = settings.thresholds;
  const over = teachers.filter((t) => t.teachesCore && t.sections > 0 && (coreLoadOf(t) ?? 0) > warn);
  const byDepartment = new Map<string, TeacherLoad[]>();
  for (const t of over) {
    const dept = t.department ?? 'No department';
    const list = byDepartment.get(dept);
    if (list) list.push(t);
    else byDepartment.set(dept, [t]);
  }
  // When every section is led by its one teacher under an ID of its own (a district's usual export; the teacher load
  // analysis says so), no teacher's section is led by another, and the ID index of every section (150,000 in a
  // district) is not needed, nor the flagged teachers' departments (18,000 in a district) that only pricedElsewhere
  // reads. Not known (false): each section is looked up by its ID.
  // A loop, not new Map(over.map(...)): a pair array per flagged teacher (thousands in a district) is garbage.
  const departmentOfTeacher = new Map<string, string>();
  if (!everySectionLedAlone) for (const t of over) departmentOfTeacher.set(t.teacher, t.department ?? 'No department');
  // A loop, not new Map(sections.map(...)): a district has 150,000 sections, and a pair array each is garbage.
  const leadOf = new Map<string, string | undefined>();
  if (!everySectionLedAlone) for (const sec of sections) leadOf.set(sec.id, sec.teachers[0]);
  /** Sections of t that another flagged department's lever prices (their lead teacher is flagged elsewhere). */
  const pricedElsewhere = (t: TeacherLoad): string[] => {
    if (everySectionLedAlone) return [];
    const own = departmentOfTeacher.get(t.teacher);
    return t.sectionIds.filter((id) => {
      const lead = leadOf.get(id);
      return lead !== undefined && lead !== t.teacher && departmentOfTeacher.has(lead) && departmentOfTeacher.get(lead) !== own;
    });
  };
  // Core teachers per department, counted in one pass rather than once per flagged department.
  const coreByDepartment = new Map<string, number>();
  for (const t of teachers) {
    if (!t.teachesCore) continue;
    const dept = t.department ?? 'No department';
    coreByDepartment.set(dept, (coreByDepartment.get(dept) ?? 0) + 1);
  }
  const flags: Flag[] = [];
  for (const [dept, list] of [...byDepartment.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    list.sort((a, b) => loadOf(b) - loadOf(a) || a.teacher.localeCompare(b.teacher));
    const highest = loadOf(list[0]);
    const unit = list.every((t) => t.uniqueStudents !== null) ? 'students' : 'seats';
    const coreInDept = coreByDepartment.get(dept) ?? 0;
    const named = list.slice(0, 8).map((t) => `${t.teacher} ${loadOf(t)}`).join(', ');
    let alreadyPriced = 0;
    const exact = list.reduce((sum, t) => {
      const elsewhere = pricedElsewhere(t).length;
      alreadyPriced += elsewhere;
      const ownShare = t.sectionIds.length ? (t.sectionIds.length - elsewhere) / t.sectionIds.length : 1;
      return sum + (t.sections * ownShare * (loadOf(t) - warn)) / warn;
    }, 0);
    const needed = Math.ceil(exact - 1e-9);
    const lead = `Bringing every flagged ${dept} teacher to ${warn} ${unit} (same sections, smaller classes) needs`;
    const lever =
      needed === 0 && alreadyPriced > 0
        ? {
            text: `Their co-taught sections are priced in the other departments' core-load levers; smaller classes there bring these loads down too.`,
            cost: null,
          }
        : withCostNeutralOptions(withPricedNote(sectionsLever(needed, basis, lead), alreadyPriced), dept, loadOf(list[0]), basis);
    flags.push({
      id: `core-load:${dept}`,
      unit: 'integer',
      severity: highest >= critical ? 'critical' : 'warning',
      measure: 'Core teacher student-load',
      finding:
        `${dept}: ${list.length} of ${coreInDept} core teachers carry more than ${warn} ${unit} ` +
        `(${named}${list.length > 8 ? ', …' : ''}); the highest is ${highest}` +
        `${highest >= critical ? `, at or above ${critical}, where individual attention is nearly impossible` : ''}.`,
      value: highest,
      threshold: warn,
      source: isEnglishDepartment(dept) ? SCHEDULE_SOURCES.coreLoad : SCHEDULE_SOURCES.coreLoadOtherSubjects,
      rows: rowsOf(list),
      lever,
      settings: ['coreLoadWarn', 'coreLoadCritical'],
      principle: 3,
    });
  }
  return flags;
}

/**
 * The flagged teachers' rows, in order: indexed loops, as flatMap, and for…of before V8 optimises this, are slow for
 * a preps flag of 130,000 rows (issue 12).
 */
function rowsOf(teachers: readonly TeacherLoad[]): TeacherLoad['rows'] {
  const rows: TeacherLoad['rows'] = [];
  for (let t = 0; t < teachers.length; t++) {
    const own = teachers[t].rows;
    for (let r = 0; r < own.length; r++) rows.push(own[r]);
  }
  return rows;
}

function withPricedNote(lever: Lever, alreadyPriced: number): Lever {
  if (alreadyPriced === 0) return lever;
  return { ...lever, text: `${lever.text} ${plural(alreadyPriced, 'co-taught section')} already priced in another department's lever ${alreadyPriced === 1 ? 'is' : 'are'} left out.` };
}

/** Secondary only: an elementary self-contained teacher teaches every subject by design. */
export function prepsFlag(teachers: readonly TeacherLoad[], settings: Settings, level: SchoolLevel): Flag[] {
  // Decided before the teachers are gone through: an elementary school's heavy teachers were filtered and sorted for nothing.
  if (!isSecondary(level)) return [];
  const max = settings.thresholds.prepsMax;
  const heavy = teachers.filter((t) => t.preps >= max);
  // Most preps first, then by name. The analysis lists teachers by name already: then a stable sort by preps alone
  // gives that order without comparing names again (20,000 heavy teachers in a district, most with equal preps).
  const byName = heavy.every((t, i) => i === 0 || heavy[i - 1].teacher.localeCompare(t.teacher) <= 0);
  heavy.sort(byName ? (a, b) => b.preps - a.preps : (a, b) => b.preps - a.preps || a.teacher.localeCompare(b.teacher));
  if (heavy.length === 0) return [];
  return [
    {
      id: 'preps',
      unit: 'integer',
      severity: 'warning',
      measure: 'Teacher preparations',
      finding:
        `${plural(heavy.length, 'teacher')} prepare ${max} or more distinct courses: ` +
        `${heavy.slice(0, 10).map((t) => `${t.teacher} (${t.preps})`).join(', ')}${heavy.length > 10 ? ', …' : ''}.`,
      value: heavy[0].preps,
      threshold: max,
      source: SCHEDULE_SOURCES.preps,
      rows: rowsOf(heavy),
      settings: ['prepsMax'],
      principle: 1,
    },
  ];
}

/**
 * Share of teachers with 1-3 years of experience (0 counts as new too: a first-year teacher is often entered as 0).
 * Teachers are the roster members who appear in the schedule or whose role says teacher; when the roster cannot
 * tell, every member with years of experience counts.
 */
export function newTeachersFlag(parsed: ParsedWorkbook, teachers: readonly TeacherLoad[], settings: Settings): Flag[] {
  const counted = newTeachers(parsed, teachers);
  if (!counted) return [];
  const { fresh, pool, share } = counted;
  const max = settings.thresholds.newTeacherShareMax;
  if (share <= max) return [];
  const dept = mostFrequent(fresh.map((m) => m.department).filter((d): d is string => !!d));
  return [
    {
      id: 'new-teachers',
      unit: 'percent',
      severity: 'warning',
      measure: 'New teachers',
      finding:
        `${fresh.length} of ${pool.length} teachers (${formatPercent(share)}) have 3 or fewer years of experience, ` +
        `above ${formatPercent(max)}${dept ? `; most are in ${dept}` : ''}. New teachers need coaching and common planning time.`,
      value: share,
      threshold: max,
      source: SCHEDULE_SOURCES.newTeachers,
      rows: fresh.map((m) => m.source),
      settings: ['newTeacherShareMax'],
      principle: 1,
    },
  ];
}

/**
 * The teachers the new-teacher share is taken over and those among them in their first three years; null when the
 * staff roster gives no years of experience. The flag and the key figure (and so the district map) both ask here.
 */
export function newTeachers(
  parsed: ParsedWorkbook,
  teachers: readonly TeacherLoad[],
): { fresh: StaffMember[]; pool: StaffMember[]; share: number } | null {
  const withYears = parsed.staff.filter((m) => m.yearsExperience !== undefined);
  // No years of experience, no share: the schedule's teachers are not gathered for it.
  if (withYears.length === 0) return null;
  const scheduled = new Set(teachers.map((t) => normaliseName(t.teacher)));
  const teaching = withYears.filter((m) => scheduled.has(normaliseName(m.name)) || /teach/i.test(m.role ?? ''));
  const pool = teaching.length ? teaching : withYears;
  if (pool.length === 0) return null;
  const fresh = pool.filter((m) => m.yearsExperience! <= 3);
  return { fresh, pool, share: fresh.length / pool.length };
}
