import type { SubjectRule } from '../types';

// OWNER: schedule-parsing helper. Default subject rules (codes such as "Ma", "En", "Dt" and keywords).
export const DEFAULT_SUBJECT_RULES: SubjectRule[] = [];
