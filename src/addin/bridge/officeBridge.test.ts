import { detectCapabilities } from './capabilities';
import { explainExcelError } from './excelErrors';
import { notesFrom } from './officeBridge';

describe('notesFrom', () => {
  const entry = { id: '{1}', name: 'Flags', report: 'Flags', headerRow: 3, keyColumn: 0, notesColumn: 10, keyHeader: 'Flag', notesHeader: 'Notes' };

  it('reads notes by flag id below the header, skipping empty notes', () => {
    const values = [
      ['Flags', '', ''],
      ['', '', ''],
      ['', '', ''],
      ['Flag', 'Severity', 'Notes'],
      ['core-load:A', 'critical', 'Talk to the department head'],
      ['core-load:B', 'warning', ''],
      ['', '', 'orphan note'],
    ];
    // The team moved the Notes column next to Severity: found by its header text.
    expect(notesFrom(entry, values, 0, 0)).toEqual({ 'core-load:A': 'Talk to the department head' });
  });

  it('falls back to the recorded positions, relative to where the used range starts', () => {
    const values = [
      ['Flag', ...Array(8).fill(''), 'Team notes'],
      ['class-size:S1', ...Array(8).fill(''), 'split the section'],
    ];
    expect(notesFrom({ ...entry, notesHeader: 'Notes' }, values, 3, 1)).toEqual({ 'class-size:S1': 'split the section' });
  });
});

describe('detectCapabilities', () => {
  it('lists what a 1.7 host leaves out', () => {
    const capabilities = detectCapabilities((_name, version) => Number(version.split('.')[1]) <= 7);
    expect(capabilities).toMatchObject({ charts: true, conditionalFormats: true, suspendCalculation: true, createWorkbook: false, suspendScreenUpdating: false });
    expect(capabilities.missing).toHaveLength(2);
  });

  it('treats a throwing isSetSupported as unsupported', () => {
    const capabilities = detectCapabilities(() => {
      throw new Error('no requirements API');
    });
    expect(capabilities.missing).toHaveLength(4);
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
