// The globals a page sees inside Excel — `Excel` and `Office` — backed by a FakeWorkbook, for jest and for a
// browser page that runs the built task pane without Excel.
import { FakeRequestContext, FakeRichApiError } from './fakeExcel';
import type { FakeWorkbook } from './fakeWorkbook';

export interface FakeExcelNamespace {
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  createWorkbook(base64?: string): Promise<void>;
  /** The workbook behind this namespace, for tests. */
  readonly fakeWorkbook: FakeWorkbook;
}

export interface FakeDocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: 'succeeded' | 'failed' }) => void): void;
}

export interface FakeOfficeNamespace {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  HostType: { Excel: 'Excel' };
  AsyncResultStatus: { Succeeded: 'succeeded'; Failed: 'failed' };
  context: {
    requirements: { isSetSupported(name: string, version?: string): boolean };
    document: { settings: FakeDocumentSettings };
  };
}

export function createFakeExcel(workbook: FakeWorkbook): FakeExcelNamespace {
  return {
    fakeWorkbook: workbook,
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      const context = new FakeRequestContext(workbook);
      const result = await batch(context);
      // Excel.run sends whatever the batch queued after its last sync.
      if (context.hasPendingWork) await context.sync();
      return result;
    },
    async createWorkbook(base64?: string): Promise<void> {
      if (!workbook.supports('1.8')) throw new FakeRichApiError('ApiNotFound', 'Excel.createWorkbook needs ExcelApi 1.8.');
      workbook.createdWorkbooks.push(base64 ?? '');
    },
  };
}

export function createFakeOffice(workbook: FakeWorkbook): FakeOfficeNamespace {
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  return {
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady(callback) {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          if (name !== 'ExcelApi') return false;
          return workbook.supports(version ?? '1.1');
        },
      },
      document: {
        settings: {
          get: (name) => workbook.settings.get(name) ?? null,
          set: (name, value) => void workbook.settings.set(name, value),
          remove: (name) => void workbook.settings.delete(name),
          saveAsync: (callback) => callback?.({ status: 'succeeded' }),
        },
      },
    },
  };
}

/** Defines global `Excel` and `Office` on a page (or on globalThis in a test) backed by the fake workbook. */
export function installOfficeFake(target: typeof globalThis, workbook: FakeWorkbook): { Excel: FakeExcelNamespace; Office: FakeOfficeNamespace } {
  const Excel = createFakeExcel(workbook);
  const Office = createFakeOffice(workbook);
  Object.assign(target as object, { Excel, Office });
  return { Excel, Office };
}
