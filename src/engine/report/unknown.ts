// How every door (Summary sheet, task pane, command line) writes a figure the review could not compute, so a reader
// never takes a blank for a zero and every door says it the same way.

/** The workbook does not hold the data the figure rests on (no fund column, no PD line, no schedule, no times). */
export const NOT_IN_WORKBOOK = 'not in this workbook';

/** The data is there but could not be read (an unreadable cell); the Data Check names the cell. */
export const UNKNOWN = 'unknown';
