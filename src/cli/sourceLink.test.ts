import { sourceLink } from './sourceLink';

const ROWS = { sheet: 'Master Schedule', range: 'A5:K9' };

describe('a link back to the school’s own rows', () => {
  it('points at the sheet and rows of a workbook, the file as it is named', () => {
    expect(sourceLink('xlsx', '../sample school.xlsx', ROWS)).toBe("../sample school.xlsx#'Master Schedule'!A5:K9");
  });

  it('escapes a # or % in the file’s name, so the link does not end or decode there', () => {
    // "School #12 at 50%.xlsx": # → %23 and % → %25; the # before the sheet stays the link's own.
    expect(sourceLink('xlsx', 'School #12 at 50%.xlsx', ROWS)).toBe("School %2312 at 50%25.xlsx#'Master Schedule'!A5:K9");
  });

  it('writes a Windows path with forward slashes, as a link wants', () => {
    expect(sourceLink('xlsx', '..\\budgets\\school.xlsx', ROWS)).toBe("../budgets/school.xlsx#'Master Schedule'!A5:K9");
  });

  it('opens a CSV file itself (it has no sheets or cells to point at), and gives no link without a file', () => {
    expect(sourceLink('csv', 'Master Schedule #2.csv', ROWS)).toBe('Master Schedule %232.csv');
    expect(sourceLink('xlsx', undefined, ROWS)).toBeUndefined();
  });
});
