// Hand-made stand-ins for the bridge and the engine runner, recording every call, for the task-pane component tests.
import type {
  DetectedTable,
  Report,
  ReviewOutcome,
  ReviewProgress,
  ReviewResult,
  Settings,
  WorkbookGrids,
} from '../../src/engine/types';
import type {
  EngineRunner,
  HostCapabilities,
  ProgressCallback,
  ReadOutcome,
  RemoveOutcome,
  RulesSheetOutcome,
  SavedSetup,
  WorkbookBridge,
  WriteOutcome,
  InputsWritten,
} from '../../src/addin/bridge/types';
import type { RuleSet } from '../../src/engine/rules/rulesSheet';
import type { TypedWhatIfInput, WhatIf, WhatIfResult } from '../../src/engine/whatIf';
import { evaluateSample } from './whatIfSample';

export const SAMPLE_GRIDS: WorkbookGrids = {
  name: 'Lincoln Middle.xlsx',
  sheets: [
    {
      name: 'Master Schedule',
      originRow: 0,
      originCol: 0,
      rows: [
        ['Lincoln Middle School master schedule', null, null, null],
        ['Teacher', 'Course', 'Period', 'Enrolled'],
        ['Smith', 'English 7', '1', 32],
        ['Jones', 'Math 7', '2', 30],
      ],
    },
    {
      name: 'Budget',
      originRow: 0,
      originCol: 0,
      rows: [
        ['Description', 'Amount'],
        ['Teacher salaries', 1000000],
      ],
    },
    { name: 'Notes', originRow: 0, originCol: 0, rows: [['Anything']] },
  ],
};

export const SAMPLE_TABLES: DetectedTable[] = [
  {
    kind: 'schedule',
    sheet: 'Master Schedule',
    headerRow: 2,
    firstDataRow: 3,
    lastDataRow: 4,
    columns: [
      { field: 'teacher', header: 'Teacher', col: 0, letter: 'A', how: 'synonym' },
      { field: 'courseTitle', header: 'Course', col: 1, letter: 'B', how: 'synonym' },
      { field: 'enrollment', header: 'Enrolled', col: 3, letter: 'D', how: 'synonym' },
    ],
    unmatchedHeaders: ['Period'],
    confidence: 0.9,
    how: 'detected',
  },
  {
    kind: 'budget',
    sheet: 'Budget',
    headerRow: 1,
    firstDataRow: 2,
    lastDataRow: 2,
    columns: [
      { field: 'description', header: 'Description', col: 0, letter: 'A', how: 'synonym' },
      { field: 'amount', header: 'Amount', col: 1, letter: 'B', how: 'synonym' },
    ],
    unmatchedHeaders: [],
    confidence: 0.8,
    how: 'detected',
  },
];

export function sampleResult(overrides: Partial<ReviewResult> = {}): ReviewResult {
  return {
    school: { name: 'Lincoln Middle', level: 'middle', levelInferred: true },
    tables: SAMPLE_TABLES,
    sheetStats: [],
    keyFigures: {
      students: 600,
      teachers: 30,
      sections: 150,
      perPupil: 9876.4,
      medianCoreLoad: 131,
      highestCoreLoad: 162,
      elaMathShare: 0.361,
      teamsWith90MinuteBlock: 1,
      teams: 4,
    },
    teachers: [],
    classSizes: [],
    classSizeGroups: [],
    timeBySubject: [],
    coreShare: [],
    collaboration: [],
    budget: null,
    // In the engine's order: review() sorts flags most severe first.
    flags: [
      {
        id: 'core-load:SMITH',
        severity: 'critical',
        measure: 'Core teacher load',
        finding: 'Smith teaches 162 students a term.',
        value: 162,
        threshold: 150,
        source: 'ERS review of LAUSD',
        rows: [{ sheet: 'Master Schedule', firstRow: 3, lastRow: 9 }],
        lever: { text: 'Two more English sections bring every load under 150.', cost: 190000, sections: 2 },
        settings: ['coreLoadCritical'],
        principle: 2,
      },
      {
        id: 'collab:G7',
        severity: 'warning',
        measure: 'Collaboration time',
        finding: 'Grade 7 team has no 90-minute block.',
        value: 45,
        threshold: 90,
        source: 'ERS, Finding Time for Collaborative Planning',
        rows: [],
        settings: ['collaborationBlockMinutes'],
        principle: 1,
      },
      {
        id: 'preps:JONES',
        severity: 'info',
        measure: 'Teacher preps',
        finding: 'Jones teaches 4 different courses.',
        value: 4,
        threshold: 4,
        source: 'Common scheduling guidance',
        rows: [{ sheet: 'Master Schedule', firstRow: 4, lastRow: 4 }],
        settings: ['prepsMax'],
        principle: 3,
      },
    ],
    dataCheck: [
      { severity: 'info', sheet: 'Budget', cell: '', message: 'Budget read: 1 line.', code: 'rows-read' },
      { severity: 'error', sheet: 'Master Schedule', cell: 'C7', message: 'Period "7b" is not a period.', code: 'unreadable-period' },
    ],
    ...overrides,
  };
}

export const SAMPLE_REPORT: Report = {
  sheets: [
    { name: 'Summary', preamble: [], table: { name: 'srr_Summary', columns: [], rows: [] } },
    { name: 'Flags', preamble: [], table: { name: 'srr_Flags', columns: [], rows: [] } },
  ],
};

/** A promise the test settles by hand, to look at the pane while a call is still under way. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export interface FakeBridge extends WorkbookBridge {
  saved: SavedSetup[];
  selected: { sheet: string; range: string }[];
  opened: string[];
  written: Report[];
  readCount: number;
  /** Rules written to the "Review Rules" sheet, in order. */
  rulesWritten: RuleSet[];
  /** Times "Remove results" was asked for. */
  removeCount: number;
  /** The values written into the What If sheet from the pane, in order. */
  inputsWritten: Record<string, number>[];
}

export function fakeBridge(options: {
  setup?: SavedSetup | null;
  grids?: WorkbookGrids;
  capabilities?: Partial<HostCapabilities>;
  read?: (onProgress?: ProgressCallback) => Promise<ReadOutcome>;
  write?: (report: Report, onProgress?: ProgressCallback) => Promise<WriteOutcome>;
  loadSetup?: () => Promise<SavedSetup | null>;
  saveSetup?: (setup: SavedSetup) => Promise<void>;
  selectRange?: (sheet: string, range: string) => Promise<void>;
  openWorkbookCopy?: (base64: string) => Promise<void>;
  removeResults?: () => Promise<RemoveOutcome>;
  readRulesSheet?: () => Promise<RulesSheetOutcome>;
  writeRulesSheet?: (rules: RuleSet) => Promise<{ sheet: string }>;
  writeWhatIfInputs?: (inputs: Record<string, number>) => Promise<InputsWritten>;
  whatIfInputs?: Record<string, TypedWhatIfInput>;
} = {}): FakeBridge {
  const bridge: FakeBridge = {
    saved: [],
    selected: [],
    opened: [],
    written: [],
    readCount: 0,
    rulesWritten: [],
    removeCount: 0,
    inputsWritten: [],
    capabilities: () => ({
      charts: true,
      conditionalFormats: true,
      createWorkbook: true,
      suspendScreenUpdating: true,
      missing: [],
      ...options.capabilities,
    }),
    readWorkbook: async (onProgress) => {
      bridge.readCount++;
      if (options.read) return options.read(onProgress);
      onProgress?.({ stage: 'reading', done: 3, total: 3, message: 'Read 3 sheets' });
      return { grids: options.grids ?? SAMPLE_GRIDS, skippedResultSheets: [] };
    },
    loadSetup: options.loadSetup ?? (async () => options.setup ?? null),
    saveSetup: async (setup) => {
      bridge.saved.push(structuredClone(setup));
      if (options.saveSetup) await options.saveSetup(setup);
    },
    readNotes: async () => ({ 'core-load:SMITH': 'Talked to dept head' }),
    writeReport: async (report, onProgress) => {
      if (options.write) return options.write(report, onProgress);
      bridge.written.push(report);
      onProgress?.({ stage: 'writing', done: report.sheets.length, total: report.sheets.length, message: 'Written' });
      return { sheets: report.sheets.map((s) => ({ report: s.name, written: s.name })), skipped: [] };
    },
    selectRange: async (sheet, range) => {
      bridge.selected.push({ sheet, range });
      if (options.selectRange) await options.selectRange(sheet, range);
    },
    openWorkbookCopy: async (base64) => {
      bridge.opened.push(base64);
      if (options.openWorkbookCopy) await options.openWorkbookCopy(base64);
    },
    removeResults: async () => {
      bridge.removeCount++;
      return options.removeResults ? options.removeResults() : { removed: ['Summary', 'Flags'], kept: [] };
    },
    readWhatIfInputs: async () => options.whatIfInputs ?? {},
    writeWhatIfInputs: async (inputs) => {
      bridge.inputsWritten.push({ ...inputs });
      return options.writeWhatIfInputs ? options.writeWhatIfInputs(inputs) : { sheet: 'What If', written: Object.keys(inputs), missing: [] };
    },
    writeRulesSheet: async (rules) => {
      bridge.rulesWritten.push(structuredClone(rules));
      return options.writeRulesSheet ? options.writeRulesSheet(rules) : { sheet: 'Review Rules' };
    },
    readRulesSheet: async () =>
      options.readRulesSheet ? options.readRulesSheet() : { rules: null, errors: ['There is no "Review Rules" sheet in this workbook.'], sheet: 'Review Rules' },
  };
  return bridge;
}

export interface FakeRunner extends EngineRunner {
  detectCalls: Partial<Settings>[];
  reviewCalls: { settings: Partial<Settings>; notes: Record<string, string>; signal?: AbortSignal; whatIfInputs?: Record<string, TypedWhatIfInput> }[];
  /** The inputs of every What If evaluation asked for, in order. */
  whatIfCalls: Record<string, number>[];
}

export function fakeRunner(options: {
  tables?: DetectedTable[];
  detect?: (settings: Partial<Settings>) => Promise<{ tables: DetectedTable[] }>;
  review?: (onProgress?: ProgressCallback, signal?: AbortSignal) => Promise<ReviewOutcome>;
  /** By default the hand-made sample's arithmetic (whatIfSample.ts). */
  evaluateWhatIf?: (whatIf: WhatIf, inputs: Record<string, number>) => Promise<WhatIfResult[]>;
} = {}): FakeRunner {
  const runner: FakeRunner = {
    detectCalls: [],
    reviewCalls: [],
    whatIfCalls: [],
    evaluateWhatIf: async (whatIf, inputs) => {
      runner.whatIfCalls.push({ ...inputs });
      return options.evaluateWhatIf ? options.evaluateWhatIf(whatIf, inputs) : evaluateSample(inputs);
    },
    detect: async (_grids, settings) => {
      runner.detectCalls.push(structuredClone(settings));
      if (options.detect) return options.detect(settings);
      return { tables: options.tables ?? SAMPLE_TABLES };
    },
    review: async (_grids, settings, notes, onProgress, signal, whatIfInputs) => {
      runner.reviewCalls.push({ settings: structuredClone(settings), notes, signal, ...(whatIfInputs && Object.keys(whatIfInputs).length ? { whatIfInputs } : {}) });
      if (options.review) return options.review(onProgress, signal);
      const progress: ReviewProgress = { stage: 'analysing', done: 2, total: 5, message: 'Teacher loads' };
      onProgress?.(progress);
      return { result: sampleResult(), report: SAMPLE_REPORT };
    },
  };
  return runner;
}
