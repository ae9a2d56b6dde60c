import type { Meeting, ParsedWorkbook, Section, Settings, StaffMember, TeacherLoad } from '../types';
import type { ScheduleClock } from './meetingTime';
import { mostFrequent, normaliseName, round } from './stats';
import { termOf } from './terms';

// Teacher student-load (BRIEF.md "Teacher student-load"). Every load figure (sections, seats, unique students,
// preps, periods, minutes) describes the teacher's heaviest term, because a semester teacher teaches their
// fall and spring sections at different times; sectionIds and rows list every section of the teacher, so the
// links show the whole year.
//
// Seats count each group of students once. A self-contained class (an elementary homeroom, a special-education
// class) is entered as one section per subject block, so summing them would count the same 20 pupils six times.
// Rule: a teacher's sections of one grade in one room (or with no room given) that span SELF_CONTAINED_SUBJECTS
// or more distinct subjects are one class, whose seats are its largest section's enrollment. A secondary teacher's
// sections of one course (different students each period) never span three subjects, so they still add up.

export interface TeacherLoadResult {
  teachers: TeacherLoad[];
  /** Teachers whose minutes are only partly known (some meetings without times, bell or period length). */
  partlyTimed: string[];
  /**
   * Whether each teacher leads every section they teach, alone, and no two sections share an ID: then no section ID of
   * one teacher names a section another teacher leads, and the core-load flag needs no index of sections by ID. False
   * when it is not known (IDs out of order might repeat further on).
   */
  everySectionLedAlone: boolean;
}

interface TermLoad {
  term?: string;
  sections: readonly Section[];
  seats: number;
  /**
   * Whether every group of students the term counts gives an enrollment (each section, or at least one section of a
   * self-contained class): one missing or unreadable enrollment makes the sum an undercount, so the seats are unknown.
   */
  seatsKnown: boolean;
}

const SELF_CONTAINED_SUBJECTS = 3;

export function staffIndex(staff: readonly StaffMember[]): Map<string, StaffMember> {
  const index = new Map<string, StaffMember>();
  for (const member of staff) index.set(normaliseName(member.name), member);
  return index;
}

export function analyseTeacherLoad(parsed: ParsedWorkbook, settings: Settings, clock: ScheduleClock): TeacherLoadResult {
  const byTeacher = new Map<string, Section[]>();
  // Whether every teacher leads each of their sections (one teacher, none per meeting) under an ID no other section
  // has: IDs in increasing order are all different, which a district's export usually is (everySectionLedAlone).
  let ledAlone = true;
  let previousId: string | undefined;
  // Without a term on any section, every teacher's load is their whole year: no term to look up per teacher.
  let anyTerm = false;
  // Teachers with a section that is not theirs alone (shared, or naming teachers per meeting): only their meetings
  // and sections need asking who teaches them; everyone else teaches every meeting of every section they are listed on.
  const notAlone = new Set<string>();
  const addSection = (teacher: string, section: Section) => {
    const list = byTeacher.get(teacher);
    if (list) list.push(section);
    else byTeacher.set(teacher, [section]);
  };
  // Indexed loops over the sections and their teachers (here and per teacher below): this function runs once, mostly
  // before it is optimised, when each iterator step costs an allocation (10 MB of garbage on a district, measured).
  for (let n = 0; n < parsed.sections.length; n++) {
    const section = parsed.sections[n];
    if (previousId !== undefined && !(previousId < section.id)) ledAlone = false;
    previousId = section.id;
    if (section.collaboration) continue;
    if (section.term !== undefined) anyTerm = true;
    // A set only when names could repeat: most sections have one teacher and no per-meeting teachers.
    if (section.teachers.length <= 1 && !namesMeetingTeachers(section.meetings)) {
      for (let t = 0; t < section.teachers.length; t++) addSection(section.teachers[t], section);
      continue;
    }
    ledAlone = false;
    for (const teacher of sectionTeachers(section)) {
      notAlone.add(teacher);
      addSection(teacher, section);
    }
  }

  const rosterBySection = new Map<string, Set<string>>();
  for (const row of parsed.students) {
    const set = rosterBySection.get(row.sectionId);
    if (set) set.add(row.studentId);
    else rosterBySection.set(row.sectionId, new Set([row.studentId]));
  }
  const hasRoster = parsed.students.length > 0;
  const staff = staffIndex(parsed.staff);

  const teachers: TeacherLoad[] = [];
  const partlyTimed: string[] = [];
  // Built in the order they are returned, by name, not sorted afterwards: the 25,000 objects of a district and their
  // lists then lie in memory in the order the flags and the output read them (the output's JSON of them took a
  // quarter less time, measured).
  const names = [...byTeacher.keys()].sort((a, b) => a.localeCompare(b));
  for (let n = 0; n < names.length; n++) {
    const teacher = names[n];
    const sections = byTeacher.get(teacher)!;
    const heaviest: TermLoad = anyTerm ? heaviestTerm(sections, settings) : wholeYear(sections);
    const termSections = heaviest.sections;
    const alone = !notAlone.has(teacher);

    let periods = 0;
    let minutes = 0;
    let knownMeetings = 0;
    let unknownMeetings = 0;
    for (let t = 0; t < termSections.length; t++) {
      const section = termSections[t];
      const resolvedMeetings = clock.meetingsOf(section);
      for (let i = 0; i < resolvedMeetings.length; i++) {
        if (!alone && !teachesMeeting(teacher, section, section.meetings[i])) continue;
        const resolved = resolvedMeetings[i];
        periods += resolved.slots;
        if (resolved.minutes === null) unknownMeetings++;
        else {
          knownMeetings++;
          minutes += resolved.minutes * resolved.weekScale;
        }
      }
    }
    if (knownMeetings > 0 && unknownMeetings > 0) partlyTimed.push(teacher);

    let uniqueStudents: number | null = null;
    // Seats and students this teacher reaches only as the second adult in someone else's class (see isSecondAdult).
    // Only a co-taught section can make the teacher a second adult: most teachers have none, and keep their list.
    const led = !alone && termSections.some((s) => isSecondAdult(teacher, s)) ? termSections.filter((s) => !isSecondAdult(teacher, s)) : termSections;
    const coTaughtSeats = led.length < termSections.length ? heaviest.seats - seatsOf(led).seats : 0;
    let coTaughtStudents = 0;
    if (hasRoster) {
      const students = new Set<string>();
      for (const section of termSections) for (const id of rosterBySection.get(section.id) ?? []) students.add(id);
      uniqueStudents = students.size;
      if (led.length < termSections.length) {
        const own = new Set<string>();
        for (const section of led) for (const id of rosterBySection.get(section.id) ?? []) own.add(id);
        coTaughtStudents = students.size - own.size;
      }
    }

    let coreCount = 0;
    for (let t = 0; t < termSections.length; t++) if (termSections[t].core) coreCount++;
    const member = staff.size ? staff.get(normaliseName(teacher)) : undefined;
    // Maps, not pushes: an array grown by push keeps spare room, 6 MB over a district's 50,000 of these lists.
    const sectionIds = sections.map((s) => s.id);
    const rows = sections.map((s) => s.source);
    const department = member?.department ?? usualDepartment(sections);
    const preps = prepCount(termSections);
    const minutesPerWeek = knownMeetings > 0 ? round(minutes, 2) : null;
    // "Most" of their sections: strictly more than half, so a half-core teacher is not counted as core.
    const teachesCore = coreCount * 2 > termSections.length;
    // One literal, its optional fields spread in place: the key order is the JSON output's. (A second, spread-free
    // literal for the usual teacher saved a few ms on a district's 25,000 teachers; not worth two copies of the shape.)
    teachers.push({
      teacher,
      department,
      sections: termSections.length,
      // Unknown seats are 0 with seatsKnown false (the contract in types.ts), never a partial sum.
      seats: heaviest.seatsKnown ? heaviest.seats : 0,
      ...(heaviest.seatsKnown ? {} : { seatsKnown: false }),
      uniqueStudents,
      ...(coTaughtSeats > 0 ? { coTaughtSeats } : {}),
      ...(coTaughtStudents > 0 ? { coTaughtStudents } : {}),
      preps,
      periodsPerCycle: periods,
      minutesPerWeek,
      heaviestTerm: heaviest.term,
      teachesCore,
      sectionIds,
      rows,
    });
  }
  // The partly timed are named in the order the schedule first names them, as before the loop went by name.
  if (partlyTimed.length > 1) {
    const firstNamed = new Map([...byTeacher.keys()].map((teacher, i) => [teacher, i]));
    partlyTimed.sort((a, b) => firstNamed.get(a)! - firstNamed.get(b)!);
  }
  return { teachers, partlyTimed, everySectionLedAlone: ledAlone };
}

/**
 * Whether the teacher is the second adult in a class another teacher leads: a co-taught section (two or more
 * teachers in the room at every meeting, or a section the program column calls co-taught) whose first-listed
 * teacher is someone else. A special-education co-teacher's real load there is the students on their caseload,
 * not the class, so these seats are reported apart and left out of the core load.
 */
export function isSecondAdult(teacher: string, section: Section): boolean {
  if (section.teachers.length < 2 || section.teachers[0] === teacher) return false;
  return section.program === 'co-taught' || !namesMeetingTeachers(section.meetings);
}

/** Whether any meeting names its own teachers: a loop, as a callback per section cost a district 40 ms (issue 12). */
export function namesMeetingTeachers(meetings: readonly Meeting[]): boolean {
  for (let i = 0; i < meetings.length; i++) if (meetings[i].teachers) return true;
  return false;
}

function sectionTeachers(section: Section): Set<string> {
  const onSection = new Set(section.teachers);
  for (const meeting of section.meetings) for (const teacher of meeting.teachers ?? []) onSection.add(teacher);
  return onSection;
}

/** A teacher's load over the whole year: every section, with its seats (no spread of a new object per teacher). */
function wholeYear(sections: readonly Section[]): TermLoad {
  const { seats, seatsKnown } = seatsOf(sections);
  return { sections, seats, seatsKnown };
}

/** The term with the most seats; a section with no term (or a full-year term) counts in every term. */
export function heaviestTerm(sections: readonly Section[], settings: Settings): TermLoad {
  // Most teachers' sections all run all year (a district's 25,000 have no term at all): no copies, no term lists.
  if (sections.every((s) => termOf(s, settings) === undefined)) return wholeYear(sections);
  const yearLong = sections.filter((s) => termOf(s, settings) === undefined);
  const terms = [...new Set(sections.map((s) => termOf(s, settings)).filter((t): t is string => t !== undefined))];
  let best: TermLoad | undefined;
  for (const term of terms) {
    const inTerm = [...yearLong, ...sections.filter((s) => termOf(s, settings) === term)];
    const candidate = { term, sections: inTerm, ...seatsOf(inTerm) };
    if (!best || candidate.seats > best.seats || (candidate.seats === best.seats && inTerm.length > best.sections.length)) {
      best = candidate;
    }
  }
  return best!;
}

/**
 * Seats with each self-contained class counted once (see the rule at the top of this file), and whether every group
 * counted gives an enrollment: a seat count missing a section's enrollment is unknown, not a partial sum.
 */
export function seatsOf(sections: readonly Section[]): { seats: number; seatsKnown: boolean } {
  const classes = selfContainedClasses(sections);
  let seats = 0;
  let seatsKnown = true;
  // Each class once, at its largest section's enrollment, known when any of its sections gives one (loops, not a list
  // of enrollments and a set of sections per teacher: 10,000 of a district's 25,000 teachers have such a class).
  for (const list of classes) {
    let largest = -Infinity;
    let anyKnown = false;
    for (const s of list) {
      largest = Math.max(largest, s.enrollment ?? 0);
      if (s.enrollment !== undefined) anyKnown = true;
    }
    seats += largest;
    if (!anyKnown) seatsKnown = false;
  }
  // A long list of sections finds its classes' sections through a set; a handful are looked for in the classes (none,
  // for the usual secondary teacher: then every section's enrollment adds up, and no set is made).
  const selfContained = classes.length > 0 && sections.length > 32 ? new Set(classes.flat()) : undefined;
  for (const s of sections) {
    if (selfContained ? selfContained.has(s) : inClasses(classes, s)) continue;
    seats += s.enrollment ?? 0;
    if (s.enrollment === undefined) seatsKnown = false;
  }
  return { seats, seatsKnown };
}

function inClasses(classes: readonly Section[][], section: Section): boolean {
  for (const list of classes) if (list.includes(section)) return true;
  return false;
}

/**
 * One teacher's self-contained classes (the rule at the top of this file): their sections of one grade in one room
 * that span SELF_CONTAINED_SUBJECTS or more subjects, each list one class. The K-3 class-size flag counts these.
 */
export function selfContainedClasses(sections: readonly Section[]): Section[][] {
  // Most teachers' sections name fewer distinct subjects than a class needs, even before trimming and lower-casing:
  // then no class can have enough, and no key text is built (a district has 25,000 teachers).
  if (fewerSubjectsThan(sections, SELF_CONTAINED_SUBJECTS)) return [];
  if (sections.length <= 32) return fewClassesOf(sections);
  const byClass = new Map<string, Section[]>();
  for (const s of sections) {
    if (s.grade === undefined) continue;
    const key = `${s.grade.trim().toLowerCase()}|${(s.room ?? '').trim().toLowerCase()}`;
    const list = byClass.get(key);
    if (list) list.push(s);
    else byClass.set(key, [s]);
  }
  return [...byClass.values()].filter(
    (list) => new Set(list.map((s) => (s.subject ?? s.course).trim().toLowerCase())).size >= SELF_CONTAINED_SUBJECTS,
  );
}

/**
 * selfContainedClasses for a teacher's handful of sections: the same classes in the same order (first seen), found by
 * comparing grade and room in place. Most teachers (25,000 in a district) have no class of three sections, so nothing
 * is built for them: no key text, no map, no list per grade, no set of subjects; a list is made only for a class found.
 */
function fewClassesOf(sections: readonly Section[]): Section[][] {
  const n = sections.length;
  for (let i = 0; i < n; i++) {
    const s = sections[i];
    classGrades[i] = s.grade === undefined ? undefined : lowerTrimmed(s.grade);
    classRooms[i] = s.room === undefined ? '' : lowerTrimmed(s.room);
  }
  const result: Section[][] = [];
  for (let i = 0; i < n; i++) {
    const grade = classGrades[i];
    if (grade === undefined || !firstOfClass(i, grade, classRooms[i])) continue;
    // Its members' subjects: SELF_CONTAINED_SUBJECTS distinct ones (and so as many sections) make it a class.
    let members = 0;
    for (let j = i; j < n; j++) if (classGrades[j] === grade && classRooms[j] === classRooms[i]) members++;
    if (members < SELF_CONTAINED_SUBJECTS) continue;
    seenSubjects.length = 0;
    for (let j = i; j < n && seenSubjects.length < SELF_CONTAINED_SUBJECTS; j++) {
      if (classGrades[j] !== grade || classRooms[j] !== classRooms[i]) continue;
      const subject = lowerTrimmed(sections[j].subject ?? sections[j].course);
      if (!seenSubjects.includes(subject)) seenSubjects.push(subject);
    }
    if (seenSubjects.length < SELF_CONTAINED_SUBJECTS) continue;
    const list: Section[] = [];
    for (let j = i; j < n; j++) if (classGrades[j] === grade && classRooms[j] === classRooms[i]) list.push(sections[j]);
    result.push(list);
  }
  return result;
}

/**
 * text.trim().toLowerCase(), without either call for text that is already so (a grade "10", a room "b12"): the two
 * calls on every section's grade and room took a district 25 ms. Only ASCII without capitals or end spaces is kept as
 * is; anything else (end spaces, capitals, any non-ASCII letter or space) is trimmed and lower-cased as before.
 */
export function lowerTrimmed(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  if (text.charCodeAt(0) <= 32 || text.charCodeAt(n - 1) <= 32) return text.trim().toLowerCase();
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return text.trim().toLowerCase();
  }
  return text;
}

/** Whether section i is the first of the sections fewClassesOf read with this grade and room. */
function firstOfClass(i: number, grade: string, room: string): boolean {
  for (let j = 0; j < i; j++) if (classGrades[j] === grade && classRooms[j] === room) return false;
  return true;
}

// Scratch lists fewClassesOf and fewerSubjectsThan fill for one teacher at a time (the engine is synchronous), rather
// than a new list per teacher: a district's 25,000 teachers each made several.
const classGrades: (string | undefined)[] = [];
const classRooms: string[] = [];
const seenSubjects: string[] = [];

/** Whether the sections with a grade name fewer than `count` distinct subjects (or courses) as written. */
function fewerSubjectsThan(sections: readonly Section[], count: number): boolean {
  seenSubjects.length = 0;
  for (const s of sections) {
    if (s.grade === undefined) continue;
    const subject = s.subject ?? s.course;
    if (!seenSubjects.includes(subject) && seenSubjects.push(subject) >= count) return false;
  }
  return true;
}

/**
 * The department most of the sections name, as mostFrequent chooses it (the first to reach the highest count). A
 * teacher has a handful of sections: they are counted in place, without a map and two lists per teacher (25,000 in a
 * district); a longer list goes to mostFrequent itself.
 */
function usualDepartment(sections: readonly Section[]): string | undefined {
  if (sections.length > 32) return mostFrequent(sections.map(departmentOf).filter((d): d is string => !!d));
  // Each section's department read once into a scratch list: reading it again for every pair trimmed two texts
  // 27 times for a teacher of six sections.
  for (let i = 0; i < sections.length; i++) departments[i] = departmentOf(sections[i]);
  let best: string | undefined;
  let bestCount = 0;
  for (let i = 0; i < sections.length; i++) {
    const department = departments[i];
    if (!department) continue;
    // Its count so far: the times it has been named up to and including this section.
    let count = 1;
    for (let j = 0; j < i; j++) if (departments[j] === department) count++;
    if (count > bestCount) {
      best = department;
      bestCount = count;
    }
  }
  return best;
}

const departments: (string | undefined)[] = [];

/** Distinct preps: a teacher has a handful of sections, so a list is cheaper than a set, and keys come from a cache. */
function prepCount(sections: readonly Section[]): number {
  if (sections.length > 64) return new Set(sections.map(cachedPrepKey)).size;
  const seen: string[] = [];
  for (const s of sections) {
    const key = cachedPrepKey(s);
    if (!seen.includes(key)) seen.push(key);
  }
  return seen.length;
}

/**
 * prepKey, remembered per course and grade text as written: a district's 150,000 sections name a few hundred courses,
 * and each key costs a trim, a lower-casing and a pattern match. Bounded, as the add-in's worker is long-lived.
 */
function cachedPrepKey(section: Section): string {
  if (section.courseCode !== undefined) return prepKey(section);
  let known = prepKeyCache.get(section.course);
  if (known === undefined) {
    if (prepKeyCache.size >= 10_000) prepKeyCache.clear();
    // A course not named as a class set is its own prep in every grade: its key alone, without one per grade.
    const course = section.course.trim().toLowerCase();
    prepKeyCache.set(section.course, (known = CLASS_SET_COURSE.test(course) ? new Map() : course));
  }
  if (typeof known === 'string') return known;
  const byGrade = known;
  const grade = section.grade ?? '';
  let key = byGrade.get(grade);
  if (key === undefined) {
    if (byGrade.size >= 1000) byGrade.clear();
    byGrade.set(grade, (key = prepKey(section)));
  }
  return key;
}

const prepKeyCache = new Map<string, string | Map<string, string>>();

export function departmentOf(section: Section): string | undefined {
  return section.department?.trim() || section.subject?.trim() || undefined;
}

/**
 * A prep is a distinct course content. When a course is named "<subject>-<grade><set>" (St Paul's "Ma-10S" and
 * "Ma-10T" are two sets of year-10 maths), the set is a group of students, not content: the prep is subject + grade.
 */
export function prepKey(section: Section): string {
  const course = (section.courseCode?.trim() || section.course.trim()).toLowerCase();
  const grade = section.grade?.trim().toLowerCase();
  const set = CLASS_SET_COURSE.exec(course);
  if (set && grade && set[2] === grade) return `${set[1]}|${grade}`;
  return course;
}

/** "<subject letters>-<grade digits><set letters and digits>", e.g. "ma-10s", "en-12a2", "fr-9g1". */
const CLASS_SET_COURSE = /^([a-z]+)[-_ ](\d+)[a-z]+\d*$/;


/** A meeting names its own teachers when rows differ per meeting; otherwise every teacher of the section teaches it. */
export function meetingTeachers(section: Section, meeting: Meeting): readonly string[] {
  return meeting.teachers ?? section.teachers;
}

function teachesMeeting(teacher: string, section: Section, meeting: Meeting): boolean {
  return meetingTeachers(section, meeting).includes(teacher);
}
