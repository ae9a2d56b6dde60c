import { analyseSchedule } from './schedule';
import { bell, meetings, section, settingsWith, t, weekday, workbook } from './__fixtures__/workbook';
import type { Section } from '../types';

// Regrouping specials between two grades, on a small grid worked by hand. Four 30-minute periods back to back:
// P1 8:00, P2 8:30, P3 9:00, P4 9:30 (no passing time between them). Monday and Tuesday alike:
// - Grade K (homerooms A, B) has specials in P1-2: KA with P, KB with Q; A and B teach their classes in P3-4.
// - Grade 1 (homerooms C, D) has specials in P3-4: 1A with P, 1B with Q; C and D teach their classes in P1-2.
// Each grade team is free together 60 minutes a day, and each member teaches 2 of 4 periods: no move of sections can
// give three free periods (a 90-minute block), as a homeroom class of two periods cannot move.
const BELL = [bell('1', t(8), t(8, 30)), bell('2', t(8, 30), t(9)), bell('3', t(9), t(9, 30)), bell('4', t(9, 30), t(10))];
const DAYS = [weekday(1), weekday(2)];

function cls(id: string, teacher: string, grade: string, periods: string[]): Section {
  return section({ id, course: id, teachers: [teacher], grade, department: `Grade ${grade}`, enrollment: 20, meetings: meetings(DAYS, periods) });
}

const sections = [
  cls('KA-HR', 'A', 'K', ['3', '4']),
  cls('KB-HR', 'B', 'K', ['3', '4']),
  cls('KA-PE', 'P', 'K', ['1', '2']),
  cls('KB-MUS', 'Q', 'K', ['1', '2']),
  cls('1A-HR', 'C', '1', ['1', '2']),
  cls('1B-HR', 'D', '1', ['1', '2']),
  cls('1A-PE', 'P', '1', ['3', '4']),
  cls('1B-MUS', 'Q', '1', ['3', '4']),
];

describe('no-cost block: regrouping specials (elementary)', () => {
  it("gives Grade 1 a 90-minute block on Monday and Grade K one on Tuesday, each grade's specials minutes unchanged", () => {
    const options = analyseSchedule(workbook({ bell: BELL, sections }), settingsWith(), 'elementary').noCostBlocks ?? [];
    // Grade 1 is searched first. On Mon its specials run P3-4 extends back into P2, where P and Q teach Grade K's two
    // classes (and no one else teaches Grade K then; A and B are free to have their classes back): 8:30-10:00 = 90
    // minutes. On Tue Grade K takes P3 the same way. Grade 1: Mon 90 + Tue 30 = 120 = 2 × 60; Grade K: 30 + 90 = 120.
    const grade1 = options.find((o) => o.team === 'Grade 1')!;
    expect(grade1).toMatchObject({ found: true, kind: 'specials-regroup', day: 'Mon', periods: ['2', '3', '4'], blockMinutes: 90, moves: [] });
    expect(grade1.text).toBe(
      "No-cost option: regroup Grade 1's specials with Grade K's. On Mon, Grade 1's classes stay with their specials teachers (P; Q) from period 2, " +
        "which Grade K gives up that day; on Tue, Grade K's classes take period 3 from Grade 1 the same way. Each grade keeps its specials minutes " +
        "a week (30 minutes more one day, 30 less the other), the specials teachers teach the same periods, and Grade 1's homeroom lesson in period 2 " +
        "on Mon moves to period 3 on Tue (Grade K's the other way). Then all 2 members are free together on Mon in periods 2-4 (90 minutes), a weekly block without cover.",
    );
    // The same regrouping gives Grade K its block on Tuesday (P1-3, 8:00-9:30): offered again, not a second change.
    const gradeK = options.find((o) => o.team === 'Grade K')!;
    expect(gradeK).toMatchObject({ found: true, kind: 'specials-regroup', day: 'Tue', periods: ['1', '2', '3'], blockMinutes: 90 });
    expect(gradeK.text).toBe(
      "No-cost option: the specials regrouping found for Grade 1 (regroup Grade 1's and Grade K's specials on Mon and Tue) also gives this team its block: " +
        'all 2 members are free together on Tue in periods 1-3 (90 minutes).',
    );
  });

  it('does not regroup when a specials teacher does not pass to the other grade, and says why', () => {
    // Q teaches 1B in P4 only, and R takes 1B in P3: Q does not go straight from KB to a Grade 1 class in P3, and R
    // does not go from Grade 1 to Grade K in P2.
    const broken = sections.map((s) => (s.id === '1B-MUS' ? { ...s, meetings: meetings(DAYS, ['4']) } : s));
    const parsed = workbook({ bell: BELL, sections: [...broken, cls('1B-ART', 'R', '1', ['3'])] });
    const options = analyseSchedule(parsed, settingsWith(), 'elementary').noCostBlocks ?? [];
    const gradeK = options.find((o) => o.team === 'Grade K')!;
    expect(gradeK.found).toBe(false);
    expect(gradeK.text).toContain(
      "regrouping Grade K's specials with a neighbouring grade's does not fit: on no two days (not already regrouped for another team) do the specials teachers pass from Grade K's classes straight to one other grade's",
    );
  });

  it('is not tried in a secondary school', () => {
    const options = analyseSchedule(workbook({ bell: BELL, sections }), settingsWith(), 'middle').noCostBlocks ?? [];
    expect(options.every((o) => o.kind !== 'specials-regroup')).toBe(true);
  });
});
