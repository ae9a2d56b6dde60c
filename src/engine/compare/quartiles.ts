import { quantileInc } from '../analyse/stats';

// Order statistics for the district map's By level sheet.
//
// Quartiles are Excel's QUARTILE.INC (Hyndman & Fan type 7, also R's and NumPy's default): the p-th quantile of n
// sorted values sits at position h = (n − 1)·p, between the values either side, linearly. A reader can check every
// figure on the sheet with =QUARTILE.INC over the Schools column.

export interface Spread {
  count: number;
  min: number;
  lowerQuartile: number;
  median: number;
  upperQuartile: number;
  max: number;
}

/** Minimum, quartiles, median and maximum of the known values; null when there is none. */
export function spread(values: readonly (number | null)[]): Spread | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (known.length === 0) return null;
  return {
    count: known.length,
    min: known[0],
    lowerQuartile: quantileInc(known, 0.25),
    median: quantileInc(known, 0.5),
    upperQuartile: quantileInc(known, 0.75),
    max: known[known.length - 1],
  };
}

/**
 * Rank of each value among the known values, 1 = the highest; ties share the best rank (Excel's RANK.EQ, descending).
 * A missing value has no rank.
 */
export function ranksDescending(values: readonly (number | null)[]): (number | null)[] {
  const known = values.filter((v): v is number => v !== null);
  return values.map((v) => (v === null ? null : 1 + known.filter((other) => other > v).length));
}
