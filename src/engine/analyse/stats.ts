// Small numeric helpers shared by the schedule analyses and their flags.

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const counted = values.length >= COUNTED_MEDIAN_LENGTH ? countedMedian(values) : undefined;
  if (counted !== undefined) return counted;
  // A typed array sorts numbers natively, several times faster than a comparator (a district's 150,000 class sizes);
  // it orders -0 before 0 and NaN last where the comparator keeps them in place, so those take the comparator.
  const sorted = values.some((v) => Number.isNaN(v) || Object.is(v, -0)) ? [...values].sort((a, b) => a - b) : Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** From this many values, a median of small whole numbers (class sizes, loads, sections) is counted, not sorted. */
const COUNTED_MEDIAN_LENGTH = 1000;
/** The largest whole number counted: a count per value up to it. */
const COUNTED_MEDIAN_MAX = 100_000;

/**
 * The median of whole numbers from 0 to COUNTED_MEDIAN_MAX, by counting each value: the same middle value(s) a sort
 * finds, without sorting a district's 150,000 class sizes. Undefined for any other values (and for -0, which a sort
 * orders before 0), which are sorted.
 */
function countedMedian(values: readonly number[]): number | undefined {
  let max = 0;
  // Indexed loops and plain comparisons: Number.isInteger and Object.is called per value were most of the first,
  // unoptimised run over a district's 150,000 class sizes. A whole number in range is v === (v | 0), v >= 0; -0 is
  // the zero whose reciprocal is negative.
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= 0 && v <= COUNTED_MEDIAN_MAX && v === (v | 0)) || (v === 0 && 1 / v < 0)) return undefined;
    if (v > max) max = v;
  }
  const counts = new Uint32Array(max + 1);
  for (let i = 0; i < values.length; i++) counts[values[i]]++;
  // The values at sorted positions mid - 1 and mid (an even count averages them; an odd one takes mid).
  const mid = values.length >> 1;
  const at = (position: number) => {
    let seen = 0;
    for (let v = 0; v <= max; v++) {
      seen += counts[v];
      if (seen > position) return v;
    }
    return max;
  };
  return values.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * The p-quantile (0..1) of values sorted ascending, as Excel's QUARTILE.INC and LibreOffice's QUARTILE take it
 * (Hyndman & Fan type 7): position (n − 1)·p, linear between the values either side. The district map's quartiles and
 * the engine's own evaluation of a QUARTILE formula both use it, so a sheet's figure and its formula agree.
 */
export function quantileInc(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

/** The total of `of(item)` over the items. */
export function sumOf<T>(items: readonly T[], of: (item: T) => number): number {
  let total = 0;
  for (let n = 0; n < items.length; n++) total += of(items[n]);
  return total;
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The most frequent value; ties go to the value seen first, so results do not depend on hash order. */
export function mostFrequent<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/** Compares labels such as periods or grades: numbers numerically, then text. */
export function compareLabels(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  const aNum = a.trim() !== '' && Number.isFinite(na);
  const bNum = b.trim() !== '' && Number.isFinite(nb);
  if (aNum && bNum) return na - nb;
  if (aNum !== bNum) return aNum ? -1 : 1;
  return a.localeCompare(b);
}

/** Space that normaliseName changes: at either end, two together, or any but a plain space (\s is what trim() removes). */
const IRREGULAR_SPACE = /^\s|\s$|\s\s|[^\S ]/;

export function normaliseName(name: string): string {
  // Most names have single plain spaces only: tested first, which builds no string, as trimming and replacing do
  // (asked for every section's teachers, course and room in a district's timetable).
  return (IRREGULAR_SPACE.test(name) ? name.trim().replace(/\s+/g, ' ') : name).toLowerCase();
}

