import type { CellValue, DetectedTable, Meeting, MeetingDay, Section, Settings, SheetGrid, SourceRef, SubjectRule } from '../types';
import { hasColumn, indexTableRows, mapsField, type TableCursor, type TableField, type TableRow, type TableRowIndex } from './tableRows';
import { newSheetParse, readTableField, reportCell, skipRow, type SheetParse } from './rowReport';
import { cellText, parseCount, parseGrade, parseNumber, splitTeachers } from './values';
import { parseTime, TIME_EXPECTATION } from './times';
import { DAYS_EXPECTATION, parseDays } from './days';
import { MAX_PERIODS_WITHOUT_BELL, readPeriods, tooManyPeriodsReason } from './periods';
import { classifyProgram, isCollaboration } from './program';
import { matchSubjectRule, unmappedLabel, type CourseText } from './subjectMatch';
import type { BellLookup } from './bell';
import { describeSectionRule, groupLessonKey, joinsSection, sameRoom, sectionRule, syntheticSectionId, type SectionRule } from './sectionIdentity';
import { groupYear } from '../detect/groupColumns';

// The master schedule → Sections. A sheet may have one row per section (with its meeting days) or one row per
// meeting (rows sharing a section ID): rows merge by section ID, seats count once and meetings accumulate. Rows
// without a section ID make sections by the rule in sectionIdentity.ts.

/** The meetings one schedule row added to its section, for messages such as double-bookings. */
export interface RowMeetings {
  section: Section;
  readonly row: TableRow;
  /** Teachers named on the row (none: the section's). */
  teachers: string[];
  meetings: Meeting[];
}

/**
 * A row's meetings as the parser keeps them: the row by its grid row, made a TableRow only when a message asks for it
 * (a few double-bookings), not one view object for each of a district's 150,000 rows.
 */
class SheetRowMeetings implements RowMeetings {
  constructor(
    readonly section: Section,
    private readonly index: TableRowIndex,
    private readonly gridRow: number,
    readonly teachers: string[],
    public meetings: Meeting[],
  ) {}

  get row(): TableRow {
    return this.index.rowAt(this.gridRow);
  }
}

/** The cell a message about a row's meeting points at: its period, else its day, else its start time. */
export function meetingCell(source: RowMeetings): string {
  return source.row.cell('period') || source.row.cell('days') || source.row.cell('start');
}

/** The meeting's day as written in the sheet ("wo", "Mon"). */
export function meetingDayText(source: RowMeetings): string {
  return cellText(source.row.get('days'));
}

/**
 * A section being built, and (as a CourseText) the texts its subject rule is matched on: no object of its own. While
 * its meetings are a frozen list shared with sections that meet alike (sharedMeetingsOf), it is also its one row's
 * RowMeetings for the double-booking check: a district's 150,000 sections need no second object each for that.
 * Every build lives until the parse ends, so each field is paid 150,000 times in young-generation copying (scavenges
 * of the live builds were most of parseSchedule's time): what the section already holds is read from it, and what
 * is rare sits in one lazy object.
 */
class SectionBuild implements CourseText, RowMeetings {
  rows: RowMeetings[] = NO_ROWS;
  /** The first row's meetings while it shares a list (sharesMeetings: then also the section's), else unused. */
  meetings: Meeting[] = NO_MEETINGS;
  /** Co-teachers on separate rows of a meeting, and enrollments that differ between rows: rare, so lazy. */
  rare: RareBuildState | undefined = undefined;

  constructor(
    readonly section: Section,
    private readonly index: TableRowIndex,
    readonly course: string | undefined,
    readonly subject: string | undefined,
  ) {}

  /**
   * The section's first row (as a RowMeetings: the row its shared meetings came from): where its source starts, as
   * rows are read in sheet order.
   */
  get row(): TableRow {
    return this.index.rowAtNumber(this.section.source.firstRow);
  }

  /**
   * The first row's teachers, read while the build stands as that row's RowMeetings: the section's own while it
   * shares its meetings (a later row changes them only after ownMeetings has kept them aside).
   */
  get teachers(): string[] {
    return this.rare?.firstRowTeachers ?? this.section.teachers;
  }

  /** As the row gave it: the section keeps it unchanged. */
  get courseCode(): string | undefined {
    return this.section.courseCode;
  }

  /** As the row gave it: the section keeps it unchanged. */
  get department(): string | undefined {
    return this.section.department;
  }

  /**
   * Whether this build stands as its first row's RowMeetings with a shared meetings list: given one (meetings) and not
   * yet rows of its own (ownMeetings gives it those).
   */
  get sharesMeetings(): boolean {
    return this.meetings !== NO_MEETINGS && this.rows === NO_ROWS;
  }
}

/** What few sections need while they are built. */
interface RareBuildState {
  /** The first row's teachers, kept by ownMeetings before a later row adds its own to the section. */
  firstRowTeachers?: string[];
  /** Teachers of other rows that named the same meeting again (co-teachers on separate rows). */
  mergedTeachers?: Map<Meeting, string[]>;
  /**
   * Further distinct enrollments on other rows of the section (reported as a mismatch); the first is the section's
   * enrollment until the section is finished.
   */
  otherEnrollments?: number[];
}

/** A build's meetings until it shares a list: none (never changed). */
const NO_MEETINGS: Meeting[] = [];

/**
 * A new section's meetings until its rows give some (most get a shared list at once), and the meetings of a section
 * whose rows give none: one frozen list rather than an array each for 150,000 sections.
 */
const NO_SECTION_MEETINGS = Object.freeze([]) as unknown as Meeting[];

/**
 * The sections being built, by id. Most exports list rows in id order, and while each new id sorts after the last one
 * no id can be met again, so no map is needed: a district's 150,000 ids were as many lookups and inserts in a map
 * (scattered in memory, so slow) that never found a thing. The first id out of order makes the map, from the list.
 */
class BuildsById {
  private map: Map<string, SectionBuild> | undefined;
  /** The greatest id so far, while every id has sorted after the one before. */
  private last: string | undefined;

  /** list: the builds in the order added, shared with the caller. */
  constructor(private readonly list: SectionBuild[]) {}

  get(id: string): SectionBuild | undefined {
    if (!this.map) {
      if (this.last === undefined || id > this.last) return undefined;
      this.makeMap();
    }
    return this.map!.get(id);
  }

  /** Adds a section not yet built (get(id) found none). */
  add(id: string, build: SectionBuild): void {
    if (!this.map && this.last !== undefined && !(id > this.last)) this.makeMap();
    this.list.push(build);
    if (this.map) this.map.set(id, build);
    else this.last = id;
  }

  private makeMap(): void {
    // Each build's id is the one it was added under (a section's id is not changed while its rows are read).
    this.map = new Map();
    for (let b = 0; b < this.list.length; b++) this.map.set(this.list[b].section.id, this.list[b]);
  }
}

/** A new section's rows until its first meeting: shared, as the first row replaces it with an array of its own. */
const NO_ROWS: RowMeetings[] = [];

const WEEKDAYS: MeetingDay[] = [1, 2, 3, 4, 5].map((d) => ({ kind: 'weekday', day: d as 1 | 2 | 3 | 4 | 5 }));

export interface ScheduleParse {
  sections: Section[];
  rows: RowMeetings[];
  /** The table's data rows, found once here for the checks that follow (scheduleChecks.ts). */
  index: TableRowIndex;
  parse: SheetParse;
}

export function parseSchedule(grid: SheetGrid, table: DetectedTable, settings: Settings, bell: BellLookup): ScheduleParse {
  const parse = newSheetParse(grid.name);
  /** The sections being built, in the order first met, and by id. */
  const buildList: SectionBuild[] = [];
  const builds = new BuildsById(buildList);
  /** Under the one-meeting-per-row rule, the parallel sections sharing a synthetic ID, in the order first met. */
  const parallels = new Map<string, SectionBuild[]>();
  /** Under the class-group rule, the section that holds each group lesson (groupLessonKey): co-teachers join it. */
  const groupLessons = new Map<string, SectionBuild>();
  const rowMeetings: RowMeetings[] = [];
  const daysCache = new Map<string | number | boolean, MeetingDay[] | null>();
  /** Zero-based grid rows without meeting days. */
  const rowsWithoutDays: number[] = [];
  /** The meetings the current row adds; reused from row to row. */
  const newMeetings: Meeting[] = [];
  // A district's sections mostly meet as one row says: the same days and periods, no times. Those sections share one
  // frozen meetings list per (days, periods) pair, so 750,000 meetings are a few dozen objects, and the schedule
  // clock resolves each list once (meetingTime.ts). Split one sheet per day, joining sections changes their meetings
  // (daySplit.ts), so nothing is shared there.
  const sharedMeetings = table.sheetDay === undefined ? new Map<MeetingDay[], Map<string[], Meeting[] | null>>() : undefined;

  // A schedule repeats the same teacher, period and course cells on many rows: read each distinct value once.
  // The memoised arrays are shared between rows and meetings, so nothing downstream may change them.
  const teachersOf = memoByCell(splitTeachers);
  // A cell such as "1-99999" would otherwise give a teacher 99,999 periods: no cell names more than the day has.
  const periodLimit = bell.periodCount || MAX_PERIODS_WITHOUT_BELL;
  const periodsOf = memoByCell((value) => readPeriods(value, periodLimit));

  const index = indexTableRows(grid, table);
  const gridRows = index.gridRows;
  const fields = scheduleFields(index);
  // One view moved from row to row: nothing is allocated per row to read it.
  const row = index.cursor();
  // The optional fields the table maps, decided once: a district's 150,000 rows are asked for some twenty fields
  // each, most exports map half of them, and an unmapped one is then not looked up on every row (its value is null).
  const has = {
    coTeacher: mapsField(fields.coTeacher),
    courseCode: mapsField(fields.courseCode),
    term: mapsField(fields.term),
    classGroup: mapsField(fields.classGroup),
    room: mapsField(fields.room),
    subject: mapsField(fields.subject),
    program: mapsField(fields.program),
    activity: mapsField(fields.activity),
    times: mapsField(fields.start) || mapsField(fields.end) || mapsField(fields.minutes),
  };
  // Decided at the first row without an ID: a schedule whose rows all have one never needs it.
  let rule: SectionRule | undefined;
  const withoutId = { rows: 0, sections: 0, firstCell: '' };

  // Indexed loops on the per-row path: until the optimiser takes over, a for-of allocates an iterator result per step.
  for (let r = 0; r < gridRows.length; r++) {
    row.moveTo(gridRows[r]);
    let teachers = teachersOf(readTableField(parse, row, fields.teacher));
    const coTeachers = teachersOf(has.coTeacher ? readTableField(parse, row, fields.coTeacher) : null);
    if (coTeachers.length > 0) {
      teachers = [...teachers];
      for (const coTeacher of coTeachers) if (!teachers.includes(coTeacher)) teachers.push(coTeacher);
    }
    const course = fieldText(parse, row, fields.course);
    const courseCode = has.courseCode ? fieldText(parse, row, fields.courseCode) : undefined;
    const explicitId = fieldText(parse, row, fields.sectionId);
    if (!explicitId && !course && !courseCode && teachers.length === 0) {
      skipRow(parse, row, 'it has no section ID, course or teacher');
      continue;
    }
    parse.rowsRead++;

    const { labels: periods, tooMany } = periodsOf(readTableField(parse, row, fields.period));
    if (tooMany) {
      reportCell(parse, row, 'period', 'too-many-periods', tooManyPeriodsReason(tooMany, periodLimit, bell.periodCount > 0), 'error');
    }
    const term = has.term ? fieldText(parse, row, fields.term) : undefined;
    const classGroup = has.classGroup ? fieldText(parse, row, fields.classGroup) : undefined;
    const days = readMeetingDays(parse, row, fields, rowsWithoutDays, daysCache);
    const times = has.times ? readTimes(parse, row, fields) : NO_TIMES;
    const enrollment = readEnrollment(parse, row, fields);

    // A class group's year is the grade where the row gives none ("8A" → 8).
    const grade = parseGrade(readTableField(parse, row, fields.grade)) ?? (classGroup === undefined ? undefined : groupYear(classGroup));
    const room = has.room ? fieldText(parse, row, fields.room) : undefined;
    // The subject names the section only when the row has no course; read once, so an error cell is reported once.
    const subjectNamesIt = !explicitId && !course && !courseCode;
    const subjectForId = subjectNamesIt && has.subject ? fieldText(parse, row, fields.subject) : undefined;
    let id: string;
    let syntheticId: string | undefined;
    let lessonKeys: string[] | undefined;
    if (explicitId) id = explicitId;
    else {
      if (withoutId.rows++ === 0) withoutId.firstCell = row.cell('sectionId');
      rule ??= ruleForRowsWithoutId(table, index, fields, daysCache);
      const parts = { courseCode, course, subject: subjectForId, teachers, classGroup, periods, term };
      id = syntheticId = syntheticSectionId(rule, parts);
      if (rule === 'class group' && classGroup !== undefined && periods.length > 0 && days.length > 0) {
        lessonKeys = days.map((day) => groupLessonKey(parts, day));
      }
    }
    let build = builds.get(id);
    let isNewBuild = false;
    const lessonOf = lessonKeys && sharedLesson(groupLessons, lessonKeys, room);
    if (lessonOf) {
      build = lessonOf;
      id = lessonOf.section.id;
    }
    const siblings = syntheticId !== undefined && rule === 'one meeting per row' ? (parallels.get(syntheticId) ?? []) : undefined;
    if (siblings) {
      build = siblings.find((b) => joinsSection(b.section, days, periods, enrollment));
      if (!build && siblings.length > 0) id = `${id}#${siblings.length + 1}`;
    }
    if (!build) {
      const subject = subjectNamesIt || !has.subject ? subjectForId : fieldText(parse, row, fields.subject);
      const department = fieldText(parse, row, fields.department);
      build = new SectionBuild(
        {
          id,
          // The row's teachers (shared, never changed: see below).
          teachers,
          course: course ?? courseCode ?? subject ?? id,
          courseCode,
          department,
          core: false,
          grade,
          classGroup,
          program: classifyProgram(has.program ? fieldText(parse, row, fields.program) : undefined, course, courseCode),
          // Filled by finishSection; in the literal so that costs no second allocation per section.
          subject: undefined,
          enrollment: undefined,
          term,
          room,
          // Replaced, never pushed into, when the section's rows give meetings (below).
          meetings: NO_SECTION_MEETINGS,
          collaboration: isCollaboration(has.activity ? fieldText(parse, row, fields.activity) : undefined, course, courseCode, subject),
          source: { sheet: grid.name, firstRow: row.rowNumber, lastRow: row.rowNumber },
        },
        index,
        course,
        subject,
      );
      builds.add(id, build);
      isNewBuild = true;
      if (!explicitId) withoutId.sections++;
      if (siblings) {
        if (siblings.length === 0) parallels.set(id, siblings); // the first of its ID: id is still the synthetic one
        siblings.push(build);
      }
    }
    const section = build.section;
    // A further row may merge teachers into the section's meetings (finishSection): it gets meetings of its own first.
    if (!isNewBuild && build.sharesMeetings) ownMeetings(build);
    addSourceRow(section.source, row.rowNumber);
    // An exact-size copy where the section is new: pushing into an empty array reserves room for 17.
    // A new section shares the row's teachers array (read once per distinct cell, and never changed); a later row
    // naming someone new gives the section its own copy rather than changing the shared one.
    if (section.teachers.length === 0) section.teachers = teachers;
    else {
      for (const t of teachers) if (!section.teachers.includes(t)) section.teachers = [...section.teachers, t];
    }
    if (enrollment !== undefined) addEnrollment(build, enrollment);
    section.grade ??= grade;
    section.room ??= room;

    const shared = isNewBuild && sharedMeetings && times === NO_TIMES ? sharedMeetingsOf(sharedMeetings, days, periods, bell) : null;
    if (shared) {
      if (lessonKeys) for (const key of lessonKeys) if (!groupLessons.has(key)) groupLessons.set(key, build);
      if (shared.length > 0) {
        // Its row's teachers are the section's, so finishSection has nothing to give its meetings: no `rows` needed.
        // The build itself stands as the row's RowMeetings.
        section.meetings = shared;
        build.meetings = shared;
        rowMeetings.push(build);
      }
      continue;
    }
    newMeetings.length = 0;
    for (let d = 0; d < days.length; d++) {
      const day = days[d];
      const meeting = buildMeeting(day, periods, times, bell);
      if (!meeting) continue;
      const same = findSameSlot(section.meetings, meeting) ?? findSameSlot(newMeetings, meeting);
      if (same) {
        // Co-teachers listed on separate rows of the same meeting: one meeting, both teachers.
        const merged = ((build.rare ??= {}).mergedTeachers ??= new Map());
        merged.set(same, [...(merged.get(same) ?? []), ...teachers]);
        continue;
      }
      newMeetings.push(meeting);
    }
    if (lessonKeys) for (const key of lessonKeys) if (!groupLessons.has(key)) groupLessons.set(key, build);
    if (newMeetings.length > 0) {
      // A district holds 150,000 sections, so their arrays are made at their exact size, and a section's first row
      // shares its meetings array with the section. Later rows replace the section's array rather than push into
      // it, so every row keeps exactly the meetings it added.
      const meetings = newMeetings.slice();
      const added = new SheetRowMeetings(section, index, row.gridRow, teachers, meetings);
      section.meetings = section.meetings.length === 0 ? meetings : section.meetings.concat(meetings);
      if (build.rows.length === 0) build.rows = [added];
      else build.rows.push(added);
      rowMeetings.push(added);
    }
  }

  const sections: Section[] = [];
  const subjectOf = memoSubjectRules(settings);
  const tally = new SectionTally();
  for (let b = 0; b < buildList.length; b++) {
    finishSection(buildList[b], subjectOf, parse);
    tally.add(buildList[b]);
    sections.push(buildList[b].section);
  }
  reportDaysDefaulted(parse, table, index, rowsWithoutDays);
  if (rule && withoutId.rows > 0) {
    const hasIdColumn = hasColumn(table, 'sectionId');
    parse.dataCheck.push({
      severity: 'info',
      sheet: grid.name,
      cell: hasIdColumn ? withoutId.firstCell : '',
      code: 'sections-without-id',
      message:
        `${withoutId.rows} row(s) of sheet "${grid.name}" have no section ID${hasIdColumn ? ` (first: cell ${withoutId.firstCell})` : ''}; ` +
        `they make ${withoutId.sections} section(s): ${describeSectionRule(rule)}. Map a section ID column if the sheet has one.`,
    });
  }
  reportSubjects(parse, tally);
  reportMissingEnrollment(parse, table, tally);
  for (const gap of bell.gapChecks()) parse.dataCheck.push(gap);
  return { sections, rows: rowMeetings, index, parse };
}

/**
 * The rule for rows without a section ID (sectionIdentity.ts): by class group when the sheet has a group column, else
 * by whether most rows name a single day (one row per meeting) or a week's pattern (one row per section).
 */
function ruleForRowsWithoutId(
  table: DetectedTable,
  index: TableRowIndex,
  fields: ScheduleFields,
  daysCache: Map<string | number | boolean, MeetingDay[] | null>,
): SectionRule {
  if (hasColumn(table, 'classGroup')) return 'class group';
  if (!hasColumn(table, 'days')) return sectionRule(false, []);
  function* daysPerRow(): Generator<number> {
    const row = index.cursor();
    for (const gridRow of index.gridRows) {
      row.moveTo(gridRow);
      const value = row.value(fields.days.access);
      // Blank days mean every weekday; unreadable ones name no day (reported when the row is read).
      if (value === null || typeof value === 'object') {
        yield value === null ? WEEKDAYS.length : 0;
        continue;
      }
      let days = daysCache.get(value);
      if (days === undefined) daysCache.set(value, (days = parseDays(value)));
      yield days?.length ?? 0;
    }
  }
  return sectionRule(false, daysPerRow());
}

/** The section already holding every one of a row's group lessons, in the row's room; undefined when none does. */
function sharedLesson(lessons: Map<string, SectionBuild>, keys: readonly string[], room: string | undefined): SectionBuild | undefined {
  const first = lessons.get(keys[0]);
  if (!first || !sameRoom(first.section.room, room)) return undefined;
  return keys.every((key) => lessons.get(key) === first) ? first : undefined;
}

/** A field's text, undefined when blank (a function, not a closure made for each of a district's rows). */
function fieldText(parse: SheetParse, row: TableCursor, field: TableField): string | undefined {
  return cellText(readTableField(parse, row, field)) || undefined;
}

/** The fields a schedule row is read for, each looked up once per table. */
type ScheduleFields = Record<(typeof SCHEDULE_FIELDS)[number], TableField>;

const SCHEDULE_FIELDS = [
  'teacher',
  'coTeacher',
  'course',
  'courseCode',
  'sectionId',
  'period',
  'term',
  'classGroup',
  'days',
  'enrollment',
  'grade',
  'room',
  'subject',
  'department',
  'program',
  'activity',
  'start',
  'end',
  'minutes',
] as const;

function scheduleFields(index: TableRowIndex): ScheduleFields {
  return Object.fromEntries(SCHEDULE_FIELDS.map((field) => [field, index.field(field)])) as ScheduleFields;
}

/**
 * A parser remembered per distinct cell value (text and numbers; errors are rare and not kept). A blank is read once
 * too: a district's unmapped co-teacher column is blank on every row, and one shared result beats 150,000 copies.
 */
function memoByCell<T>(parseCell: (value: CellValue) => T): (value: CellValue) => T {
  const cache = new Map<string | number | boolean, T>();
  let blank: { parsed: T } | undefined;
  return (value) => {
    if (value === null) return (blank ??= { parsed: parseCell(null) }).parsed;
    if (typeof value === 'object') return parseCell(value);
    let parsed = cache.get(value);
    if (parsed === undefined && !cache.has(value)) cache.set(value, (parsed = parseCell(value)));
    return parsed as T;
  };
}

/** The section's first enrollment is its own until finishSection; later different ones are kept aside. */
function addEnrollment(build: SectionBuild, enrollment: number): void {
  const section = build.section;
  if (section.enrollment === undefined) section.enrollment = enrollment;
  else if (section.enrollment !== enrollment && !build.rare?.otherEnrollments?.includes(enrollment)) {
    ((build.rare ??= {}).otherEnrollments ??= []).push(enrollment);
  }
}

/**
 * The meetings a new section's row without times adds: one frozen list per distinct (days, periods) pair, both
 * memoised per cell so found by identity. Built as a row's meetings are (buildMeeting); null (not shared) when the
 * days name one twice, which the row-by-row path merges. At most one list per row, so bounded by the rows read.
 */
function sharedMeetingsOf(
  cache: Map<MeetingDay[], Map<string[], Meeting[] | null>>,
  days: MeetingDay[],
  periods: string[],
  bell: BellLookup,
): Meeting[] | null {
  let byPeriods = cache.get(days);
  if (!byPeriods) cache.set(days, (byPeriods = new Map()));
  let meetings = byPeriods.get(periods);
  if (meetings === undefined) {
    let list: Meeting[] | null = [];
    for (const day of days) {
      const meeting = buildMeeting(day, periods, NO_TIMES, bell);
      if (!meeting) continue;
      if (findSameSlot(list, meeting)) {
        list = null;
        break;
      }
      list.push(Object.freeze(meeting));
    }
    byPeriods.set(periods, (meetings = list && (Object.freeze(list) as Meeting[])));
  }
  return meetings;
}

/** A section that shared its first row's meetings takes copies of its own, which its further rows may change. */
function ownMeetings(build: SectionBuild): void {
  (build.rare ??= {}).firstRowTeachers = build.section.teachers;
  // Still its first row's RowMeetings (already listed for the double-booking check), now with meetings of its own.
  build.meetings = build.meetings.map((m) => ({ ...m }));
  build.section.meetings = build.meetings;
  build.rows = [build];
}

/** A loop, not find(): this runs for each of a district's 750,000 meetings, and a callback would be one more object each. */
function findSameSlot(meetings: readonly Meeting[], meeting: Meeting): Meeting | undefined {
  for (let m = 0; m < meetings.length; m++) if (sameSlot(meetings[m], meeting)) return meetings[m];
  return undefined;
}

function sameSlot(a: Meeting, b: Meeting): boolean {
  return (
    a.day.kind === b.day.kind &&
    a.day.day === b.day.day &&
    a.start === b.start &&
    a.end === b.end &&
    a.periods.length === b.periods.length &&
    a.periods.every((p, i) => p === b.periods[i])
  );
}

function readMeetingDays(
  parse: SheetParse,
  row: TableCursor,
  fields: ScheduleFields,
  rowsWithoutDays: number[],
  cache: Map<string | number | boolean, MeetingDay[] | null>,
): MeetingDay[] {
  const value = readTableField(parse, row, fields.days);
  if (value === null) {
    rowsWithoutDays.push(row.gridRow);
    return WEEKDAYS;
  }
  // A schedule repeats a handful of day patterns; parse each once. Errors were read as blank, so the value is text,
  // a number or a boolean, and a Map tells 3 from "3".
  const key = value as string | number | boolean;
  let days = cache.get(key);
  if (days === undefined) {
    days = parseDays(value);
    cache.set(key, days);
  }
  if (!days) {
    reportCell(parse, row, 'days', 'unreadable-days', `is not a meeting day (${DAYS_EXPECTATION}); the row's meetings are left out`);
    return [];
  }
  return days;
}

interface RowTimes {
  start?: number;
  end?: number;
  minutes?: number;
}

/** Rows without start, end or minutes (most exports): one shared, never-changed value rather than one per row. */
const NO_TIMES: Readonly<RowTimes> = Object.freeze({});

function readTimes(parse: SheetParse, row: TableCursor, fields: ScheduleFields): Readonly<RowTimes> {
  if (row.value(fields.start.access) === null && row.value(fields.end.access) === null && row.value(fields.minutes.access) === null) return NO_TIMES;
  const times: RowTimes = {};
  for (const field of ['start', 'end'] as const) {
    const value = readTableField(parse, row, fields[field]);
    if (value === null) continue;
    const minutes = parseTime(value);
    if (minutes === null) reportCell(parse, row, field, 'unreadable-time', `is not a time (${TIME_EXPECTATION})`);
    else times[field] = minutes;
  }
  if (times.start !== undefined && times.end !== undefined && times.end <= times.start && times.end + 720 > times.start) {
    times.end += 720; // "12:30" to "1:15" written without PM
  }
  const minutesValue = readTableField(parse, row, fields.minutes);
  if (minutesValue !== null) {
    const minutes = parseNumber(minutesValue);
    if (minutes === null || minutes < 0) {
      reportCell(parse, row, 'minutes', 'unreadable-number', 'is not a number of minutes (expected a number such as 50)');
    } else times.minutes = minutes;
  }
  return times;
}

function readEnrollment(parse: SheetParse, row: TableCursor, fields: ScheduleFields): number | undefined {
  const value = readTableField(parse, row, fields.enrollment);
  if (value === null) return undefined;
  const count = parseCount(value);
  if (count !== null) return count;
  const reason =
    parseNumber(value) === null
      ? 'is not an enrollment (expected a count of students such as 28)'
      : "is not a whole number of students (expected a count such as 28, not a percentage or fraction); the section's enrollment is left unknown";
  reportCell(parse, row, 'enrollment', 'unreadable-number', reason);
  return undefined;
}

/**
 * The meeting as the row gives it: day, periods and any times written. Clock time from the bell schedule is the
 * schedule clock's to work out (analyse/meetingTime.ts), so breaks and lunch are handled in one place; here the
 * bell is only asked whether it has the periods, for the data check.
 */
function buildMeeting(day: MeetingDay, periods: string[], times: Readonly<RowTimes>, bell: BellLookup): Meeting | null {
  const meeting: Meeting = { day, periods };
  if (times.start !== undefined && times.end !== undefined) {
    meeting.start = times.start;
    meeting.end = times.end;
    meeting.minutes = times.end - times.start;
  } else {
    if (times.start !== undefined && times.minutes !== undefined) {
      meeting.start = times.start;
      meeting.end = times.start + times.minutes;
    }
    if (times.minutes !== undefined) meeting.minutes = times.minutes;
    if (periods.length) bell.checkPeriods(day, periods);
  }
  if (meeting.periods.length === 0 && meeting.start === undefined && meeting.minutes === undefined) return null;
  return meeting;
}

type SubjectLookup = (course: CourseText) => SubjectRule | undefined;

/**
 * Courses repeat across many sections (a district has thousands of "English 9"): match each distinct one once.
 * Looked up by its four texts in turn, so no key string is built for each of 150,000 sections.
 */
function memoSubjectRules(settings: Settings): SubjectLookup {
  type Level<T> = Map<string | undefined, T>;
  const cache: Level<Level<Level<Level<{ rule: SubjectRule | undefined }>>>> = new Map();
  return (course) => {
    let byCode = cache.get(course.subject);
    if (!byCode) cache.set(course.subject, (byCode = new Map()));
    let byTitle = byCode.get(course.courseCode);
    if (!byTitle) byCode.set(course.courseCode, (byTitle = new Map()));
    let byDepartment = byTitle.get(course.course);
    if (!byDepartment) byTitle.set(course.course, (byDepartment = new Map()));
    let found = byDepartment.get(course.department);
    if (!found) byDepartment.set(course.department, (found = { rule: matchSubjectRule(settings.subjectRules, course) }));
    return found.rule;
  };
}

function finishSection(build: SectionBuild, subjectOf: SubjectLookup, parse: SheetParse): void {
  const section = build.section;
  const all = section.teachers.length;
  const mergedTeachers = build.rare?.mergedTeachers;
  for (let r = 0; r < build.rows.length; r++) {
    const { teachers, meetings } = build.rows[r];
    if (teachers.length === all && !mergedTeachers) continue;
    for (let m = 0; m < meetings.length; m++) {
      const meeting = meetings[m];
      const merged = mergedTeachers?.get(meeting);
      const who = merged ? [...teachers, ...merged] : teachers;
      if (who.length > 0 && new Set(who).size < all) meeting.teachers = section.teachers.filter((t) => who.includes(t));
    }
  }
  // Two teachers in the room at once (one cell, a co-teacher column, or rows of the same meeting) make a co-taught
  // class; teachers who take different meetings of a section (St Paul's) do not.
  if (section.program === 'general' && !section.collaboration) {
    if (taughtTogether(section)) section.program = 'co-taught';
  }
  const otherEnrollments = build.rare?.otherEnrollments;
  if (otherEnrollments) {
    // Kept aside only once the section had an enrollment (addEnrollment).
    const values = [section.enrollment!, ...otherEnrollments];
    section.enrollment = Math.max(...values);
    parse.dataCheck.push({
      severity: 'warning',
      sheet: parse.sheet,
      cell: `${section.source.firstRow}:${section.source.lastRow}`,
      code: 'enrollment-mismatch',
      message: `Section "${section.id}" has different enrollments on its rows (${values.join(', ')}); the largest, ${section.enrollment}, is used once`,
    });
  }
  const rule = subjectOf(build);
  if (rule) {
    section.subject = rule.subject;
    section.core = rule.core ?? false;
  }
}

/** Whether two teachers are in the room at once in some meeting (a plain loop: no closure per section). */
function taughtTogether(section: Section): boolean {
  if (section.meetings.length === 0) return section.teachers.length >= 2;
  for (let m = 0; m < section.meetings.length; m++) if ((section.meetings[m].teachers ?? section.teachers).length >= 2) return true;
  return false;
}

function reportDaysDefaulted(parse: SheetParse, table: DetectedTable, index: TableRowIndex, rows: number[]): void {
  if (rows.length === 0) return;
  const firstCell = index.rowAt(rows[0]).cell('days');
  const hasDaysColumn = hasColumn(table, 'days');
  parse.dataCheck.push({
    severity: 'info',
    sheet: parse.sheet,
    cell: hasDaysColumn ? firstCell : '',
    code: 'days-assumed',
    message: hasDaysColumn
      ? `${rows.length} row(s) of sheet "${parse.sheet}" have no meeting days (first: cell ${firstCell}); they are taken to meet every weekday, Mon–Fri`
      : `Sheet "${parse.sheet}" has no meeting-days column; every section is taken to meet every weekday, Mon–Fri`,
  });
}

/**
 * What the Data Check says of the sections as a whole, gathered as each is finished: a district's 150,000 sections
 * are gone through once, while each is still in the cache, not once more per message.
 */
class SectionTally {
  /** Sections no subject rule matches, by their label, with the first one's cell. */
  readonly unmapped = new Map<string, { count: number; cell: string }>();
  /** Sections that teach (not scheduled collaboration). */
  teaching = 0;
  /** Of those, how many have no enrollment, and the first few of them (their cells are listed). */
  withoutEnrollment = 0;
  readonly firstWithoutEnrollment: SectionBuild[] = [];

  add(build: SectionBuild): void {
    const section = build.section;
    if (section.collaboration) return;
    this.teaching++;
    if (section.enrollment === undefined && this.withoutEnrollment++ < CELLS_LISTED) this.firstWithoutEnrollment.push(build);
    if (section.subject) return;
    const label = unmappedLabel(build);
    const seen = this.unmapped.get(label);
    if (seen) seen.count++;
    else {
      const row = build.row;
      this.unmapped.set(label, { count: 1, cell: row.cell('subject') || row.cell('courseCode') || row.cell('course') || row.cell('department') });
    }
  }
}

/** The cells a message about sections without an enrollment lists. */
const CELLS_LISTED = 10;

function reportSubjects(parse: SheetParse, tally: SectionTally): void {
  for (const [label, { count, cell }] of tally.unmapped) {
    parse.dataCheck.push({
      severity: 'warning',
      sheet: parse.sheet,
      cell,
      code: 'unmapped-subject',
      message: `No subject rule matches "${label}" (${count} section${count === 1 ? '' : 's'}, e.g. cell ${cell}); add a subject rule so these sections count in time by subject`,
    });
  }
}

function reportMissingEnrollment(parse: SheetParse, table: DetectedTable, tally: SectionTally): void {
  const { withoutEnrollment: missing, teaching } = tally;
  if (missing === 0) return;
  const hasEnrollmentColumn = hasColumn(table, 'enrollment');
  const cells = tally.firstWithoutEnrollment.map((b) => b.row.cell('enrollment'));
  parse.dataCheck.push({
    severity: 'warning',
    sheet: parse.sheet,
    cell: hasEnrollmentColumn ? cells[0] : '',
    code: 'no-enrollment',
    message: hasEnrollmentColumn
      ? `${missing} of ${teaching} sections have no enrollment, so their class size and seats are unknown (cells ${cells.join(', ')}${missing > cells.length ? ', …' : ''})`
      : `Sheet "${parse.sheet}" has no enrollment column, so class sizes and seats are unknown for all ${teaching} sections; map the column that holds the class size`,
  });
}

/**
 * Widens a section's source to a row of the sheet, keeping the runs when the rows are not one unbroken run (meetings
 * on rows 5 and 680 are two runs, not rows 5–680), so a link lands on the rows the section has.
 */
function addSourceRow(source: SourceRef, rowNumber: number): void {
  if (!source.runs) {
    if (rowNumber >= source.firstRow - 1 && rowNumber <= source.lastRow + 1) {
      source.firstRow = Math.min(source.firstRow, rowNumber);
      source.lastRow = Math.max(source.lastRow, rowNumber);
      return;
    }
    source.runs = [{ firstRow: source.firstRow, lastRow: source.lastRow }];
  }
  const runs = source.runs;
  const last = runs[runs.length - 1];
  // Rows come in sheet order, so a row is just below the last run or after a gap: constant work per row, even for a
  // section whose id recurs on every other row of a long sheet. Only a row out of order is looked up.
  if (rowNumber === last.lastRow + 1) last.lastRow = rowNumber;
  else if (rowNumber > last.lastRow) runs.push({ firstRow: rowNumber, lastRow: rowNumber });
  else if (!runs.some((r) => rowNumber >= r.firstRow && rowNumber <= r.lastRow)) {
    runs.push({ firstRow: rowNumber, lastRow: rowNumber });
    runs.sort((a, b) => a.firstRow - b.firstRow);
  }
  source.firstRow = Math.min(source.firstRow, rowNumber);
  source.lastRow = Math.max(source.lastRow, rowNumber);
}
