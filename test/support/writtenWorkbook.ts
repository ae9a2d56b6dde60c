import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Report } from '../../src/engine/types';
import { writeReportXlsx, type WriteReportOptions } from '../../src/files/writeReportXlsx';
import { inTemporaryFolder } from './temporaryFolder';

/**
 * The .xlsx writer's file of a report, as exceljs reads it back: the command line's output, for tests that check the
 * writer's cells or hold the add-in's sheets against it. The file is written in a folder of its own, removed after.
 */
export function writtenWorkbook(report: Report, options?: WriteReportOptions): Promise<ExcelJS.Workbook> {
  return inTemporaryFolder('srr-written-', async (folder) => {
    const out = path.join(folder, 'review.xlsx');
    await writeReportXlsx(report, out, options);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    return book;
  });
}
