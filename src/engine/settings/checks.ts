// The checks every settings validator shares (validate.ts, validateMapping.ts): kept apart from the defaults, so the
// review worker can check a saved mapping before detection without downloading the default rules (issue 12).

/** Excel's own limits: 1,048,576 rows; a sheet name is at most 31 characters (checked loosely: detection names it). */
export const MAX_ROW = 1_048_576;
export const MAX_NAME = 255;

/** What a threshold measures: its allowed range and how to say it in a message. */
export interface Range {
  min: number;
  max: number;
  integer?: boolean;
  expected: string;
}

/** Where a validator reports a field it could not use; 'warning' for a field the review does not know. */
export type Reporter = (field: string, message: string, severity?: 'error' | 'warning') => void;

/** The number when it is a finite number within the range (a whole one where the range asks), else null. */
export function inRange(value: unknown, range: Range): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (value < range.min || value > range.max) return null;
  if (range.integer && !Number.isInteger(value)) return null;
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as it reads in a message: short, and never the whole of a hostile string. */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
