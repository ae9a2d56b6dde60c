// The "Review Rules" sheet through the office-js bridge and the strict Excel fake: written as text, edited in the
// sheet, read back with problems named by cell, kept out of the review's input and kept across a review run.
import { parseRegistry, RULES_SHEET_SETTING } from '../../src/addin/bridge/registry';
import { cellAt, FakeWorkbook } from '../../src/addin/fake';
import { createInProcessRunner } from '../../src/addin/worker/inProcessRunner';
import { DEFAULT_BUDGET_USE_RULES, DEFAULT_FUND_RULES } from '../../src/engine/rules/budget';
import { RULES_SHEET_HEADER, type RuleSet } from '../../src/engine/rules/rulesSheet';
import { DEFAULT_SUBJECT_RULES } from '../../src/engine/rules/subjects';
import { fakeFromSheets, schoolSheets } from '../support/schoolWorkbook';
import { bridgeFor } from '../support/fakeBridge';

const RULES: RuleSet = {
  subjectRules: [
    { match: 'Ma', kind: 'code', subject: 'Math', core: true },
    { match: '=HYPERLINK("http://x","y")', kind: 'keyword', subject: '+1-555', core: false },
  ],
  budgetUseRules: [{ match: '00123', kind: 'code', use: 'Coaches' }],
  fundRules: [{ match: 'title i', kind: 'keyword', locked: true }],
};

function sheetText(workbook: FakeWorkbook, name: string): string[][] {
  const sheet = workbook.findSheet(name)!;
  return sheet.cells.map((line) => Array.from(line ?? [], (cell) => (cell ? String(cell.value) : '')));
}

describe('the Review Rules sheet', () => {
  it('writes every rule as text under a header, activates the sheet and records it as the add-in’s own', async () => {
    const workbook = new FakeWorkbook({ excelApi: '1.12' });
    workbook.addSheet('Schedule');
    const bridge = bridgeFor(workbook);
    await expect(bridge.writeRulesSheet(RULES)).resolves.toEqual({ sheet: 'Review Rules' });

    const rows = sheetText(workbook, 'Review Rules');
    // Row 1 (A1) is the ownership marker; the rules sheet's own lines follow.
    expect(rows[0][0]).toBe('School Resource Review sheet: Review Rules, written as "Review Rules". The next run replaces it; rename the sheet to keep it as yours.');
    expect(rows[4]).toEqual([...RULES_SHEET_HEADER]);
    expect(rows.slice(5)).toEqual([
      ['Subject', 'Ma', 'Math', 'code', 'yes'],
      ['Subject', '=HYPERLINK("http://x","y")', '+1-555', 'keyword', 'no'],
      ['Budget use', '00123', 'Coaches', 'code', ''],
      ['Fund', 'title i', 'locked', 'keyword', ''],
    ]);
    const sheet = workbook.findSheet('Review Rules')!;
    // Text stays text: no formulas, no numbers, and the cells are formatted as Text for later typing.
    expect(sheet.cells.flat().filter((cell) => cell?.formula)).toEqual([]);
    expect(cellAt(sheet, 7, 1)?.value).toBe('00123');
    expect(cellAt(sheet, 6, 2)?.numberFormat).toBe('@');
    expect(workbook.sheets.find((s) => s.id === workbook.activeSheetId)?.name).toBe('Review Rules');
    expect(parseRegistry(workbook.settings.get(RULES_SHEET_SETTING)).map((e) => [e.id, e.name])).toEqual([[sheet.id, 'Review Rules']]);
  });

  it('reads the rules back as written, and with the edits made in the sheet', async () => {
    const workbook = new FakeWorkbook({ excelApi: '1.12' });
    const bridge = bridgeFor(workbook);
    await bridge.writeRulesSheet(RULES);
    const back = await bridge.readRulesSheet();
    expect(back).toEqual({ rules: RULES, errors: [], sheet: 'Review Rules' });

    const sheet = workbook.findSheet('Review Rules')!;
    cellAt(sheet, 7, 2, true).value = 'Professional development';
    cellAt(sheet, 9, 0, true).value = 'Budget use';
    cellAt(sheet, 9, 1, true).value = 'workshop';
    cellAt(sheet, 9, 2, true).value = 'professional development';
    cellAt(sheet, 9, 3, true).value = 'keyword';
    const edited = await bridge.readRulesSheet();
    expect(edited.errors).toEqual([]);
    expect(edited.rules!.budgetUseRules).toEqual([
      { match: '00123', kind: 'code', use: 'Professional development' },
      { match: 'workshop', kind: 'keyword', use: 'Professional development' },
    ]);
  });

  it('names the cell of a typo and takes none of the rules', async () => {
    const workbook = new FakeWorkbook({ excelApi: '1.12' });
    const bridge = bridgeFor(workbook);
    await bridge.writeRulesSheet(RULES);
    cellAt(workbook.findSheet('Review Rules')!, 7, 2, true).value = 'Sciense';
    const read = await bridge.readRulesSheet();
    expect(read.rules).toBeNull();
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatch(/^Sheet "Review Rules" cell C8: "Sciense" is not a known use of money; use one of Core classroom teachers, /);
  });

  it("leaves a user's own Review Rules sheet alone and replaces only its own on a second write", async () => {
    const workbook = new FakeWorkbook({ excelApi: '1.12' });
    const mine = workbook.addSheet('Review Rules');
    cellAt(mine, 0, 0, true).value = 'my notes';
    const bridge = bridgeFor(workbook);
    await expect(bridge.writeRulesSheet(RULES)).resolves.toEqual({ sheet: 'Review Rules (review)' });
    await expect(bridge.writeRulesSheet({ ...RULES, fundRules: [] })).resolves.toEqual({ sheet: 'Review Rules (review)' });
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Review Rules', 'Review Rules (review)']);
    expect(sheetText(workbook, 'Review Rules')).toEqual([['my notes']]);
    expect(sheetText(workbook, 'Review Rules (review)')).toHaveLength(1 + 4 + 3);
    expect((await bridge.readRulesSheet()).sheet).toBe('Review Rules (review)');
  });

  it('says what to do when there is no rules sheet, or it was deleted', async () => {
    const workbook = new FakeWorkbook({ excelApi: '1.12' });
    const bridge = bridgeFor(workbook);
    await expect(bridge.readRulesSheet()).rejects.toThrow('There is no "Review Rules" sheet in this workbook. Press “Open rules as a sheet” first, edit it, then read it.');
    await bridge.writeRulesSheet(RULES);
    workbook.sheets.splice(workbook.sheets.findIndex((s) => s.name === 'Review Rules'), 1);
    await expect(bridge.readRulesSheet()).rejects.toThrow('There is no "Review Rules" sheet');
  });

  it('is not read as school data, and a review run keeps it', async () => {
    const workbook = fakeFromSheets(schoolSheets(60), { excelApi: '1.12' });
    const bridge = bridgeFor(workbook);
    const defaults = { subjectRules: DEFAULT_SUBJECT_RULES, budgetUseRules: DEFAULT_BUDGET_USE_RULES, fundRules: DEFAULT_FUND_RULES };
    await bridge.writeRulesSheet(defaults);
    const read = await bridge.readWorkbook();
    expect(read.grids.sheets.map((s) => s.name)).not.toContain('Review Rules');
    expect(read.skippedResultSheets).toEqual(['Review Rules']);
    const outcome = await createInProcessRunner().review(read.grids, {}, {});
    await bridge.writeReport(outcome.report);
    await bridge.writeReport(outcome.report);
    expect(workbook.findSheet('Review Rules')).toBeDefined();
    expect((await bridge.readRulesSheet()).errors).toEqual([]);
  });
});
