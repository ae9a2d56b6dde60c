import type { Settings, Thresholds } from '../types';
import { DEFAULT_SUBJECT_RULES } from '../rules/subjects';
import { DEFAULT_BUDGET_USE_RULES, DEFAULT_FUND_RULES } from '../rules/budget';

/** Recommended-practice defaults from BRIEF.md; each flag carries its own source text. */
export const DEFAULT_THRESHOLDS: Thresholds = {
  coreLoadWarn: 100,
  coreLoadCritical: 150,
  collaborationBlockMinutes: 90,
  secondaryCoreShareMin: 0.33,
  elementaryLiteracyMinutesPerDay: 90,
  elementaryMathMinutesPerDay: 60,
  k3ClassSizeMax: 20,
  smallSectionMin: 15,
  spedStudentsPerAideMin: 12,
  coachDollarsPerTeacher: { elementary: 4800, middle: 2800, high: 2000 },
  pdShareReference: 0.061,
  pdDollarsPerTeacherReference: 10900,
  studentsPerCounselorMax: 250,
  prepsMax: 4,
  newTeacherShareMax: 0.3,
  complianceReductionShare: 0.2,
  spedAideReductionShare: 0.25,
};

/** Longest gap between two bell periods that is passing time rather than a break. */
export const DEFAULT_PASSING_MINUTES = 10;

export function defaultSettings(): Settings {
  return {
    thresholds: structuredClone(DEFAULT_THRESHOLDS),
    subjectRules: DEFAULT_SUBJECT_RULES.map((r) => ({ ...r })),
    budgetUseRules: DEFAULT_BUDGET_USE_RULES.map((r) => ({ ...r })),
    fundRules: DEFAULT_FUND_RULES.map((r) => ({ ...r })),
    mapping: {},
    passingMinutes: DEFAULT_PASSING_MINUTES,
  };
}

/**
 * Merge partial settings over the defaults without checking them: the add-in's settings step edits this draft, where a
 * rule half typed is normal. A run checks every field with validateSettings (validate.ts), which review() calls.
 */
export function resolveSettings(partial: Partial<Settings> | undefined): Settings {
  const base = defaultSettings();
  if (!isObject(partial)) return base;
  // A draft may hold anything a workbook carried, but never the wrong shape: a list that is not a list of objects,
  // or thresholds and a mapping that are not objects, would crash the settings step; they fall back to the defaults.
  const thresholds: Partial<Thresholds> = isObject(partial.thresholds) ? partial.thresholds : {};
  return {
    ...base,
    ...partial,
    thresholds: {
      ...base.thresholds,
      ...thresholds,
      coachDollarsPerTeacher: {
        ...base.thresholds.coachDollarsPerTeacher,
        ...(isObject(thresholds.coachDollarsPerTeacher) ? thresholds.coachDollarsPerTeacher : {}),
      },
    },
    subjectRules: listOfObjects(partial.subjectRules) ?? base.subjectRules,
    budgetUseRules: listOfObjects(partial.budgetUseRules) ?? base.budgetUseRules,
    fundRules: listOfObjects(partial.fundRules) ?? base.fundRules,
    mapping: isObject(partial.mapping) ? { ...(partial.mapping as Settings['mapping']) } : {},
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOfObjects<T>(list: T[] | undefined): T[] | undefined {
  return Array.isArray(list) && list.every(isObject) ? list : undefined;
}
