import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from '../../src/files/csv';
import { review } from '../../src/engine/review';

// Lane Tech's CPS position roster reviewed alone: a budget with no schedule, no grades, no enrollment, no fund
// column and no PD or coach positions. Everything the review says must rest on what the roster holds; before, it
// reported "$0 PD per teacher" and "$0 coach per teacher" as flags, a 0.0% locked share, a level "inferred from
// grades" and "0 of 0 teams".
const FILE = resolve(__dirname, '../../..', 'shared/data/real/cps-lane-tech-positions-2019/positions.csv');
const rows = parseCsv(readFileSync(FILE, 'utf8'));
const { result, report } = review({ workbook: { name: 'positions', sheets: [{ name: 'positions', rows, originRow: 0, originCol: 0 }] } });
const summary = report.sheets.find((s) => s.name === 'Summary')!.table.rows;
const summaryRow = (item: string) => summary.find((r) => r[0] === item)?.slice(1);
const codes = result.dataCheck.map((d) => d.code);

describe('Lane Tech position roster reviewed alone', () => {
  it('keeps the measured figures: $30,613,663 over 236 teacher FTE', () => {
    expect(result.budget?.total).toBe(30_613_663); // salaries 22,537,611 + benefits 8,076,052 (README)
    expect(result.budget?.teacherFte).toBe(236); // 212.5 regular + 4 military + 19 special-education + 0.5 bilingual
  });

  it('raises no flag: PD, coaching and locked money are not in the roster', () => {
    expect(result.flags).toEqual([]);
    expect(result.budget).toMatchObject({ pdPerTeacher: null, pdShare: null, coachPerTeacher: null, lockedShare: null });
    expect(codes).toEqual(expect.arrayContaining(['budget-use-absent', 'budget-no-fund']));
    expect(summaryRow('Locked (restricted) share of the budget')).toEqual([
      'not in this workbook',
      'for reference: the rest is the principal’s to direct',
      '',
      'no budget line names a fund or program, so locked money cannot be told from the rest',
    ]);
    const byUse = report.sheets.find((s) => s.name === 'Budget by Use')!;
    expect(byUse.preamble[1]).toContain('locked (restricted) share not in this workbook');
    // Salary + benefits of Regular (22,011,622), Special Education (1,946,427), Bilingual (47,428) teachers and
    // Military Instructors (470,236) = 24,475,713 over 212.5 + 19 + 0.5 + 4 = 236 FTE = $103,710.65.
    expect(byUse.preamble[2]).toBe(
      'PD per teacher not in this workbook; coaching per teacher not in this workbook; average teacher cost $103,711 over 236 budgeted teacher FTE (no master schedule to compare with).',
    );
  });

  it('counts no teachers, sections or teams: there is no schedule, so not 0 but not in the workbook', () => {
    expect(result.keyFigures).toMatchObject({ teachers: null, sections: null, teams: null, teamsWith90MinuteBlock: null });
    expect(codes).toContain('no-schedule');
    const preamble = report.sheets.find((s) => s.name === 'Summary')!.preamble;
    expect(preamble[1]).toContain('students not in this workbook, no master schedule');
    expect(summaryRow('Teams with a weekly 90-minute block')?.[0]).toBe('not in this workbook');
    const text = report.sheets.flatMap((s) => [...s.preamble, ...s.table.rows.flat().map(String)]).join('\n');
    expect(text).not.toMatch(/\b0 of 0\b/);
  });

  it('says the level is assumed, not inferred, and where to set it', () => {
    expect(result.school).toMatchObject({ level: 'high', levelInferred: true, levelBasis: 'assumed' });
    expect(codes).toContain('level-assumed');
    const preamble = report.sheets.find((s) => s.name === 'Summary')!.preamble;
    expect(preamble[1]).toContain("high school (assumed: no grades in the workbook; set the school level in the add-in's Settings step or with --level)");
  });
});
