import type { CellValue } from '../types';
import { cellText } from './values';

// Period cells → period labels: "3", "1-2", "P1", "Per 3", "Period 4", "1,3", "HR".

/**
 * Period labels a cell names. Numeric ranges expand ("1-3" → 1, 2, 3); prefixes P/Per/Pd/Period are dropped;
 * other labels ("HR", "Lunch", "Zero") come back as written. Empty array for a blank cell.
 */
export function parsePeriods(value: CellValue): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [String(value)] : [];
  const text = cellText(value);
  if (text === '') return [];
  const labels: string[] = [];
  for (const piece of text.split(/\s*(?:[,;/&+]|\band\b)\s*/i)) {
    if (piece === '') continue;
    const range = /^(?:p|per|pd|period)?\.?\s*(\d+)\s*(?:-|–|to)\s*(?:p|per|pd|period)?\.?\s*(\d+)$/i.exec(piece);
    if (range && Number(range[1]) <= Number(range[2])) {
      for (let p = Number(range[1]); p <= Number(range[2]); p++) labels.push(String(p));
      continue;
    }
    const single = /^(?:(?:p|per|pd)\.?\s*(\d+)|period\s*(\w+))$/i.exec(piece);
    const label = single ? (single[1] ?? single[2]) : piece;
    labels.push(/^\d+$/.test(label) ? String(Number(label)) : label);
  }
  return [...new Set(labels)];
}
