import type { BudgetLine } from '../types';
import { keywordMatches } from '../parse/budgetUse';

// The rules on a lever's money, stated in the lever and respected in its price (seed report, "Nature of
// constraints"): a lever that frees restricted money can only spend it as its fund allows, and a mandated position
// is not a free choice.

// The shares the compliance and aide levers price are settings (thresholds.complianceReductionShare, 20%, and
// thresholds.spedAideReductionShare, 25%), from the seed report: "Reduce special population program management by
// 20%", constrained by "State and court requirements for APEIS, Bilingual coordinator"; "Scale back use of special
// education aides by 25%", constrained by "requirements generated in annual IEP meetings – multi-year process to change".

const APEIS_WORDS = ['apeis', 'elementary instructional specialist'];

/** One sentence per rule that applies to the lines' money: the fund's, then the position's. */
export function moneyConstraints(lines: readonly BudgetLine[]): string[] {
  const says = (words: string[], texts: (l: BudgetLine) => (string | undefined)[]) =>
    lines.some((l) => words.some((w) => texts(l).some((t) => keywordMatches(w, t))));
  const fundText = (l: BudgetLine) => [l.fund, l.program];
  const sentences: string[] = [];
  if (says(['title i', 'title iii'], fundText)) {
    sentences.push(
      'Title I and Title III money supplements and cannot supplant: freed, it may pay for extra services for the ' +
        'students it serves (intervention, coaching tied to team time), not for what the general fund must provide.',
    );
  }
  if (says(['idea', 'special education', 'special ed', 'sped'], fundText)) sentences.push('IDEA and special-education money stays in special education.');
  if (says(APEIS_WORDS, (l) => [l.jobTitle, l.description])) {
    sentences.push(
      'APEIS is a mandated part of the Chanda Smith Modified Consent Decree: scaling it back needs negotiation with the plaintiffs.',
    );
  }
  return sentences;
}
