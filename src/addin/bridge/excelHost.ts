// The two globals the bridge needs, passed in so tests and the browser fake can stand in for Excel.

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  createWorkbook(base64File?: string): Promise<void>;
}

export interface OfficeHost {
  context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
}

export interface BridgeHost {
  excel: ExcelHost;
  office: OfficeHost;
}

/** The real globals, as loaded from office.js in the task pane page. */
export function globalHost(): BridgeHost {
  return { excel: Excel as unknown as ExcelHost, office: Office as unknown as OfficeHost };
}

/** Anything shaped like the Excel and Office namespaces (such as the fake), typed for the bridge. */
export function hostFrom(excel: unknown, office: unknown): BridgeHost {
  return { excel: excel as ExcelHost, office: office as OfficeHost };
}
