import type { ReportSheet } from '../../engine/types';
import { highlightFormula, planLayouts } from './writeReport';

function sheet(name: string, table: string, preamble: string[] = []): ReportSheet {
  return { name, preamble, table: { name: table, columns: [{ header: 'A', type: 'text' }], rows: [] } };
}

describe('planLayouts', () => {
  it("keeps the report's names where only the add-in's own sheets and tables have them", () => {
    const [layout] = planLayouts([sheet('Flags', 'srr_Flags', ['Title', 'Why'])], [{ name: 'Flags', owned: true }], [{ name: 'srr_Flags', owned: true }]);
    // The marker (row 0), two preamble lines, a blank row, then the header.
    expect(layout).toMatchObject({ finalName: 'Flags', finalTableName: 'srr_Flags', headerRow: 4, tempName: 'srr new 1' });
    expect(layout.tempTableName).not.toBe('srr_Flags');
  });

  it("steps around a user's sheet and table of the same name", () => {
    const layouts = planLayouts(
      [sheet('Flags', 'srr_Flags'), sheet('Summary', 'Table1')],
      [{ name: 'flags', owned: false }, { name: 'Flags (review)', owned: false }, { name: 'srr new 1', owned: false }],
      [{ name: 'SRR_FLAGS', owned: false }, { name: 'Table1', owned: false }],
    );
    expect(layouts.map((l) => [l.finalName, l.finalTableName, l.tempName, l.headerRow])).toEqual([
      ['Flags (review 2)', 'srr_Flags_2', 'srr new 1 (review)', 2],
      ['Summary', 'Table1_2', 'srr new 2', 2],
    ]);
  });

  it('makes sheet and table names Excel accepts', () => {
    const [layout] = planLayouts([sheet('Budget: by use / fund [2025]? A very long sheet name indeed', 'A1')], [], []);
    expect(layout.finalName).toBe('Budget by use fund 2025 A very');
    expect(layout.finalName.length).toBeLessThanOrEqual(31);
    expect(layout.finalTableName).toBe('srr_A1');
  });
});

describe('highlightFormula', () => {
  it('skips blanks: a "less than 90" rule is true only for a number under 90', () => {
    expect(highlightFormula({ column: 4, operator: 'lessThan', value: 90, severity: 'warning' }, 'E5')).toBe('=AND(ISNUMBER(E5),E5<90)');
    expect(highlightFormula({ column: 6, operator: 'greaterThanOrEqual', value: 150, severity: 'critical' }, 'G5')).toBe('=AND(ISNUMBER(G5),G5>=150)');
  });

  it('compares text as text, with quotes doubled, so a blank never equals it', () => {
    expect(highlightFormula({ column: 1, operator: 'equal', value: 'say "critical"', severity: 'critical' }, 'B4')).toBe('=B4="say ""critical"""');
  });
});
