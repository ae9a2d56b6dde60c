// Errors from Excel, said so a principal knows what happened and what to do next.

export class BridgeError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BridgeError';
  }
}

interface ErrorWithCode {
  code?: string;
  message?: string;
  debugInfo?: { code?: string; message?: string };
}

export function excelErrorCode(error: unknown): string {
  const e = (error ?? {}) as ErrorWithCode;
  return e.code ?? e.debugInfo?.code ?? 'Unknown';
}

/** Turns an office-js error into a BridgeError with a plain message; `doing` says what the add-in was doing. */
export function explainExcelError(error: unknown, doing: string): BridgeError {
  if (error instanceof BridgeError) return error;
  const code = excelErrorCode(error);
  const detail = (error as ErrorWithCode | undefined)?.message ?? String(error);
  const message = (() => {
    switch (code) {
      case 'RequestPayloadSizeLimitExceeded':
      case 'ResponsePayloadSizeLimitExceeded':
        return `Excel refused to move so much data at once while ${doing}. Nothing was changed. Try again; if it keeps happening, remove unused rows and columns from the sheets.`;
      case 'ItemNotFound':
      case 'InvalidObjectPath':
        return `A sheet was deleted or renamed while ${doing}. Nothing was changed. Run the review again.`;
      case 'AccessDenied':
      case 'InvalidOperationInCellEditMode':
        return code === 'AccessDenied'
          ? `Excel would not let the add-in change the workbook while ${doing}: the workbook or a sheet is protected. Unprotect the workbook structure (Review › Protect Workbook) and run again.`
          : `Excel is busy editing a cell. Press Enter or Esc in the sheet, then try again.`;
      case 'SyncTimeout':
        return `Excel stopped answering while ${doing} (no reply in ${(error as { seconds?: number }).seconds ?? 90} seconds; this happens in Excel on the web). Reload the add-in (close and reopen the pane, or reload the page) and run again. An unfinished result sheet is removed by the next run.`;
      case 'ApiNotFound':
      case 'ApiNotAvailable':
        return `This version of Excel does not support something the add-in needs while ${doing}. Use Excel for the web or a current Microsoft 365 Excel.`;
      default:
        return `Excel reported a problem while ${doing}: ${detail}`;
    }
  })();
  return new BridgeError(message, code, { cause: error });
}
