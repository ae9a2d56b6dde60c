import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { review } from '../../src/engine/review';
import { readWorkbookFile } from '../../src/files/readWorkbookFile';
import { parseCsv } from '../../src/files/csv';
import type { ReviewResult } from '../../src/engine/types';

// Acceptance on real data (read in place, never copied): St Paul's, England, XHSTT-2014 UK-SP-06.
const DATA = path.resolve(__dirname, '../../..', 'shared/data/real/uk-stpauls-xhstt');

describe("St Paul's timetable through the file reader and review()", () => {
  let result: ReviewResult;
  let meetings: { teacher: string; slot: string }[];

  beforeAll(async () => {
    const workbook = await readWorkbookFile(path.join(DATA, 'sections.csv'));
    result = review({ workbook }).result;
    const rows = parseCsv(await fs.readFile(path.join(DATA, 'sections.csv'), 'utf8'));
    const header = rows[0] as string[];
    const teacher = header.indexOf('teacher');
    const day = header.indexOf('day');
    const period = header.indexOf('period');
    meetings = rows
      .slice(1)
      .filter((r) => r.length > 1)
      .map((r) => ({ teacher: String(r[teacher]), slot: `${String(r[day])}${String(r[period])}` }));
  });

  it('gives every one of the 68 teachers the weekly periods of teacher_load.csv', async () => {
    const expected = parseCsv(await fs.readFile(path.join(DATA, 'teacher_load.csv'), 'utf8'))
      .slice(1)
      .filter((r) => r.length === 2)
      .map(([teacher, slots]) => [String(teacher), Number(slots)]);
    expect(expected).toHaveLength(68);
    const actual = new Map(result.teachers.map((t) => [t.teacher, t.periodsPerCycle]));
    expect(result.teachers).toHaveLength(68);
    expect(expected.map(([teacher]) => [teacher, actual.get(teacher as string)])).toEqual(expected);
  });

  it('reports the two double-bookings, PDO and NV, with their cells', () => {
    const doubles = result.dataCheck.filter((d) => d.code === 'double-booking');
    expect(doubles).toHaveLength(2);
    expect(doubles.map((d) => d.message)).toEqual([
      expect.stringMatching(/^Teacher PDO is booked twice on wo \(Wed\), period 5: .*Dt-8A.*Dt-13L/),
      expect.stringMatching(/^Teacher NV is booked twice on vr \(Fri\), period 2: .*He-13R.*Dt-11L/),
    ]);
    for (const d of doubles) expect(d.sheet).toBe('sections');
  });

  it('reports common free periods per department, equal to a count straight from the timetable', () => {
    const departments = result.collaboration.filter((t) => t.basis === 'department');
    expect(departments.length).toBeGreaterThanOrEqual(5);
    const allSlots = new Set(meetings.map((m) => m.slot));
    expect(allSlots.size).toBe(25);
    for (const team of departments) {
      const busy = new Set(meetings.filter((m) => team.members.includes(m.teacher)).map((m) => m.slot));
      expect({ team: team.team, common: team.commonPeriodsPerCycle }).toEqual({ team: team.team, common: 25 - busy.size });
      // No clock times in the source: minutes stay unknown rather than guessed.
      expect(team.commonMinutesPerWeek).toBeNull();
    }
  });
});
