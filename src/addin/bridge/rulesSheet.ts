// The "Review Rules" sheet: the subject, budget-use and fund rules laid out for bulk editing, and read back
// through the chunked reader. The sheet is the add-in's own by its marker (ownership.ts), like the result sheets,
// but with its own report name so a review run keeps it; a user's sheet that happens to have the name is never
// touched. Text is written as text, like the results.
import { rulesFromGrid, rulesToGrid, RULES_SHEET_NAME, type RuleSet } from '../../engine/rules/rulesSheet';
import { toCellInput, fromCellOutput } from './cellText';
import { BridgeError, explainExcelError } from './excelErrors';
import type { ExcelHost } from './excelHost';
import type { BridgeCapabilities } from './capabilities';
import { readBoxes } from './chunkedRead';
import { isLeftover, isReplaceable, MARKER_PROPERTY, MARKER_ROW, markerPropertyValue, markerText } from './ownership';
import { listOwnership, surveySheets } from './sheetSurvey';
import { RULES_SHEET_SETTING, serializeRegistry } from './registry';
import type { RulesSheetOutcome } from './types';
import { reviewSuffix, uniqueSheetName } from '../../engine/report/names';

/** Column widths in characters: list, match, target, match by, core. */
const WIDTHS = [12, 28, 30, 10, 12];
const HEADER_FILL = '#DDEBF7';

export async function writeRulesSheet(excel: ExcelHost, capabilities: Pick<BridgeCapabilities, 'customProperties'>, rules: RuleSet): Promise<{ sheet: string }> {
  const grid = rulesToGrid(rules);
  // Row 0 holds the ownership marker; the rules follow from row 1.
  const headerRow = MARKER_ROW + 1 + grid.findIndex((row) => row[0] === 'List');
  try {
    return await excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const owners = await listOwnership(context, capabilities.customProperties);

      // Only a sheet carrying our rules marker under its own name makes way (or an unfinished one); every other
      // sheet keeps its name, so a user's "Review Rules", or one named in a poisoned setting, is left alone.
      const previous = owners.filter((o) => o.marker?.report === RULES_SHEET_NAME && (isReplaceable(o) || isLeftover(o)));
      const previousIds = new Set(previous.map((o) => o.id));
      const taken = new Set(owners.filter((s) => !previousIds.has(s.id)).map((s) => s.name.toLowerCase()));
      const name = uniqueSheetName(RULES_SHEET_NAME, taken, reviewSuffix);
      previous.forEach((o) => worksheets.getItem(o.id).delete());

      const sheet = worksheets.add(name);
      sheet.load('id');
      sheet.getRangeByIndexes(MARKER_ROW, 0, 1, 1).values = [[toCellInput(markerText({ report: RULES_SHEET_NAME, state: 'done', name }))]];
      if (capabilities.customProperties) sheet.customProperties.add(MARKER_PROPERTY, markerPropertyValue({ report: RULES_SHEET_NAME, state: 'done', name }));
      const all = sheet.getRangeByIndexes(MARKER_ROW + 1, 0, grid.length, WIDTHS.length);
      // Values first, into General cells, so the apostrophe is Excel's text prefix; then the Text format, so what the
      // person types later stays text too. In a cell already formatted as Text the apostrophe would stay a character.
      all.values = grid.map((row) => row.map((cell) => toCellInput(cell)));
      all.numberFormat = grid.map((row) => row.map(() => '@'));
      WIDTHS.forEach((width, c) => {
        sheet.getRangeByIndexes(headerRow, c, 1, 1).format.columnWidth = width * 7;
      });
      const header = sheet.getRangeByIndexes(headerRow, 0, 1, WIDTHS.length);
      header.format.font.bold = true;
      header.format.fill.color = HEADER_FILL;
      sheet.freezePanes.freezeRows(headerRow + 1);
      sheet.activate();
      await context.sync();

      // A record only: the marker, not this setting, decides which sheet is the rules sheet.
      context.workbook.settings.add(RULES_SHEET_SETTING, serializeRegistry([{ id: sheet.id, name, report: RULES_SHEET_NAME, headerRow }]));
      await context.sync();
      return { sheet: name };
    });
  } catch (error) {
    throw explainExcelError(error, 'writing the rules sheet');
  }
}

export async function readRulesSheet(excel: ExcelHost, capabilities: Pick<BridgeCapabilities, 'customProperties'>): Promise<RulesSheetOutcome> {
  try {
    return await excel.run(async (context) => {
      const found = (await surveySheets(context, capabilities.customProperties)).find(
        ({ owner }) => owner.marker?.report === RULES_SHEET_NAME && isReplaceable(owner),
      );
      if (!found)
        throw new BridgeError(`There is no "${RULES_SHEET_NAME}" sheet in this workbook. Press “Open rules as a sheet” first, edit it, then read it.`, 'ItemNotFound');
      const { name, id } = found.owner;
      if (found.used === null) return { rules: null, errors: [`Sheet "${name}" is empty. Press “Open rules as a sheet” to write the rules again.`], sheet: name };
      const box = { sheetId: id, ...found.used };
      const [content] = await readBoxes(context, [box]);
      const rows = content.values.map((line) => line.map(fromCellOutput));
      return { ...rulesFromGrid(rows, { sheetName: name, originRow: box.row, originCol: box.col }), sheet: name };
    });
  } catch (error) {
    throw explainExcelError(error, 'reading the rules sheet');
  }
}
