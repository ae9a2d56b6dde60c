// The case-study workbooks as plain data: sheets of cells, written to .xlsx by scripts/generate-case-studies.ts.
// Pure (no Node, no Excel), so the same model can be tested and, later, offered by the add-in.

/** A clock time (minutes after midnight) that the writer stores as an Excel time value. */
export interface ClockTime {
  minutes: number;
}

export type CaseCell = string | number | null | ClockTime;

export interface CaseSheet {
  name: string;
  /** Banner lines above the table, followed by one blank row, as district exports print them. */
  banner?: string[];
  header: string[];
  rows: CaseCell[][];
  /** A totals row under the table (budget exports end with one). */
  totals?: CaseCell[];
  /** Zero-based columns shown as dollars. */
  currencyColumns?: number[];
  /** Plain text sheet (the "About" sheet): rows are lines, no header. */
  text?: boolean;
}

export type CaseStudyKey = 'elementary' | 'middle' | 'high';

export interface CaseStudy {
  key: CaseStudyKey;
  /** File name in assets/case-studies/. */
  fileName: string;
  schoolName: string;
  sheets: CaseSheet[];
}

export function isClockTime(cell: CaseCell): cell is ClockTime {
  return typeof cell === 'object' && cell !== null && 'minutes' in cell;
}

export function clock(hours: number, minutes: number): ClockTime {
  return { minutes: hours * 60 + minutes };
}

/** "9:50 AM": how a time looks when someone typed it as text. */
export function clockText(time: ClockTime): string {
  const h = Math.floor(time.minutes / 60);
  const m = time.minutes % 60;
  const h12 = ((h + 11) % 12) + 1;
  return `${h12}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}
