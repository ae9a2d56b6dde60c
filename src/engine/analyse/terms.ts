import type { Section, Settings } from '../types';
import { DEFAULT_FULL_YEAR_TERMS, partYearTerm } from '../parse/terms';

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
  const term = partYearTerm(written, names);
  known.set(written, term);
  return term;
}

const termsByFullYearNames = new WeakMap<readonly string[], Map<string, string | undefined>>();

