import type {
  BudgetUseRule,
  DataCheckItem,
  FundRule,
  SchoolLevel,
  Settings,
  SubjectRule,
  Thresholds,
} from '../types';
import { MONEY_USES } from '../analyse/budget';
import { defaultSettings, DEFAULT_PASSING_MINUTES, DEFAULT_THRESHOLDS } from './defaults';
import { MAX_NAME, inRange, isPlainObject, shown, type Range, type Reporter } from './checks';
import { validateMapping } from './validateMapping';
import { LEVELS } from './thresholdInfo';

// Settings arrive from a settings file, from the setup saved in a workbook (which travels with a workbook someone
// else sent) and from the rules sheet. None of them is trusted: every field is checked here, once, and a bad one is
// reported by name and replaced by its default, so a typo never crashes a run or silently switches flags off.

/** One field that could not be used, named as a path such as "thresholds.coreLoadWarn" or "subjectRules[2].kind". */
export interface SettingsProblem {
  field: string;
  message: string;
  /** 'error' = a value that was ignored; 'warning' = a field the review does not know (ignored too). */
  severity: 'error' | 'warning';
}

export interface ValidatedSettings {
  settings: Settings;
  problems: SettingsProblem[];
}

export const RULE_KINDS: readonly SubjectRule['kind'][] = ['code', 'keyword'];
/** A rule list longer than this is not a school's mapping; it would only slow every course lookup. */
export const MAX_RULES = 2000;
/** Course codes, keywords and subject names are short; anything longer is not a rule someone typed. */
export const MAX_RULE_TEXT = 200;
// Loads, class sizes and the block length are the targets levers divide by ("sections needed to bring loads to
// 100"), so they start at 1: a target of 0 would make a lever of infinitely many sections.
const STUDENTS: Range = { min: 1, max: 10_000, expected: 'a number of students from 1 to 10,000' };
const CLASS: Range = { min: 1, max: 1_000, expected: 'a number of students from 1 to 1,000' };
const MINUTES_IN_DAY: Range = { min: 1, max: 1_440, expected: 'minutes from 1 to 1,440 (one day)' };
const SHARE: Range = { min: 0, max: 1, expected: 'a share from 0 to 1 (0.33 = 33%)' };
const DOLLARS: Range = { min: 0, max: 10_000_000, expected: 'an amount from 0 to 10,000,000' };

/** Every numeric threshold but the per-level coach amounts, which are checked level by level. */
const THRESHOLD_RANGES: Record<Exclude<keyof Thresholds, 'coachDollarsPerTeacher'>, Range> = {
  coreLoadWarn: STUDENTS,
  coreLoadCritical: STUDENTS,
  collaborationBlockMinutes: MINUTES_IN_DAY,
  secondaryCoreShareMin: SHARE,
  elementaryLiteracyMinutesPerDay: MINUTES_IN_DAY,
  elementaryMathMinutesPerDay: MINUTES_IN_DAY,
  k3ClassSizeMax: CLASS,
  smallSectionMin: CLASS,
  spedStudentsPerAideMin: CLASS,
  pdShareReference: SHARE,
  pdDollarsPerTeacherReference: DOLLARS,
  studentsPerCounselorMax: { min: 1, max: 100_000, expected: 'a number of students from 1 to 100,000' },
  prepsMax: { min: 1, max: 100, integer: true, expected: 'a whole number of courses from 1 to 100' },
  newTeacherShareMax: SHARE,
  complianceReductionShare: SHARE,
  spedAideReductionShare: SHARE,
};

const PERIOD_MINUTES: Range = { min: 1, max: 600, expected: 'minutes per period from 1 to 600' };
const ANNUAL_MINUTES: Range = { min: 1, max: 366 * 24 * 60, expected: 'instructional minutes a year from 1 to 527,040' };
const SCHOOL_DAYS: Range = { min: 1, max: 366, integer: true, expected: 'a whole number of school days from 1 to 366' };
const PASSING_MINUTES: Range = { min: 0, max: 60, expected: 'minutes of passing time from 0 to 60' };
const CYCLE_DAYS: Range = { min: 1, max: 60, integer: true, expected: 'a whole number of days from 1 to 60' };

type Validator = (value: unknown, into: Settings, report: Reporter) => void;

/** The keys of Settings that hold a number. */
type NumberField = { [K in keyof Settings]-?: Settings[K] extends number | undefined ? K : never }[keyof Settings];

/** A numeric setting: kept when a finite number in its range, else reported and left at its default. */
function numberField(field: NumberField, range: Range, otherwise: string): Validator {
  return (value, into, report) => {
    const n = inRange(value, range);
    if (n === null) report(field, `${shown(value)} is not ${range.expected}; ${otherwise}.`);
    else into[field] = n;
  };
}

/**
 * One validator per top-level field: the list of fields the review knows. Typed by keyof Settings, so a field added to
 * Settings does not compile until it has a validator here (a numeric one is a line: numberField(...)).
 */
const FIELDS: Record<keyof Settings, Validator> = {
  schoolName: (value, into, report) => {
    // Only ever shown as text on the Summary; still bounded, as every text from a workbook's saved setup is.
    if (typeof value === 'string' && value.trim() !== '' && value.length <= MAX_NAME) into.schoolName = value.trim();
    else report('schoolName', `${shown(value)} is not a school name (text of 1 to ${MAX_NAME} characters); the name is taken from the workbook.`);
  },
  schoolLevel: (value, into, report) => {
    if (LEVELS.includes(value as SchoolLevel)) into.schoolLevel = value as SchoolLevel;
    else report('schoolLevel', `${shown(value)} is not a school level; expected ${LEVELS.join(', ')} (or leave it out to infer it from the grades). The level is inferred.`);
  },
  thresholds: (value, into, report) => {
    into.thresholds = validateThresholds(value, (field, message) => report(`thresholds${field ? `.${field}` : ''}`, message));
  },
  subjectRules: (value, into, report) => {
    const rules = validateRules(value, 'subjectRules', report, subjectRule);
    if (rules) into.subjectRules = rules;
  },
  budgetUseRules: (value, into, report) => {
    const rules = validateRules(value, 'budgetUseRules', report, budgetUseRule);
    if (rules) into.budgetUseRules = rules;
  },
  fundRules: (value, into, report) => {
    const rules = validateRules(value, 'fundRules', report, fundRule);
    if (rules) into.fundRules = rules;
  },
  mapping: (value, into, report) => {
    into.mapping = validateMapping(value, report);
  },
  periodMinutes: numberField('periodMinutes', PERIOD_MINUTES, 'the period length is left unknown'),
  passingMinutes: numberField('passingMinutes', PASSING_MINUTES, `gaps up to ${DEFAULT_PASSING_MINUTES} minutes are passing time`),
  annualInstructionalMinutesMin: numberField('annualInstructionalMinutesMin', ANNUAL_MINUTES, "California's minimum for the level is used"),
  schoolDaysPerYear: numberField('schoolDaysPerYear', SCHOOL_DAYS, '180 days are used'),
  contractMinutesPerDay: numberField('contractMinutesPerDay', MINUTES_IN_DAY, 'shares of teacher time are not reported'),
  cycleDays: numberField('cycleDays', CYCLE_DAYS, 'the cycle length is taken from the schedule'),
  fullYearTermNames: (value, into, report) => {
    const names = Array.isArray(value) && value.length <= MAX_RULES ? value : null;
    if (names && names.every((n) => typeof n === 'string' && n.trim() !== '' && n.length <= MAX_NAME)) {
      into.fullYearTermNames = names.map((n: string) => n.trim());
    } else {
      report('fullYearTermNames', `${shown(value)} is not a list of term names such as ["Year", "Full Year"]; the default names are used.`);
    }
  },
};

const OPTIONAL_FIELDS = new Set<string>([
  'schoolName',
  'schoolLevel',
  'periodMinutes',
  'passingMinutes',
  'cycleDays',
  'fullYearTermNames',
  'annualInstructionalMinutesMin',
  'schoolDaysPerYear',
  'contractMinutesPerDay',
]);

/**
 * Settings from any source, checked field by field over the defaults. A field that is missing keeps its default
 * silently (null too, for an optional field); a field that is wrong keeps its default and is named in `problems`.
 */
export function validateSettings(input: unknown): ValidatedSettings {
  const settings = defaultSettings();
  const problems: SettingsProblem[] = [];
  const report: Reporter = (field, message, severity = 'error') => problems.push({ field, message, severity });
  if (input === undefined || input === null) return { settings, problems };
  if (!isPlainObject(input)) {
    report('', `The settings are ${shown(input)}, not an object such as {"thresholds": {"coreLoadWarn": 90}}; the defaults are used.`);
    return { settings, problems };
  }
  for (const [key, value] of Object.entries(input)) {
    // null leaves an optional field unset ("infer the level"); a field with a default must hold a value.
    if (value === undefined || (value === null && OPTIONAL_FIELDS.has(key))) continue;
    const validate = Object.prototype.hasOwnProperty.call(FIELDS, key) ? FIELDS[key as keyof Settings] : undefined;
    if (validate) validate(value, settings, report);
    else report(key, `is not a setting this review knows (expected one of ${Object.keys(FIELDS).join(', ')}); it was ignored.`, 'warning');
  }
  return { settings, problems };
}

/** Each problem as a Data Check item, so every door (CLI, add-in) shows the same findings about its settings. */
export function settingsDataCheck(problems: readonly SettingsProblem[]): DataCheckItem[] {
  return problems.map((p) => ({
    severity: p.severity,
    sheet: '',
    cell: '',
    code: p.severity === 'error' ? 'invalid-setting' : 'unknown-setting',
    message: p.field ? `Setting "${p.field}": ${p.message}` : p.message,
  }));
}

/**
 * Thresholds over the defaults: every value a finite number in its range, or the default with a problem. The report
 * builds conditional-format formulas from these numbers, so nothing but a checked number may come out of here.
 */
export function validateThresholds(value: unknown, report: (field: string, message: string) => void = () => undefined): Thresholds {
  const thresholds = structuredClone(DEFAULT_THRESHOLDS);
  if (value === undefined) return thresholds;
  if (!isPlainObject(value)) {
    report('', `${shown(value)} is not an object of thresholds such as {"coreLoadWarn": 90}; the defaults are used.`);
    return thresholds;
  }
  for (const [key, raw] of Object.entries(value)) {
    if (raw === undefined) continue;
    if (key === 'coachDollarsPerTeacher') {
      validateCoachDollars(raw, thresholds, report);
      continue;
    }
    const range = Object.prototype.hasOwnProperty.call(THRESHOLD_RANGES, key)
      ? THRESHOLD_RANGES[key as keyof typeof THRESHOLD_RANGES]
      : undefined;
    if (!range) {
      report(key, `is not a threshold (expected one of ${Object.keys(DEFAULT_THRESHOLDS).join(', ')}); it was ignored.`);
      continue;
    }
    const n = inRange(raw, range);
    const name = key as keyof typeof THRESHOLD_RANGES;
    if (n === null) report(key, `${shown(raw)} is not ${range.expected}; the default ${DEFAULT_THRESHOLDS[name]} is used.`);
    else thresholds[name] = n;
  }
  // A warning above the critical level would colour and flag loads in the wrong order: both go back to the defaults.
  if (thresholds.coreLoadWarn >= thresholds.coreLoadCritical) {
    report(
      'coreLoadWarn',
      `${thresholds.coreLoadWarn} is not below coreLoadCritical (${thresholds.coreLoadCritical}); both defaults ` +
        `(${DEFAULT_THRESHOLDS.coreLoadWarn} and ${DEFAULT_THRESHOLDS.coreLoadCritical}) are used.`,
    );
    thresholds.coreLoadWarn = DEFAULT_THRESHOLDS.coreLoadWarn;
    thresholds.coreLoadCritical = DEFAULT_THRESHOLDS.coreLoadCritical;
  }
  return thresholds;
}

function validateCoachDollars(value: unknown, thresholds: Thresholds, report: (field: string, message: string) => void): void {
  if (!isPlainObject(value)) {
    report('coachDollarsPerTeacher', `${shown(value)} is not an object such as {"high": 2000}; the defaults are used.`);
    return;
  }
  for (const [level, raw] of Object.entries(value)) {
    const field = `coachDollarsPerTeacher.${level}`;
    if (!LEVELS.includes(level as SchoolLevel)) {
      report(field, `is not a school level (expected ${LEVELS.join(', ')}); it was ignored.`);
      continue;
    }
    if (raw === undefined) continue;
    const n = inRange(raw, DOLLARS);
    const known = level as SchoolLevel;
    if (n === null) report(field, `${shown(raw)} is not ${DOLLARS.expected}; the default ${DEFAULT_THRESHOLDS.coachDollarsPerTeacher[known]} is used.`);
    else thresholds.coachDollarsPerTeacher[known] = n;
  }
}

type RuleCheck<T> = (rule: Record<string, unknown>, problem: (field: string, message: string) => void) => T | null;

/**
 * A rule list is taken whole or not at all: dropping one bad rule would silently move its courses or lines to the
 * next rule that matches. An empty subject or budget-use list would leave everything unmatched, so it is refused too.
 */
function validateRules<T>(value: unknown, list: string, report: Reporter, check: RuleCheck<T>): T[] | null {
  const fallback = 'the default rules are used';
  if (!Array.isArray(value)) {
    report(list, `${shown(value)} is not a list of rules; ${fallback}.`);
    return null;
  }
  if (value.length > MAX_RULES) {
    report(list, `has ${value.length} rules, more than the ${MAX_RULES} a review reads; ${fallback}.`);
    return null;
  }
  if (value.length === 0 && list !== 'fundRules') {
    report(list, `is empty, which would leave everything unmatched; ${fallback}.`);
    return null;
  }
  const rules: T[] = [];
  let bad = false;
  value.forEach((item, i) => {
    const problem = (field: string, message: string) => {
      bad = true;
      report(`${list}[${i}]${field ? `.${field}` : ''}`, `${message}; ${fallback}.`);
    };
    if (!isPlainObject(item)) problem('', `${shown(item)} is not a rule such as {"match": "Ma", "kind": "code", ...}`);
    else {
      const rule = check(item, problem);
      if (rule) rules.push(rule);
    }
  });
  return bad ? null : rules;
}

/** The text a rule matches, or null with a problem. Shared by the rules sheet, which reads the same rules from cells. */
export function ruleTextProblem(value: unknown, what: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return `${shown(value)} is not ${what}`;
  if (value.length > MAX_RULE_TEXT) return `is ${value.length} characters long; ${what} has at most ${MAX_RULE_TEXT}`;
  return null;
}

function ruleBase(rule: Record<string, unknown>, problem: (field: string, message: string) => void) {
  const matchProblem = ruleTextProblem(rule.match, 'a code or keyword to match');
  if (matchProblem) problem('match', matchProblem);
  const kindOk = RULE_KINDS.includes(rule.kind as SubjectRule['kind']);
  if (!kindOk) problem('kind', `${shown(rule.kind)} is not a way to match; expected code or keyword`);
  return matchProblem || !kindOk ? null : { match: (rule.match as string).trim(), kind: rule.kind as SubjectRule['kind'] };
}

const subjectRule: RuleCheck<SubjectRule> = (rule, problem) => {
  const base = ruleBase(rule, problem);
  const subjectProblem = ruleTextProblem(rule.subject, 'a subject name');
  if (subjectProblem) problem('subject', subjectProblem);
  const coreOk = rule.core === undefined || typeof rule.core === 'boolean';
  if (!coreOk) problem('core', `${shown(rule.core)} is not true or false`);
  if (!base || subjectProblem || !coreOk) return null;
  return { ...base, subject: (rule.subject as string).trim(), core: rule.core === true };
};

const budgetUseRule: RuleCheck<BudgetUseRule> = (rule, problem) => {
  const base = ruleBase(rule, problem);
  const use = MONEY_USES.find((known) => known === rule.use);
  if (!use) problem('use', `${shown(rule.use)} is not a use of money; expected one of ${MONEY_USES.join(', ')}`);
  return base && use ? { ...base, use } : null;
};

const fundRule: RuleCheck<FundRule> = (rule, problem) => {
  const base = ruleBase(rule, problem);
  const lockedOk = typeof rule.locked === 'boolean';
  if (!lockedOk) problem('locked', `${shown(rule.locked)} is not true or false`);
  return base && lockedOk ? { ...base, locked: rule.locked as boolean } : null;
};
