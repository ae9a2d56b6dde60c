import type { CellValue } from '../types';
import { cellText } from './values';

// Clock times → minutes after midnight.

const MINUTES_PER_DAY = 24 * 60;

export const TIME_EXPECTATION = 'expected 8:05, 8:05 AM, 0805 or an Excel time';

/**
 * A clock time as minutes after midnight, or null when the cell is not a time. Reads Excel day fractions
 * (0.3368 → 8:05), date-time serials (their time part), "8:05", "8:05:00", "8.05", "8:05 AM", "1:30 pm", "8am",
 * "0805", "13:30" and HHMM numbers (805, 1330). A bare "1:30" … "5:59" without AM/PM is read as afternoon: school
 * days do not start before 6 AM, and exports often drop the PM.
 */
export function parseTime(value: CellValue): number | null {
  if (typeof value === 'number') return timeFromNumber(value);
  const text = cellText(value).toLowerCase();
  if (text === '') return null;
  const clock = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*(m\.?)?$/.exec(text);
  if (clock) {
    const suffix = clock[4];
    if (clock[5] && !suffix) return null;
    return fromParts(Number(clock[1]), Number(clock[2]), suffix, !suffix && !clock[1].startsWith('0'));
  }
  const hourOnly = /^(\d{1,2})\s*([ap])\.?\s*m\.?$/.exec(text);
  if (hourOnly) return fromParts(Number(hourOnly[1]), 0, hourOnly[2], false);
  const compact = /^(\d{3,4})\s*(?:([ap])\.?\s*m\.?)?$/.exec(text);
  if (compact) {
    const digits = compact[1].padStart(4, '0');
    return fromParts(Number(digits.slice(0, 2)), Number(digits.slice(2)), compact[2], false);
  }
  return null;
}

function timeFromNumber(value: number): number | null {
  if (!Number.isFinite(value) || value < 0) return null;
  if (value < 1) return Math.round(value * MINUTES_PER_DAY) % MINUTES_PER_DAY;
  if (Number.isInteger(value)) {
    // HHMM written as a number (a CSV or a General-formatted cell turns "0805" into 805).
    if (value >= 100 && value <= 2359 && value % 100 < 60) return Math.floor(value / 100) * 60 + (value % 100);
    return null;
  }
  // Date-time serial: keep the time of day.
  return Math.round((value - Math.floor(value)) * MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

function fromParts(hour: number, minute: number, suffix: string | undefined, guessAfternoon: boolean): number | null {
  if (minute > 59) return null;
  if (suffix) {
    if (hour < 1 || hour > 12) return null;
    const h = (hour % 12) + (suffix === 'p' ? 12 : 0);
    return h * 60 + minute;
  }
  if (hour > 23) return null;
  if (guessAfternoon && hour >= 1 && hour <= 5) return (hour + 12) * 60 + minute;
  return hour * 60 + minute;
}

/** "8:05", "13:30" for messages and labels. */
export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h}:${String(m).padStart(2, '0')}`;
}
