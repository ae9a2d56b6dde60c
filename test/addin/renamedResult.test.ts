// A principal renames one of our result sheets ("Flags" to "Flags (Sept)") to keep that month's copy. Over several
// runs against the strict fake: the renamed sheet is kept with everything typed there, its notes carried once into
// the new Flags sheet, and from then on it is still known as a copy of our results, never replaced and never read
// as school data. Before the "kept" marker (ownership.ts) a released copy was read as school data on the next run:
// in a workbook with no staff sheet its Flags table was taken for the staff roster.
import { MARKER_PROPERTY, parseMarkerText, releasedText } from '../../src/addin/bridge/ownership';
import { cellAt } from '../../src/addin/fake';
import { fakeFromSheets, schoolSheets } from '../support/schoolWorkbook';
import { noteBeside, runReview, typeNote } from '../support/fakeBridge';

// No Staff sheet (so any table with staff-like headers would be read as the roster) and no user sheet named Flags
// (so ours is called "Flags", as in most workbooks).
const USER_SHEETS = ['Schedule', 'Enrollment', 'Budget', 'Notes'];

describe('a result sheet the principal renamed', () => {
  it.each(['1.7', '1.12'])('is kept, its notes carried once, and never read as school data on later runs (ExcelApi %s)', async (excelApi) => {
    const workbook = fakeFromSheets(
      schoolSheets(120).filter((s) => USER_SHEETS.includes(s.name)),
      { excelApi },
    );
    // Run 1: the results as written.
    const first = await runReview(workbook);
    expect(first.read.grids.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
    const results = first.written.sheets.map((s) => s.written);
    expect(results).toContain('Flags');
    const [flagA, flagB] = first.outcome.result.flags.map((f) => f.id);
    expect(flagB).toBeDefined();

    // The principal notes flag A, then renames Flags and Summary to keep September's copies.
    const sept = workbook.findSheet('Flags')!;
    typeNote(sept, flagA, 'Raised with the district in September');
    sept.name = 'Flags (Sept)';
    workbook.findSheet('Summary')!.name = 'Summary (Sept)';

    // Run 2: both kept and said; the note is found and carried into the new Flags sheet.
    const second = await runReview(workbook);
    expect(second.notes).toEqual({ [flagA]: 'Raised with the district in September' });
    expect(second.written.notices).toEqual([
      '"Summary (Sept)" held the review\'s Summary and was renamed, so it is kept as your own sheet with everything typed there; the review no longer replaces it.',
      '"Flags (Sept)" held the review\'s Flags and was renamed, so it is kept as your own sheet with everything typed there; the review no longer replaces it. Its team notes were carried into the new Flags sheet.',
    ]);
    expect(second.read.grids.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
    expect(noteBeside(workbook.findSheet('Flags')!, flagA)).toBe('Raised with the district in September');
    // The copy's marker is now a "kept" one: in the marker cell on every host, and the custom property where there is one.
    expect(parseMarkerText(cellAt(sept, 0, 0)?.value)).toEqual({ report: 'Flags', state: 'kept' });
    expect(sept.customProperties[MARKER_PROPERTY.toLowerCase()]).toBe(excelApi === '1.12' ? JSON.stringify({ report: 'Flags', state: 'kept' }) : undefined);

    // Between runs: the team clears the carried note on the new Flags sheet (dealt with), and keeps writing in its copy.
    typeNote(workbook.findSheet('Flags')!, flagA, '');
    typeNote(sept, flagB, 'Our own September working');

    // Run 3: the kept copies are not school data (not read, no Data Check item, the same figures as run 1), are not
    // replaced, and the cleared note does not come back from the copy.
    const third = await runReview(workbook);
    expect(third.read.grids.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
    expect(third.read.skippedResultSheets).toEqual(['Summary (Sept)', 'Flags (Sept)', ...results]);
    expect(third.outcome.result.dataCheck.filter((d) => /Sept/.test(d.sheet))).toEqual([]);
    expect(third.outcome.result.keyFigures).toEqual(first.outcome.result.keyFigures);
    expect(third.notes).toEqual({});
    expect(third.written.notices).toEqual([]);
    expect(noteBeside(sept, flagA)).toBe('Raised with the district in September');
    expect(noteBeside(sept, flagB)).toBe('Our own September working');
    expect(workbook.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, 'Summary (Sept)', 'Flags (Sept)', ...results]);

    // Run 4: October's copy renamed the same way; both months kept, October's note carried, September's not.
    const oct = workbook.findSheet('Flags')!;
    typeNote(oct, flagB, 'October: budget request sent');
    oct.name = 'Flags (Oct)';
    const fourth = await runReview(workbook);
    expect(fourth.notes).toEqual({ [flagB]: 'October: budget request sent' });
    expect(fourth.read.grids.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
    expect(fourth.written.notices).toEqual([expect.stringMatching(/^"Flags \(Oct\)" held the review's Flags and was renamed/)]);
    expect(workbook.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, 'Summary (Sept)', 'Flags (Sept)', 'Flags (Oct)', ...results]);
    expect(fourth.outcome.result.keyFigures).toEqual(first.outcome.result.keyFigures);
  });

  it('knows a copy released before "kept" markers existed (the old marker text, no property) as kept', () => {
    const before = "Kept as your own sheet (it held the review's Summary); School Resource Review no longer replaces it.";
    expect(parseMarkerText(before)).toEqual({ report: 'Summary', state: 'kept' });
    expect(parseMarkerText(releasedText('Class Size by Group'))).toEqual({ report: 'Class Size by Group', state: 'kept' });
    expect(parseMarkerText('Kept as your own sheet')).toBeNull();
  });
});
