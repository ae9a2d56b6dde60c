import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readCsvFiles, readWorkbookFile } from './readWorkbookFile';
import { temporaryFolder } from '../../test/support/temporaryFolder';

// A run on CSV files does not load the .xlsx reader (its zip and XML modules cost milliseconds at every start):
// the reader is loaded when an .xlsx is read, and only then.

let mockXlsxReaderLoaded = false;
jest.mock('./xlsxRead/readXlsx', () => {
  mockXlsxReaderLoaded = true;
  return jest.requireActual('./xlsxRead/readXlsx');
});

const dir = temporaryFolder('srr-csv-only-');

describe('reading CSV files', () => {
  it('reads the CSV without loading the .xlsx reader, which an .xlsx then loads', async () => {
    const file = path.join(dir(), 'master.csv');
    await fs.writeFile(file, 'Section,Teacher,Period\nS1,Ono,3\n');
    const grids = await readCsvFiles([file]);
    expect(grids.sheets[0].rows).toEqual([
      ['Section', 'Teacher', 'Period'],
      ['S1', 'Ono', 3],
    ]);
    expect(mockXlsxReaderLoaded).toBe(false);

    const workbook = await readWorkbookFile(path.join(__dirname, '../../assets/case-studies/high-school.xlsx'));
    expect(workbook.sheets.map((s) => s.name)).toEqual(['About this case study', 'Budget', 'Master Schedule', 'Bell Schedule', 'Staff Roster', 'Enrollment', 'Student Roster']);
    expect(mockXlsxReaderLoaded).toBe(true);
  });
});
