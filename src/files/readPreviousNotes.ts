import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { FLAG_ID_HEADER as ID_HEADER, NOTES_HEADER } from '../engine/report/flagsSheet';

/**
 * The team's notes by flag id from an earlier output's Flags sheet, so a re-run puts them back beside the same
 * flags. No earlier output (or no Flags sheet in it) means no notes.
 */
export async function readPreviousNotes(outPath: string): Promise<Record<string, string>> {
  try {
    await fs.access(outPath);
  } catch {
    return {};
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(outPath);
  } catch (err) {
    throw new Error(`${outPath}: the earlier results could not be read to keep the team's notes (${(err as Error).message})`);
  }
  const notes: Record<string, string> = {};
  for (const ws of workbook.worksheets) {
    const header = findHeader(ws);
    if (!header) continue;
    for (let r = header.row + 1; r <= ws.rowCount; r++) {
      const id = text(ws.getCell(r, header.idCol).value);
      const note = text(ws.getCell(r, header.notesCol).value);
      if (id && note) notes[id] = note;
    }
  }
  return notes;
}

function findHeader(ws: ExcelJS.Worksheet): { row: number; idCol: number; notesCol: number } | undefined {
  const lastRow = Math.min(ws.rowCount, 30);
  for (let r = 1; r <= lastRow; r++) {
    let idCol = 0;
    let notesCol = 0;
    ws.getRow(r).eachCell((cell, c) => {
      const value = text(cell.value);
      if (value === ID_HEADER) idCol = c;
      if (value === NOTES_HEADER) notesCol = c;
    });
    if (idCol && notesCol) return { row: r, idCol, notesCol };
  }
  return undefined;
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((run) => run.text).join('').trim();
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  if ('result' in value && value.result !== undefined && value.result !== null) return String(value.result);
  return '';
}
