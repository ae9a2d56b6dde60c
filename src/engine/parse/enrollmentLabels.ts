import type { CellValue } from '../types';
import { parseGrade } from './values';

// What the row labels of an enrollment table name: a grade, the school's total, or a count of special-education,
// English-learner or free/reduced-lunch students. Shared by the reader of categories tables (parse/enrollment.ts)
// and the finder of grades-across tables (detect/wideEnrollment.ts).

export type SchoolCount = 'total' | 'specialEducation' | 'englishLearners' | 'lowIncome';

export const CATEGORY_NAMES: Record<SchoolCount, string> = {
  total: 'total enrollment',
  specialEducation: 'special-education students',
  englishLearners: 'English learners',
  lowIncome: 'free/reduced-lunch (low-income) students',
};

// Compared after lower-casing, punctuation to spaces and dropping "(incl. …)" notes. Categories before the total, so
// "Total SPED students" is special education, and "Total Enrollment (incl. SPED)" is the total.
const CATEGORY_PATTERNS: [SchoolCount, RegExp][] = [
  ['specialEducation', /\b(special ed(ucation)?|sped|swd|students? with disabilit(y|ies)|iep|sen|send|ehcp)\b/],
  ['englishLearners', /\b(english (language )?learners?|ells?|els|el|eal|esl|lep|limited english( proficient)?|multilingual learners?|emergent bilinguals?)\b/],
  [
    'lowIncome',
    /\b(free( and| or)? reduced( price)?( lunch| meals?)?|f r l|frl|frpl|low income|economically disadvantaged|econ disadv|poverty|pupil premium|free school meals|fsm)\b/,
  ],
  ['total', /^(grand )?totals?\b|\btotals?$|^(all|total) (students|pupils)$|^(school )?enrol?ments?$|^students$|^headcount$/],
];

function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/\((incl|including|includes)\b[^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Which whole-school count a row label names, if any. */
export function schoolCountOf(label: string): SchoolCount | undefined {
  const norm = normaliseLabel(label);
  if (norm === '') return undefined;
  for (const [count, pattern] of CATEGORY_PATTERNS) if (pattern.test(norm)) return count;
  return undefined;
}

/** A grade a school enrols: K, TK, PK or a year number. Any other label is not a grade. */
export function enrolledGrade(value: CellValue): string | undefined {
  const grade = parseGrade(value);
  return grade !== undefined && (/^\d+$/.test(grade) || grade === 'K' || grade === 'TK' || grade === 'PK') ? grade : undefined;
}

/** Row names of a grades-across table that hold the students per grade, besides those schoolCountOf calls the total. */
const STUDENTS_LABEL = /\b(students?|pupils?|enrol(l)?(ment|ed)?|count|number|headcount)\b/;

/**
 * What a row of a grades-across table counts: the students when named as students, enrollment or total, or without
 * a name, or when it is the table's only row; else special education, EL or free/reduced lunch; else nothing read.
 */
export function wideRowCount(label: string, onlyRow: boolean): SchoolCount | undefined {
  if (label.trim() === '') return 'total';
  return schoolCountOf(label) ?? (STUDENTS_LABEL.test(normaliseLabel(label)) || onlyRow ? 'total' : undefined);
}
