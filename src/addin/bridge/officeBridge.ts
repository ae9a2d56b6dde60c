// The task pane's only door to Excel: WorkbookBridge implemented with Excel.run. Reading and writing live in
// their own modules, and so do the requests after the first screen (laterRequests.ts); this one holds the setup.
import type { Report } from '../../engine/types';
import { detectCapabilities, type BridgeCapabilities } from './capabilities';
import { BridgeError, explainExcelError } from './excelErrors';
import { globalHost, type BridgeHost } from './excelHost';
import { readWorkbook, type ReadOptions } from './readWorkbook';
import { SETUP_SETTING } from './registry';
import { withSyncTimeout } from './syncTimeout';
import type { HostCapabilities, ProgressCallback, SavedSetup, WorkbookBridge } from './types';
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
// Removing results and going to a flagged cell follow a run, which has fetched this chunk already; a case study
// opens from its own tab.
const loadLaterRequests = () => fetched(import(/* webpackChunkName: "write-report" */ './laterRequests'));

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

    removeResults: async () => (await loadLaterRequests()).removeResults(excel, bridgeCapabilities()),

    selectRange: async (sheetName: string, address: string) => (await loadLaterRequests()).selectRange(excel, sheetName, address),

    writeRulesSheet: async (rules) => (await loadRulesSheet()).writeRulesSheet(excel, bridgeCapabilities(), rules),

    readRulesSheet: async () => (await loadRulesSheet()).readRulesSheet(excel, bridgeCapabilities()),

    openWorkbookCopy: async (base64Xlsx: string) =>
      (await loadLaterRequests()).openWorkbookCopy((file) => host.excel.createWorkbook(file), bridgeCapabilities(), base64Xlsx),
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
