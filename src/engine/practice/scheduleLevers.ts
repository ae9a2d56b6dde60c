import type { Lever, ParsedWorkbook, TeacherLoad } from '../types';
import { median, round } from '../analyse/stats';
import { staffIndex } from '../analyse/teacherLoad';
import { useTotals } from '../analyse/budget';

// Lever arithmetic for the schedule flags, in the school's own money: sections → teacher FTE → dollars at the
// budget's average teacher cost. Without a cost, levers state sections and FTE only.

/** School weeks a year, for pricing weekly coverage minutes. */
export const SCHOOL_WEEKS_PER_YEAR = 36;

export interface LeverBasis {
  averageTeacherCost: number | null;
  /** Sections a full-time teacher teaches: the school's median. */
  fullTimeSections: number | null;
  /** Teaching minutes a week of a median full-time teacher. */
  fullTimeMinutesPerWeek: number | null;
  /** The budget's elective/specialist teachers (FTE and dollars), for the core-load lever's cost-neutral option. */
  electiveTeachers?: { fte: number; cost: number };
}

/**
 * Full-time = the roster's FTE is 1 (or the roster does not say); part-timers would pull the median down. Two medians
 * over a district's 25,000 teachers: analyse() (reviewResult.ts) works the basis out once, after the budget gives the
 * average teacher cost, and hands it to the schedule flags, the budget flags, the course costs and the What If.
 */
export function leverBasis(teachers: readonly TeacherLoad[], parsed: ParsedWorkbook, averageTeacherCost: number | null): LeverBasis {
  const staff = staffIndex(parsed.staff);
  const fullTime = teachers.filter((t) => {
    // Without a staff roster no name is looked up (a district's 25,000 names are not normalised for nothing).
    const fte = staff.size ? staff.get(t.teacher.trim().replace(/\s+/g, ' ').toLowerCase())?.fte : undefined;
    return (fte === undefined || fte >= 0.99) && t.sections > 0;
  });
  const electives = useTotals(parsed.budget, 'Elective/specialist teachers');
  return {
    averageTeacherCost,
    ...(electives.lines > 0 ? { electiveTeachers: { fte: electives.fte, cost: electives.amount } } : {}),
    fullTimeSections: median(fullTime.map((t) => t.sections)),
    fullTimeMinutesPerWeek: median(fullTime.map((t) => t.minutesPerWeek).filter((m): m is number => m !== null && m > 0)),
  };
}

/** Staffing N sections: FTE = N / sections per full-time teacher, cost = FTE × average teacher cost. */
export function sectionsLever(sections: number, basis: LeverBasis, lead: string): Lever {
  if (!basis.fullTimeSections) {
    return { text: `${lead} ${plural(sections, 'section')}.`, cost: null, sections };
  }
  const fte = sections / basis.fullTimeSections;
  const fteText = `${plural(sections, 'section')} = ${formatPricedFte(fte)} teacher FTE (a full-time teacher here teaches ${basis.fullTimeSections} sections)`;
  if (basis.averageTeacherCost === null) {
    return { text: `${lead} ${fteText}; the budget gives no average teacher cost to price it.`, cost: null, fte: round(fte, 2), sections };
  }
  const cost = Math.round(fte * basis.averageTeacherCost);
  return {
    text: `${lead} ${fteText} ≈ ${formatMoney(cost)} at this budget's average teacher cost of ${formatMoney(basis.averageTeacherCost)}.`,
    cost,
    fte: round(fte, 2),
    sections,
  };
}

/**
 * Cover for a weekly block: members × (block − longest common block) minutes a week, priced per FTE-minute as
 * average teacher cost / (median full-time teaching minutes a week × school weeks). The year's cost simplifies to
 * coverage minutes × average cost / median weekly minutes.
 */
export function coverageCost(coverageMinutesPerWeek: number, basis: LeverBasis): { cost: number | null; fte: number | null } {
  if (!basis.fullTimeMinutesPerWeek) return { cost: null, fte: null };
  const fte = coverageMinutesPerWeek / basis.fullTimeMinutesPerWeek;
  const perMinute = costPerTeachingMinute(basis);
  if (perMinute === null) return { cost: null, fte };
  return { cost: Math.round(coverageMinutesPerWeek * SCHOOL_WEEKS_PER_YEAR * perMinute), fte };
}

/** What a minute of teacher time costs here: average teacher cost / (median full-time teaching minutes a week × school weeks). */
export function costPerTeachingMinute(basis: LeverBasis): number | null {
  if (basis.averageTeacherCost === null || !basis.fullTimeMinutesPerWeek) return null;
  return basis.averageTeacherCost / (basis.fullTimeMinutesPerWeek * SCHOOL_WEEKS_PER_YEAR);
}

/** Dollars as "$1,234,000", rounded to whole dollars. */
export function formatMoney(amount: number): string {
  const rounded = Math.round(amount);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}$${digits}`;
}

/** A share as "36%" or "6.1%": one decimal, shown only when it is not zero. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

export function formatFte(fte: number): string {
  return (Math.round(fte * 10) / 10).toFixed(1);
}

/**
 * FTE that a lever prices at its exact value: two decimals, so the FTE times the cost a reader sees comes to the
 * dollars stated (0.67 FTE × $95,000 ≈ $63,333, where "0.7 FTE" would suggest $66,500).
 */
export function formatPricedFte(fte: number): string {
  return (Math.round(fte * 100) / 100).toFixed(2);
}

/** "1 team", "3 teams". */
export function teamsText(n: number): string {
  return `${n} ${n === 1 ? 'team' : 'teams'}`;
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : noun.endsWith('s') ? 'es' : 's'}`;
}

