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
};

export function defaultSettings(): Settings {
  return {
    thresholds: structuredClone(DEFAULT_THRESHOLDS),
    subjectRules: DEFAULT_SUBJECT_RULES.map((r) => ({ ...r })),
    budgetUseRules: DEFAULT_BUDGET_USE_RULES.map((r) => ({ ...r })),
    fundRules: DEFAULT_FUND_RULES.map((r) => ({ ...r })),
    mapping: {},
  };
}

/**
 * Merge partial settings over the defaults without checking them: the add-in's settings step edits this draft, where a
 * rule half typed is normal. A run checks every field with validateSettings (validate.ts), which review() calls.
 */
export function resolveSettings(partial: Partial<Settings> | undefined): Settings {
  const base = defaultSettings();
  if (!partial) return base;
  return {
    ...base,
    ...partial,
    thresholds: {
      ...base.thresholds,
      ...(partial.thresholds ?? {}),
      coachDollarsPerTeacher: {
        ...base.thresholds.coachDollarsPerTeacher,
        ...(partial.thresholds?.coachDollarsPerTeacher ?? {}),
      },
    },
    mapping: { ...(partial.mapping ?? {}) },
  };
}
