// The task pane's only door to Excel: WorkbookBridge implemented with Excel.run. Reading and writing live in
// their own modules; this one holds the small requests (setup, notes, selection, opening a copy).
import type { Report } from '../../engine/types';
import { detectCapabilities, type BridgeCapabilities } from './capabilities';
import { BridgeError, explainExcelError } from './excelErrors';
import { globalHost, type BridgeHost } from './excelHost';
import { readWorkbook, type ReadOptions } from './readWorkbook';
import { readRulesSheet, writeRulesSheet } from './rulesSheet';
import { parseRegistry, RESULT_SHEETS_SETTING, SETUP_SETTING, type OwnedSheet } from './registry';
import type { HostCapabilities, ProgressCallback, SavedSetup, WorkbookBridge } from './types';
import { writeReport, type WriteOptions } from './writeReport';

export interface OfficeBridgeOptions {
  read?: ReadOptions;
  write?: WriteOptions;
}

export function createOfficeBridge(host: BridgeHost = globalHost(), options: OfficeBridgeOptions = {}): WorkbookBridge {
  const { excel } = host;
  let capabilities: BridgeCapabilities | undefined;
  const bridgeCapabilities = (): BridgeCapabilities =>
    (capabilities ??= detectCapabilities((name, version) => host.office.context.requirements.isSetSupported(name, version)));

  return {
    capabilities(): HostCapabilities {
      const { charts, conditionalFormats, createWorkbook, suspendScreenUpdating, missing } = bridgeCapabilities();
      return { charts, conditionalFormats, createWorkbook, suspendScreenUpdating, missing: [...missing] };
    },

    readWorkbook: (onProgress?: ProgressCallback) => readWorkbook(excel, onProgress, options.read),

    writeReport: (report: Report, onProgress?: ProgressCallback) => writeReport(excel, bridgeCapabilities(), report, onProgress, options.write),

    async loadSetup(): Promise<SavedSetup | null> {
      try {
        return await excel.run(async (context) => {
          const setting = context.workbook.settings.getItemOrNullObject(SETUP_SETTING);
          setting.load('value');
          await context.sync();
          if (setting.isNullObject) return null;
          return parseSetup(setting.value);
        });
      } catch (error) {
        throw explainExcelError(error, 'loading the saved setup');
      }
    },

    async saveSetup(setup: SavedSetup): Promise<void> {
      try {
        await excel.run(async (context) => {
          // Workbook settings travel with the file, so a coach who opens the same workbook sees the same setup.
          context.workbook.settings.add(SETUP_SETTING, JSON.stringify({ ...setup, savedAt: setup.savedAt ?? new Date().toISOString() }));
          await context.sync();
        });
      } catch (error) {
        throw explainExcelError(error, 'saving the setup');
      }
    },

    async readNotes(): Promise<Record<string, string>> {
      try {
        return await excel.run(async (context) => {
          const registrySetting = context.workbook.settings.getItemOrNullObject(RESULT_SHEETS_SETTING);
          registrySetting.load('value');
          await context.sync();
          const withNotes = parseRegistry(registrySetting.isNullObject ? null : registrySetting.value).filter((s) => s.notesColumn !== undefined);
          const sheets = withNotes.map((entry) => ({ entry, sheet: context.workbook.worksheets.getItemOrNullObject(entry.id) }));
          await context.sync();
          const present = sheets.filter(({ sheet }) => !sheet.isNullObject);
          const ranges = present.map(({ entry, sheet }) => {
            const used = sheet.getUsedRangeOrNullObject(true);
            used.load('values,rowIndex,columnIndex');
            return { entry, used };
          });
          await context.sync();
          const notes: Record<string, string> = {};
          for (const { entry, used } of ranges) {
            if (used.isNullObject) continue;
            Object.assign(notes, notesFrom(entry, used.values, used.rowIndex, used.columnIndex));
          }
          return notes;
        });
      } catch (error) {
        throw explainExcelError(error, "reading the team's notes");
      }
    },

    async selectRange(sheetName: string, address: string): Promise<void> {
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
    },

    writeRulesSheet: (rules) => writeRulesSheet(excel, rules),

    readRulesSheet: () => readRulesSheet(excel),

    async openWorkbookCopy(base64Xlsx: string): Promise<void> {
      if (!bridgeCapabilities().createWorkbook)
        throw new BridgeError(
          'This Excel cannot open a new workbook from an add-in (it needs ExcelApi 1.8). Download the case study from the add-in site and open it instead.',
          'ApiNotFound',
        );
      try {
        await excel.createWorkbook(base64Xlsx);
      } catch (error) {
        throw explainExcelError(error, 'opening the case study');
      }
    },
  };
}

function parseSetup(value: unknown): SavedSetup | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed = JSON.parse(value) as SavedSetup;
    return parsed && typeof parsed === 'object' && typeof parsed.settings === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

/** Notes by key from a result sheet's used range; columns are found by header text first, then by position. */
export function notesFrom(entry: OwnedSheet, values: unknown[][], rowIndex: number, columnIndex: number): Record<string, string> {
  const headerAt = entry.headerRow - rowIndex;
  const header = values[headerAt];
  if (!header) return {};
  const find = (text: string | undefined, fallback: number | undefined) => {
    const byText = text === undefined ? -1 : header.findIndex((cell) => String(cell).trim() === text);
    return byText >= 0 ? byText : (fallback ?? 0) - columnIndex;
  };
  const keyCol = find(entry.keyHeader, entry.keyColumn);
  const notesCol = find(entry.notesHeader, entry.notesColumn);
  const notes: Record<string, string> = {};
  for (const row of values.slice(headerAt + 1)) {
    const key = row[keyCol];
    const note = row[notesCol];
    if (key === '' || key === undefined || note === '' || note === undefined || note === null) continue;
    notes[String(key)] = String(note);
  }
  return notes;
}
