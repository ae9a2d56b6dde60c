// Units of work the engine does where the work is not fixed by the size of its input, counted for the tests that
// bound them by that size (test/hostile, test/fuzz, parse/periods.test): a quadratic or runaway path then fails by
// count, the same on any machine, where a time limit passed or failed with the machine's load. Nothing the engine
// returns depends on these counts; when no test is counting, counting is one test of a variable.

export interface WorkCounts {
  /** Period labels produced from the text of period cells ("1-3" gives 3), before duplicates are dropped. */
  periodLabels: number;
  /** Meetings in the teacher-day lists the double-booking search compares (lists of two or more). */
  meetingsCompared: number;
  /** Pairs of those meetings the search looked at (a meeting against a meeting of the same list). */
  meetingPairs: number;
}

/** The counts of the countingWork() call under way, if any: the engine is synchronous, so one at a time. */
let counting: WorkCounts | undefined;

/** Adds units of work of one kind, when a test is counting. */
export function countWork(kind: keyof WorkCounts, units: number): void {
  if (counting) counting[kind] += units;
}

/** Runs `run` (synchronous, like the engine) and gives back its value with the work counted during it. */
export function countingWork<T>(run: () => T): { value: T; work: WorkCounts } {
  const outer = counting;
  const work: WorkCounts = { periodLabels: 0, meetingsCompared: 0, meetingPairs: 0 };
  counting = work;
  try {
    return { value: run(), work };
  } finally {
    counting = outer;
  }
}
