// The bridge's requests that come only after the first screen: removing the result sheets (after a run), going to
// a cell a flag names (from the results) and opening a case study (its own tab). They are fetched when first used,
// with the writing code, so the first screen does not carry them (issue 12: its size).
import type { BridgeCapabilities } from './capabilities';
import { BridgeError, explainExcelError } from './excelErrors';
import type { ExcelHost } from './excelHost';
import { isKeptByUser, isOutgoingResult } from './ownership';
import { listOwnership } from './sheetSurvey';
import { RESULT_SHEETS_SETTING, serializeRegistry } from './registry';
import type { RemoveOutcome } from './types';

export async function removeResults(excel: ExcelHost, capabilities: BridgeCapabilities): Promise<RemoveOutcome> {
  try {
    return await excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      // The sheets a run would replace, decided as a run decides it (by the marker, never by workbook settings).
      const owners = await listOwnership(context, capabilities.customProperties);
      const outgoing = owners.filter(isOutgoingResult);
      const kept = owners.filter(isKeptByUser).map((o) => o.name);
      if (outgoing.length === 0) return { removed: [], kept };
      if (outgoing.length === owners.length)
        throw new BridgeError(
          'Every sheet in this workbook is a result sheet, and Excel keeps at least one sheet. Add a sheet of your own first, or close the workbook without saving.',
          'InvalidOperation',
        );
      outgoing.forEach((o) => worksheets.getItem(o.id).delete());
      // A record for people reading the settings (it decides nothing): no result sheets now.
      context.workbook.settings.add(RESULT_SHEETS_SETTING, serializeRegistry([]));
      await context.sync();
      return { removed: outgoing.map((o) => o.name), kept };
    });
  } catch (error) {
    throw explainExcelError(error, 'removing the result sheets');
  }
}

export async function selectRange(excel: ExcelHost, sheetName: string, address: string): Promise<void> {
  try {
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (sheet.isNullObject) throw new BridgeError(`The sheet "${sheetName}" is no longer in this workbook.`, 'ItemNotFound');
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
  } catch (error) {
    throw explainExcelError(error, `going to ${sheetName}!${address}`);
  }
}

/** `createWorkbook` is the host's Excel.createWorkbook (ExcelApi 1.8), not wrapped by the sync timeout. */
export async function openWorkbookCopy(createWorkbook: (base64Xlsx: string) => Promise<void>, capabilities: BridgeCapabilities, base64Xlsx: string): Promise<void> {
  if (!capabilities.createWorkbook)
    throw new BridgeError(
      'This Excel cannot open a new workbook from an add-in (it needs ExcelApi 1.8). Download the case study from the add-in site and open it instead.',
      'ApiNotFound',
    );
  try {
    await createWorkbook(base64Xlsx);
  } catch (error) {
    throw explainExcelError(error, 'opening the case study');
  }
}
