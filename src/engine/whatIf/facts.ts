import type { BudgetLine, ParsedWorkbook } from '../types';
import { counselorPositions, fteGiven, isLockedCompliance, positionOf, specialEducationAides, type PositionLines } from '../analyse/budget';
import type { LeverBasis } from '../practice/scheduleLevers';

// The few figures the What If needs that the result does not already hold, read once from the parsed workbook in
// review(): core seats and sections, the positions' own FTE and dollars, the locked compliance money.

export interface WhatIfFacts {
  /** Core sections with an enrollment (each section once, co-taught or not), and their seats. */
  coreSections: number;
  coreSeats: number;
  /** Sections a full-time teacher teaches: the same basis the Flags' levers price sections with. */
  sectionsPerTeacher: number | null;
  /** Periods in the longest day of the bell schedule; null without one. */
  periodsInDay: number | null;
  counselors: PositionFigures;
  spedAides: PositionFigures;
  /** Locked money in program-management and compliance positions (the locked-compliance lever's whole). */
  lockedCompliance: number;
}

export function whatIfFacts(parsed: ParsedWorkbook, basis: LeverBasis): WhatIfFacts {
  // Counted and summed in one indexed loop, without a list of them (118,000 of a district's 150,000 sections).
  let coreSections = 0;
  let coreSeats = 0;
  for (let n = 0; n < parsed.sections.length; n++) {
    const s = parsed.sections[n];
    if (!s.core || s.collaboration || s.enrollment === undefined || !(s.enrollment > 0)) continue;
    coreSections++;
    coreSeats += s.enrollment;
  }
  const perDay = new Map<string, Set<string>>();
  for (const p of parsed.bell) perDay.set(p.dayType, (perDay.get(p.dayType) ?? new Set()).add(p.period));
  return {
    coreSections,
    coreSeats,
    sectionsPerTeacher: basis.fullTimeSections,
    periodsInDay: perDay.size ? Math.max(...[...perDay.values()].map((s) => s.size)) : null,
    counselors: position(counselorPositions(parsed.budget)),
    spedAides: position(specialEducationAides(parsed.budget)),
    lockedCompliance: positionOf(parsed.budget.filter(isLockedCompliance)).amount,
  };
}

/** A kind of position's FTE and dollars as the What If shows them. */
export interface PositionFigures {
  /** null when the budget has lines of it but none gives an FTE: unknown, not 0 (a budget without an FTE column). */
  fte: number | null;
  amount: number;
}

/** The sums alone: the What If's facts travel to the pane, which needs no budget lines. */
function position({ fte, amount, lines }: PositionLines): PositionFigures {
  return { fte: fteKnown(lines) ? fte : null, amount };
}

/** No lines is a measured 0 FTE (the budget funds none); lines that all leave FTE blank are an unknown FTE. */
function fteKnown(lines: readonly BudgetLine[]): boolean {
  return lines.length === 0 || fteGiven(lines);
}
