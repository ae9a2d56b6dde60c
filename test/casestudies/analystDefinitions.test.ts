import { resolve } from 'node:path';
import { readWorkbookFile } from '../../src/files/readWorkbookFile';
import { review } from '../../src/engine/review';
import type { CellValue, WorkbookGrids } from '../../src/engine/types';
import { CASE_STUDY_DIR, flagById } from './reviewCaseStudy';

// Definitions an ERS analyst would sign, checked on the case-study workbooks, some with a figure changed in memory
// the way a workshop group would ("what if kindergarten had 24 per class?"). Figures are recomputed by hand.

async function caseStudy(fileName: string): Promise<WorkbookGrids> {
  return readWorkbookFile(resolve(CASE_STUDY_DIR, fileName));
}

/** Rewrites the cells of a sheet's data rows (below the header row) for which `change` returns a new row. */
function editRows(workbook: WorkbookGrids, sheet: string, change: (row: CellValue[], header: CellValue[]) => CellValue[] | undefined): void {
  const grid = workbook.sheets.find((s) => s.name === sheet)!;
  const headerAt = grid.rows.findIndex((r) => r.filter((c) => typeof c === 'string' && c !== '').length >= 3);
  const header = grid.rows[headerAt];
  for (let i = headerAt + 1; i < grid.rows.length; i++) grid.rows[i] = change(grid.rows[i], header) ?? grid.rows[i];
}

const col = (header: CellValue[], name: string) => header.indexOf(name);

describe('Harbor Lights Elementary: K-3 class size counts homeroom classes', () => {
  it('four kindergarten classes of 24: 96 students need 5 classes, 1 more ≈ $97,148', async () => {
    const workbook = await caseStudy('elementary-school.xlsx');
    editRows(workbook, 'Master Schedule', (row, h) => (row[col(h, 'Grade')] === 'K' ? row.map((c, j) => (j === col(h, 'Enrolled') ? 24 : c)) : undefined));
    editRows(workbook, 'Enrollment', (row, h) => (row[col(h, 'Grade')] === 'K' ? row.map((c, j) => (j === col(h, 'Students') ? 96 : c)) : undefined));
    const { result } = review({ workbook });
    const flag = flagById(result, 'k3-class-size:K');
    // 4 homerooms of 24 (the PE, music, art and dance sections are not classes); ceil(96 / 20) = 5 classes, 1 more
    // teacher at the budget's average teacher cost: (16 + 6 + 4) × $97,000 + $101,000 = $2,623,000 / 27 FTE = $97,148.
    expect(flag.finding).toBe('Grade K: 4 classes of 4 above 20 students (largest 24).');
    expect(flag.lever).toMatchObject({ cost: 97_148, fte: 1, sections: 1 });
    expect(flag.lever!.text).toContain("Grade K's 96 students on the enrollment profile need 5 classes of 20 or fewer");
    expect(result.flags.filter((f) => f.id.startsWith('k3-class-size'))).toHaveLength(1);
  });
});
