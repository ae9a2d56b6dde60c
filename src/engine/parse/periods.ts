import type { CellValue } from '../types';
import { cellText } from './values';
import { countWork } from '../workCount';

// Period cells → period labels: "3", "1-2", "P1", "Per 3", "Period 4", "1,3", "HR".

/**
 * Without a bell schedule to say how long the day is, no cell may name more periods than this: real days have 6-10,
 * and 20 leaves room for zero periods, advisory and A/B labels. With a bell schedule, its own count is the limit.
 */
export const MAX_PERIODS_WITHOUT_BELL = 20;

export interface PeriodsRead {
  labels: string[];
  /** Set when the cell names more periods than the day has: how many it names. labels is then empty. */
  tooMany?: number;
}

/**
 * Period labels a cell names. Numeric ranges expand ("1-3" → 1, 2, 3); prefixes P/Per/Pd/Period are dropped;
 * other labels ("HR", "Lunch", "Zero") come back as written. Empty array for a blank cell.
 * A cell naming more than `maxPeriods` periods ("1-99999") is not expanded at all: its size is counted first, so the
 * cost of a cell follows its text, not the numbers written in it.
 */
export function readPeriods(value: CellValue, maxPeriods = MAX_PERIODS_WITHOUT_BELL): PeriodsRead {
  if (typeof value === 'number') return { labels: Number.isFinite(value) ? [String(value)] : [] };
  const text = cellText(value);
  if (text === '') return { labels: [] };
  const labels: string[] = [];
  let named = 0;
  for (const piece of text.split(/\s*(?:[,;/&+]|\band\b)\s*/i)) {
    if (piece === '') continue;
    const range = /^(?:p|per|pd|period)?\.?\s*(\d+)\s*(?:-|–|to)\s*(?:p|per|pd|period)?\.?\s*(\d+)$/i.exec(piece);
    if (range && Number(range[1]) <= Number(range[2])) {
      named += Number(range[2]) - Number(range[1]) + 1;
      if (named > maxPeriods) continue;
      for (let p = Number(range[1]); p <= Number(range[2]); p++) labels.push(String(p));
      continue;
    }
    named++;
    if (named > maxPeriods) continue;
    const single = /^(?:(?:p|per|pd)\.?\s*(\d+)|period\s*(\w+))$/i.exec(piece);
    const label = single ? (single[1] ?? single[2]) : piece;
    labels.push(/^\d+$/.test(label) ? String(Number(label)) : label);
  }
  countWork('periodLabels', labels.length);
  if (named > maxPeriods) return { labels: [], tooMany: named };
  return { labels: [...new Set(labels)] };
}

/** The labels alone, for callers that need no report (a bell row names one period). */
export function parsePeriods(value: CellValue, maxPeriods = MAX_PERIODS_WITHOUT_BELL): string[] {
  return readPeriods(value, maxPeriods).labels;
}

/** Why a cell's periods were left out, for the Data Check: how many it names and how many the day has. */
export function tooManyPeriodsReason(named: number, maxPeriods: number, fromBell: boolean): string {
  const day = fromBell
    ? `the bell schedule has ${maxPeriods} periods`
    : `a school day has at most ${maxPeriods} without a bell schedule`;
  return `names ${named} periods, more than the school day has (${day}); its periods were read as blank. Expected a period or a range such as 1-2.`;
}
