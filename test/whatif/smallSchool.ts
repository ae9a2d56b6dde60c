import type { CellValue, SheetGrid, WorkbookGrids } from '../../src/engine/types';

// A small high school whose figures are easy to follow by hand, for the What If's hand-computed tests:
// two English teachers with 5 sections of 30 (150 students each), one math teacher with 5 sections of 24 (120);
// a six-period day of 50 minutes, everyone free in period 6; a budget at $100,000 a teacher; 400 students,
// 12 in special education; 1 counselor ($80,000) and 2 special-education aides ($40,000 each).

function grid(name: string, rows: CellValue[][]): SheetGrid {
  return { name, rows, originRow: 0, originCol: 0 };
}

export function smallSchool(): WorkbookGrids {
  const schedule: CellValue[][] = [['Teacher', 'Department', 'Course', 'Period', 'Enrolled']];
  for (const teacher of ['Ames', 'Brook']) for (let p = 1; p <= 5; p++) schedule.push([teacher, 'English', 'English 9', String(p), 30]);
  for (let p = 1; p <= 5; p++) schedule.push(['Cole', 'Mathematics', 'Algebra 1', String(p), 24]);
  return {
    name: 'small-school.xlsx',
    sheets: [
      grid('Schedule', schedule),
      grid('Budget', [
        ['Description', 'Fund', 'FTE', 'Amount'],
        ['English teacher', 'General', 2, 200000],
        ['Math teacher', 'General', 1, 100000],
        ['Counselor', 'General', 1, 80000],
        ['Special education aide', 'Special Education', 2, 80000],
      ]),
      grid('Enrollment', [
        ['Grade', 'Students', 'Special education'],
        ['9', 400, 12],
      ]),
    ],
  };
}
