import type ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { main, type CliIo } from '../../src/cli/main';
import type { WorkbookGrids } from '../../src/engine/types';
import { generateSchool, SAMPLE_SCHOOL } from '../../src/testing/generateSchool';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const exec = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/resource-review.js');

/** Runs the compiled command (npm run build:cli) as a user runs it, worker threads and all; never throws on exit 1/2. */
export async function bin(args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { maxBuffer: 64 * 2 ** 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The local minute as a kept backup's name carries it ("2026-11-30 0805"), worked out independently of the bin. */
export function stamp(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}${two(at.getMinutes())}`;
}

/** Runs the command line in-process with captured output. */
export async function runCli(argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  // The --json output arrives as UTF-8 chunks, each whole characters (cli/jsonOutput.ts).
  const io: CliIo = { stdout: (t) => void (stdout += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')), stderr: (t) => void (stderr += t), isTty: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** The school with every class's enrollment multiplied, as a new term's export would change it. */
export function withEnrollment(factor: number): WorkbookGrids {
  const grids = generateSchool(SAMPLE_SCHOOL);
  const schedule = grids.sheets.find((s) => s.name === 'Master Schedule')!;
  const enrolled = schedule.rows[2].indexOf('Enrolled');
  for (const row of schedule.rows.slice(3)) {
    if (typeof row[enrolled] === 'number') row[enrolled] = Math.round(row[enrolled] * factor);
  }
  return grids;
}

export async function sha256(file: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(file)).digest('hex');
}

/**
 * Where the Flags table is in a written review, found as a team's reader finds it: the header row is the row holding
 * "Id" and "Team notes", and each column is found by its header, so tests do not depend on the column order.
 */
export function flagsTable(ws: ExcelJS.Worksheet): { headerRow: number; column: (header: string) => number } {
  let headerRow = 0;
  const byHeader = new Map<string, number>();
  ws.eachRow((row, n) => {
    if (headerRow) return;
    const texts = new Map<string, number>();
    row.eachCell((cell, col) => {
      if (typeof cell.value === 'string') texts.set(cell.value.trim(), col);
    });
    if (texts.has('Id') && texts.has('Team notes')) {
      headerRow = n;
      for (const [text, col] of texts) byHeader.set(text, col);
    }
  });
  if (!headerRow) throw new Error('no Flags header row with "Id" and "Team notes"');
  return {
    headerRow,
    column: (header) => {
      const col = byHeader.get(header);
      if (col === undefined) throw new Error(`no Flags column "${header}"`);
      return col;
    },
  };
}
