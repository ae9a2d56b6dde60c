// The "Review Rules" sheet: the subject, budget-use and fund rules laid out for bulk editing, and read back. The
// sheet is the add-in's own (recorded by id in workbook settings, apart from the result sheets so a run keeps it);
// a user's sheet that happens to have the name is never touched. Text is written as text, like the results.
import { rulesFromGrid, rulesToGrid, RULES_SHEET_NAME, type RuleSet } from '../../engine/rules/rulesSheet';
import { toCellInput, fromCellOutput } from './cellText';
import { BridgeError, explainExcelError } from './excelErrors';
import type { ExcelHost } from './excelHost';
import { parseRegistry, RULES_SHEET_SETTING, serializeRegistry } from './registry';
import type { RulesSheetOutcome } from './types';
import { uniqueSheetName } from './writeReport';

/** Column widths in characters: list, match, target, match by, core. */
const WIDTHS = [12, 28, 30, 10, 12];
const HEADER_FILL = '#DDEBF7';

export async function writeRulesSheet(excel: ExcelHost, rules: RuleSet): Promise<{ sheet: string }> {
  const grid = rulesToGrid(rules);
  const headerRow = grid.findIndex((row) => row[0] === 'List');
  try {
    return await excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name,items/id');
      const rulesSetting = context.workbook.settings.getItemOrNullObject(RULES_SHEET_SETTING);
      rulesSetting.load('value');
      await context.sync();

      const previous = parseRegistry(rulesSetting.isNullObject ? null : rulesSetting.value).find((entry) => worksheets.items.some((s) => s.id === entry.id));
      // The previous rules sheet makes way; every other sheet keeps its name, so a user's "Review Rules" is left alone.
      const taken = new Set(worksheets.items.filter((s) => s.id !== previous?.id).map((s) => s.name.toLowerCase()));
      const name = uniqueSheetName(RULES_SHEET_NAME, taken);
      if (previous) worksheets.getItem(previous.id).delete();

      const sheet = worksheets.add(name);
      sheet.load('id');
      const all = sheet.getRangeByIndexes(0, 0, grid.length, WIDTHS.length);
      // Text format first, so what the person types later stays text too; then the values, each with the text prefix.
      all.numberFormat = grid.map((row) => row.map(() => '@'));
      all.values = grid.map((row) => row.map((cell) => toCellInput(cell)));
      WIDTHS.forEach((width, c) => {
        sheet.getRangeByIndexes(headerRow, c, 1, 1).format.columnWidth = width * 7;
      });
      const header = sheet.getRangeByIndexes(headerRow, 0, 1, WIDTHS.length);
      header.format.font.bold = true;
      header.format.fill.color = HEADER_FILL;
      sheet.freezePanes.freezeRows(headerRow + 1);
      sheet.activate();
      await context.sync();

      context.workbook.settings.add(RULES_SHEET_SETTING, serializeRegistry([{ id: sheet.id, name, report: RULES_SHEET_NAME, headerRow }]));
      await context.sync();
      return { sheet: name };
    });
  } catch (error) {
    throw explainExcelError(error, 'writing the rules sheet');
  }
}

export async function readRulesSheet(excel: ExcelHost): Promise<RulesSheetOutcome> {
  try {
    return await excel.run(async (context) => {
      const rulesSetting = context.workbook.settings.getItemOrNullObject(RULES_SHEET_SETTING);
      rulesSetting.load('value');
      await context.sync();
      const [entry] = parseRegistry(rulesSetting.isNullObject ? null : rulesSetting.value);
      const missing = () =>
        new BridgeError(`There is no "${RULES_SHEET_NAME}" sheet in this workbook. Press “Open rules as a sheet” first, edit it, then read it.`, 'ItemNotFound');
      if (!entry) throw missing();
      const sheet = context.workbook.worksheets.getItemOrNullObject(entry.id);
      sheet.load('name');
      await context.sync();
      if (sheet.isNullObject) throw missing();
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('values,rowIndex,columnIndex');
      await context.sync();
      if (used.isNullObject) return { rules: null, errors: [`Sheet "${sheet.name}" is empty. Press “Open rules as a sheet” to write the rules again.`], sheet: sheet.name };
      const rows = used.values.map((line) => line.map(fromCellOutput));
      return { ...rulesFromGrid(rows, { sheetName: sheet.name, originRow: used.rowIndex, originCol: used.columnIndex }), sheet: sheet.name };
    });
  } catch (error) {
    throw explainExcelError(error, 'reading the rules sheet');
  }
}
