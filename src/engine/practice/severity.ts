import type { Severity } from '../types';

/**
 * The word for a flag's severity wherever a person reads it: the Flags sheet, the Summary, the command line and the
 * task pane (which capitalises it). `info` is a note: something to know, not to act on. The JSON keeps the code.
 */
export const SEVERITY_LABEL: Record<Severity, string> = { critical: 'critical', warning: 'warning', info: 'note' };

/** "5 critical, 12 warnings, 8 notes": counts by severity, most severe first, with the words above. */
export function severityCounts(severities: readonly Severity[]): string {
  const count = (s: Severity) => severities.filter((x) => x === s).length;
  const words = (s: Severity, n: number) => (s === 'critical' || n === 1 ? SEVERITY_LABEL[s] : `${SEVERITY_LABEL[s]}s`);
  return (['critical', 'warning', 'info'] as const).map((s) => `${count(s)} ${words(s, count(s))}`).join(', ');
}
