import { columnLetter } from '../parse/values';
import { describeRefs, EXCEL_LINKS_PER_SHEET, firstRunOf, limitSheetLinks, linkLimitNote, sourceLinker } from './links';
import { buildReport } from './buildReport';
import { sheetLayout } from './layout';
import { sampleResult } from '../../testing/sampleResult';
import type { CellLink, ReportSheet, ReportTable } from '../types';
import type { SourceRef } from '../types';

const row = (sheet: string, n: number): SourceRef => ({ sheet, firstRow: n, lastRow: n });

describe('links to source rows', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('links to the first run of rows on the first sheet named, even for more rows than a call can take as arguments', () => {
    expect(firstRunOf([])).toBeUndefined();
    // Rows 4 and 9 are apart: the link goes to row 4, not to the rows 5-8 between them.
    expect(firstRunOf([row('S', 9), row('Other', 2), row('S', 4)])).toEqual({ sheet: 'S', firstRow: 4, lastRow: 4 });
    // Rows next to each other join one run.
    expect(firstRunOf([row('S', 5), row('S', 6), row('S', 7), row('S', 680)])).toEqual({ sheet: 'S', firstRow: 5, lastRow: 7 });
    const many = Array.from({ length: 300_000 }, (_, i) => row('S', i + 2));
    expect(firstRunOf(many)).toEqual({ sheet: 'S', firstRow: 2, lastRow: 300_001 });
    const cell = { sheet: 'Budget', firstRow: 12, lastRow: 12, cell: 'F12' };
    expect(firstRunOf([cell, row('S', 3)])).toBe(cell);
  });

  it('describes rows briefly, per sheet, as runs, counting the ones not shown', () => {
    const refs = [...Array.from({ length: 8 }, (_, i) => row('Sections', i + 5)), { sheet: 'Budget', firstRow: 3, lastRow: 7 }];
    expect(describeRefs(refs)).toBe('Sections rows 5–12; Budget rows 3–7');
    const apart = [2, 4, 6, 8, 10, 12, 14, 16].map((n) => row('Sections', n));
    expect(describeRefs(apart)).toBe('Sections rows 2, 4, 6, 8, 10, 12 (+2 more)');
    expect(describeRefs([row('Budget', 37)])).toBe('Budget row 37');
    expect(describeRefs([{ sheet: 'Budget', firstRow: 1, lastRow: 1, cell: 'F12' }])).toBe('Budget F12');
  });

  it('names a section on rows 5 and 680 as two runs and links its first (issue 11)', () => {
    const section = { sheet: 'Sections', firstRow: 5, lastRow: 680, runs: [{ firstRow: 5, lastRow: 5 }, { firstRow: 680, lastRow: 680 }] };
    expect(describeRefs([section])).toBe('Sections rows 5, 680');
    expect(firstRunOf([section])).toEqual({ sheet: 'Sections', firstRow: 5, lastRow: 5 });
    expect(sourceLinker([])(section)).toEqual({ sheet: 'Sections', range: 'A5:A5' });
  });

  it('links a row range across the columns read from that sheet, and a cell as itself', () => {
    const link = sourceLinker([
      {
        kind: 'schedule', sheet: 'Sections', headerRow: 1, firstDataRow: 2, lastDataRow: 9, unmatchedHeaders: [],
        confidence: 1, how: 'detected',
        columns: [
          { field: 'teacher', header: 'Teacher', col: 2, letter: 'C', how: 'synonym' },
          { field: 'room', header: 'Room', col: 10, letter: 'K', how: 'synonym' },
        ],
      },
    ]);
    expect(link({ sheet: 'Sections', firstRow: 5, lastRow: 9 })).toEqual({ sheet: 'Sections', range: 'A5:K9' });
    expect(link({ sheet: 'Sections', firstRow: 5, lastRow: 5, cell: 'D5' })).toEqual({ sheet: 'Sections', range: 'D5' });
    expect(link({ sheet: 'Elsewhere', firstRow: 3, lastRow: 3 })).toEqual({ sheet: 'Elsewhere', range: 'A3:A3' });
  });
});

describe("Excel's 65,530 links on a sheet", () => {
  const to = (n: number): CellLink => ({ sheet: 'Sections', range: `A${n}` });
  function table(name: string, rows: number, links: ReportTable['links']): ReportTable {
    return {
      name,
      columns: [{ header: 'Section', type: 'text' }, { header: 'Rows', type: 'text' }],
      rows: Array.from({ length: rows }, (_, i) => [`S${i}`, `row ${i}`]),
      links,
    };
  }
  const linkedCells = (t: ReportTable) => Object.entries(t.links ?? {}).flatMap(([r, byColumn]) => Object.keys(byColumn).map((c) => `${r}:${c}`));

  it('keeps the first links in sheet order, all tables of the sheet together, and says so once in the preamble', () => {
    // Main table: 3 rows, row 0 with two links, rows 1 and 2 with one = 4 links; the table below: 2 rows of one = 2.
    // Limit 5: the main table's 4 stay, the table below keeps its first; 1 dropped.
    const sheet: ReportSheet = {
      name: 'Class Size',
      preamble: ['Title'],
      table: table('main', 3, { 0: { 0: to(2), 1: to(3) }, 1: { 0: to(4) }, 2: { 1: to(5) } }),
      moreTables: [{ title: 'Below', table: table('below', 2, { 0: { 1: to(6) }, 1: { 1: to(7) } }) }],
    };
    limitSheetLinks(sheet, 5);
    expect(linkedCells(sheet.table)).toEqual(['0:0', '0:1', '1:0', '2:1']);
    expect(linkedCells(sheet.moreTables![0].table)).toEqual(['0:1']);
    expect(sheet.preamble).toEqual(['Title', 'Rows past the 5th are not linked: Excel allows 5 links on a sheet; the Rows column still names them.']);
  });

  it('leaves a sheet at the limit as it was, with no note', () => {
    const sheet: ReportSheet = { name: 'Flags', preamble: ['Title'], table: table('main', 3, { 0: { 1: to(2) }, 1: { 1: to(3) }, 2: { 1: to(4) } }) };
    limitSheetLinks(sheet, 3);
    expect(linkedCells(sheet.table)).toEqual(['0:1', '1:1', '2:1']);
    expect(sheet.preamble).toEqual(['Title']);
  });

  it('writes the real limit as Excel states it', () => {
    expect(EXCEL_LINKS_PER_SHEET).toBe(65_530);
    expect(linkLimitNote(EXCEL_LINKS_PER_SHEET, 'Section')).toBe(
      'Rows past the 65,530th are not linked: Excel allows 65,530 links on a sheet; the Section column still names them.',
    );
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map((n) => linkLimitNote(n, 'X').split(' ')[3])).toEqual(
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st'],
    );
  });

  it('holds a whole review to the limit: 65,531 sections and flags link 65,530 each, and the Summary still finds its flags', () => {
    const result = sampleResult();
    const section = result.classSizes[0];
    const flag = result.flags[0];
    const n = EXCEL_LINKS_PER_SHEET + 1;
    result.classSizes = Array.from({ length: n }, (_, i) => ({ ...section, sectionId: `S${i}`, source: { sheet: 'Master Schedule', firstRow: i + 5, lastRow: i + 5 } }));
    // The sample's first flag has rows, so a link; its second has none. The first flag stays first.
    result.flags = [...Array.from({ length: n }, (_, i) => ({ ...flag, id: `core-load:T${i}`, rows: [{ sheet: 'Master Schedule', firstRow: i + 5, lastRow: i + 5 }] })), result.flags[1]];
    const report = buildReport(result, {});
    const count = (s: ReportSheet) => [s.table, ...(s.moreTables ?? []).map((m) => m.table)].reduce((sum, t) => sum + linkedCells(t).length, 0);
    const byName = new Map(report.sheets.map((s) => [s.name, s]));
    const classSize = byName.get('Class Size')!;
    const flags = byName.get('Flags')!;
    expect(count(classSize)).toBe(EXCEL_LINKS_PER_SHEET);
    expect(count(flags)).toBe(EXCEL_LINKS_PER_SHEET);
    // The last section (index 65,530) lost its link; the one before kept it.
    expect(classSize.table.links?.[n - 1]?.[0]).toBeUndefined();
    expect(classSize.table.links?.[n - 2]?.[0]).toEqual({ sheet: 'Master Schedule', range: `A${n - 2 + 5}:E${n - 2 + 5}` });
    expect(classSize.preamble.at(-1)).toBe('Rows past the 65,530th are not linked: Excel allows 65,530 links on a sheet; the Section column still names them.');
    expect(flags.preamble.at(-1)).toBe('Rows past the 65,530th are not linked: Excel allows 65,530 links on a sheet; the Rows column still names them.');
    // Every sheet is within the limit; the note is only where it applies.
    for (const s of report.sheets) expect(count(s)).toBeLessThanOrEqual(EXCEL_LINKS_PER_SHEET);
    expect(byName.get('Teacher Load')!.preamble.some((line) => line.startsWith('Rows past'))).toBe(false);
    // The Summary links its findings to their Flags rows under the note's extra preamble line: flag 0 is on the
    // first data row of the Flags sheet as laid out with the note, and the English flag (the last) on the last.
    const firstFlagRow = sheetLayout(flags).main.firstDataRow;
    const summary = byName.get('Summary')!;
    const summaryLinks = [summary.table, ...(summary.moreTables ?? []).map((m) => m.table)]
      .flatMap((t) => Object.values(t.links ?? {}).flatMap((byColumn) => Object.values(byColumn)))
      .filter((link) => link.sheet === 'Flags')
      .map((link) => link.range);
    expect(summaryLinks).toEqual([`A${firstFlagRow}`, `A${firstFlagRow + n}`]);
  });
});
