import type { Settings } from '../types';
import { DEFAULT_PASSING_MINUTES, DEFAULT_THRESHOLDS, defaultSettings } from './defaults';
import { LEVELS, LEVEL_LABELS, THRESHOLD_INFO, toDisplay, unitSuffix } from './thresholdInfo';

// A review read with changed thresholds or rules is not comparable with one read on the defaults: the Summary says
// which settings differ, so a coach comparing two schools (or two runs) sees it at once.

/** Each setting that differs from the recommended defaults, as a short phrase a principal can read. */
export function describeChangedSettings(settings: Settings): string[] {
  const changed: string[] = [];
  if (settings.schoolLevel) changed.push(`school level set to ${LEVEL_LABELS[settings.schoolLevel].toLowerCase()}`);
  for (const info of THRESHOLD_INFO) {
    const value = settings.thresholds[info.key];
    const standard = DEFAULT_THRESHOLDS[info.key];
    if (value === standard) continue;
    changed.push(`${info.label} ${shown(info.unit, toDisplay(info, value))} (recommended ${shown(info.unit, toDisplay(info, standard))})`);
  }
  for (const level of LEVELS) {
    const value = settings.thresholds.coachDollarsPerTeacher[level];
    const standard = DEFAULT_THRESHOLDS.coachDollarsPerTeacher[level];
    if (value !== standard) changed.push(`${LEVEL_LABELS[level]} coach reference $${value.toLocaleString('en-US')} per teacher (recommended $${standard.toLocaleString('en-US')})`);
  }
  if (settings.periodMinutes !== undefined) changed.push(`${settings.periodMinutes} minutes per period`);
  if (settings.passingMinutes !== undefined && settings.passingMinutes !== DEFAULT_PASSING_MINUTES) {
    changed.push(`gaps up to ${settings.passingMinutes} minutes between periods are passing time (recommended ${DEFAULT_PASSING_MINUTES})`);
  }
  if (settings.cycleDays !== undefined) changed.push(`a ${settings.cycleDays}-day cycle`);
  const defaults = defaultSettings();
  if (!sameRules(settings.subjectRules, defaults.subjectRules)) changed.push('subject rules edited');
  if (!sameRules(settings.budgetUseRules, defaults.budgetUseRules)) changed.push('budget rules edited');
  if (!sameRules(settings.fundRules, defaults.fundRules)) changed.push('fund rules edited');
  if (Object.keys(settings.mapping).length > 0) changed.push(`sheets or columns chosen by hand (${Object.keys(settings.mapping).join(', ')})`);
  return changed;
}

function shown(unit: Parameters<typeof unitSuffix>[0], value: number): string {
  if (unit === 'dollars') return `$${value.toLocaleString('en-US')}`;
  if (unit === 'percent') return `${value}%`;
  return `${value} ${unitSuffix(unit)}`;
}

function sameRules<T extends object>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((rule, i) => JSON.stringify(rule) === JSON.stringify(b[i]));
}
