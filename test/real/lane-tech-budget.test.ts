import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from '../../src/files/csv';
import { parseWorkbook } from '../../src/engine/parse/parseWorkbook';
import { defaultSettings } from '../../src/engine/settings/defaults';
import type { BudgetLine, MoneyUse } from '../../src/engine/types';

// Chicago Public Schools' position roster for Lane Tech High School (30 June 2019): one row per position with job
// title, FTE, salary and benefit cost. A position roster is a budget: each position costs salary + benefits.
const FILE = resolve(__dirname, '../../..', 'shared/data/real/cps-lane-tech-positions-2019/positions.csv');

const rows = parseCsv(readFileSync(FILE, 'utf8'));
const header = rows[0].map(String);
const column = (name: string) => header.indexOf(name);
const dataRows = rows.slice(1).filter((r) => r.some((v) => v !== null && v !== ''));
const fileSum = (name: string) => dataRows.reduce((s, r) => s + Number(r[column(name)]), 0);

const parsed = parseWorkbook({ name: 'Lane Tech', sheets: [{ name: 'positions', rows, originRow: 0, originCol: 0 }] }, defaultSettings());
const lines = parsed.budget;

function byUse(use: MoneyUse): BudgetLine[] {
  return lines.filter((l) => l.use === use);
}

function titles(use: MoneyUse): string[] {
  return [...new Set(byUse(use).map((l) => l.jobTitle ?? ''))].sort();
}

describe('Lane Tech position roster as a budget', () => {
  it('is found as the budget table with title, FTE, salary and benefits', () => {
    const table = parsed.tables.find((t) => t.kind === 'budget');
    expect(table?.columns.map((c) => `${c.field}=${c.header}`)).toEqual(
      expect.arrayContaining(['jobTitle=job_title', 'fte=fte', 'salary=annual_salary', 'benefits=annual_benefit_cost']),
    );
  });

  it('reads every position and gives each a use', () => {
    expect(dataRows).toHaveLength(321);
    expect(lines).toHaveLength(321);
    expect(lines.filter((l) => !l.useMatched)).toEqual([]);
  });

  it('keeps the file totals: FTE, salaries and benefits', () => {
    const salaries = fileSum('annual_salary');
    const benefits = fileSum('annual_benefit_cost');
    expect(salaries).toBe(22_537_611);
    expect(benefits).toBe(8_076_052);
    expect(lines.reduce((s, l) => s + (l.salary ?? 0), 0)).toBe(salaries);
    expect(lines.reduce((s, l) => s + (l.benefits ?? 0), 0)).toBe(benefits);
    expect(lines.reduce((s, l) => s + l.amount, 0)).toBe(salaries + benefits);
    expect(Math.round(lines.reduce((s, l) => s + (l.fte ?? 0), 0) * 10) / 10).toBe(fileSum('fte'));
    expect(fileSum('fte')).toBe(320);
  });

  // Counts verified by hand from the file's job titles.
  it('tells teachers, aides, counselors and administrators apart', () => {
    expect(byUse('Core classroom teachers')).toHaveLength(213); // Regular Teacher (212.5 FTE)
    expect(titles('Core classroom teachers')).toEqual(['Regular Teacher']);
    expect(titles('Elective/specialist teachers')).toEqual(['Military Instructor']);
    expect(byUse('Elective/specialist teachers')).toHaveLength(4);
    expect(byUse('Special-education instruction')).toHaveLength(19);
    expect(titles('EL instruction')).toEqual(['Bilingual Teacher']);
    expect(byUse('Instructional aides')).toHaveLength(22); // 13 + 8 special-ed classroom assistants, 1 bilingual teacher assistant
    expect(titles('Instructional aides')).toEqual(['Special Ed Classroom Assist', 'Special Ed Classroom Assist II', 'Teacher Asst Bil Spanish I']);
    expect(titles('Leadership')).toEqual(['Assistant Principal', 'Principal']);
    expect(byUse('Leadership')).toHaveLength(7);
    const counselors = lines.filter((l) => l.jobTitle === 'School Counselor');
    expect(counselors.map((l) => l.use)).toEqual(Array(11).fill('Pupil services'));
    expect(byUse('Pupil services')).toHaveLength(16); // 11 counselors, 2 library assistants, nurse, social worker, community rep
    expect(titles('Program management/compliance')).toEqual(['Case Manager', 'Student Special Svc Advocate']);
    expect(byUse('Operations')).toHaveLength(36); // security 14, clerks 8, lunchroom and cooks 8, porters 2, technology 4
  });

  it('teacher FTE and average cost follow from the teacher positions', () => {
    const teacherLines = lines.filter((l) =>
      ['Core classroom teachers', 'Elective/specialist teachers', 'Special-education instruction', 'EL instruction'].includes(l.use),
    );
    expect(teacherLines.reduce((s, l) => s + (l.fte ?? 0), 0)).toBe(236); // 212.5 + 4 + 19 + 0.5
  });
});
