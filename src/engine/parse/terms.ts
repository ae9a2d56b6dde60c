// The one reading of a section's term: the double-booking check (parse) and every analysis (analyse/terms.ts) must
// agree on which sections run in the same part of the year, or a clash would be reported between sections the
// analyses count in different terms (or missed between sections they count in the same one).

/** Term names that mean the whole year, unless the settings give others (fullYearTermNames). */
export const DEFAULT_FULL_YEAR_TERMS = ['Year', 'Full Year', 'FY', 'Y'];

/**
 * The part of the year a term as written names, trimmed ("Fall", "S2"); undefined when it runs all year: no term, a
 * blank one, or one of the full-year names (compared ignoring case and surrounding spaces).
 */
export function partYearTerm(written: string | undefined, fullYearNames: readonly string[]): string | undefined {
  if (written === undefined) return undefined;
  const term = written.trim();
  if (!term) return undefined;
  const lower = term.toLowerCase();
  return fullYearNames.some((name) => name.trim().toLowerCase() === lower) ? undefined : term;
}
