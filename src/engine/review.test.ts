import { review } from './review';
import type { SheetGrid } from './types';

function grid(name: string, rows: (string | number | null)[][]): SheetGrid {
  return { name, rows, originRow: 0, originCol: 0 };
}

describe('review key figures', () => {
  it('counts the sections read and leaves loads and the 90-minute block unknown without enrollment or times', () => {
    // St Paul's shape: no enrollment column, no clock times, no bell schedule.
    const schedule = grid('Timetable', [
      ['Teacher', 'Course', 'Department', 'Grade', 'Period', 'Day'],
      ['Abbott', 'Ma-10S', 'Maths', '10', '1', 'Mon'],
      ['Abbott', 'Ma-10T', 'Maths', '10', '2', 'Mon'],
      ['Brown', 'Ma-11S', 'Maths', '11', '3', 'Mon'],
      ['Clark', 'En-10S', 'English', '10', '1', 'Mon'],
      ['Davis', 'En-11S', 'English', '11', '2', 'Mon'],
    ]);
    const { result, report } = review({ workbook: { name: 'No enrollment', sheets: [schedule] }, settings: { schoolLevel: 'high' } });
    const k = result.keyFigures;
    expect(k.sections).toBe(5);
    expect(k.students).toBeNull();
    expect(k.medianCoreLoad).toBeNull();
    expect(k.highestCoreLoad).toBeNull();
    expect(k.teams).toBeGreaterThan(0);
    expect(k.teamBlocksKnown).toBe(false);
    expect(result.teachers.every((t) => t.seatsKnown === false)).toBe(true);
    // No sentence anywhere in the report claims "0 students" or "0 seats".
    const text = report.sheets.flatMap((s) => [...s.preamble, ...s.table.rows.flat().map(String)]).join('\n');
    expect(text).not.toMatch(/\b0 (students|seats)\b/);
    expect(result.flags.filter((f) => f.id.startsWith('core-load'))).toEqual([]);
  });
});
