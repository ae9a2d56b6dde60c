import { schoolNameFromWorkbook } from './schoolName';
import type { DetectedTable, SheetGrid } from '../types';

function grid(name: string, rows: SheetGrid['rows']): SheetGrid {
  return { name, rows, originRow: 0, originCol: 0 };
}

function table(sheet: string, headerRow: number, firstDataRow: number, lastDataRow: number): DetectedTable {
  return { kind: 'budget', sheet, headerRow, firstDataRow, lastDataRow, columns: [], unmatchedHeaders: [], confidence: 1, how: 'detected' };
}

describe('schoolNameFromWorkbook', () => {
  it('takes a labelled banner ("Location: …") over a title that names the district', () => {
    const budget = grid('Budget', [
      ['Riverbend Unified School District (fictional) — School Budget Detail, FY 2026-27'],
      ['Location: Cypress Ridge High School'],
      [null],
      ['Description', 'Fund', 'Amount'],
      ['Teacher', 'General', 100],
    ]);
    expect(schoolNameFromWorkbook({ sheets: [budget] }, [table('Budget', 4, 5, 5)])).toBe('Cypress Ridge High School');
  });

  it('finds the school in a title sentence, but never the district', () => {
    const about = grid('About', [['Harbor Lights Elementary School: a case study for School Resource Review']]);
    expect(schoolNameFromWorkbook({ sheets: [about] }, [])).toBe('Harbor Lights Elementary School');
    const district = grid('About', [['Riverbend Unified School District budget']]);
    expect(schoolNameFromWorkbook({ sheets: [district] }, [])).toBeUndefined();
  });

  it('reads a school column that names one school on every row (a position file), and not one that names several', () => {
    const roster = grid('positions', [
      ['position_id', 'school_or_unit', 'job_title'],
      [1, 'Albert G Lane Tech High School', 'Regular Teacher'],
      [2, 'Albert G Lane Tech High School', 'Counselor'],
    ]);
    expect(schoolNameFromWorkbook({ sheets: [roster] }, [table('positions', 1, 2, 3)])).toBe('Albert G Lane Tech High School');
    const district = grid('positions', [
      ['position_id', 'school_or_unit', 'job_title'],
      [1, 'Lane Tech High School', 'Regular Teacher'],
      [2, 'Lincoln Park High School', 'Counselor'],
    ]);
    expect(schoolNameFromWorkbook({ sheets: [district] }, [table('positions', 1, 2, 3)])).toBeUndefined();
  });

  it('never reads a name from the data below a header row', () => {
    const schedule = grid('Schedule', [
      ['Teacher', 'Course'],
      ['Smith', 'Drama School Prep'],
      ['Lee', 'Algebra'],
    ]);
    expect(schoolNameFromWorkbook({ sheets: [schedule] }, [table('Schedule', 1, 2, 3)])).toBeUndefined();
  });
});
