import { buildReport } from './buildReport';
import { sampleResult } from '../../testing/sampleResult';
import { DEFAULT_THRESHOLDS } from '../settings/defaults';
import type { ReportSheet } from '../types';

function sheet(name: string, sheets: ReportSheet[]): ReportSheet {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function column(s: ReportSheet, header: string): number {
  return s.table.columns.findIndex((c) => c.header === header);
}

describe('buildReport', () => {
  const result = sampleResult();
  const report = buildReport(result, { 'core-load:Smith': 'Talk to the department head', 'gone:old': 'kept' });

  it('describes the result sheets in reading order with unique srr_ table names', () => {
    expect(report.sheets.map((s) => s.name)).toEqual([
      'Summary',
      'Teacher Load',
      'Class Size',
      'Time by Subject',
      'Collaboration',
      'Budget by Use',
      'Flags',
      'Data Check',
    ]);
    const names = report.sheets.map((s) => s.table.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^srr_[A-Za-z0-9_]+$/);
    for (const s of report.sheets) {
      for (const row of s.table.rows) expect(row).toHaveLength(s.table.columns.length);
    }
  });

  it('leaves out Budget by Use when there is no budget', () => {
    const noBudget = buildReport({ ...result, budget: null }, {});
    expect(noBudget.sheets.map((s) => s.name)).not.toContain('Budget by Use');
    expect(sheet('Summary', noBudget.sheets).table.rows.map((r) => r[0])).not.toContain('Budget total');
  });

  it('summarises key figures, tables read with matched columns, budget and flag counts', () => {
    const rows = sheet('Summary', report.sheets).table.rows;
    const value = (item: string) => rows.find((r) => r[0] === item)?.[1];
    expect(value('School')).toBe('Sample High');
    expect(value('Level')).toBe('high');
    expect(value('Students')).toBe(300);
    expect(value('Highest core teacher load')).toBe(160);
    expect(value('Share of time in ELA/ELD + math')).toBe(0.36);
    expect(value('Budget total')).toBe(1_200_000);
    expect(value('Special-education students per aide')).toBe(9);
    expect(value('Flags: critical')).toBe(1);
    expect(value('Flags: warning')).toBe(1);
    expect(value('Flags: info')).toBe(0);
    expect(value('Data check: error')).toBe(1);
    const table = rows.find((r) => r[0] === 'Table read: schedule');
    expect(table?.[1]).toBe('Master Schedule');
    expect(table?.[2]).toBe(
      'header row 4, rows 5–7; teacher = "Teacher" (A), course = "Course Title" (B), enrollment = "Enrolled" (E)',
    );
    expect(rows.find((r) => r[0] === 'Rows read: Master Schedule')?.slice(1)).toEqual([3, '1 skipped (schedule)']);
  });

  it('gives each Summary value and each flag value and threshold the number format of its unit', () => {
    const summary = sheet('Summary', report.sheets).table;
    const typeOf = (item: string) => summary.cellTypes?.[summary.rows.findIndex((r) => r[0] === item)]?.[1];
    expect(typeOf('Share of time in ELA/ELD + math')).toBe('percent');
    expect(typeOf('Budget per pupil')).toBe('currency');
    expect(typeOf('Locked (restricted) share')).toBe('percent');
    expect(typeOf('Students')).toBe('integer');
    expect(typeOf('Special-education students per aide')).toBe('number');
    // Text values (the school's name) keep the column's type.
    expect(typeOf('School')).toBeUndefined();

    const flags = sheet('Flags', report.sheets).table;
    result.flags.forEach((flag, i) => {
      expect(flags.cellTypes?.[i]?.[4]).toBe(typeof flag.value === 'number' ? (flag.unit ?? 'integer') : 'text');
    });
  });

  it('does not hold elementary loads and preps to the secondary limits, and leaves unknown seats blank', () => {
    const elementary = buildReport(
      { ...result, school: { ...result.school, level: 'elementary' }, teachers: result.teachers.map((t) => ({ ...t, seats: 0, seatsKnown: false })) },
      {},
    );
    const load = sheet('Teacher Load', elementary.sheets);
    expect(load.table.conditionalFormats).toEqual([]);
    expect(load.table.rows.map((r) => r[column(load, 'Seats')])).toEqual(result.teachers.map(() => null));
    expect(load.table.rows.map((r) => r[column(load, 'Core load')])).toEqual(result.teachers.map(() => null));
  });

  it('says "not known" for figures the workbook does not give, never a zero', () => {
    const unknown = buildReport(
      {
        ...result,
        keyFigures: { ...result.keyFigures, students: null, medianCoreLoad: null, highestCoreLoad: null, teamBlocksKnown: false },
      },
      {},
    );
    const rows = sheet('Summary', unknown.sheets).table.rows;
    const row = (item: string) => rows.find((r) => r[0] === item);
    expect(row('Students')?.slice(1)).toEqual(['not known', 'no enrollment profile was found']);
    expect(row('Median core teacher load')?.slice(1)).toEqual(['not known', 'no enrollment or student roster, so loads are unknown']);
    expect(row('Teams with a weekly 90-minute block')?.[1]).toBe('not known');
  });

  it('gives teacher loads with links to the rows behind them and highlights loads against the thresholds', () => {
    const s = sheet('Teacher Load', report.sheets);
    const load = column(s, 'Core load');
    expect(s.table.rows[0][0]).toBe('Smith');
    expect(s.table.rows[0][load]).toBe(160);
    expect(s.table.rows[1][column(s, 'Minutes per week')]).toBeNull();
    // The art teacher's 80 seats are not a core load, so nothing is there to highlight.
    expect(s.table.rows[1][load]).toBeNull();
    expect(s.table.rows[1][column(s, 'Seats')]).toBe(80);
    // Smith's rows 5 and 7 become one range across the columns read (A..E).
    expect(s.table.links?.[0]?.[0]).toEqual({ sheet: 'Master Schedule', range: 'A5:E7' });
    expect(s.table.conditionalFormats).toContainEqual({
      column: load,
      operator: 'greaterThanOrEqual',
      value: 150,
      severity: 'critical',
    });
    expect(s.table.conditionalFormats).toContainEqual({ column: load, operator: 'greaterThan', value: 100, severity: 'warning' });
    expect(s.table.columns[column(s, 'Minutes per week')].type).toBe('minutes');
  });

  it('uses the thresholds it is given for highlighting', () => {
    const custom = buildReport(result, {}, { ...DEFAULT_THRESHOLDS, coreLoadCritical: 120, smallSectionMin: 10 });
    expect(sheet('Teacher Load', custom.sheets).table.conditionalFormats?.[0].value).toBe(120);
    expect(sheet('Class Size', custom.sheets).table.conditionalFormats?.[0].value).toBe(10);
  });

  it('lists time by subject as shares and collaboration per team', () => {
    const time = sheet('Time by Subject', report.sheets);
    expect(time.table.rows).toEqual([
      ['9', 'ELA', 275, 0.2],
      ['9', 'Math', 220, 0.16],
    ]);
    expect(time.table.columns[3].type).toBe('percent');
    expect(time.preamble).toContain('Grade 9: 36% of 1375 weekly minutes in ELA/ELD + math');
    const collab = sheet('Collaboration', report.sheets);
    expect(collab.table.rows[0]).toEqual(['English', 'department', 2, 'Smith; Lee', 110, 2, 55, 'Mon, Wed', 0]);
  });

  it('charts budget by use as a bar of amount by use, with currency and percent columns', () => {
    const s = sheet('Budget by Use', report.sheets);
    expect(s.table.chart).toEqual({ type: 'bar', title: 'Budget by use', categoryColumn: 0, valueColumn: 1 });
    expect(s.table.columns.map((c) => c.type)).toEqual(['text', 'currency', 'percent', 'number', 'integer', 'currency', 'currency', 'currency', 'currency']);
    // The sample's uses carry no tier amounts: blank, not $0.
    expect(s.table.rows[1]).toEqual(['Coaches', 30_000, 0.025, 0.3, 1, 0, null, null, null]);
  });

  it('puts the team notes beside the same flag, links the flag to its rows and keeps notes of flags gone', () => {
    const s = sheet('Flags', report.sheets);
    expect(s.keepsNotes).toBe(true);
    expect(s.table.columns.map((c) => c.header)).toEqual([
      'Id', 'Severity', 'Measure', 'Finding', 'Value', 'Threshold', 'Source', 'Lever', 'Cost', 'Rows', 'Team notes',
    ]);
    expect(s.table.columns[10].type).toBe('notes');
    expect(s.table.rows[0][10]).toBe('Talk to the department head');
    expect(s.table.rows[0][8]).toBe(38_000);
    expect(s.table.rows[0][9]).toBe('Master Schedule 5, 7');
    expect(s.table.links?.[0]?.[9]).toEqual({ sheet: 'Master Schedule', range: 'A5:E7' });
    expect(s.table.rows[1][10]).toBe('');
    expect(s.table.links?.[1]).toBeUndefined();
    expect(s.preamble.join(' ')).toContain('gone:old: kept');
  });

  it('lists the data check with links to cells and row ranges', () => {
    const s = sheet('Data Check', report.sheets);
    expect(s.table.rows[0]).toEqual(['warning', 'Master Schedule', 'D6', 'Time "25:00" is not a time', 'unreadable-time']);
    expect(s.table.links?.[0]?.[2]).toEqual({ sheet: 'Master Schedule', range: 'D6' });
    expect(s.table.links?.[1]?.[2]).toEqual({ sheet: 'Master Schedule', range: 'A5:A7' });
    expect(s.table.links?.[2]).toBeUndefined();
  });
});
