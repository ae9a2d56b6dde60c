import type { RuleSet } from '../../engine/rules/rulesSheet';
import type { DetectedTable, Report, ReviewOutcome, ReviewProgress, Settings, WorkbookGrids } from '../../engine/types';
import type { TypedWhatIfInput, WhatIf, WhatIfResult } from '../../engine/whatIf';

/** What the add-in remembers in the workbook (workbook settings), so a coach opening the file sees the same setup. */
export interface SavedSetup {
  /** Partial settings: thresholds, school level, rules, and the sheet/column mapping. */
  settings: Partial<Settings>;
  /** Step the user had reached, so closing and reopening the pane mid-way loses nothing. */
  step?: 'found' | 'settings' | 'run' | 'results' | 'whatif';
  savedAt?: string;
}

/** Optional Excel features, checked with Office.context.requirements.isSetSupported at run time. */
export interface HostCapabilities {
  charts: boolean;
  conditionalFormats: boolean;
  createWorkbook: boolean;
  suspendScreenUpdating: boolean;
  /** Human-readable notes on what is left out on this host, shown to the user. */
  missing: string[];
}

export interface ReadOutcome {
  grids: WorkbookGrids;
  /** Sheets the add-in did not read because they are its own result sheets. */
  skippedResultSheets: string[];
  /** What the read left out or could not do on this host, said to the user (merged cells, far-away cells). */
  notices?: string[];
}

export interface WriteOutcome {
  /** Result sheet names as written (may differ from the report's when a user sheet had the name). */
  sheets: { report: string; written: string }[];
  /** Features skipped on this host, said to the user. */
  skipped: string[];
  /** Earlier result sheets the user had made their own (renamed) and that were kept, said to the user. */
  notices?: string[];
}

/** What writing the pane's What If values into the sheet did. */
export interface InputsWritten {
  /** The What If sheet written to, as it is named in the workbook. */
  sheet: string;
  /** Lever ids whose "Your value" cell now holds the pane's number. */
  written: string[];
  /** Lever ids the sheet has no row for (the principal deleted it); nothing was written for them. */
  missing: string[];
}

/** What "Remove results" did: the add-in's own result sheets it deleted, and the renamed ones it left as the user's. */
export interface RemoveOutcome {
  removed: string[];
  /** Result sheets the user renamed: theirs now, so never removed. */
  kept: string[];
}

/** What reading the "Review Rules" sheet gave: the rules, or every problem found, by cell. */
export interface RulesSheetOutcome {
  rules: RuleSet | null;
  errors: string[];
  /** The sheet's name as written (another name when a user sheet had "Review Rules"). */
  sheet: string;
}

export type ProgressCallback = (progress: ReviewProgress) => void;

/** Everything the task pane may ask of Excel. The pane never calls Excel.run itself. */
export interface WorkbookBridge {
  capabilities(): HostCapabilities;
  /** Reads every user sheet's used range in row blocks sized for the 5 MB request limit. */
  readWorkbook(onProgress?: ProgressCallback): Promise<ReadOutcome>;
  loadSetup(): Promise<SavedSetup | null>;
  saveSetup(setup: SavedSetup): Promise<void>;
  /** The team's notes from the add-in's own Flags sheet, by flag id. */
  readNotes(): Promise<Record<string, string>>;
  /** Writes the report as the add-in's own sheets; all or nothing. */
  writeReport(report: Report, onProgress?: ProgressCallback): Promise<WriteOutcome>;
  /** What the principal typed in the add-in's own What If sheet, by lever id, for the engine to keep (as notes). */
  readWhatIfInputs(): Promise<Record<string, TypedWhatIfInput>>;
  /** Writes the pane's values, by lever id, into the "Your value" cells of the add-in's own What If sheet, nothing else. */
  writeWhatIfInputs(inputs: Record<string, number>): Promise<InputsWritten>;
  /**
   * Deletes the add-in's own result sheets (by their marker, as a run replaces them), in one request, and nothing
   * else: the user's sheets, result sheets the user renamed and the "Review Rules" sheet stay. Undo cannot take back
   * a run (an add-in's edits can clear Excel's undo stack), so this is how a principal takes the results out again.
   */
  removeResults(): Promise<RemoveOutcome>;
  /** Selects a range (source rows or a result row) and activates its sheet. */
  selectRange(sheet: string, range: string): Promise<void>;
  /** Opens a bundled case study (base64 .xlsx) as a new workbook; throws a clear message where unsupported. */
  openWorkbookCopy(base64Xlsx: string): Promise<void>;
  /** Writes the rules to the add-in's own "Review Rules" sheet (replacing it if the add-in wrote it before) and shows it. */
  writeRulesSheet(rules: RuleSet): Promise<{ sheet: string }>;
  /** Reads the rules back from that sheet; problems come back as messages naming the cell, not as a throw. */
  readRulesSheet(): Promise<RulesSheetOutcome>;
}

/** Runs the engine off the UI thread (a Web Worker in the add-in; in-process in tests). */
export interface EngineRunner {
  detect(grids: WorkbookGrids, settings: Partial<Settings>): Promise<{ tables: DetectedTable[] }>;
  review(
    grids: WorkbookGrids,
    settings: Partial<Settings>,
    notes: Record<string, string>,
    onProgress?: ProgressCallback,
    signal?: AbortSignal,
    /** What the principal typed on the previous What If sheet (bridge.readWhatIfInputs), kept by the engine. */
    whatIfInputs?: Record<string, TypedWhatIfInput>,
  ): Promise<ReviewOutcome>;
  /**
   * The What If results for the principal's inputs, asked again on every change. The latest call wins: a newer one,
   * or the signal, settles an older one with an AbortError and its answer is dropped. It never restarts the worker
   * (a review running there goes on).
   */
  evaluateWhatIf(whatIf: WhatIf, inputs: Record<string, number>, signal?: AbortSignal): Promise<WhatIfResult[]>;
}
