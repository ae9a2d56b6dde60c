// Row 1 of every sheet the command line writes says what the next run does to it. The text comes with the report, one
// per kind of workbook: a review keeps the team's notes on Flags; a district map has no Flags and keeps what was
// typed into its Weighted formula inputs.
import ExcelJS from 'exceljs';
import * as path from 'node:path';
import { districtMap } from '../../src/engine/compare';
import { MAP_BANNER } from '../../src/engine/compare/mapReport';
import { REVIEW_BANNER } from '../../src/engine/report/banner';
import { buildReport } from '../../src/engine/report/buildReport';
import { sampleResult } from '../../src/testing/sampleResult';
import type { Report } from '../../src/engine/types';
import { writeReportXlsx } from '../../src/files/writeReportXlsx';
import { mapSchool } from '../support/mapSchool';
import { temporaryFolder } from '../support/temporaryFolder';

const dir = temporaryFolder('srr-banner-');

/** Row 1 of every visible sheet of the written workbook, by sheet name. */
async function rowOnes(report: Report, name: string): Promise<Record<string, unknown>> {
  const out = path.join(dir(), name);
  await writeReportXlsx(report, out);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  return Object.fromEntries(workbook.worksheets.filter((ws) => ws.state === 'visible').map((ws) => [ws.name, ws.getCell('A1').value]));
}

describe('row 1 of each written sheet', () => {
  it("says, on a review's sheets, that running the review again replaces them and keeps the team's notes on Flags", async () => {
    const report = buildReport(sampleResult(), {});
    expect(report.banner).toBe("Running the review again replaces this sheet; the team's notes on Flags are kept.");
    const rows = await rowOnes(report, 'review.xlsx');
    expect(Object.keys(rows)).toContain('Flags');
    for (const [sheet, text] of Object.entries(rows)) expect(text).toBe(`School Resource Review: ${sheet}. ${REVIEW_BANNER}`);
  });

  it("says, on a district map's sheets, that the comparison replaces them and keeps the Weighted formula's inputs, with no word of Flags", async () => {
    const { report } = districtMap({ schools: [mapSchool({ name: 'Elm' }), mapSchool({ name: 'Oak', level: 'high' })], notCompared: [] });
    expect(report.banner).toBe("Running the comparison again replaces this sheet; the values typed into the Weighted formula sheet's inputs are kept.");
    const rows = await rowOnes(report, 'map.xlsx');
    expect(Object.keys(rows)).toEqual(['Schools', 'By level', 'Ranks', 'Money and need', 'Weighted formula', 'Core load', 'Not compared']);
    for (const [sheet, text] of Object.entries(rows)) {
      expect(text).toBe(`School Resource Review: ${sheet}. ${MAP_BANNER}`);
      expect(String(text)).not.toMatch(/Flags|notes/);
    }
  });

  it('names only the tool and the sheet for a report that brings no banner', async () => {
    const rows = await rowOnes({ sheets: [{ name: 'Plain', preamble: [], table: { name: 'srr_Plain', columns: [{ header: 'A', type: 'text' }], rows: [['x']] } }] }, 'plain.xlsx');
    expect(rows).toEqual({ Plain: 'School Resource Review: Plain.' });
  });
});
