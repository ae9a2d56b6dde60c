import type { SchoolLevel, Thresholds } from '../types';

// Labels, units and sources of the thresholds, for every door: the pane's Settings step and the Summary's list of
// settings that differ from the recommended defaults.

type PlainKey = Exclude<keyof Thresholds, 'coachDollarsPerTeacher'>;

export interface ThresholdInfo {
  key: PlainKey;
  label: string;
  /** Shares are stored as fractions and shown as percentages. */
  unit: 'students' | 'minutes' | 'percent' | 'dollars' | 'courses';
  step: number;
  source: string;
}

/** Labels and sources from the domain brief's table of recommended practice. */
export const THRESHOLD_INFO: ThresholdInfo[] = [
  {
    key: 'coreLoadWarn',
    label: 'Core teacher load: warn above',
    unit: 'students',
    step: 5,
    source: 'NCTE: at most 100 students for English teachers',
  },
  {
    key: 'coreLoadCritical',
    label: 'Core teacher load: critical at',
    unit: 'students',
    step: 5,
    source: 'ERS review of LAUSD: 150+ makes individual attention “nearly impossible”',
  },
  {
    key: 'collaborationBlockMinutes',
    label: 'Weekly team collaboration block',
    unit: 'minutes',
    step: 15,
    source: 'ERS, “Finding Time for Collaborative Planning”',
  },
  {
    key: 'secondaryCoreShareMin',
    label: 'Secondary time in ELA + math: flag at or below',
    unit: 'percent',
    step: 1,
    source: 'ERS review of LAUSD: 33% means no prioritisation',
  },
  {
    key: 'elementaryLiteracyMinutesPerDay',
    label: 'Elementary literacy per day',
    unit: 'minutes',
    step: 5,
    source: 'Common reading-block guidance; ERS review of LAUSD',
  },
  {
    key: 'elementaryMathMinutesPerDay',
    label: 'Elementary math per day',
    unit: 'minutes',
    step: 5,
    source: 'ERS review of LAUSD',
  },
  {
    key: 'k3ClassSizeMax',
    label: 'K-3 class size at most',
    unit: 'students',
    step: 1,
    source: 'California class-size reduction',
  },
  {
    key: 'smallSectionMin',
    label: 'Very small section: below',
    unit: 'students',
    step: 1,
    source: 'ERS DREAM: gains come only as class size nears 15',
  },
  {
    key: 'spedStudentsPerAideMin',
    label: 'Special-education students per aide: at least',
    unit: 'students',
    step: 1,
    source: 'ERS review of LAUSD: benchmark districts 12-20',
  },
  {
    key: 'pdShareReference',
    label: 'Professional development share of budget',
    unit: 'percent',
    step: 0.1,
    source: 'ERS review of LAUSD: 6.1%',
  },
  {
    key: 'pdDollarsPerTeacherReference',
    label: 'Professional development per teacher',
    unit: 'dollars',
    step: 100,
    source: 'ERS review of LAUSD: $10.9K per teacher',
  },
  {
    key: 'studentsPerCounselorMax',
    label: 'Students per counselor at most',
    unit: 'students',
    step: 10,
    source: 'American School Counselor Association',
  },
  {
    key: 'prepsMax',
    label: 'Teacher preps: flag at',
    unit: 'courses',
    step: 1,
    source: 'Common scheduling guidance',
  },
  {
    key: 'newTeacherShareMax',
    label: 'New teachers (1-3 years): flag above',
    unit: 'percent',
    step: 1,
    source: 'ERS review of LAUSD: new teachers concentrate in low-ranked schools',
  },
  {
    key: 'complianceReductionShare',
    label: 'Compliance positions on locked money: lever prices',
    unit: 'percent',
    step: 5,
    source: 'ERS review of LAUSD: “Reduce special population program management by 20%” (state and court requirements)',
  },
  {
    key: 'spedAideReductionShare',
    label: 'Special-education aides: lever prices at most',
    unit: 'percent',
    step: 5,
    source: 'ERS review of LAUSD: “Scale back use of special education aides by 25%” (aides are written into IEPs)',
  },
];

export const COACH_SOURCE = 'ERS review of LAUSD reference points';
export const LEVELS: SchoolLevel[] = ['elementary', 'middle', 'high'];
export const LEVEL_LABELS: Record<SchoolLevel, string> = { elementary: 'Elementary', middle: 'Middle', high: 'High' };

/** What the user sees: percentages for shares, rounded so 0.061 shows as 6.1 and not 6.1000000000000005. */
export function toDisplay(info: Pick<ThresholdInfo, 'unit'>, stored: number): number {
  return info.unit === 'percent' ? Math.round(stored * 1000) / 10 : stored;
}

export function fromDisplay(info: Pick<ThresholdInfo, 'unit'>, shown: number): number {
  return info.unit === 'percent' ? Math.round(shown * 10) / 1000 : shown;
}

export function unitSuffix(unit: ThresholdInfo['unit']): string {
  switch (unit) {
    case 'percent':
      return '%';
    case 'dollars':
      return '$';
    default:
      return unit;
  }
}
