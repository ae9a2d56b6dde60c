import type { ReviewResult } from '../engine/types';
import { severityCounts } from '../engine/practice/severity';

const SHOWN_ERRORS = 5;

/** The data check in a few lines for stderr: the school level, counts by severity and the first errors with their cells. */
export function dataCheckSummary(result: ReviewResult, label: string): string {
  const count = (severity: string) => result.dataCheck.filter((d) => d.severity === severity).length;
  const read = result.sheetStats.map((s) => `${s.sheet} (${s.kind}): ${s.rowsRead} rows read, ${s.rowsSkipped} skipped`);
  const errors = result.dataCheck.filter((d) => d.severity === 'error');
  const lines = [
    `${label}: data check ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes; ` +
      `${result.flags.length} flags (${severityCounts(result.flags.map((f) => f.severity))})`,
    `  ${levelLine(result.school)}`,
    ...read.map((r) => `  ${r}`),
    ...errors.slice(0, SHOWN_ERRORS).map((d) => `  error ${d.sheet}${d.cell ? `!${d.cell}` : ''}: ${d.message}`),
    ...(errors.length > SHOWN_ERRORS ? [`  … ${errors.length - SHOWN_ERRORS} more errors in the Data Check sheet`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/** The level decides which practices apply, so an assumed one says so and how to set it here. */
export function levelLine(school: ReviewResult['school']): string {
  const basis = school.levelBasis ?? (school.levelInferred ? 'grades' : 'settings');
  if (basis === 'assumed') return `level: ${school.level} school, assumed (no grades in the workbook); set it with --level elementary|middle|high`;
  return `level: ${school.level} school, ${basis === 'grades' ? 'from the grades' : 'as set'}`;
}
