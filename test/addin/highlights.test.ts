// Highlighting written through the bridge never colours an empty cell: a collaboration block of unknown length
// is blank, not "under 90 minutes". Evaluated with the fake's model of Excel's conditional formats.
import { cellAt, FakeWorkbook, highlightedCells, type FakeConditionalFormat } from '../../src/addin/fake';
import type { Report } from '../../src/engine/types';
import { bridgeFor } from '../support/fakeBridge';

const REPORT: Report = {
  sheets: [
    {
      name: 'Collaboration',
      preamble: [],
      table: {
        name: 'srr_Collaboration',
        columns: [
          { header: 'Team', type: 'text' },
          { header: 'Longest common block', type: 'minutes' },
          { header: 'Severity', type: 'text' },
        ],
        rows: [
          ['Math', 45, 'warning'],
          ['Science', null, ''],
          ['English', 120, ''],
          ['Art', 0, 'critical'],
        ],
        conditionalFormats: [
          { column: 1, operator: 'lessThan', value: 90, severity: 'warning' },
          { column: 2, operator: 'equal', value: 'critical', severity: 'critical' },
        ],
      },
    },
  ],
};

describe('highlighting through the bridge', () => {
  it('colours 45 and 0 minutes but not the blank block, and only the "critical" text', async () => {
    const workbook = new FakeWorkbook({ excelApi: '1.12' });
    const bridge = bridgeFor(workbook);
    await bridge.writeReport(REPORT);
    const sheet = workbook.findSheet('Collaboration')!;
    expect(cellAt(sheet, 4, 1)?.value).toBe('');
    const [minutes, severity] = sheet.conditionalFormats;
    expect(minutes).toMatchObject({ type: 'Custom', address: 'B4:B7', formula: '=AND(ISNUMBER(B4),B4<90)' });
    // Rows are zero-based sheet rows: the marker is row 0, a blank row 1, the header row 2, Math row 3.
    expect(highlightedCells(sheet, minutes)).toEqual([
      [3, 1],
      [6, 1],
    ]);
    expect(severity).toMatchObject({ type: 'Custom', formula: '=C4="critical"' });
    expect(highlightedCells(sheet, severity)).toEqual([[6, 2]]);
  });

  it('a cell-value rule, by contrast, colours the blank too (why the bridge does not use one)', async () => {
    const workbook = new FakeWorkbook({ excelApi: '1.12' });
    const bridge = bridgeFor(workbook);
    await bridge.writeReport(REPORT);
    const sheet = workbook.findSheet('Collaboration')!;
    const cellValueRule: FakeConditionalFormat = { type: 'CellValue', address: 'B4:B7', operator: 'LessThan', formula1: '=90' };
    expect(highlightedCells(sheet, cellValueRule)).toEqual([
      [3, 1],
      [4, 1],
      [6, 1],
    ]);
  });
});
