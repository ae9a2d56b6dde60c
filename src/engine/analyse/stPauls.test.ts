import fs from 'fs';
import path from 'path';
import { analyseSchedule, inferLevel } from './schedule';
import { settingsWith, workbook } from './__fixtures__/workbook';
import type { Meeting, Section } from '../types';

// Real data: St Paul's (XHSTT UK-SP-06), 68 teachers, 1,227 meetings, 5 days × 5 periods, no clock times.
// Sections are built here straight from sections.csv (one row per meeting, each naming its teacher), so the
// analyses are checked independently of the parser.
const DIR = path.resolve(__dirname, '../../../..', 'shared/data/real/uk-stpauls-xhstt');
const DAYS: Record<string, 1 | 2 | 3 | 4 | 5> = { ma: 1, di: 2, wo: 3, do: 4, vr: 5 };

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = fs.readFileSync(path.join(DIR, file), 'utf8').trim().split(/\r?\n/);
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

function stPaulsSections(): Section[] {
  const byId = new Map<string, Section>();
  readCsv('sections.csv').forEach((row, i) => {
    const meeting: Meeting = { day: { kind: 'weekday', day: DAYS[row.day] }, periods: [row.period], teachers: [row.teacher] };
    let s = byId.get(row.section_id);
    if (!s) {
      s = {
        id: row.section_id,
        teachers: [],
        course: row.course,
        subject: row.subject,
        core: ['Ma', 'En', 'Sc'].includes(row.subject),
        grade: row.grade_or_class || undefined,
        program: 'general',
        meetings: [],
        collaboration: false,
        source: { sheet: 'sections', firstRow: i + 2, lastRow: i + 2 },
      };
      byId.set(row.section_id, s);
    }
    if (!s.teachers.includes(row.teacher)) s.teachers.push(row.teacher);
    s.meetings.push(meeting);
    s.source.lastRow = i + 2;
  });
  return [...byId.values()];
}

describe("St Paul's real timetable", () => {
  const parsed = workbook({ sections: stPaulsSections() });
  const analysis = analyseSchedule(parsed, settingsWith(), inferLevel(parsed));

  it('counts the weekly periods of all 68 teachers exactly as teacher_load.csv', () => {
    const expected = Object.fromEntries(readCsv('teacher_load.csv').map((r) => [r.teacher, Number(r.weekly_slots)]));
    const measured = Object.fromEntries(analysis.teachers.map((x) => [x.teacher, x.periodsPerCycle]));
    expect(Object.keys(expected)).toHaveLength(68);
    expect(measured).toEqual(expected);
    expect(analysis.teachers.reduce((s, x) => s + x.periodsPerCycle, 0)).toBe(1227);
  });

  it('reports common free periods per department (the subject each teacher teaches most), without minutes', () => {
    expect(inferLevel(parsed)).toBe('high');
    expect(analysis.collaboration.length).toBeGreaterThan(5);
    for (const team of analysis.collaboration) {
      expect(team.basis).toBe('department');
      expect(team.members.length).toBeGreaterThanOrEqual(2);
      expect(team.commonPeriodsPerCycle).toBeGreaterThanOrEqual(0);
      expect(team.commonPeriodsPerCycle).toBeLessThanOrEqual(25);
      expect(team.commonMinutesPerWeek).toBeNull();
    }
    const maths = analysis.collaboration.find((team) => team.team === 'Ma')!;
    expect(maths.members.length).toBeGreaterThan(3);
    expect(analysis.dataCheck.some((d) => d.code === 'minutes-unknown')).toBe(true);
  });

  it('checks a department figure against a direct count of the slots where no member teaches', () => {
    const teams = analysis.collaboration;
    const rows = readCsv('sections.csv');
    const used = new Set(rows.map((r) => `${r.day}${r.period}`));
    for (const team of teams) {
      const busy = new Set(rows.filter((r) => team.members.includes(r.teacher)).map((r) => `${r.day}${r.period}`));
      expect(team.commonPeriodsPerCycle).toBe([...used].filter((slot) => !busy.has(slot)).length);
    }
  });
});
