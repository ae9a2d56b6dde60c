// Conditional-format priorities are unique within each sheet of a written review, as Excel writes them: a sheet with
// a second coloured table (the Summary) used to restart that table's rules at 1, and Excel then lists only one rule of
// each priority in Manage Rules.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { review } from '../../src/engine/review';
import { readWorkbookFile } from '../../src/files/readWorkbookFile';
import { writeReportXlsx } from '../../src/files/writeReportXlsx';

const CASE_STUDIES = ['elementary-school', 'middle-school', 'high-school'].map((name) => [
  name,
  path.resolve(__dirname, `../../assets/case-studies/${name}.xlsx`),
]);

it.each(CASE_STUDIES)('%s: each sheet numbers its rules 1, 2, 3, … in the order written', async (_name, input) => {
  const { report } = review({ workbook: await readWorkbookFile(input), runDate: '2026-11-30' });
  const dir = mkdtempSync(path.join(tmpdir(), 'srr-cf-'));
  try {
    const out = path.join(dir, 'review.xlsx');
    await writeReportXlsx(report, out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheetParts = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    let rules = 0;
    let sheetsWithSeveralTablesColoured = 0;
    for (const part of sheetParts) {
      const xml = await zip.file(part)!.async('string');
      const priorities = [...xml.matchAll(/<cfRule [^>]*priority="(\d+)"/g)].map((m) => Number(m[1]));
      expect([part, priorities]).toEqual([part, priorities.map((_, i) => i + 1)]);
      rules += priorities.length;
      const tablesColoured = new Set([...xml.matchAll(/<conditionalFormatting sqref="[A-Z]+(\d+):/g)].map((m) => m[1]));
      if (tablesColoured.size > 1) sheetsWithSeveralTablesColoured++;
    }
    // Every rule of the report is written, each once: as many as its tables hold.
    const tables = report.sheets.flatMap((s) => [s.table, ...(s.moreTables ?? []).map((m) => m.table)]);
    const reportRules = tables.reduce((n, t) => n + (t.conditionalFormats?.length ?? 0), 0);
    expect(reportRules).toBeGreaterThan(5);
    expect(rules).toBe(reportRules);
    // The sheets with rules in more than one table (the Summary colours its key figures' status and its flags'
    // severity), the case where a second table's rules used to restart at priority 1.
    const several = report.sheets.filter((s) => [s.table, ...(s.moreTables ?? []).map((m) => m.table)].filter((t) => t.conditionalFormats?.length).length > 1);
    expect(several.map((s) => s.name)).toContain('Summary');
    expect(sheetsWithSeveralTablesColoured).toBe(several.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
