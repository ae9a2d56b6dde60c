import type { SchoolLevel } from '../types';
import type { SchoolFigures } from './schoolFigures';

// A weighted student formula (student-based budgeting), as the seed report recommends ("adopt a weighted student
// formula or similar funding system to consolidate funding streams"). The seed gives no weights: every default
// below is this tool's own starting point, stated with its reasoning in README ("District resource map"), for a
// district to replace with its own.
//
//   weighted pupils = students
//                   + Σ over grade bands (students in the band × the band's weight)
//                   + special-education students × weight + English learners × weight + free/reduced-lunch × weight
//   formula amount  = base per pupil for the school's level × weighted pupils   (× the scale, when scaled)
//   scale           = the compared schools' current budgets ÷ their unscaled formula amounts (no new money)

export interface GradeBand {
  /** Label as the sheet shows it, e.g. "K-3". */
  label: string;
  /** Grades in the band as the enrollment profile writes them ("TK", "K", "1", …, "12"). */
  grades: string[];
  /** Extra weight per pupil in the band: 0.15 = each pupil counts 1.15. */
  weight: number;
}

export interface FormulaSettings {
  basePerPupil: Record<SchoolLevel, number>;
  weights: { specialEducation: number; englishLearners: number; lowIncome: number };
  gradeBands: GradeBand[];
  /** Scale every school's formula amount so they add up to the compared schools' current total. */
  scaleToCurrentTotal: boolean;
}

export const DEFAULT_FORMULA: FormulaSettings = {
  // One base for every level: the level differences the seed found are put where it located them, in grade bands.
  basePerPupil: { elementary: 6000, middle: 6000, high: 6000 },
  weights: { specialEducation: 0.9, englishLearners: 0.2, lowIncome: 0.2 },
  gradeBands: [
    { label: 'K-3', grades: ['TK', 'K', '1', '2', '3'], weight: 0.15 },
    { label: '4-5', grades: ['4', '5'], weight: 0 },
    { label: '6-8', grades: ['6', '7', '8'], weight: 0 },
    { label: '9-12', grades: ['9', '10', '11', '12'], weight: 0.09 },
  ],
  scaleToCurrentTotal: true,
};

export interface FormulaRow {
  /** Students in each grade band, in the settings' band order. */
  bandStudents: number[];
  /** Students counted in no band (a whole-school row's students beyond the grade rows, a grade no band names). */
  unbanded: number;
  weightedPupils: number | null;
  /** Unscaled: base × weighted pupils. */
  formulaAmount: number | null;
  /** After the scale (equal to formulaAmount when not scaled). */
  allocation: number | null;
  /** allocation − current budget: what the school would gain (+) or lose (−). */
  difference: number | null;
  /** Current budget ÷ weighted pupils. */
  perWeightedPupil: number | null;
  /** Why a figure is missing, or what was left out; '' when nothing was. */
  note: string;
}

export interface FormulaResult {
  rows: FormulaRow[];
  /** Current budgets of the schools with a formula amount, added up. */
  currentTotal: number;
  formulaTotal: number;
  /** The factor applied (1 when not scaled); null when there is no formula amount to scale. */
  scale: number | null;
}

const gradeKey = (grade: string) => grade.trim().toUpperCase().replace(/^0+(?=\d)/, '');

/** Weighted pupils of one school, or null (with the reason) when a count a non-zero weight needs is not given. */
export function weightedPupils(school: SchoolFigures, settings: FormulaSettings): Pick<FormulaRow, 'bandStudents' | 'unbanded' | 'weightedPupils' | 'note'> {
  const byGrade = school.need?.byGrade ?? [];
  const bandOf = new Map<string, number>();
  settings.gradeBands.forEach((band, i) => band.grades.forEach((g) => bandOf.set(gradeKey(g), i)));
  const bandStudents = settings.gradeBands.map(() => 0);
  let inBands = 0;
  for (const { grade, students } of byGrade) {
    const band = bandOf.get(gradeKey(grade));
    if (band === undefined) continue;
    bandStudents[band] += students;
    inBands += students;
  }
  if (school.students === null) return { bandStudents, unbanded: 0, weightedPupils: null, note: 'no enrollment' };
  const unbanded = Math.max(school.students - inBands, 0);
  const missing: string[] = [];
  const counts = [
    ['special-education', settings.weights.specialEducation, school.need?.specialEducation ?? null],
    ['English-learner', settings.weights.englishLearners, school.need?.englishLearners ?? null],
    ['free/reduced-lunch', settings.weights.lowIncome, school.need?.lowIncome ?? null],
  ] as const;
  let weighted = school.students;
  settings.gradeBands.forEach((band, i) => (weighted += bandStudents[i] * band.weight));
  for (const [name, weight, count] of counts) {
    if (weight === 0) continue;
    if (count === null) missing.push(name);
    else weighted += count * weight;
  }
  if (missing.length) {
    return { bandStudents, unbanded, weightedPupils: null, note: `no ${missing.join(', ')} count in the enrollment profile` };
  }
  const note = unbanded > 0 && settings.gradeBands.some((b) => b.weight !== 0) ? `${unbanded} students in no grade band (base weight only)` : '';
  return { bandStudents, unbanded, weightedPupils: weighted, note };
}

/** The formula for every compared school, scaled to their current total when the settings say so. */
export function applyFormula(schools: readonly SchoolFigures[], settings: FormulaSettings): FormulaResult {
  // A school without a budget is left out: the formula shares today's money, and it has none to share.
  const unscaled = schools.map((school) => {
    const pupils = weightedPupils(school, settings);
    const formulaAmount = pupils.weightedPupils === null || school.budget === null ? null : settings.basePerPupil[school.level] * pupils.weightedPupils;
    return { ...pupils, formulaAmount };
  });
  let currentTotal = 0;
  let formulaTotal = 0;
  unscaled.forEach((row, i) => {
    if (row.formulaAmount === null) return;
    currentTotal += schools[i].budget!;
    formulaTotal += row.formulaAmount;
  });
  const scale = !settings.scaleToCurrentTotal ? 1 : formulaTotal > 0 ? currentTotal / formulaTotal : null;
  const rows = unscaled.map((row, i): FormulaRow => {
    const budget = schools[i].budget;
    const allocation = row.formulaAmount === null || scale === null ? null : row.formulaAmount * scale;
    return {
      ...row,
      allocation,
      difference: allocation === null || budget === null ? null : allocation - budget,
      perWeightedPupil: budget === null || !row.weightedPupils ? null : budget / row.weightedPupils,
      note: budget === null && row.weightedPupils !== null ? joinNotes(row.note, 'no budget, so not under the formula') : row.note,
    };
  });
  return { rows, currentTotal, formulaTotal, scale };
}

function joinNotes(a: string, b: string): string {
  return a ? `${a}; ${b}` : b;
}

export const MAX_BASE = 1_000_000;
export const MAX_WEIGHT = 10;
const MAX_BANDS = 20;

/**
 * The formula settings from a file, over the defaults: every number finite and within reason, every band named, so
 * only checked numbers reach the sheet's input cells and formulas. Problems name the field and what was expected.
 */
export function validateFormulaSettings(input: unknown): { settings: FormulaSettings; problems: string[] } {
  const problems: string[] = [];
  const settings: FormulaSettings = structuredClone(DEFAULT_FORMULA);
  if (input === undefined || input === null) return { settings, problems };
  if (typeof input !== 'object' || Array.isArray(input)) return { settings, problems: ['expected a JSON object'] };
  const raw = input as Record<string, unknown>;
  const number = (value: unknown, field: string, max: number): number | undefined => {
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max) return value;
    problems.push(`${field}: expected a number from 0 to ${max}, got ${JSON.stringify(value)}`);
    return undefined;
  };
  const base = raw.basePerPupil as Record<string, unknown> | undefined;
  if (base !== undefined) {
    for (const level of ['elementary', 'middle', 'high'] as const) {
      settings.basePerPupil[level] = number(base?.[level], `basePerPupil.${level}`, MAX_BASE) ?? settings.basePerPupil[level];
    }
  }
  const weights = raw.weights as Record<string, unknown> | undefined;
  if (weights !== undefined) {
    for (const key of ['specialEducation', 'englishLearners', 'lowIncome'] as const) {
      settings.weights[key] = number(weights?.[key], `weights.${key}`, MAX_WEIGHT) ?? settings.weights[key];
    }
  }
  if (raw.gradeBands !== undefined) {
    if (!Array.isArray(raw.gradeBands) || raw.gradeBands.length > MAX_BANDS) {
      problems.push(`gradeBands: expected a list of at most ${MAX_BANDS} bands such as {"label": "K-3", "grades": ["K","1","2","3"], "weight": 0.15}`);
    } else {
      const bands: GradeBand[] = [];
      raw.gradeBands.forEach((band: unknown, i: number) => {
        const b = (band ?? {}) as Record<string, unknown>;
        const label = typeof b.label === 'string' && b.label.trim() && b.label.length <= 20 ? b.label.trim() : undefined;
        const grades = Array.isArray(b.grades) && b.grades.every((g) => typeof g === 'string' && g.length <= 4) ? (b.grades as string[]) : undefined;
        const weight = number(b.weight, `gradeBands[${i}].weight`, MAX_WEIGHT);
        if (!label) problems.push(`gradeBands[${i}].label: expected a short name such as "K-3"`);
        if (!grades) problems.push(`gradeBands[${i}].grades: expected a list of grades such as ["K","1","2","3"]`);
        if (label && grades && weight !== undefined) bands.push({ label, grades, weight });
      });
      // A band's label is its input's id on the sheet (formulaInputs.ts), so two bands may not share one.
      const labels = bands.map((b) => b.label.toLowerCase());
      const twice = labels.find((l, i) => labels.indexOf(l) !== i);
      if (twice !== undefined) problems.push(`gradeBands: the label "${bands[labels.indexOf(twice)].label}" is used twice; each band needs its own`);
      if (problems.length === 0) settings.gradeBands = bands;
    }
  }
  if (raw.scaleToCurrentTotal !== undefined) {
    if (typeof raw.scaleToCurrentTotal === 'boolean') settings.scaleToCurrentTotal = raw.scaleToCurrentTotal;
    else problems.push('scaleToCurrentTotal: expected true or false');
  }
  return { settings, problems };
}
