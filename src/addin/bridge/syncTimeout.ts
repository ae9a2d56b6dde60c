// A context.sync() that never returns is a known failure of Excel on the web and, more rarely, of Excel on
// Windows (OfficeDev/office-js#6150, #6678 and #4805: the promise neither resolves nor rejects). Without a limit
// the task pane would show a spinner forever. Every sync the bridge makes goes through this wrapper: a sync that
// does not answer within the limit rejects with the code SyncTimeout, and the batch stops there (any later sync
// in the same batch rejects at once, so nothing more is queued behind one that may still land).
import type { ExcelHost } from './excelHost';

export const DEFAULT_SYNC_TIMEOUT_MS = 90_000;

export class SyncTimeoutError extends Error {
  readonly code = 'SyncTimeout';
  constructor(readonly seconds: number) {
    super(`Excel did not answer within ${seconds} seconds.`);
    this.name = 'SyncTimeoutError';
  }
}

export function withSyncTimeout(excel: ExcelHost, timeoutMs: number = DEFAULT_SYNC_TIMEOUT_MS): ExcelHost {
  return {
    createWorkbook: (base64File) => excel.createWorkbook(base64File),
    run: (batch) =>
      excel.run((context) => {
        let timedOut = false;
        const sync = async (): Promise<void> => {
          if (timedOut) throw new SyncTimeoutError(Math.round(timeoutMs / 1000));
          let timer: ReturnType<typeof setTimeout> | undefined;
          const limit = new Promise<never>((_, reject) => {
            timer = setTimeout(() => {
              timedOut = true;
              reject(new SyncTimeoutError(Math.round(timeoutMs / 1000)));
            }, timeoutMs);
          });
          try {
            await Promise.race([context.sync(), limit]);
          } finally {
            clearTimeout(timer);
          }
        };
        const timed = new Proxy(context, {
          get: (target, property) => (property === 'sync' ? sync : Reflect.get(target, property, target)),
        });
        return batch(timed);
      }),
  };
}
