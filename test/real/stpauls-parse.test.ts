import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from '../../src/files/csv';
import { parseWorkbook } from '../../src/engine/parse/parseWorkbook';
import { defaultSettings } from '../../src/engine/settings/defaults';
import type { ParsedWorkbook, Section } from '../../src/engine/types';

// The real St Paul's (England) timetable: one row per lesson meeting, Dutch day abbreviations, 3-letter teacher
// codes, subject codes such as "Ma" and "Dt", no clock times and no class sizes.
const DATA = resolve(__dirname, '../../..', 'shared/data/real/uk-stpauls-xhstt');

function load(): ParsedWorkbook {
  const rows = parseCsv(readFileSync(resolve(DATA, 'sections.csv'), 'utf8'));
  return parseWorkbook({ name: 'St Paul', sheets: [{ name: 'sections', rows, originRow: 0, originCol: 0 }] }, defaultSettings());
}

/** Meetings a teacher teaches: every meeting of their sections that names them (or all, when none names anyone). */
function meetingsPerTeacher(sections: Section[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const section of sections) {
    for (const meeting of section.meetings) {
      for (const teacher of meeting.teachers ?? section.teachers) counts.set(teacher, (counts.get(teacher) ?? 0) + 1);
    }
  }
  return counts;
}

describe('St Paul’s real timetable', () => {
  const parsed = load();

  it('finds the schedule table and its columns in the CSV', () => {
    expect(parsed.tables).toHaveLength(1);
    const [table] = parsed.tables;
    expect(table).toMatchObject({ kind: 'schedule', sheet: 'sections', headerRow: 1, firstDataRow: 2, lastDataRow: 1228 });
    const fields = Object.fromEntries(table.columns.map((c) => [c.field, c.header]));
    expect(fields).toMatchObject({
      sectionId: 'section_id',
      teacher: 'teacher',
      subject: 'subject',
      course: 'course',
      // Its cells are class groups ("8U", "12a2"), so the column is the class group and the grade is their year.
      classGroup: 'grade_or_class',
      days: 'day',
      period: 'period',
      room: 'room',
      enrollment: 'enrollment',
    });
    expect(parsed.sheetStats).toEqual([{ sheet: 'sections', kind: 'schedule', rowsRead: 1227, rowsSkipped: 0 }]);
  });

  it('merges 1227 meeting rows into 502 sections taught by 68 teachers', () => {
    expect(parsed.sections).toHaveLength(502);
    expect(parsed.sections.reduce((n, s) => n + s.meetings.length, 0)).toBe(1227);
    expect(new Set(parsed.sections.flatMap((s) => s.teachers)).size).toBe(68);
    const ma10s = parsed.sections.find((s) => s.id === 'gr_Course_Ma-10S_325');
    expect(ma10s).toMatchObject({ course: 'Ma-10S', subject: 'Math', core: true, grade: '10' });
  });

  it('counts each teacher’s weekly meetings exactly as teacher_load.csv does, for all 68 teachers', () => {
    const reference = parseCsv(readFileSync(resolve(DATA, 'teacher_load.csv'), 'utf8')).slice(1);
    const counts = meetingsPerTeacher(parsed.sections);
    expect(reference).toHaveLength(68);
    for (const [teacher, slots] of reference) expect([teacher, counts.get(String(teacher))]).toEqual([teacher, slots]);
    expect(counts.size).toBe(68);
  });

  it('reports the two double-bookings, PDO on wo period 5 and NV on vr period 2', () => {
    const clashes = parsed.dataCheck.filter((d) => d.code === 'double-booking');
    expect(clashes).toHaveLength(2);
    const pdo = clashes.find((c) => c.message.includes('Teacher PDO'));
    expect(pdo?.message).toMatch(/booked twice on wo \(Wed\), period 5/);
    expect(pdo?.message).toContain('(Dt-8A, cell I');
    expect(pdo?.message).toContain('(Dt-13L, cell I');
    const nv = clashes.find((c) => c.message.includes('Teacher NV'));
    expect(nv?.message).toMatch(/booked twice on vr \(Fri\), period 2/);
    expect(nv?.message).toContain('He-13R');
    expect(nv?.message).toContain('Dt-11L');
  });

  it('reports the empty enrollment column, the unused columns and the subject codes no rule maps', () => {
    const noEnrollment = parsed.dataCheck.filter((d) => d.code === 'no-enrollment');
    expect(noEnrollment).toHaveLength(1);
    expect(noEnrollment[0].message).toMatch(/^502 of 502 sections have no enrollment/);
    const unrecognised = parsed.dataCheck.filter((d) => d.code === 'unrecognised-column').map((d) => d.cell);
    expect(unrecognised).toEqual(['B1', 'C1', 'M1', 'N1', 'O1']);
    const unmapped = parsed.dataCheck.filter((d) => d.code === 'unmapped-subject').map((d) => d.message.match(/"(.+?)"/)?.[1]);
    expect(unmapped.sort()).toEqual(['Ce', 'Cp', 'Da', 'Dv', 'Fs', 'He', 'J.', 'Pa', 'Ps', 'Py', 'Sd', 'Sk', 'So', 'Sx']);
  });
});
