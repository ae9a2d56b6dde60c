// Which sheets the add-in may replace, read for notes or skip as its own: only those carrying its marker. A
// registry in workbook settings that names a user's sheet (a poisoned workbook), sheet ids that change between
// sessions, a result sheet the user renamed and typed into, and sheets left by an interrupted run.
import { MARKER_PROPERTY } from '../../src/addin/bridge/ownership';
import { RESULT_SHEETS_SETTING, RULES_SHEET_SETTING, serializeRegistry } from '../../src/addin/bridge/registry';
import { cellAt, snapshotWorkbook } from '../../src/addin/fake';
import { createInProcessRunner } from '../../src/addin/worker/inProcessRunner';
import { DEFAULT_BUDGET_USE_RULES, DEFAULT_FUND_RULES } from '../../src/engine/rules/budget';
import { DEFAULT_SUBJECT_RULES } from '../../src/engine/rules/subjects';
import { fakeFromSheets, schoolSheets } from '../support/schoolWorkbook';
import { bridgeFor, noteBeside, runReview, typeNote } from '../support/fakeBridge';

const USER_SHEETS = ['Schedule', 'Staff', 'Enrollment', 'Budget', 'Flags', 'Notes'];

/** The result sheets as a run wrote them (the engine decides which there are; "Flags" becomes "Flags (review)"). */
function resultNames(written: { sheets: { written: string }[] }): string[] {
  return written.sheets.map((s) => s.written);
}

describe('a sheet is the add-in’s own only by its marker', () => {
  it('a poisoned registry naming user sheets deletes none of them, and they are still read as school data', async () => {
    const workbook = fakeFromSheets(schoolSheets(120));
    const budget = workbook.findSheet('Budget')!;
    const staff = workbook.findSheet('Staff')!;
    // A workbook sent by someone else: its settings claim the user's Budget and Staff sheets as the add-in's.
    workbook.settings.set(RESULT_SHEETS_SETTING, serializeRegistry([{ id: budget.id, name: 'Budget', report: 'Summary', headerRow: 0 }]));
    workbook.settings.set(RULES_SHEET_SETTING, serializeRegistry([{ id: staff.id, name: 'Staff', report: 'Review Rules', headerRow: 0 }]));
    const before = snapshotWorkbook(workbook, (name) => USER_SHEETS.includes(name));

    const first = await runReview(workbook);
    const resultSheets = resultNames(first.written);
    expect(resultSheets).toContain('Flags (review)');
    expect(first.read.grids.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
    expect(first.read.skippedResultSheets).toEqual([]);
    const bridge = bridgeFor(workbook);
    await bridge.writeRulesSheet({ subjectRules: DEFAULT_SUBJECT_RULES, budgetUseRules: DEFAULT_BUDGET_USE_RULES, fundRules: DEFAULT_FUND_RULES });
    // A poisoned rules setting again, after the add-in wrote its own.
    workbook.settings.set(RULES_SHEET_SETTING, serializeRegistry([{ id: staff.id, name: 'Staff', report: 'Review Rules', headerRow: 0 }]));
    await bridge.writeRulesSheet({ subjectRules: DEFAULT_SUBJECT_RULES, budgetUseRules: DEFAULT_BUDGET_USE_RULES, fundRules: [] });
    workbook.settings.set(RESULT_SHEETS_SETTING, serializeRegistry([{ id: budget.id, name: 'Budget', report: 'Summary', headerRow: 0 }]));
    await runReview(workbook);

    expect(workbook.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, 'Review Rules', ...resultSheets]);
    expect(snapshotWorkbook(workbook, (name) => USER_SHEETS.includes(name)).sheets).toEqual(before.sheets);
    const rules = await bridge.readRulesSheet();
    expect([rules.sheet, rules.errors, rules.rules?.fundRules]).toEqual(['Review Rules', [], []]);
  });

  it.each(['1.7', '1.12'])('finds its own sheets by the marker when sheet ids change between sessions (ExcelApi %s)', async (excelApi) => {
    const workbook = fakeFromSheets(schoolSheets(120), { excelApi });
    const first = await runReview(workbook);
    const resultSheets = resultNames(first.written);
    const flagsName = first.written.sheets.find((s) => s.report === 'Flags')!.written;
    typeNote(workbook.findSheet(flagsName)!, 'counselor-ratio', 'Ask the district for a counselor');
    // Reopened elsewhere: every sheet has a new id, so the ids recorded in the settings name nothing (or anything).
    workbook.sheets.forEach((sheet, i) => (sheet.id = `{REOPENED-${i}}`));

    const second = await runReview(workbook);
    expect(second.read.grids.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
    expect(second.notes).toEqual({ 'counselor-ratio': 'Ask the district for a counselor' });
    expect(workbook.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, ...resultSheets]);
    expect(noteBeside(workbook.findSheet(flagsName)!, 'counselor-ratio')).toBe('Ask the district for a counselor');
    // Where ExcelApi 1.12 is there the marker is also a worksheet custom property; below it, the marker cell alone.
    const summary = workbook.findSheet('Summary')!;
    expect(summary.customProperties[MARKER_PROPERTY.toLowerCase()]).toBe(
      excelApi === '1.12' ? JSON.stringify({ report: 'Summary', state: 'done', name: 'Summary' }) : undefined,
    );
  });

  it('keeps a result sheet the user renamed and typed into, carries its notes over, tells the user, and leaves it alone after', async () => {
    const workbook = fakeFromSheets(schoolSheets(120));
    const resultSheets = resultNames((await runReview(workbook)).written);
    const oldFlags = workbook.findSheet('Flags (review)')!;
    typeNote(oldFlags, 'counselor-ratio', 'Ask the district for a counselor');
    oldFlags.name = 'Flags March';
    const oldSummary = workbook.findSheet('Summary')!;
    oldSummary.name = 'Summary March';
    cellAt(oldSummary, 40, 0, true).value = 'Discussed with the board on 3 March';

    const second = await runReview(workbook);
    expect(second.notes).toEqual({ 'counselor-ratio': 'Ask the district for a counselor' });
    expect(second.written.notices).toEqual([
      '"Summary March" held the review\'s Summary and was renamed, so it is kept as your own sheet with everything typed there; the review no longer replaces it.',
      '"Flags March" held the review\'s Flags and was renamed, so it is kept as your own sheet with everything typed there; the review no longer replaces it. Its team notes were carried into the new Flags sheet.',
    ]);
    expect(workbook.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, 'Summary March', 'Flags March', ...resultSheets]);
    expect(cellAt(oldSummary, 40, 0)?.value).toBe('Discussed with the board on 3 March');
    expect(noteBeside(workbook.findSheet('Flags (review)')!, 'counselor-ratio')).toBe('Ask the district for a counselor');
    // Kept: a "kept" marker, so the renamed sheets are never replaced and never read as school data
    // (test/addin/renamedResult.test.ts follows them over more runs).
    expect(cellAt(oldSummary, 0, 0)?.value).toBe(
      "Kept as your own sheet (it held the review's Summary); School Resource Review no longer replaces it, nor reads it as school data.",
    );
    expect(oldSummary.customProperties).toEqual({ [MARKER_PROPERTY.toLowerCase()]: JSON.stringify({ report: 'Summary', state: 'kept' }) });

    const third = await runReview(workbook);
    expect(third.read.grids.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
    expect(third.written.notices).toEqual([]);
    expect(workbook.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, 'Summary March', 'Flags March', ...resultSheets]);
  });

  it('keeps a renamed result sheet the user protected, without writing to it', async () => {
    const workbook = fakeFromSheets(schoolSheets(60));
    const resultSheets = resultNames((await runReview(workbook)).written);
    const kept = workbook.findSheet('Summary')!;
    kept.name = 'Summary for the board';
    kept.protected = true;
    const marker = cellAt(kept, 0, 0)?.value;
    const second = await runReview(workbook);
    expect(second.written.notices).toHaveLength(1);
    expect(workbook.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, 'Summary for the board', ...resultSheets]);
    // Protected: the marker stays (so the next run says it again) and nothing was written there.
    expect(cellAt(kept, 0, 0)?.value).toBe(marker);
  });

  it('removes the sheets of an interrupted run on the next run, and never reads them as school data', async () => {
    const workbook = fakeFromSheets(schoolSheets(120));
    const bridge = bridgeFor(workbook);
    const { grids } = await bridge.readWorkbook();
    const outcome = await createInProcessRunner().review(grids, {}, {});
    const syncsBefore = workbook.syncCount;
    // The network goes after the first sheets are in, and stays gone: the run cannot even clean up after itself.
    workbook.beforeSync = (index) => {
      if (index >= syncsBefore + 4) throw new Error('The network connection was lost.');
    };
    await expect(bridge.writeReport(outcome.report)).rejects.toThrow(/could not be removed/);
    workbook.beforeSync = undefined;
    const leftovers = workbook.sheets.filter((s) => !USER_SHEETS.includes(s.name));
    const leftoverNames = leftovers.map((s) => s.name);
    expect(leftoverNames).toEqual(outcome.report.sheets.map((_, i) => `srr new ${i + 1}`));
    expect(cellAt(leftovers[0], 0, 0)?.value).toBe('School Resource Review sheet: Summary, unfinished. If the run stopped, the next run removes this sheet.');

    // One of them the user renamed and typed into before the next run: that one is theirs, and kept.
    const teacherLoad = outcome.report.sheets.findIndex((s) => s.name === 'Teacher Load');
    leftovers[teacherLoad].name = 'Teacher loads draft';
    cellAt(leftovers[teacherLoad], 50, 0, true).value = 'my working';
    const next = await runReview(workbook);
    expect(next.read.grids.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
    expect(next.read.skippedResultSheets).toEqual(leftoverNames.map((name, i) => (i === teacherLoad ? 'Teacher loads draft' : name)));
    expect(workbook.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, 'Teacher loads draft', ...resultNames(next.written)]);
    expect(next.written.notices).toEqual([expect.stringMatching(/^"Teacher loads draft" held the review's Teacher Load and was renamed, so it is kept/)]);
  });

  it('suspends screen updating for every sync that writes, where ExcelApi 1.9 allows it', async () => {
    const workbook = fakeFromSheets(schoolSheets(240), { excelApi: '1.12' });
    const bridge = bridgeFor(workbook, { write: { budgetBytes: 10_000 } });
    const { grids } = await bridge.readWorkbook();
    const outcome = await createInProcessRunner().review(grids, {}, {});
    const syncsBefore = workbook.syncCount;
    await bridge.writeReport(outcome.report);
    const writing = workbook.syncs.slice(syncsBefore).filter((s) => s.wrote);
    // A small budget: many write syncs, each covered by its own suspension.
    expect(writing.length).toBeGreaterThan(5);
    expect(writing.every((s) => s.screenUpdatingSuspended)).toBe(true);
  });
});
