import type { BudgetLine } from '../types';

// What a school's professional-development lines buy, read from their own words (description, job title, account
// description), so a flag states what the lines show instead of assuming where PD money goes.

export type PdKind = 'conferences' | 'workshops' | 'school-wide days' | 'substitutes for PD' | 'consultants' | 'teacher stipends';

/** Checked in order: "Substitutes for PD release days" is substitutes, not a school-wide day. */
const KINDS: readonly { kind: PdKind; pattern: RegExp }[] = [
  { kind: 'substitutes for PD', pattern: /\bsub(stitute)?s?\b|release (day|time)/i },
  { kind: 'consultants', pattern: /consult|contract(ed|or)?\b|vendor|professional services/i },
  { kind: 'conferences', pattern: /conferenc|registration|travel|convention/i },
  { kind: 'school-wide days', pattern: /institute|school[- ]?wide|pd days?\b|professional development days?|pupil[- ]free|staff development days?|in[- ]?service/i },
  { kind: 'workshops', pattern: /workshop|training|seminar/i },
  { kind: 'teacher stipends', pattern: /stipend|extra[- ]duty|hourly|extended time/i },
];

export interface PdBreakdown {
  kind: PdKind | 'not described';
  amount: number;
  lines: number;
}

/** The line's own description decides first; the account's description ("Professional/Consulting Services") only
 *  when the description says nothing. */
export function pdKindOf(line: BudgetLine): PdKind | undefined {
  for (const text of [line.description, line.jobTitle, line.accountDescription]) {
    if (!text) continue;
    const kind = KINDS.find((k) => k.pattern.test(text))?.kind;
    if (kind) return kind;
  }
  return undefined;
}

/** Amount per kind, largest first; lines no keyword describes are summed as "not described". */
export function pdBreakdown(lines: readonly BudgetLine[]): PdBreakdown[] {
  const byKind = new Map<PdBreakdown['kind'], PdBreakdown>();
  for (const line of lines) {
    const kind = pdKindOf(line) ?? 'not described';
    const entry = byKind.get(kind) ?? { kind, amount: 0, lines: 0 };
    entry.amount += line.amount;
    entry.lines++;
    byKind.set(kind, entry);
  }
  return [...byKind.values()].sort((a, b) => b.amount - a.amount || a.kind.localeCompare(b.kind));
}
