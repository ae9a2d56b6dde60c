// The task pane's only door to Excel: WorkbookBridge implemented with Excel.run. Reading and writing live in
// their own modules; this one holds the small requests (setup, notes, selection, opening a copy).
import type { Report } from '../../engine/types';
import { detectCapabilities, type BridgeCapabilities } from './capabilities';
import { BridgeError, explainExcelError } from './excelErrors';
import { globalHost, type BridgeHost } from './excelHost';
import { isKeptByUser, isOutgoingResult, probeOwnership } from './ownership';
import { readWorkbook, type ReadOptions } from './readWorkbook';
import { RESULT_SHEETS_SETTING, SETUP_SETTING, serializeRegistry } from './registry';
import { withSyncTimeout } from './syncTimeout';
import type { HostCapabilities, ProgressCallback, RemoveOutcome, SavedSetup, WorkbookBridge } from './types';
import type { WriteOptions } from './writeReport';

export interface OfficeBridgeOptions {
  read?: ReadOptions;
  write?: WriteOptions;
  /** Longest wait for one context.sync(); a sync that never returns ends in a message (syncTimeout.ts). */
  syncTimeoutMs?: number;
}

/** The What If sheet's reading and writing, loaded when a run or the pane first needs them (not on the first screen). */
const whatIfInputs = () => fetched(import(/* webpackChunkName: "what-if-inputs" */ './whatIfInputs'));
// Writing results, reading team notes and the rules sheet all come after the first screen, so their code (with the
// report's layout and formulas) is fetched when first used rather than before the principal can act (issue 12).
const loadWriter = () => fetched(import(/* webpackChunkName: "write-report" */ './writeReport'));
const loadTeamNotes = () => fetched(import(/* webpackChunkName: "write-report" */ './teamNotes'));
const loadRulesSheet = () => fetched(import(/* webpackChunkName: "write-report" */ './rulesSheet'));

/** A download that failed (offline a moment) says so plainly; webpack fetches the code again on the next call. */
export async function fetched<T>(loading: Promise<T>): Promise<T> {
  try {
    return await loading;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new BridgeError(`The add-in's code for writing to the workbook could not be downloaded (${detail}). Check the connection and try again.`, 'ChunkLoadError', { cause: error });
  }
}

export function createOfficeBridge(host: BridgeHost = globalHost(), options: OfficeBridgeOptions = {}): WorkbookBridge {
  const excel = withSyncTimeout(host.excel, options.syncTimeoutMs);
  let capabilities: BridgeCapabilities | undefined;
  const bridgeCapabilities = (): BridgeCapabilities =>
    (capabilities ??= detectCapabilities((name, version) => host.office.context.requirements.isSetSupported(name, version)));

  return {
    capabilities(): HostCapabilities {
      const { charts, conditionalFormats, createWorkbook, suspendScreenUpdating, missing } = bridgeCapabilities();
      return { charts, conditionalFormats, createWorkbook, suspendScreenUpdating, missing: [...missing] };
    },

    readWorkbook: (onProgress?: ProgressCallback) => readWorkbook(excel, bridgeCapabilities(), onProgress, options.read),

    writeReport: async (report: Report, onProgress?: ProgressCallback) => (await loadWriter()).writeReport(excel, bridgeCapabilities(), report, onProgress, options.write),

    readWhatIfInputs: async () => (await whatIfInputs()).readWhatIfInputs(excel, bridgeCapabilities(), { budgetBytes: options.read?.budgetBytes }),

    writeWhatIfInputs: async (inputs) =>
      (await whatIfInputs()).writeWhatIfInputs(excel, bridgeCapabilities(), inputs, { budgetBytes: options.read?.budgetBytes }),

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

    readNotes: async () => (await loadTeamNotes()).readTeamNotes(excel, bridgeCapabilities(), { budgetBytes: options.read?.budgetBytes }),

    async removeResults(): Promise<RemoveOutcome> {
      try {
        return await excel.run(async (context) => {
          const worksheets = context.workbook.worksheets;
          worksheets.load('items/name,items/id');
          await context.sync();
          const sheets = worksheets.items.map((s) => ({ id: s.id, name: s.name }));
          const ownership = probeOwnership(context, sheets, bridgeCapabilities().customProperties);
          await context.sync();

          // The sheets a run would replace, decided as a run decides it (by the marker, never by workbook settings).
          const owners = ownership();
          const outgoing = owners.filter(isOutgoingResult);
          const kept = owners.filter(isKeptByUser).map((o) => o.name);
          if (outgoing.length === 0) return { removed: [], kept };
          if (outgoing.length === sheets.length)
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

    writeRulesSheet: async (rules) => (await loadRulesSheet()).writeRulesSheet(excel, bridgeCapabilities(), rules),

    readRulesSheet: async () => (await loadRulesSheet()).readRulesSheet(excel, bridgeCapabilities()),

    async openWorkbookCopy(base64Xlsx: string): Promise<void> {
      if (!bridgeCapabilities().createWorkbook)
        throw new BridgeError(
          'This Excel cannot open a new workbook from an add-in (it needs ExcelApi 1.8). Download the case study from the add-in site and open it instead.',
          'ApiNotFound',
        );
      try {
        await host.excel.createWorkbook(base64Xlsx);
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
