import type { CellValue } from '../types';

// OWNER: schedule-parsing helper. Parsers for real-world cell values.

/** Numbers from numbers or text such as "$1,234", "1,234.50", "(500)", "45%" (→ 0.45). null when not a number. */
export function parseNumber(value: CellValue): number | null {
  void value;
  throw new Error('parseNumber: not implemented yet');
}
