import type { Section, Settings } from '../types';

/** The section's term, or undefined when it runs all year (no term, or a term the settings call full-year). */
export function termOf(section: Section, settings: Settings): string | undefined {
  const term = section.term?.trim();
  if (!term) return undefined;
  const fullYear = (settings.fullYearTermNames ?? ['Year', 'Full Year', 'FY', 'Y']).map((t) => t.toLowerCase());
  return fullYear.includes(term.toLowerCase()) ? undefined : term;
}

/** Distinct part-year terms in the schedule, in the order first seen. */
export function partYearTerms(sections: readonly Section[], settings: Settings): string[] {
  const seen = new Set<string>();
  for (const s of sections) {
    const t = termOf(s, settings);
    if (t !== undefined) seen.add(t);
  }
  return [...seen];
}
