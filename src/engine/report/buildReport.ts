import type { Report, ReviewResult } from '../types';

// OWNER: report/CLI helper. Describes the result sheets (Summary, Teacher Load, Class Size, Time by Subject,
// Collaboration, Budget by Use, Flags with a notes column, Data Check) for every writer.
export function buildReport(result: ReviewResult, notes: Record<string, string>): Report {
  void result;
  void notes;
  throw new Error('buildReport: not implemented yet');
}
