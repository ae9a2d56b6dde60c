import type { CellError, CellValue, SheetGrid } from '../types';

// Parsers for real-world cell values: numbers, text, grades, teacher lists. Times, days and periods have their
// own modules (times.ts, days.ts, periods.ts).

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

export function isBlank(value: CellValue): boolean {
  if (value === null) return true;
  if (typeof value !== 'string') return false;
  // A cell that starts with a printable ASCII character is not blank: decided without trimming (a copy) per cell.
  const first = value.charCodeAt(0);
  return !(first > 0x20 && first < 0x7f) && value.trim() === '';
}

/** The cell as trimmed text; '' for blanks and errors. Numbers keep their shortest form ("3", "10.5"). */
export function cellText(value: CellValue): string {
  if (value === null || isCellError(value)) return '';
  if (typeof value === 'string') return value.trim();
  return String(value);
}

const NUMBER_TEXT = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** Numbers from numbers or text such as "$1,234", "1,234.50", "(500)", "45%" (→ 0.45). null when not a number. */
export function parseNumber(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  let text = value.trim().replace(/[\s$£€,]/g, '');
  if (text === '') return null;
  let sign = 1;
  if (/^\(.*\)$/.test(text)) {
    sign = -1;
    text = text.slice(1, -1);
  }
  if (text.startsWith('-')) {
    sign = -sign;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  let scale = 1;
  if (text.endsWith('%')) {
    scale = 0.01;
    text = text.slice(0, -1);
  }
  if (!NUMBER_TEXT.test(text)) return null;
  const n = sign * Number(text) * scale;
  // Four hundred digits make Infinity: never a number any figure can be built from.
  return Number.isFinite(n) ? n : null;
}

/** The numbers a field can plausibly hold, and how a message says so. */
export interface PlausibleRange {
  min: number;
  max: number;
  expected: string;
}

/** No school or district budget line comes near a hundred billion; beyond it sums lose their cents. */
const MONEY: PlausibleRange = { min: -1e11, max: 1e11, expected: 'an amount within 100 billion either side of 0' };
const GRADE_COUNT: PlausibleRange = { min: 0, max: 1_000_000, expected: 'students in a grade, from 0 to 1,000,000' };

/**
 * Bounds for the numeric fields of every table, by field name. A value outside them (9e307 minutes, a negative FTE)
 * is a Data Check error and is read as blank: it would otherwise reach every sum, ratio and lever built on it.
 * Money may be negative: a negative amount is a ledger adjustment (a credit, a transfer out, a reversal), counted
 * as the ledger counts it and listed on the Data Check as a note.
 */
export const PLAUSIBLE_BY_FIELD: ReadonlyMap<string, PlausibleRange> = new Map([
  ['enrollment', { min: 0, max: 10_000, expected: 'students in a section, from 0 to 10,000' }],
  ['students', GRADE_COUNT],
  ['specialEducation', GRADE_COUNT],
  ['englishLearners', GRADE_COUNT],
  ['minutes', { min: 0, max: 1_440, expected: 'minutes, from 0 to 1,440 (one day)' }],
  ['fte', { min: 0, max: 10_000, expected: 'an FTE from 0 to 10,000 (a negative FTE is not a position)' }],
  ['yearsExperience', { min: 0, max: 70, expected: 'years from 0 to 70' }],
  ['amount', MONEY],
  ['salary', MONEY],
  ['benefits', MONEY],
]);

/** Fields whose negative numbers are ledger adjustments rather than mistakes. */
const ADJUSTMENT_FIELDS: ReadonlySet<string> = new Set(['amount', 'salary', 'benefits']);

/**
 * Whether a cell's number can stand in this field: 'implausible' (outside its bounds), 'adjustment' (a negative
 * amount), else 'ok' (also for text that is no number, and fields without bounds: their parsers say what they expect).
 */
export function plausibility(field: string, value: CellValue): 'ok' | 'implausible' | 'adjustment' {
  const range = PLAUSIBLE_BY_FIELD.get(field);
  if (!range) return 'ok';
  const n = parseNumber(value);
  if (n === null) return 'ok';
  if (n < range.min || n > range.max) return 'implausible';
  return n < 0 && ADJUSTMENT_FIELDS.has(field) ? 'adjustment' : 'ok';
}

/** The Data Check's reason for an implausible number in a field. */
export function implausibleReason(field: string): string {
  const expected = PLAUSIBLE_BY_FIELD.get(field)?.expected ?? 'a plausible number';
  return `is outside the numbers this column can hold (expected ${expected}); the cell was read as blank`;
}

/**
 * A count of students: a whole, non-negative number ("28", 28, "1,200"). null for anything else, fractions and
 * percentages included: "25%" in an enrollment column is a share of something, not a quarter of a student.
 */
export function parseCount(value: CellValue): number | null {
  if (typeof value === 'string' && value.trim().endsWith('%')) return null;
  const n = parseNumber(value);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}

const KINDERGARTEN = new Set(['k', 'kg', 'kinder', 'kindergarten', 'kindergarden']);
const TRANSITIONAL_K = new Set(['tk', 'transitional k', 'transitional kindergarten']);
const PRE_K = new Set(['pk', 'pre k', 'prek', 'pre kindergarten', 'preschool']);

/**
 * Grade as text: "K", "TK", "PK", or the year number ("10" from "10", "10S", "Grade 10", "Year 10", "10th", "12a2").
 * Anything else comes back trimmed as written; undefined for blanks.
 */
export function parseGrade(value: CellValue): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return undefined;
    // Every section of a district keeps its grade: one "10" for all of them, not a string each.
    let text = gradeOfNumber.get(value);
    if (text === undefined) {
      if (gradeOfNumber.size >= 1000) gradeOfNumber.clear();
      gradeOfNumber.set(value, (text = String(value)));
    }
    return text;
  }
  if (typeof value !== 'string') return gradeFromText(cellText(value));
  // A roster repeats a few grade spellings thousands of times: remember them (bounded, the engine is long-lived in
  // the add-in's worker).
  let grade = gradeCache.get(value);
  if (grade === undefined && !gradeCache.has(value)) {
    if (gradeCache.size >= 1000) gradeCache.clear();
    grade = gradeFromText(value.trim());
    gradeCache.set(value, grade);
  }
  return grade;
}

const gradeCache = new Map<string, string | undefined>();
const gradeOfNumber = new Map<number, string>();

function gradeFromText(text: string): string | undefined {
  if (text === '') return undefined;
  const norm = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  if (KINDERGARTEN.has(norm)) return 'K';
  if (TRANSITIONAL_K.has(norm)) return 'TK';
  if (PRE_K.has(norm)) return 'PK';
  const labelled = /^(?:grade|gr|year|yr|y|form|level)\s*(\d{1,2})\b/.exec(norm);
  if (labelled) return String(Number(labelled[1]));
  const leading = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s*grade)?(?:[a-z]+\d*|\s[a-z]\d*)?$/.exec(norm);
  if (leading) return String(Number(leading[1]));
  return text;
}

/** Anything splitTeachers splits at (its split pattern without the spaces around). */
const TEACHER_SEPARATOR = /[;/&|+\n]|\band\b/i;

/** Teacher names from one cell: "Smith; Lee", "Smith / Lee", "Smith & Lee", "Smith and Lee", one per line. */
export function splitTeachers(value: CellValue): string[] {
  const text = cellText(value);
  if (text === '') return [];
  // Most cells name one teacher: one test rather than a split, three arrays and a set per distinct cell.
  if (!TEACHER_SEPARATOR.test(text)) return [text];
  const names = text
    .split(/\s*(?:[;/&|+\n]|\band\b)\s*/i)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return [...new Set(names)];
}

/** Column letters for a zero-based column: 0 → "A", 27 → "AB". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based column from letters: "A" → 0, "AB" → 27; null when not letters. */
export function columnFromLetter(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Header text compared without case, spaces, underscores or punctuation: "Section_ID #" → "section id". */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Quotes a sheet name for a reference such as 'Teacher Load'!A5 (Excel doubles embedded apostrophes). */
export function quoteSheetName(name: string): string {
  // Always quoted: a bare name such as "A1" or "Q1 2024" would otherwise read as a cell reference.
  return `'${name.replace(/'/g, "''")}'`;
}

/** A1 address of a grid cell as the user sees it, honouring the grid's origin: (0, 2) at origin B3 → "D3". */
export function cellAddress(grid: Pick<SheetGrid, 'originRow' | 'originCol'>, gridRow: number, col: number): string {
  return `${columnLetter(grid.originCol + col)}${grid.originRow + gridRow + 1}`;
}
