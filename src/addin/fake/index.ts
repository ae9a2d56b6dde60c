// The Excel fake's public surface: a workbook model, the office-js-shaped API over it, and page globals.
export * from './fakeWorkbook';
export * from './fakeExcel';
export * from './fakeHost';
export * from './snapshot';
export * from './conditionalFormats';
