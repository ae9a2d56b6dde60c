import { resolveSettings } from '../../../engine/settings/defaults';
import type { BudgetUseRule, SchoolLevel, Settings, SubjectRule, Thresholds } from '../../../engine/types';

export { MONEY_USES } from '../../../engine/analyse/budget';

/** The keys a reset clears; the sheet mapping is a different step's business and survives a reset. */
const RESETTABLE: (keyof Settings)[] = ['thresholds', 'schoolLevel', 'subjectRules', 'budgetUseRules', 'fundRules'];

export function effectiveSettings(saved: Partial<Settings>): Settings {
  return resolveSettings(saved);
}

export function resetToDefaults(saved: Partial<Settings>): Partial<Settings> {
  const next = { ...saved };
  for (const key of RESETTABLE) delete next[key];
  return next;
}

export function withThreshold<K extends keyof Thresholds>(
  saved: Partial<Settings>,
  key: K,
  value: Thresholds[K],
): Partial<Settings> {
  const thresholds = effectiveSettings(saved).thresholds;
  return { ...saved, thresholds: { ...thresholds, [key]: value } };
}

export function withCoachDollars(saved: Partial<Settings>, level: SchoolLevel, value: number): Partial<Settings> {
  const thresholds = effectiveSettings(saved).thresholds;
  return {
    ...saved,
    thresholds: { ...thresholds, coachDollarsPerTeacher: { ...thresholds.coachDollarsPerTeacher, [level]: value } },
  };
}

export function withSchoolLevel(saved: Partial<Settings>, level: SchoolLevel | undefined): Partial<Settings> {
  const next = { ...saved };
  if (level) next.schoolLevel = level;
  else delete next.schoolLevel;
  return next;
}

export function withSubjectRules(saved: Partial<Settings>, rules: SubjectRule[]): Partial<Settings> {
  return { ...saved, subjectRules: rules };
}

export function withBudgetUseRules(saved: Partial<Settings>, rules: BudgetUseRule[]): Partial<Settings> {
  return { ...saved, budgetUseRules: rules };
}

export function replaceAt<T>(list: T[], index: number, item: T): T[] {
  return list.map((existing, i) => (i === index ? item : existing));
}

export function removeAt<T>(list: T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Whether anything differs from the defaults, so "Reset" is offered only when it would change something. */
export function differsFromDefaults(saved: Partial<Settings>): boolean {
  return RESETTABLE.some((key) => saved[key] !== undefined);
}
