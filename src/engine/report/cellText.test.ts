import { clampText, EXCEL_CELL_LIMIT, joinLimited, limitReportText } from './cellText';
import { review } from '../review';
import type { Report } from '../types';

describe('joinLimited', () => {
  it('joins a list that fits as it is', () => {
    expect(joinLimited(['Abbott', 'Brown'], '; ')).toBe('Abbott; Brown');
    // 3 + 2 + 3 = 8 characters: exactly the limit.
    expect(joinLimited(['abc', 'def'], '; ', 8)).toBe('abc; def');
  });

  it('ends a list that does not fit in "… and N more", within the limit', () => {
    // 10,000 names of 8 characters ("T0000001") joined by "; " = 99,998 characters, three times the limit.
    const names = Array.from({ length: 10_000 }, (_, i) => `T${String(i).padStart(7, '0')}`);
    const text = joinLimited(names, '; ');
    expect(text.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    // Each name with its separator takes 10 characters: (32,767 - 40 + 2) / 10 = 3,272 names fit with room for the ending.
    expect(text.endsWith('; … and 6728 more')).toBe(true);
    expect(text.startsWith('T0000000; T0000001; ')).toBe(true);
  });

  it('cuts a single item longer than the cell', () => {
    const text = joinLimited(['x'.repeat(100_000), 'y'], '; ');
    expect(text.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(text).toMatch(/ … and 2 more$/);
  });
});

describe('clampText', () => {
  it('leaves short text alone and cuts long text with what was cut', () => {
    expect(clampText('short')).toBe('short');
    const text = clampText('a'.repeat(6_500_000));
    expect(text.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    // 32,767 - 40 = 32,727 kept; 6,500,000 - 32,727 = 6,467,273 cut.
    expect(text.endsWith('… and 6467273 more characters')).toBe(true);
  });

  it('never splits an emoji at the cut', () => {
    // 32,726 "a" then emoji: the cut at 32,727 would fall between the emoji's two halves.
    const text = clampText(`${'a'.repeat(EXCEL_CELL_LIMIT - 41)}😀${'b'.repeat(100)}`);
    expect(text.slice(EXCEL_CELL_LIMIT - 42, EXCEL_CELL_LIMIT - 40)).toBe('a…');
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text)).toBe(false);
  });
});

describe('limitReportText', () => {
  it('cuts every text cell and preamble line of the report, numbers untouched', () => {
    const report: Report = {
      sheets: [
        {
          name: 'S',
          preamble: ['p'.repeat(40_000)],
          table: { name: 't', columns: [], rows: [['c'.repeat(40_000), 5, null, true]] },
        },
      ],
    };
    limitReportText(report);
    expect(report.sheets[0].preamble[0].length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect((report.sheets[0].table.rows[0][0] as string).length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(report.sheets[0].table.rows[0].slice(1)).toEqual([5, null, true]);
  });

  it('keeps a district-sized team and a 40,000-character course name within the limit in the built report', () => {
    // One grade-9 team of 5,000 teachers ("Teacher 0001" … 12 characters each): 5,000 x 14 - 2 = 69,998 characters.
    const rows: (string | number)[][] = [['Teacher', 'Course', 'Grade', 'Period', 'Days', 'Enrollment']];
    for (let i = 0; i < 5000; i++) rows.push([`Teacher ${String(i).padStart(4, '0')}`, i === 0 ? 'C'.repeat(40_000) : 'English 9', '9', (i % 6) + 1, 'M-F', 25]);
    const { report } = review({ workbook: { sheets: [{ name: 'Schedule', rows, originRow: 0, originCol: 0 }] } });
    let longest = 0;
    for (const sheet of report.sheets) {
      for (const line of sheet.preamble) longest = Math.max(longest, line.length);
      for (const row of sheet.table.rows) for (const v of row) if (typeof v === 'string') longest = Math.max(longest, v.length);
    }
    expect(longest).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    const collaboration = report.sheets.find((s) => s.name === 'Collaboration')!;
    const members = collaboration.table.rows.map((r) => r[3] as string).find((m) => m.includes('… and'));
    expect(members).toMatch(/; … and \d+ more$/);
  });
});
