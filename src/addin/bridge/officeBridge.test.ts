import { detectCapabilities } from './capabilities';
import { explainExcelError } from './excelErrors';
import { notesFromValues } from './teamNotes';

describe('notesFromValues', () => {
  it('finds the header by its content and reads every row below it, skipping empty notes', () => {
    const values = [
      ['School Resource Review sheet: Flags, written as "Flags".', '', '', ''],
      ['A row the team inserted above the header', '', '', ''],
      ['', '', '', ''],
      ['Severity', 'Id', 'Team notes', 'Finding'],
      ['critical', 'core-load:A', 'Talk to the department head', ''],
      ['warning', 'core-load:B', '', ''],
      ['', '', 'orphan note', ''],
      ['not firing in this run', 'collab-block:Math', 'Block booked for next year', ''],
      ['info', 'core-load:C', 42, ''],
    ];
    // The team moved the notes column next to the id: both are found by their header text.
    expect(notesFromValues(values)).toEqual({
      'core-load:A': 'Talk to the department head',
      'collab-block:Math': 'Block booked for next year',
      'core-load:C': '42',
    });
  });

  it('reads nothing from a sheet without the header (a sheet the team cleared)', () => {
    expect(notesFromValues([['Id', 'Notes'], ['core-load:A', 'x']])).toEqual({});
  });
});

describe('detectCapabilities', () => {
  it('lists what a 1.7 host leaves out', () => {
    const capabilities = detectCapabilities((_name, version) => Number(version.split('.')[1]) <= 7);
    expect(capabilities).toMatchObject({ charts: true, conditionalFormats: true, suspendCalculation: true, createWorkbook: false, suspendScreenUpdating: false, pageLayout: false });
    // Case studies (1.8), screen updating (1.9), print setup (1.9), merged cells (1.13).
    expect(capabilities.missing).toHaveLength(4);
  });

  it('treats a throwing isSetSupported as unsupported', () => {
    const capabilities = detectCapabilities(() => {
      throw new Error('no requirements API');
    });
    expect(capabilities.missing).toHaveLength(6);
  });
});

describe('explainExcelError', () => {
  it.each([
    ['ResponsePayloadSizeLimitExceeded', /refused to move so much data at once while reading/],
    ['ItemNotFound', /A sheet was deleted or renamed while reading/],
    ['AccessDenied', /protected\. Unprotect the workbook structure/],
    ['InvalidOperationInCellEditMode', /Excel is busy editing a cell/],
    ['ApiNotFound', /does not support something the add-in needs/],
    ['GeneralException', /Excel reported a problem while reading the workbook: boom/],
  ])('explains %s', (code, message) => {
    const error = Object.assign(new Error('boom'), { code });
    const explained = explainExcelError(error, 'reading the workbook');
    expect(explained.message).toMatch(message);
    expect(explained.code).toBe(code);
    expect(explained.cause).toBe(error);
  });
});
