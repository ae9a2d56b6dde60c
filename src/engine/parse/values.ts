import type { CellError, CellValue, SheetGrid } from '../types';

// Parsers for real-world cell values: numbers, text, grades, teacher lists. Times, days and periods have their
// own modules (times.ts, days.ts, periods.ts).

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
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
  return sign * Number(text) * scale;
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
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : undefined;
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

/** Teacher names from one cell: "Smith; Lee", "Smith / Lee", "Smith & Lee", "Smith and Lee", one per line. */
export function splitTeachers(value: CellValue): string[] {
  const text = cellText(value);
  if (text === '') return [];
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
