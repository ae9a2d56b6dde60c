// The engine's contract: what the readers hand in (grids), what the parsers produce (typed records),
// what the analyses return (the result) and what the writers render (the report).
// Pure data only: no Office, DOM or Node types may appear here.

import type { WhatIf } from './whatIf/types';

// ───────────────────────────── Input: grids ─────────────────────────────

/** An Excel error value as a reader gives it, e.g. { error: '#N/A' }. */
export interface CellError {
  error: string;
}

/** Numbers (including Excel date serials and day fractions for times), text, booleans, errors, blanks. */
export type CellValue = number | string | boolean | null | CellError;

export interface SheetGrid {
  name: string;
  /** Row-major values of the sheet's used range. rows[0][0] sits at (originRow, originCol). */
  rows: CellValue[][];
  /** Zero-based row of rows[0] in the sheet (0 = row 1). Used to name cells in messages and links. */
  originRow: number;
  /** Zero-based column of rows[0][0] (0 = column A). */
  originCol: number;
  /** Optional number formats, same shape as rows; lets the parser tell a time (h:mm) from a plain fraction. */
  numberFormats?: string[][];
  /**
   * Merged areas, zero-based, inclusive and relative to the SHEET (not to the grid origin): A2:A4 is
   * { top: 1, left: 0, bottom: 3, right: 0 }. Readers give a merged area's value in its top-left cell only, as Excel
   * does; the engine reads that value in every cell of the area (a teacher merged down three rows teaches all three).
   */
  merges?: CellArea[];
  /**
   * Cells holding data far from the sheet's block of data (a stray value at XFD1048576), zero-based sheet positions.
   * They are kept out of rows so a grid costs memory in proportion to its data; the Data Check names them.
   */
  outlyingCells?: { row: number; col: number; value: CellValue }[];
}

/** A rectangle of cells, zero-based and inclusive. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface WorkbookGrids {
  /** File name or workbook title, for the Summary. */
  name?: string;
  sheets: SheetGrid[];
  /** What the reader itself found (a CSV file's encoding, an unclosed quote): shown on the Data Check as given. */
  dataCheck?: DataCheckItem[];
}

// ───────────────────────────── Detection and mapping ─────────────────────────────

export type TableKind = 'schedule' | 'bell' | 'staff' | 'enrollment' | 'budget' | 'students';

export const TABLE_KINDS: readonly TableKind[] = ['schedule', 'bell', 'staff', 'enrollment', 'budget', 'students'];

/** The user's explicit mapping for one table kind; every part overrides detection. */
export interface TableMapping {
  /** Sheet name to use for this kind (or '' / undefined to detect). */
  sheet?: string;
  /** 1-based header row in the sheet, as the user sees it. */
  headerRow?: number;
  /** field → header text in that sheet, or a column letter such as "C". */
  columns?: Record<string, string>;
}

export type MappingSettings = Partial<Record<TableKind, TableMapping>>;

export interface MatchedColumn {
  field: string;
  header: string;
  /** Zero-based column index within the sheet grid's rows. */
  col: number;
  /** Column letter as the user sees it, e.g. "C". */
  letter: string;
  how: 'synonym' | 'mapping';
}

export interface DetectedTable {
  kind: TableKind;
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** 1-based sheet rows of the first and last data row read (after stopping at totals rows and gaps). */
  firstDataRow: number;
  lastDataRow: number;
  columns: MatchedColumn[];
  /** Headers present in the sheet that no field matched (reported in the data check). */
  unmatchedHeaders: string[];
  /** 0..1 confidence of detection; 1 when the user chose the sheet. */
  confidence: number;
  how: 'detected' | 'mapping';
  /**
   * A schedule split into one sheet per day ("Monday", "Day 3") without a days column: the day its sheet's name gives,
   * read as every row's meeting day.
   */
  sheetDay?: string;
}

// ───────────────────────────── Settings ─────────────────────────────

export type SchoolLevel = 'elementary' | 'middle' | 'high';

export type Severity = 'critical' | 'warning' | 'info';

/** Keyword/code rules that map a course to a subject; the user can see and edit them. */
export interface SubjectRule {
  /** Matched case-insensitively against course code, course title, department and subject column. */
  match: string;
  /** 'code' = whole-token equality with a code (e.g. "Ma"); 'keyword' = substring of a title/department. */
  kind: 'code' | 'keyword';
  subject: string;
  /** Whether the subject counts as core academics (ELA/ELD, math, science, social studies). */
  core?: boolean;
}

/** Keyword/code rules that map a budget line to a use of money, and fund rules for locked vs discretionary. */
export interface BudgetUseRule {
  match: string;
  kind: 'code' | 'keyword';
  use: MoneyUse;
}

export interface FundRule {
  match: string;
  kind: 'code' | 'keyword';
  locked: boolean;
  /** The fund's tier; undefined = restricted when locked, else discretionary (rules saved before tiers existed). */
  tier?: FundTier;
}

/**
 * How freely a school can direct a fund's money: restricted (categorical and grant money with rules), allocated
 * by district formula (unrestricted, but the principal does not move it: their own salary, custodians, formula
 * teachers), or truly site-discretionary. A fund no rule names is 'unknown', never discretionary.
 */
export type FundTier = 'restricted' | 'formula' | 'discretionary';

export type MoneyUse =
  | 'Core classroom teachers'
  | 'Elective/specialist teachers'
  | 'Special-education instruction'
  | 'EL instruction'
  | 'Instructional aides'
  | 'Coaches'
  | 'Professional development'
  | 'Leadership'
  | 'Program management/compliance'
  | 'Pupil services'
  | 'Operations'
  | 'Other'
  /** Employee-benefit lines (retirement, health, payroll taxes): spread over the positions they belong to. */
  | 'Benefits';

export interface Thresholds {
  coreLoadWarn: number; // 100
  coreLoadCritical: number; // 150
  collaborationBlockMinutes: number; // 90
  secondaryCoreShareMin: number; // 0.33
  elementaryLiteracyMinutesPerDay: number; // 90
  elementaryMathMinutesPerDay: number; // 60
  k3ClassSizeMax: number; // 20
  smallSectionMin: number; // 15
  spedStudentsPerAideMin: number; // 12
  coachDollarsPerTeacher: Record<SchoolLevel, number>; // 4800 / 2800 / 2000
  pdShareReference: number; // 0.061
  pdDollarsPerTeacherReference: number; // 10900
  studentsPerCounselorMax: number; // 250
  prepsMax: number; // 4 (flag at or above)
  newTeacherShareMax: number; // 0.30
  /** Share of locked compliance/program-management money the lever prices: ERS proposed reducing it by 20%. */
  complianceReductionShare: number; // 0.20
  /** Most of the special-education aides the lever prices: ERS proposed scaling them back by 25% (aides are in IEPs). */
  spedAideReductionShare: number; // 0.25
}

export interface Settings {
  /** The school's name for the Summary's title; undefined = as the workbook prints it, else the file name. */
  schoolName?: string;
  /** School level; undefined = infer from grades. */
  schoolLevel?: SchoolLevel;
  thresholds: Thresholds;
  subjectRules: SubjectRule[];
  budgetUseRules: BudgetUseRule[];
  fundRules: FundRule[];
  mapping: MappingSettings;
  /** Minutes per period when the schedule has no clock times and no bell schedule; undefined = unknown. */
  periodMinutes?: number;
  /**
   * Longest gap between two bell periods that is passing time (a double period runs on through it); a longer gap is
   * a break, neither teaching nor planning time. Default 10.
   */
  passingMinutes?: number;
  /** Days in a rotating cycle when the schedule uses "Day 1".."Day N"; undefined = infer from the data. */
  cycleDays?: number;
  /** Terms to treat as one year-long term when a section has no term, e.g. "Year". */
  fullYearTermNames?: string[];
  /** State minimum instructional minutes a year; undefined = California's for the school level (54,000 / 64,800). */
  annualInstructionalMinutesMin?: number;
  /** School days in the year, to turn minutes a day into minutes a year; undefined = 180. */
  schoolDaysPerYear?: number;
  /** Minutes in a teacher's contract day, for the shares of teacher time; undefined = not reported. */
  contractMinutesPerDay?: number;
}

// ───────────────────────────── Source references ─────────────────────────────

/** A cell or row range in the user's workbook, so a flag can link back to the rows behind it. */
export interface SourceRef {
  sheet: string;
  /** 1-based first and last sheet rows. */
  firstRow: number;
  lastRow: number;
  /** Optional A1 cell for a single-cell reference, e.g. "D14". */
  cell?: string;
  /**
   * The runs of rows, in sheet order, when the rows behind it are not one unbroken run (a section whose meetings are
   * on rows 5 and 680); firstRow–lastRow then only spans them, and links and labels use the runs (report/links.ts).
   */
  runs?: { firstRow: number; lastRow: number }[];
}

// ───────────────────────────── Parsed records ─────────────────────────────

/** A weekday 1..7 (Mon..Sun), an A/B day, or a numbered day of a rotating cycle. */
export type MeetingDay =
  | { kind: 'weekday'; day: 1 | 2 | 3 | 4 | 5 | 6 | 7 }
  | { kind: 'ab'; day: 'A' | 'B' }
  | { kind: 'cycle'; day: number };

export interface Meeting {
  day: MeetingDay;
  /** Period labels the meeting occupies, e.g. ["1","2"] for "1-2". Empty when only times are known. */
  periods: string[];
  /**
   * Minutes after midnight as the row gives them (an end from start + minutes); undefined when the row gives only
   * periods. The schedule clock (analyse/meetingTime.ts) works out the time taught, from these or the bell schedule.
   */
  start?: number;
  end?: number;
  /** Length the row gives: end − start, or a minutes column. Breaks inside it are the clock's to take out. */
  minutes?: number;
  /**
   * Teachers of this meeting when they are not all of the section's teachers (one row per meeting with a different
   * teacher per row, as in St Paul's); undefined = every teacher of the section.
   */
  teachers?: string[];
}

export type Program = 'general' | 'co-taught' | 'special education' | 'EL';

export interface Section {
  /**
   * Section ID from the sheet, or a synthetic one when none exists: course|teachers|class group|term, with the period
   * in place of the group in a one-row-per-section sheet without groups (parse/sectionIdentity.ts).
   */
  id: string;
  teachers: string[];
  course: string;
  courseCode?: string;
  department?: string;
  /** Subject after the subject rules; undefined when no rule matched (reported in the data check). */
  subject?: string;
  core: boolean;
  /** Grade as text ("K", "3", "10"); undefined when unknown. */
  grade?: string;
  /** Student group the section is taught to ("8A", "11E") when the schedule names one. */
  classGroup?: string;
  program: Program;
  /** Seats: counted once per section even when the sheet has one row per meeting. */
  enrollment?: number;
  term?: string;
  room?: string;
  meetings: Meeting[];
  /** True when the row is scheduled collaboration (PLC, common planning, banked time), not teaching. */
  collaboration: boolean;
  source: SourceRef;
}

export interface BellPeriod {
  period: string;
  /** Day type as written ("Regular", "A", "Mon", "Early release"); '' when one bell schedule for all days. */
  dayType: string;
  start: number;
  end: number;
  source: SourceRef;
}

export interface StaffMember {
  name: string;
  role?: string;
  department?: string;
  team?: string;
  grade?: string;
  fte?: number;
  yearsExperience?: number;
  source: SourceRef;
}

export interface EnrollmentRow {
  /** Grade ("K", "9"), or "All" for the whole-school row of a categories table (parse/enrollment.ts). */
  grade: string;
  students: number;
  specialEducation?: number;
  englishLearners?: number;
  /** Free/reduced-lunch (low-income, poverty) students, for comparing schools by need. */
  lowIncome?: number;
  source: SourceRef;
  /**
   * Grades across the columns only: the cell of each count the table has a row for, blank or not, so the Data Check
   * can point at a blank one (source.cell is the grade's students cell).
   */
  countCells?: Partial<Record<'specialEducation' | 'englishLearners' | 'lowIncome', string>>;
}

export interface StudentEnrollment {
  studentId: string;
  sectionId: string;
  grade?: string;
  source: SourceRef;
}

export interface BudgetLine {
  description: string;
  fund?: string;
  program?: string;
  account?: string;
  accountDescription?: string;
  jobTitle?: string;
  fte?: number;
  /** Total cost of the line (amount, or salary + benefits for a position roster). */
  amount: number;
  salary?: number;
  benefits?: number;
  /** Benefits from separate ledger lines added to amount (parse/benefits.ts); undefined when none. */
  spreadBenefits?: number;
  use: MoneyUse;
  /** Whether a rule matched the use; unmatched lines still count in totals, under 'Other'. */
  useMatched: boolean;
  locked: boolean;
  /** The fund's tier by the fund rules; 'unknown' when no rule names the fund; undefined = from locked (older callers). */
  fundTier?: FundTier | 'unknown';
  source: SourceRef;
}

export interface ParsedWorkbook {
  tables: DetectedTable[];
  sections: Section[];
  bell: BellPeriod[];
  staff: StaffMember[];
  enrollment: EnrollmentRow[];
  students: StudentEnrollment[];
  budget: BudgetLine[];
  dataCheck: DataCheckItem[];
  /** Rows read and skipped per sheet. */
  sheetStats: SheetStats[];
}

export interface SheetStats {
  sheet: string;
  kind: TableKind;
  rowsRead: number;
  rowsSkipped: number;
}

// ───────────────────────────── Result ─────────────────────────────

export interface DataCheckItem {
  severity: 'error' | 'warning' | 'info';
  sheet: string;
  /** A1 address ("D14"), a row range ("5:9"), or '' for a whole-sheet finding. */
  cell: string;
  message: string;
  /** Short machine-readable category, e.g. 'unreadable-time', 'double-booking', 'unmapped-subject'. */
  code: string;
}

export interface TeacherLoad {
  teacher: string;
  department?: string;
  sections: number;
  /**
   * Seats in the heaviest term (sum of enrollment; co-taught sections count for every teacher; a self-contained
   * class entered as one section per subject counts once, at its largest section). 0 when seatsKnown is false.
   */
  seats: number;
  /** False when no section of the term gives an enrollment, so seats are unknown; undefined = known. */
  seatsKnown?: boolean;
  /** Unique students in the heaviest term; null without a student roster. */
  uniqueStudents: number | null;
  /** Seats (in seats) in sections where the teacher is the second adult of a co-taught class; undefined = none. */
  coTaughtSeats?: number;
  /** Unique students reached only as that second adult (in uniqueStudents); undefined = none or no roster. */
  coTaughtStudents?: number;
  preps: number;
  /** Teaching periods per cycle (per week for a weekly schedule). */
  periodsPerCycle: number;
  /** Teaching minutes scaled to a five-day week; null when no times, bell schedule or period length. */
  minutesPerWeek: number | null;
  heaviestTerm?: string;
  teachesCore: boolean;
  sectionIds: string[];
  rows: SourceRef[];
}

export interface ClassSizeRow {
  sectionId: string;
  course: string;
  subject?: string;
  grade?: string;
  program: Program;
  teachers: string[];
  enrollment: number;
  term?: string;
  source: SourceRef;
  /** Teachers in the room at once (2 in a co-taught class). */
  adults?: number;
  /** Students per adult in the room: enrollment / adults (the seed's "group size", beside class size). */
  groupSize?: number;
}

/** A typical (median) teacher's contract week, as shares of the contract day × 5 (analyse/teacherTime.ts). */
export interface TeacherTime {
  contractMinutesPerDay: number;
  /** Teachers with known teaching minutes, over whom the medians are taken. */
  teachers: number;
  teachingShare: number;
  /** School-day time not teaching (individual planning and duties); null without a bell schedule. */
  dayNotTeachingShare: number | null;
  /** Scheduled team time (PLC, common planning). */
  teamShare: number;
}

/** What a course's sections cost at this budget's prices (practice/courseCosts.ts). */
export interface CourseCost {
  course: string;
  subject?: string;
  core: boolean;
  sections: number;
  students: number;
  /** Average teacher cost / sections a full-time teacher teaches. */
  costPerSection: number;
  costPerStudent: number;
}

/** Core courses against electives per student-minute (practice/courseCosts.ts). */
export interface StudentMinuteCost {
  group: 'core' | 'electives';
  sections: number;
  /** Sections left out: no enrollment or no known minutes. */
  leftOut: number;
  studentMinutesPerWeek: number;
  /** Teacher time at this budget's cost per teaching minute / the students' minutes it gives. */
  costPerStudentMinute: number;
}

export interface ClassSizeGroup {
  by: 'subject' | 'grade' | 'program';
  group: string;
  sections: number;
  average: number;
  min: number;
  max: number;
}

export interface TimeBySubject {
  grade: string;
  subject: string;
  /** Student-weighted weekly minutes a typical student in the grade spends in the subject. */
  minutesPerWeek: number;
  /** Share of the grade's weekly instructional minutes. */
  share: number;
}

export interface GradeCoreShare {
  grade: string;
  totalMinutesPerWeek: number;
  elaMathMinutesPerWeek: number;
  elaMathShare: number;
}

export interface TeamCollaboration {
  team: string;
  /** How the team was formed. */
  basis: 'grade' | 'department' | 'roster';
  members: string[];
  /** Minutes per five-day week when every member is free at once, plus scheduled collaboration. */
  commonMinutesPerWeek: number | null;
  /** Common periods per cycle, for schedules without clock times. */
  commonPeriodsPerCycle: number;
  longestBlockMinutes: number | null;
  /** Breaks and lunch the longest block runs across ("lunch"); absent when it runs across none. */
  longestBlockAcross?: string[];
  /** Day labels with common time, e.g. ["Mon", "Wed"] or ["Day 2"]. */
  days: string[];
  scheduledCollaborationMinutesPerWeek: number;
  /**
   * False when a member teaches a section with no readable day and period or time: the team's common time is not
   * known, so commonMinutesPerWeek and longestBlockMinutes are null and no flag is raised; undefined = known.
   */
  timesKnown?: boolean;
}

/** One change of the timetable that frees a team member in the target periods (analyse/planningSwaps.ts). */
export interface ScheduleMove {
  /** 'move': the section moves to another period; 'swap-teachers': two sections of one course exchange teachers. */
  kind: 'move' | 'swap-teachers';
  section: string;
  course: string;
  /** The team member the move frees. */
  teacher: string;
  fromPeriod: string;
  toPeriod: string;
  /** Days the section meets in fromPeriod, all of which move. */
  days: string[];
  /** The other section and its teacher, for a teacher swap. */
  withSection?: string;
  withTeacher?: string;
  /** Students of the moved section who take another class in toPeriod and switch to its section in fromPeriod. */
  studentsResectioned?: number;
  /** The move in words: "move ENG10-02 (English 10, Chen, Rosa) from period 2 to period 6 (Mon-Fri)". */
  text: string;
}

/** Whether a schedule change could give a team its weekly block at no cost, and which change (analyse/planningSwaps.ts). */
export interface NoCostBlockOption {
  team: string;
  /** True when the moves (or the regrouping) give every member the block; the lever's cost is then 0. */
  found: boolean;
  kind: 'section-moves' | 'specials-regroup' | 'none';
  day?: string;
  periods?: string[];
  /** Length of the block the change gives, passing time included. */
  blockMinutes?: number;
  moves: ScheduleMove[];
  /** The change alone, for lists ("move ENG10-02 … to period 6"; "regroup Grade K's and Grade 1's specials on Mon and Tue"); '' when none. */
  summary: string;
  /** The option (or why none was found) in words, for the flags. */
  text: string;
  /** What each move was checked against (teachers, rooms, students), and what was not checked. */
  checked: string;
  /** Without a full block: the longest common block moves can give at no cost, when longer than today's. */
  partial?: { day: string; periods: string[]; blockMinutes: number; moves: ScheduleMove[]; text: string };
}

export interface BudgetByUse {
  use: MoneyUse;
  amount: number;
  /** null when no line of the budget gives an FTE (no FTE column): unknown, not 0. */
  fte: number | null;
  lines: number;
  share: number;
  /** Null when no budget line names a fund or program, so locked money cannot be told from discretionary money. */
  lockedAmount: number | null;
  /** Unrestricted money allocated by district formula, truly site-discretionary money, and money of unknown funds. */
  formulaAmount?: number;
  discretionaryAmount?: number;
  unknownFundAmount?: number;
}

export interface BudgetTier {
  tier: FundTier | 'unknown';
  amount: number;
  share: number;
  lines: number;
  /** Funds (or programs) of the tier's lines, as written. */
  funds: string[];
}

export interface BudgetSummary {
  total: number;
  perPupil: number | null;
  /** Null when no budget line names a fund or program (no fund column): unknown, not 0%. */
  lockedShare: number | null;
  averageTeacherCost: number | null;
  /** Teacher FTE the budget's teacher lines give; null when none gives an FTE (no FTE column): unknown, not 0. */
  teacherFte: number | null;
  /** PD and coach money are measured only when the budget has a line of that use ($0 lines count); else null. */
  pdPerTeacher: number | null;
  pdShare: number | null;
  /**
   * PD on the seed's basis, like LAUSD's $10.9K / 6.1% reference: PD lines (stipends and substitutes for PD time
   * included) plus coaching. Per teacher FTE (null without teachers) and as a share of the budget.
   */
  pdWithCoachingPerTeacher?: number | null;
  pdWithCoachingShare?: number;
  coachPerTeacher: number | null;
  spedStudentsPerAide: number | null;
  studentsPerCounselor: number | null;
  scheduledTeachers: number;
  byUse: BudgetByUse[];
  unmatchedLines: number;
  /**
   * The class-size gap: students per budgeted teacher FTE beside the average class (mean section enrollment), and
   * teacher FTE per 100 students; null when the students, teachers or class sizes are not known.
   */
  studentsPerTeacher?: number | null;
  averageClassSize?: number | null;
  teachersPer100Students?: number | null;
  /** Money by fund tier: restricted, formula-allocated, site-discretionary, unknown (in that order, all four). */
  byTier?: BudgetTier[];
  /** Dollars of separate benefit lines spread over positions (included in their amounts); 0 when none. */
  benefitsSpread?: number;
}

export interface Lever {
  /** Plain sentence in the school's own money, e.g. "Bringing ... needs 12 more sections = 2.4 FTE ≈ $228,000". */
  text: string;
  /** New money the lever needs; 0 when it needs none (a schedule change, money moved); null when it cannot be priced. */
  cost: number | null;
  /**
   * Money the lever releases for other uses (aides above the ratio, sections merged, locked money redirected within
   * its rules); never in cost, so a Cost column adds up to new money only. Undefined = the lever releases none.
   */
  freed?: number | null;
  /**
   * The id of the flag whose lever already counts this lever's money (the same cover priced for the same teams):
   * its cost and money freed are shown but left out of every total. Undefined = counted here.
   */
  countedIn?: string;
  fte?: number;
  sections?: number;
  /**
   * Common planning: cover for every team the lever is for (the school-wide flag's teams, or the one team), were no
   * schedule change made; set when a schedule change serves some of them at no cost (cost is then the rest's cover).
   */
  coverForAll?: number;
}

export interface Flag {
  /** Stable across runs for the same finding (used to carry the team's notes), e.g. "core-load:ENG-SMITH". */
  id: string;
  severity: Severity;
  measure: string;
  /** What was found, as a sentence. */
  finding: string;
  value: number | string;
  threshold: number | string;
  /** How value and threshold are shown when they are numbers (a share, money, minutes); undefined = a count. */
  unit?: ColumnType;
  source: string;
  rows: SourceRef[];
  lever?: Lever;
  /** Setting keys (in Thresholds) that change this flag. */
  settings: (keyof Thresholds)[];
  principle: 1 | 2 | 3 | 4;
}

export interface KeyFigures {
  students: number | null;
  /** Null when the workbook has no master schedule (not a count of 0). */
  teachers: number | null;
  /** Null when the workbook has no master schedule. */
  sections: number | null;
  perPupil: number | null;
  medianCoreLoad: number | null;
  highestCoreLoad: number | null;
  elaMathShare: number | null;
  /** Of the teamsJudged teams, those with a block of the threshold; null when no team can be judged. */
  teamsWith90MinuteBlock: number | null;
  /** False when no team's block length is known (no times, bell schedule or period length); undefined = known. */
  teamBlocksKnown?: boolean;
  /** Null when the workbook has no master schedule. */
  teams: number | null;
  /**
   * Teams whose longest block is known and whose members' timetables were all read: the 90-minute count is out of
   * these. Undefined in results from before this field.
   */
  teamsJudged?: number;
  /** Teams with a member whose timetable could not be read (no readable day and period or time): not judged. */
  teamsUnread?: number;
  /**
   * Share of teachers with 3 or fewer years of experience, the new-teacher flag's own figure (practice/teacherFlags.ts);
   * null when the staff roster gives no years of experience. Undefined in results from before this field.
   */
  newTeacherShare?: number | null;
  /**
   * Average size of the K-3 classes, the K-3 flag's classes (practice/classSizeFlags.ts k3Classes): the Summary's and
   * the map's figure. Undefined when the schedule has no K-3 class with an enrollment, and in older results.
   */
  k3ClassSize?: number;
  /** How many K-3 classes k3ClassSize averages. */
  k3Classes?: number;
  /** The enrollment profile's need counts, for comparing schools (the district map); undefined in older results. */
  need?: NeedCounts;
}

/** Students by need and by grade as the enrollment profile gives them; a count no row gives is null, not 0. */
export interface NeedCounts {
  specialEducation: number | null;
  englishLearners: number | null;
  /** Free/reduced-lunch (poverty) students. */
  lowIncome: number | null;
  /** Students per grade from the grade rows (a whole-school row's students beyond the grades are not in any grade). */
  byGrade: { grade: string; students: number }[];
}

/** Where the school level came from: the user's setting, the grades in the workbook, or assumed for want of grades. */
export type LevelBasis = 'settings' | 'grades' | 'assumed';

export interface ReviewResult {
  school: {
    /** The school's name: from the settings, else as the workbook prints it, else the file name (see nameFrom). */
    name?: string;
    /** Where the name came from; 'file' means the workbook never says, so the Summary shows the file's name. */
    nameFrom?: 'settings' | 'workbook' | 'file';
    level: SchoolLevel;
    levelInferred: boolean;
    /** Undefined in results from before it existed (then levelInferred tells settings from grades). */
    levelBasis?: LevelBasis;
  };
  /** The date of the run (YYYY-MM-DD) when the caller gave one; the engine itself has no clock. */
  runDate?: string;
  /** Settings that differ from the recommended defaults, as a reader should see them ("core load warning 90 (default 100)"). */
  changedSettings?: string[];
  tables: DetectedTable[];
  sheetStats: SheetStats[];
  keyFigures: KeyFigures;
  teachers: TeacherLoad[];
  classSizes: ClassSizeRow[];
  classSizeGroups: ClassSizeGroup[];
  /** A typical teacher's contract week; null without the contract day setting or teaching minutes. */
  teacherTime?: TeacherTime | null;
  /** Cost per section and per student by course, most expensive per student first; [] without a teacher cost. */
  courseCosts?: CourseCost[];
  /** Core courses against electives per student-minute; [] without a teacher cost or minutes. */
  costPerStudentMinute?: StudentMinuteCost[];
  timeBySubject: TimeBySubject[];
  coreShare: GradeCoreShare[];
  collaboration: TeamCollaboration[];
  /** Per team below the collaboration block: whether a schedule change gives the block at no cost, and which. */
  noCostBlocks?: NoCostBlockOption[];
  budget: BudgetSummary | null;
  flags: Flag[];
  /**
   * The levers a principal can try on this school's own figures (engine/whatIf): baseline, levers, results at the
   * start values and option sets; null when the review found nothing a lever acts on. Undefined in older results.
   */
  whatIf?: WhatIf | null;
  dataCheck: DataCheckItem[];
}

// ───────────────────────────── Report (rendered by each writer) ─────────────────────────────

export type ColumnType = 'text' | 'integer' | 'number' | 'currency' | 'percent' | 'minutes' | 'notes';

export interface ReportColumn {
  header: string;
  type: ColumnType;
  /** Approximate width in characters. */
  width?: number;
  /** Long text (a finding, a lever, a source): wrapped within the width, aligned to the top of the row. */
  wrap?: boolean;
  /** Bookkeeping a reader does not need to read (a flag's id, which keys the notes): small grey text. */
  muted?: boolean;
  /**
   * The principal's own input cells (a What If lever, a formula weight): written with the named cell style "Input"
   * and its fill, unlocked, so they read as the cells to type in. Formulas elsewhere refer to them.
   */
  input?: boolean;
}

/** A link from a result cell to a place in the workbook (source rows or another result sheet). */
export interface CellLink {
  sheet: string;
  /** A1 address or range in that sheet, e.g. "A5:K9". */
  range: string;
}

/** Report cells are plain values; text is always written as text, never as a formula. */
export type ReportValue = string | number | boolean | null;

export interface ConditionalRule {
  /** Zero-based column in the table. */
  column: number;
  operator: 'greaterThan' | 'greaterThanOrEqual' | 'lessThan' | 'lessThanOrEqual' | 'equal';
  value: number | string;
  /** The colour: a severity, or 'good' for a figure that meets recommended practice (the Summary's status). */
  severity: Severity | 'good';
}

export interface ReportChart {
  /** 'column' draws upright bars (clustered when several value columns); 'stackedColumn' stacks them. */
  type: 'bar' | 'pie' | 'column' | 'stackedColumn';
  title: string;
  /** Zero-based columns: categories and values. */
  categoryColumn: number;
  valueColumn: number;
  /** Further value columns, each a series of bars beside (or stacked on) the first; each column's header names it. */
  moreValueColumns?: number[];
  /**
   * Columns drawn as lines across the bars: a recommended value or limit repeated on every row (the 100 and 150
   * loads, the 90-minute block), so the chart shows the line the bars are judged against. Headers name them.
   */
  lineColumns?: number[];
  /** Axis titles, so the chart reads without its table. */
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  /** 'above': the chart spans the page above its table (report/layout.ts keeps rows for it); else beside the table. */
  place?: 'above';
  /**
   * A bar chart's bars coloured by the word in this column (a school's level), with colours from
   * report/chartColours.ts, which the title should name. Drawn by the .xlsx writer; the add-in draws one colour (the
   * only chart that asks, the district map's, is written by the command line).
   */
  colourByColumn?: number;
}

export interface ReportTable {
  /** Excel table name (letters, digits, underscore), unique in the workbook, e.g. "srr_TeacherLoad". */
  name: string;
  columns: ReportColumn[];
  rows: ReportValue[][];
  /** links[i][j] is the link of rows[i][j], when present (sparse). */
  links?: Record<number, Record<number, CellLink>>;
  /**
   * cellTypes[i][j] overrides columns[j].type for rows[i][j] (sparse), for a column that mixes units, such as the
   * Summary's values (counts, money, shares) and each flag's value and threshold.
   */
  cellTypes?: Record<number, Record<number, ColumnType>>;
  conditionalFormats?: ConditionalRule[];
  chart?: ReportChart;
  /**
   * formulas[i][j] makes rows[i][j] a live Excel formula (sparse). rows[i][j] keeps the engine's own result for it,
   * which writers store as the cached value and which tests compare with a spreadsheet's recalculation, so a lever's
   * arithmetic has one owner (the engine) and the formula only lets the principal change its inputs.
   */
  formulas?: Record<number, Record<number, FormulaExpr>>;
}

/**
 * A cell of the report, named by its table and its place in that table, so a formula survives the layout moving a
 * table and the writers renaming a sheet that a user's own sheet already uses.
 */
export interface FormulaCellRef {
  /** ReportTable.name of a table in the same report. */
  table: string;
  /** Zero-based data row of that table. */
  row: number;
  /** Zero-based column of that table. */
  column: number;
}

/** Words a formula may produce (a status beside a result). A closed list: no text from the user's data is a formula. */
export type FormulaWord = 'meets' | 'watch' | 'far from' | 'yes' | 'no' | 'over' | 'under' | 'within' | '';

/** Spreadsheet functions the report's formulas use; each exists alike in Excel and LibreOffice. */
export type FormulaFunction =
  | 'SUM' | 'MIN' | 'MAX' | 'ROUND' | 'ROUNDUP' | 'ROUNDDOWN' | 'IF' | 'AND' | 'OR' | 'ABS' | 'MEDIAN' | 'AVERAGE'
  | 'SUMPRODUCT' | 'QUARTILE' | 'COUNT' | 'IFERROR';

export type FormulaOperator = '+' | '-' | '*' | '/' | '^' | '<' | '<=' | '>' | '>=' | '=' | '<>';

/**
 * A formula as a tree of numbers, references to the report's own cells, operators and a few functions. It can hold
 * no free text, so a formula never carries text from the user's workbook; `formulaText` (report/formula.ts) turns
 * it into A1 text for a writer, with every reference resolved through the shared layout.
 */
export type FormulaExpr =
  | { num: number }
  | { word: FormulaWord }
  | { ref: FormulaCellRef }
  /** A rectangle of one table's cells, from one corner to the other (for SUM, MEDIAN, SUMPRODUCT). */
  | { range: { from: FormulaCellRef; to: FormulaCellRef } }
  | { op: FormulaOperator; left: FormulaExpr; right: FormulaExpr }
  | { neg: FormulaExpr }
  | { fn: FormulaFunction; args: FormulaExpr[] };

/** A further table on a sheet, below the main one, under a title line of its own. */
export interface ReportSubTable {
  title: string;
  table: ReportTable;
}

export interface ReportSheet {
  /** Sheet name; writers pick another when a user's own sheet already has it. */
  name: string;
  /** Lines above the table (title, explanation); plain text. */
  preamble: string[];
  table: ReportTable;
  /**
   * Short tables below the main one (the Summary's findings that matter most), each under its title, one blank row
   * apart. Only the main table's header is frozen, so these belong on sheets whose main table is short.
   */
  moreTables?: ReportSubTable[];
  /** Whether notes in a 'notes' column should be carried over from the previous run, keyed by the first column. */
  keepsNotes?: boolean;
  /**
   * Whether the values the principal typed into the main table's input columns are carried over from the previous
   * run, keyed by the first column (a lever's id), as team notes are.
   */
  keepsInputs?: boolean;
}

export interface Report {
  sheets: ReportSheet[];
  /**
   * What row 1 of every sheet says after naming the sheet: what running again does to it and what it keeps
   * (report/banner.ts). One text per kind of workbook, set by whoever builds it: the review's, the district map's.
   */
  banner?: string;
}

export interface ReviewOutcome {
  result: ReviewResult;
  report: Report;
}

export type ReviewStage = 'reading' | 'checking' | 'analysing' | 'writing';

export interface ReviewProgress {
  stage: ReviewStage;
  done: number;
  total: number;
  message: string;
}
