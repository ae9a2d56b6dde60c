import type { Section, Settings } from '../types';

/** The section's term, or undefined when it runs all year (no term, or a term the settings call full-year). */
export function termOf(section: Section, settings: Settings): string | undefined {
  const written = section.term;
  if (written === undefined) return undefined;
  // Asked several times per section by every analysis; a schedule writes a handful of terms. Remembered per list
  // of full-year names (bounded, as the add-in's worker is long-lived).
  const names = settings.fullYearTermNames ?? DEFAULT_FULL_YEAR_TERMS;
  let known = termsByFullYearNames.get(names);
  if (!known) termsByFullYearNames.set(names, (known = new Map()));
  if (known.has(written)) return known.get(written);
  if (known.size >= 1000) known.clear();
  const term = readTerm(written, names);
  known.set(written, term);
  return term;
}

const DEFAULT_FULL_YEAR_TERMS = ['Year', 'Full Year', 'FY', 'Y'];
const termsByFullYearNames = new WeakMap<readonly string[], Map<string, string | undefined>>();

function readTerm(written: string, fullYearNames: readonly string[]): string | undefined {
  const term = written.trim();
  if (!term) return undefined;
  const fullYear = fullYearNames.map((t) => t.toLowerCase());
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
