// "Remove results" against the strict Excel fake: an add-in's edits can clear Excel's undo stack, so this is how a
// principal takes a run back. It deletes the sheets a run would replace (found by the marker, as a run finds them)
// and nothing else: not the user's sheets (one of them named "Flags"), not a result sheet the user renamed, not the
// rules sheet, and not a user sheet a poisoned registry in workbook settings claims.
import { RESULT_SHEETS_SETTING, serializeRegistry } from '../../src/addin/bridge/registry';
import { cellAt, FakeWorkbook, snapshotWorkbook } from '../../src/addin/fake';
import { createInProcessRunner } from '../../src/addin/worker/inProcessRunner';
import { DEFAULT_BUDGET_USE_RULES, DEFAULT_FUND_RULES } from '../../src/engine/rules/budget';
import { DEFAULT_SUBJECT_RULES } from '../../src/engine/rules/subjects';
import { fakeFromSheets, schoolSheets } from '../support/schoolWorkbook';
import { bridgeFor, runReview } from '../support/fakeBridge';

const USER_SHEETS = ['Schedule', 'Staff', 'Enrollment', 'Budget', 'Flags', 'Notes'];

/** A whole run through the fake Excel; the names of the sheets it wrote. */
async function writtenByRun(workbook: FakeWorkbook): Promise<string[]> {
  return (await runReview(workbook)).written.sheets.map((s) => s.written);
}

describe('Remove results', () => {
  it.each(['1.7', '1.12'])('deletes only the add-in’s result sheets, keeping user, renamed and rules sheets (ExcelApi %s)', async (excelApi) => {
    const workbook = fakeFromSheets(schoolSheets(120), { excelApi });
    const firstRun = await writtenByRun(workbook);
    // The user renamed the first run's Summary to keep it, and typed in it.
    const kept = workbook.findSheet('Summary')!;
    kept.name = 'Summary for the board';
    cellAt(kept, 30, 0, true).value = 'Shown to the board on 3 March';
    const secondRun = await writtenByRun(workbook);
    // The second run released that one (it is plain user data now); and since then the user renamed Class Size.
    workbook.findSheet('Class Size')!.name = 'Class sizes, March';
    await bridgeFor(workbook).writeRulesSheet({ subjectRules: DEFAULT_SUBJECT_RULES, budgetUseRules: DEFAULT_BUDGET_USE_RULES, fundRules: DEFAULT_FUND_RULES });
    // A workbook sent by someone else: its settings claim the user's Budget sheet as a result sheet.
    const budget = workbook.findSheet('Budget')!;
    workbook.settings.set(RESULT_SHEETS_SETTING, serializeRegistry([{ id: budget.id, name: 'Budget', report: 'Summary', headerRow: 0 }]));
    const isTheirs = (name: string) => [...USER_SHEETS, 'Summary for the board', 'Class sizes, March'].includes(name);
    const userBefore = snapshotWorkbook(workbook, isTheirs);
    // The user's own "Flags" is the reason the run's Flags sheet is "Flags (review)".
    expect(secondRun).toContain('Flags (review)');
    expect(secondRun).toEqual(firstRun);
    const syncsBefore = workbook.syncCount;

    const outcome = await bridgeFor(workbook).removeResults();

    expect(outcome).toEqual({ removed: secondRun.filter((name) => name !== 'Class Size'), kept: ['Class sizes, March'] });
    expect(workbook.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, 'Summary for the board', 'Class sizes, March', 'Review Rules']);
    expect(snapshotWorkbook(workbook, isTheirs).sheets).toEqual(userBefore.sheets);
    expect(workbook.settings.get(RESULT_SHEETS_SETTING)).toBe(serializeRegistry([]));
    // A fixed number of requests whatever the number of sheets: list them, probe their markers, delete.
    expect(workbook.syncCount - syncsBefore).toBe(3);

    // Nothing of ours is left to remove; the renamed sheet is still named as the user's.
    expect(await bridgeFor(workbook).removeResults()).toEqual({ removed: [], kept: ['Class sizes, March'] });
  });

  it('removes the sheets an interrupted run left, too', async () => {
    const workbook = fakeFromSheets(schoolSheets(60));
    const bridge = bridgeFor(workbook);
    const { grids } = await bridge.readWorkbook();
    const outcome = await createInProcessRunner().review(grids, {}, {});
    const syncsBefore = workbook.syncCount;
    // The network goes after the first sheets are in, and stays gone: the run cannot clean up after itself.
    workbook.beforeSync = (index) => {
      if (index >= syncsBefore + 4) throw new Error('The network connection was lost.');
    };
    await expect(bridge.writeReport(outcome.report)).rejects.toThrow(/could not be removed/);
    workbook.beforeSync = undefined;
    const leftovers = workbook.sheets.map((s) => s.name).filter((name) => !USER_SHEETS.includes(name));
    expect(leftovers[0]).toBe('srr new 1');

    expect(await bridge.removeResults()).toEqual({ removed: leftovers, kept: [] });
    expect(workbook.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
  });

  it('where every sheet is a result sheet, says so and deletes nothing (Excel keeps at least one sheet)', async () => {
    const workbook = fakeFromSheets(schoolSheets(60));
    const written = await writtenByRun(workbook);
    for (const name of USER_SHEETS) workbook.deleteSheet(workbook.findSheet(name)!);
    await expect(bridgeFor(workbook).removeResults()).rejects.toThrow(/Every sheet in this workbook is a result sheet/);
    expect(workbook.sheets.map((s) => s.name)).toEqual(written);
  });

  it('on a protected workbook, says what to do and deletes nothing', async () => {
    const workbook = fakeFromSheets(schoolSheets(60));
    const written = await writtenByRun(workbook);
    workbook.structureProtected = true;
    await expect(bridgeFor(workbook).removeResults()).rejects.toThrow(/while removing the result sheets: the workbook or a sheet is protected/);
    expect(workbook.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, ...written]);
  });
});
