// Optional Excel features, checked against the host's requirement sets at run time. The manifest asks for
// ExcelApi 1.7 (getRangeByIndexes, hyperlinks, freeze panes); everything newer is optional.
import type { HostCapabilities } from './types';

export type IsSetSupported = (name: string, version: string) => boolean;

export interface BridgeCapabilities extends HostCapabilities {
  /** ExcelApi 1.6: pause recalculation during each write batch. */
  suspendCalculation: boolean;
  /** ExcelApi 1.12: worksheet custom properties carry the ownership marker beside the marker cell. */
  customProperties: boolean;
  /** ExcelApi 1.13: getMergedAreasOrNullObject, so merged cells reach the engine as merged. */
  mergedAreas: boolean;
  /** ExcelApi 1.9: Worksheet.pageLayout, so result sheets print landscape, one page wide, header on every page. */
  pageLayout: boolean;
}

/** Said wherever merged cells were read without ExcelApi 1.13: in the host's list and beside the run that read them. */
export const MERGED_AREAS_MISSING =
  'Merged cells are read as separate cells: this Excel lacks ExcelApi 1.13, so a value merged over several rows counts for its first row only.';

export function detectCapabilities(isSetSupported: IsSetSupported): BridgeCapabilities {
  const excel = (version: string) => {
    try {
      return isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  };
  const capabilities: BridgeCapabilities = {
    charts: excel('1.7'),
    conditionalFormats: excel('1.6'),
    createWorkbook: excel('1.8'),
    suspendScreenUpdating: excel('1.9'),
    suspendCalculation: excel('1.6'),
    customProperties: excel('1.12'),
    mergedAreas: excel('1.13'),
    pageLayout: excel('1.9'),
    missing: [],
  };
  if (!capabilities.charts) capabilities.missing.push('Charts are left out: this Excel does not support them for add-ins (ExcelApi 1.7).');
  if (!capabilities.conditionalFormats)
    capabilities.missing.push('Colour highlighting of flagged cells is left out: this Excel lacks conditional formats for add-ins (ExcelApi 1.6).');
  if (!capabilities.createWorkbook)
    capabilities.missing.push('Case studies cannot open as new workbooks here (ExcelApi 1.8); download them from the add-in site instead.');
  if (!capabilities.suspendScreenUpdating) capabilities.missing.push('The screen may flicker while results are written (ExcelApi 1.9 is missing).');
  if (!capabilities.pageLayout)
    capabilities.missing.push('Result sheets print with Excel\'s default page setup: this Excel lacks page layout for add-ins (ExcelApi 1.9).');
  if (!capabilities.mergedAreas)
    capabilities.missing.push(MERGED_AREAS_MISSING);
  return capabilities;
}
