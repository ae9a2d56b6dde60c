import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { review } from '../../src/engine/review';
import { readWorkbookFile } from '../../src/files/readWorkbookFile';
import { parseCsv } from '../../src/files/csv';
import type { ReviewOutcome } from '../../src/engine/types';

// St Paul's (real data, read in place): a course is a class set ("Ma-10S", "Ma-10T"), so preps are counted as
// distinct subject + year, and with no enrollment anywhere, loads are unknown rather than 0.
const DATA = path.resolve(__dirname, '../../..', 'shared/data/real/uk-stpauls-xhstt');

describe("St Paul's preps and unknown loads", () => {
  let outcome: ReviewOutcome;
  let expectedPreps: Map<string, number>;

  beforeAll(async () => {
    outcome = review({ workbook: await readWorkbookFile(path.join(DATA, 'sections.csv')) });
    // Independently of the engine: distinct (subject code, year) per teacher, year = the leading digits of the set.
    const rows = parseCsv(await fs.readFile(path.join(DATA, 'sections.csv'), 'utf8'));
    const header = rows[0] as string[];
    const col = (name: string) => header.indexOf(name);
    const contents = new Map<string, Set<string>>();
    for (const r of rows.slice(1)) {
      if (r.length < 2) continue;
      const teacher = String(r[col('teacher')]);
      const year = /^\d+/.exec(String(r[col('grade_or_class')]))?.[0] ?? String(r[col('course')]);
      const set = contents.get(teacher) ?? new Set<string>();
      set.add(`${String(r[col('subject')])}|${year}`);
      contents.set(teacher, set);
    }
    expectedPreps = new Map([...contents].map(([teacher, set]) => [teacher, set.size]));
  });

  it('counts a prep per subject and year, not per class set', () => {
    const { teachers } = outcome.result;
    expect(teachers).toHaveLength(68);
    for (const t of teachers) expect([t.teacher, t.preps]).toEqual([t.teacher, expectedPreps.get(t.teacher)]);
    // ASL teaches PE in years 7, 8, 10, 11, history in 7, 8 and geography in 7, 10, 11, 13: 10 preps in 12 sets.
    expect(teachers.find((t) => t.teacher === 'ASL')).toMatchObject({ preps: 10, sections: 12 });
    // Summed over the staff: 404 preps for 564 teacher-sections (before, every set was a prep: 564).
    expect(teachers.reduce((s, t) => s + t.preps, 0)).toBe(404);
  });

  it('says loads are not in the workbook, counts the 502 sections read, and never writes "0 students"', () => {
    const { keyFigures, teachers } = outcome.result;
    expect(keyFigures).toMatchObject({ sections: 502, students: null, medianCoreLoad: null, highestCoreLoad: null, teamBlocksKnown: false });
    expect(teachers.every((t) => t.seatsKnown === false)).toBe(true);
    const summary = outcome.report.sheets.find((s) => s.name === 'Summary')!.table.rows;
    expect(summary.find((r) => r[0] === 'Median core teacher load')?.[1]).toBe('not in this workbook');
    expect(summary.find((r) => r[0] === 'Teams with a weekly 90-minute block')?.[1]).toBe('not in this workbook');
    const text = outcome.report.sheets.flatMap((s) => [...s.preamble, ...s.table.rows.flat().map(String)]).join('\n');
    expect(text).not.toMatch(/\b0 (students|seats)\b/);
  });
});
