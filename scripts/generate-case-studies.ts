// Writes the three fictional case-study workbooks to assets/case-studies/ from the pure model in src/casestudies.
// Reproducible: fixed seeds, fixed workbook dates and fixed dates on every zip entry, so re-running gives the same
// bytes. Usage: npm run case-studies  (node scripts/run-ts.js scripts/generate-case-studies.ts)
import * as path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildCaseStudies, type CaseSheet, type CaseStudy } from '../src/casestudies';
import { isClockTime } from '../src/casestudies/model';

const OUT_DIR = path.resolve(__dirname, '../assets/case-studies');
const FIXED_DATE = new Date(Date.UTC(2026, 0, 15, 12, 0, 0));
const MINUTES_PER_DAY = 24 * 60;

function addSheet(workbook: ExcelJS.Workbook, sheet: CaseSheet): void {
  const ws = workbook.addWorksheet(sheet.name);
  if (sheet.text) {
    ws.getColumn(1).width = 110;
    sheet.rows.forEach((row, i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = row[0] as string;
      if (i < 2) cell.font = { bold: true, size: i === 0 ? 14 : 11 };
    });
    return;
  }
  let r = 1;
  for (const line of sheet.banner ?? []) {
    ws.getCell(r, 1).value = line;
    ws.getCell(r, 1).font = { bold: true, size: r === 1 ? 13 : 11 };
    r++;
  }
  if (sheet.banner?.length) r++; // the blank row real exports leave above the header
  sheet.header.forEach((h, c) => {
    const cell = ws.getCell(r, c + 1);
    cell.value = h;
    cell.font = { bold: true };
    ws.getColumn(c + 1).width = Math.max(10, Math.min(40, h.length + 4));
  });
  r++;
  const rows = sheet.totals ? [...sheet.rows, sheet.totals] : sheet.rows;
  for (const row of rows) {
    row.forEach((value, c) => {
      const cell = ws.getCell(r, c + 1);
      if (isClockTime(value)) {
        cell.value = value.minutes / MINUTES_PER_DAY;
        cell.numFmt = 'h:mm AM/PM';
      } else if (value !== null) {
        cell.value = value;
        if (typeof value === 'number' && sheet.currencyColumns?.includes(c)) cell.numFmt = '"$"#,##0';
      }
    });
    if (row === sheet.totals) ws.getRow(r).font = { bold: true };
    r++;
  }
  if (sheet.name === 'Budget') ws.getColumn(4).width = 44;
}

/** Writes one case study as .xlsx into a folder; returns the file's path. */
export async function writeCaseStudy(study: CaseStudy, outDir = OUT_DIR): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'School Resource Review case-study generator';
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.title = `${study.schoolName} (fictional case study)`;
  for (const sheet of study.sheets) addSheet(workbook, sheet);
  const written = await workbook.xlsx.writeBuffer();
  // exceljs stamps zip entries with the current time; re-pack them with a fixed date for identical bytes.
  const source = await JSZip.loadAsync(written as ArrayBuffer);
  const fixed = new JSZip();
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name];
    if (entry.dir) continue;
    fixed.file(name, await entry.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  const bytes = await fixed.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  const file = path.join(outDir, study.fileName);
  writeFileSync(file, bytes);
  return file;
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const study of buildCaseStudies()) {
    const file = await writeCaseStudy(study);
    console.log(`Wrote ${path.relative(process.cwd(), file)} (${study.schoolName})`);
  }
}

// Imported by the case-study test to check the committed files are current; runs only as a script
// (directly, or through scripts/run-ts.js, which puts the script's path in argv[1]).
if (require.main === module || process.argv[1] === __filename) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
