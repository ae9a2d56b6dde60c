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
      'Charts',
      'Teacher Load',
      'Class Size',
      'Class Size by Group',
      'Time by Subject',
      'Collaboration',
      'Budget by Use',
      'Flags',
      'Data Check',
      'Tables Read',
    ]);
    const tables = report.sheets.flatMap((s) => [s.table, ...(s.moreTables ?? []).map((m) => m.table)]);
    const names = tables.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^srr_[A-Za-z0-9_]+$/);
    for (const table of tables) {
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    }
  });

  it('gives the class-size averages by subject, grade and program a table of their own, not lines above the sections', () => {
    const groups = sheet('Class Size by Group', report.sheets);
    expect(groups.table.name).toBe('srr_ClassSizeGroups');
    expect(groups.table.columns.map((c) => c.header)).toEqual(['By', 'Group', 'Sections', 'Average class size', 'Smallest', 'Largest']);
    const many = buildReport(
      { ...result, classSizeGroups: [...result.classSizeGroups, { by: 'grade', group: '9', sections: 3, average: 70 / 3, min: 12, max: 32 }] },
      {},
    );
    // 70 students in 3 sections: 23.3 on average, shown to one decimal.
    expect(sheet('Class Size by Group', many.sheets).table.rows).toEqual([
      ['subject', 'ELA', 1, 32, 32, 32],
      ['grade', '9', 3, 23.3, 12, 32],
    ]);
    // An average below the small-section line (15) is marked as the small sections are.
    expect(groups.table.conditionalFormats).toEqual([{ column: 3, operator: 'lessThan', value: 15, severity: 'info' }]);
    // The Class Size sheet keeps a short preamble (so only its header is frozen) that points to the groups.
    const classSize = sheet('Class Size', many.sheets);
    expect(classSize.preamble.join(' ')).toContain('see Class Size by Group');
    expect(classSize.preamble.join(' ')).not.toMatch(/grade 9: 3 sections/);
  });

  it('leaves out Budget by Use when there is no budget, and says the budget figures are not in the workbook', () => {
    const noBudget = buildReport({ ...result, budget: null }, {});
    expect(noBudget.sheets.map((s) => s.name)).not.toContain('Budget by Use');
    const rows = sheet('Summary', noBudget.sheets).table.rows;
    expect(rows.find((r) => r[0] === 'Budget per pupil')?.slice(1, 4)).toEqual(['not in this workbook', expect.any(String), '']);
    expect(rows.find((r) => r[0] === 'Students per counselor')?.[4]).toBe('no budget sheet');
  });

  it('opens the Summary with the school, the run, its size, the data health and the flag counts', () => {
    const summary = sheet('Summary', buildReport({ ...result, runDate: '2026-11-30', changedSettings: [] }, {}).sheets);
    expect(summary.preamble).toEqual([
      'Sample High: resource review',
      'Run 2026-11-30 · high school (from the grades taught) · ' +
        '300 students, 2 teachers and 3 sections in the schedule · recommended settings',
      // sampleResult's sheetStats: Master Schedule, 3 rows read and 1 skipped; its data check: 1 error, 1 warning, 1 info.
      'Data: read 3 rows from 1 sheet, 1 row skipped, 1 error, 1 warning: see Data Check.',
      "Flags: 1 critical, 1 warning, 0 notes. Write the team's notes on the Flags sheet.",
    ]);
    const changed = sheet('Summary', buildReport({ ...result, changedSettings: ['Core teacher load: warn above 90 students (recommended 100 students)'] }, {}).sheets);
    expect(changed.preamble[1]).toMatch(/settings changed: Core teacher load: warn above 90 students \(recommended 100 students\)$/);
  });

  it('sets each key figure beside the recommended value with its status in a word and the number format of its unit', () => {
    const summary = sheet('Summary', report.sheets).table;
    const row = (figure: string) => summary.rows.find((r) => r[0] === figure);
    expect(summary.rows.map((r) => r[0])).toEqual([
      'Median core teacher load',
      'Highest core teacher load',
      'Share of time in ELA/ELD + math',
      'Teams with a weekly 90-minute block',
      'Budget per pupil',
      'Locked (restricted) share of the budget',
      'Special-education students per aide',
      'Students per counselor',
      'Average class size',
    ]);
    // sampleResult: highest core load 160 ≥ 150 (far from); ELA + math 36% is within 5 points of 33% (watch);
    // 9 students per aide is below 12 but not below 9 = 12 × 0.75 (watch).
    expect(row('Highest core teacher load')?.slice(1, 4)).toEqual([160, '100 or fewer', 'far from']);
    expect(row('Share of time in ELA/ELD + math')?.slice(1, 4)).toEqual([0.36, 'more than 33%', 'watch']);
    expect(row('Special-education students per aide')?.slice(1, 4)).toEqual([9, '12 or more', 'watch']);
    // Per pupil has a reference point, not a recommendation: not judged, not coloured.
    expect(row('Budget per pupil')?.[3]).toBe('');
    const typeOf = (figure: string) => summary.cellTypes?.[summary.rows.findIndex((r) => r[0] === figure)]?.[1];
    expect(typeOf('Share of time in ELA/ELD + math')).toBe('percent');
    expect(typeOf('Budget per pupil')).toBe('currency');
    expect(typeOf('Locked (restricted) share of the budget')).toBe('percent');
    expect(typeOf('Special-education students per aide')).toBe('number');
    expect(summary.conditionalFormats).toEqual([
      { column: 3, operator: 'equal', value: 'far from', severity: 'critical' },
      { column: 3, operator: 'equal', value: 'watch', severity: 'warning' },
      { column: 3, operator: 'equal', value: 'meets', severity: 'good' },
    ]);

    const flags = sheet('Flags', report.sheets).table;
    const valueColumn = flags.columns.findIndex((c) => c.header === 'Value');
    result.flags.forEach((flag, i) => {
      expect(flags.cellTypes?.[i]?.[valueColumn]).toBe(typeof flag.value === 'number' ? (flag.unit ?? 'integer') : 'text');
    });
  });

  it('lists the findings that matter most, one per measure, each linked to its first row on the Flags sheet', () => {
    const summary = sheet('Summary', report.sheets);
    const findings = summary.moreTables?.[0];
    expect(findings?.title).toBe('What matters most');
    const flagsSheet = sheet('Flags', report.sheets);
    // Row 1 is the writer's mark; the Flags table's header sits one blank row below its preamble, its first flag below.
    const firstFlagRow = flagsSheet.preamble.length + 4;
    expect(findings?.table.rows.map((r) => [r[0], r[1]])).toEqual(result.flags.map((f) => [f.measure, f.severity]));
    expect(findings?.table.links?.[0]?.[3]).toEqual({ sheet: 'Flags', range: `A${firstFlagRow}` });
    expect(findings?.table.links?.[1]?.[3]).toEqual({ sheet: 'Flags', range: `A${firstFlagRow + 1}` });
  });

  it('moves what was read from where to the Tables Read sheet', () => {
    const read = sheet('Tables Read', report.sheets).table;
    const schedule = read.rows.find((r) => r[0] === 'Master schedule');
    expect(schedule?.slice(1, 6)).toEqual(['Master Schedule', 4, '5–7', 3, 1]);
    expect(schedule?.[7]).toBe('teacher = "Teacher" (A), course = "Course Title" (B), enrollment = "Enrolled" (E)');
    expect(read.links?.[0]?.[1]).toEqual({ sheet: 'Master Schedule', range: 'A4' });
    expect(sheet('Summary', report.sheets).table.rows.map((r) => String(r[0]))).not.toContainEqual(expect.stringMatching(/^(Table read|Rows read)/));
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

  it('says "not in this workbook" for figures the workbook does not give, never a zero, and judges none of them', () => {
    const unknown = buildReport(
      {
        ...result,
        keyFigures: { ...result.keyFigures, students: null, medianCoreLoad: null, highestCoreLoad: null, teamBlocksKnown: false },
      },
      {},
    );
    const summary = sheet('Summary', unknown.sheets);
    const row = (figure: string) => summary.table.rows.find((r) => r[0] === figure);
    expect(row('Median core teacher load')?.slice(1)).toEqual([
      'not in this workbook',
      '100 or fewer',
      '',
      'no enrollment or student roster, so loads are not known',
    ]);
    expect(row('Teams with a weekly 90-minute block')?.slice(1, 4)).toEqual(['not in this workbook', 'the 1 team', '']);
    expect(summary.preamble[1]).toContain('students not in this workbook, 2 teachers and 3 sections in the schedule');
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
    // Smith's rows 5 and 7 are apart (row 6 is another teacher's): the link goes to row 5, across the columns read (A..E).
    expect(s.table.links?.[0]?.[0]).toEqual({ sheet: 'Master Schedule', range: 'A5:E5' });
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
    expect(collab.table.rows[0]).toEqual(['English', 'department', 2, 'Smith; Lee', 110, 2, 55, '', 'Mon, Wed', 0]);
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
    // The readable measure first; the id, which keys the notes, last.
    expect(s.table.columns.map((c) => c.header)).toEqual([
      'Measure', 'Severity', 'Finding', 'Value', 'Threshold', 'Lever', 'Cost', 'Money freed', 'Counted', 'Rows', 'Source', 'Team notes', 'Id',
    ]);
    const col = (header: string) => column(s, header);
    expect(s.table.columns[col('Team notes')].type).toBe('notes');
    expect(s.table.columns[col('Id')]).toMatchObject({ muted: true });
    expect(['Measure', 'Finding', 'Lever', 'Source'].map((h) => s.table.columns[col(h)].wrap)).toEqual([true, true, true, true]);
    expect(s.table.rows[0][col('Team notes')]).toBe('Talk to the department head');
    expect(s.table.rows[0][col('Cost')]).toBe(38_000);
    expect(s.table.rows[0][col('Rows')]).toBe('Master Schedule rows 5, 7');
    expect(s.table.links?.[0]?.[col('Rows')]).toEqual({ sheet: 'Master Schedule', range: 'A5:E5' });
    expect(s.table.rows[1][col('Team notes')]).toBe('');
    expect(s.table.links?.[1]).toBeUndefined();
    // The note on a flag that did not fire stays in the table, after the firing flags, marked as such.
    expect(s.table.rows.at(-1)).toEqual(expect.arrayContaining(['gone:old', 'not firing in this run', 'kept']));
  });

  it('lists the data check most severe first, each place as a principal reads it, with links to cells and row ranges', () => {
    const s = sheet('Data Check', report.sheets);
    // sampleResult lists the warning, the info, then the error: the error comes first, the rest keep their order.
    expect(s.table.rows).toEqual([
      ['error', '', '', 'No bell schedule found', 'no-bell'],
      ['warning', 'Master Schedule', 'D6', 'Time "25:00" is not a time', 'unreadable-time'],
      ['info', 'Master Schedule', 'rows 5–7', 'Smith booked twice', 'double-booking'],
    ]);
    expect(s.table.links?.[0]).toBeUndefined();
    expect(s.table.links?.[1]?.[2]).toEqual({ sheet: 'Master Schedule', range: 'D6' });
    expect(s.table.links?.[2]?.[2]).toEqual({ sheet: 'Master Schedule', range: 'A5:A7' });
    expect(s.table.conditionalFormats?.map((r) => [r.value, r.severity])).toEqual([
      ['error', 'critical'],
      ['warning', 'warning'],
      ['info', 'info'],
    ]);
  });

  it('reads a single row as "row 37", not "37:37"', () => {
    const one = buildReport({ ...result, dataCheck: [{ severity: 'info', sheet: 'Budget', cell: '37:37', message: 'x', code: 'y' }] }, {});
    expect(sheet('Data Check', one.sheets).table.rows[0][2]).toBe('row 37');
  });
});
