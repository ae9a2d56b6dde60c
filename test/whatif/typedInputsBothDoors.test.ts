// The What If sheet's input cells through both doors: the add-in's reader (Excel's values: a number cell as a number,
// a text cell as its text) and the command line's (the earlier output's file, where every cell is text), each into the
// engine's one rule (whatIf/keptInputs.ts). The same cells must give the same kept inputs and the same Data Check.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { whatIfInputsFromValues } from '../../src/addin/bridge/whatIfInputs';
import { keptWhatIfInputs } from '../../src/engine/whatIf/keptInputs';
import { typedNumber } from '../../src/engine/whatIf/typedNumber';
import { whatIfInputsInCells } from '../../src/files/readPreviousNotes';
import { listSheets, openXlsx, readSheetCells } from '../../src/files/xlsxParts';
import { sampleWhatIf } from '../support/whatIfSample';

/** A cell as the principal left it: a number cell, a text cell (Excel kept it as text), or an empty cell. */
type Cell = number | string | null;
/** One row of the levers table: the lever's id, its "Your value" cell and its "Meets practice at" cell. */
type Row = [id: string, value: Cell, start: Cell];

interface Case {
  name: string;
  rows: Row[];
  /** What the engine keeps, by lever id. */
  kept: Record<string, number>;
  /** The Data Check codes it says, in order. */
  said?: string[];
}

// sampleWhatIf has two levers, coreClassSize (the first) and counselorFte; the rule compares with the start cell the
// earlier sheet holds, not with this run's start (25 and 2).
const CASES: Case[] = [
  { name: 'a number typed', rows: [['coreClassSize', 22, 18]], kept: { coreClassSize: 22 } },
  { name: 'the text "22" (a cell Excel kept as text) is the number 22', rows: [['coreClassSize', '22', 18]], kept: { coreClassSize: 22 } },
  { name: 'the text " 22 " with spaces around it', rows: [['coreClassSize', ' 22 ', 18]], kept: { coreClassSize: 22 } },
  { name: 'a number equal to its start follows the new start', rows: [['coreClassSize', 22, 22]], kept: {} },
  { name: 'the text "22" equal to its start follows it too', rows: [['coreClassSize', '22', 22]], kept: {} },
  { name: 'the text "22.0" beside a start of 22 is 22, so it follows', rows: [['coreClassSize', '22.0', 22]], kept: {} },
  { name: '22.0 as a number beside the text "22.0" as the start follows', rows: [['coreClassSize', 22.0, '22.0']], kept: {} },
  { name: 'the text "22.0" beside another start is kept as 22', rows: [['coreClassSize', '22.0', 20]], kept: { coreClassSize: 22 } },
  { name: 'a start cell holding text that is a number', rows: [['coreClassSize', 22, '22']], kept: {} },
  { name: 'a start cell holding a word cannot be matched: the value is the principal’s', rows: [['coreClassSize', 22, 'n/a']], kept: { coreClassSize: 22 } },
  { name: 'an emptied start cell: the value is the principal’s', rows: [['coreClassSize', 25, null]], kept: { coreClassSize: 25 } },
  { name: 'an empty value cell gives nothing and says nothing', rows: [['coreClassSize', null, 25]], kept: {} },
  { name: 'spaces alone are empty', rows: [['coreClassSize', '   ', 25]], kept: {} },
  { name: 'a word is named on the Data Check', rows: [['coreClassSize', 'abc', 25]], kept: {}, said: ['what-if-input-not-a-number'] },
  // Not guessed at: Excel would have made "1200" a number; this is text that only looks like one.
  { name: 'a number with a thousands comma, as text, is named too', rows: [['counselorFte', '1,200', 2]], kept: {}, said: ['what-if-input-not-a-number'] },
  { name: 'a number stored with an exponent (the file writes 1e-7 so)', rows: [['counselorFte', 1e-7, 2]], kept: { counselorFte: 1e-7 } },
  { name: 'zero is a number, not an empty cell', rows: [['counselorFte', 0, 2]], kept: { counselorFte: 0 } },
  {
    name: 'an id twice: its first row counts',
    rows: [
      ['coreClassSize', 21, 25],
      ['coreClassSize', 30, 25],
    ],
    kept: { coreClassSize: 21 },
  },
  {
    name: 'a lever this run does not have: said when it was typed, silent when it was left at its start',
    rows: [
      ['noSuchLever', 5, 4],
      ['gone', 4, 4],
      ['counselorFte', 3, 2],
    ],
    kept: { counselorFte: 3 },
    said: ['what-if-input-dropped'],
  },
];

const HEADER = ['Id', 'Lever', 'Your value', 'Meets practice at'];

/** The add-in's door: the used range's values as Excel gives them (an empty cell is ''). */
function throughAddin(rows: Row[]) {
  const values = [HEADER, ...rows.map(([id, value, start]) => [id, 'A lever', value ?? '', start ?? ''])];
  return keptWhatIfInputs(sampleWhatIf(), whatIfInputsFromValues(values));
}

let cellsBySheet: Map<string, ReturnType<typeof readSheetCells>>;
beforeAll(async () => {
  // The command line's door: one sheet per case in a real .xlsx, read back by the reader of earlier outputs.
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'srr-typed-'));
  const file = path.join(dir, 'cases.xlsx');
  const wb = new ExcelJS.Workbook();
  CASES.forEach((c, i) => {
    const ws = wb.addWorksheet(`Case ${i}`);
    ws.addRow(HEADER);
    // Null leaves the cell out, as an empty cell is; a string is written as text, a number as a number.
    for (const [id, value, start] of c.rows) ws.addRow([id, 'A lever', value ?? undefined, start ?? undefined]);
  });
  await wb.xlsx.writeFile(file);
  const zip = openXlsx(await fs.readFile(file));
  cellsBySheet = new Map(listSheets(zip).map((s) => [s.name, readSheetCells(zip, s.part)]));
  await fs.rm(dir, { recursive: true, force: true });
});

function throughCommandLine(index: number) {
  return keptWhatIfInputs(sampleWhatIf(), whatIfInputsInCells(cellsBySheet.get(`Case ${index}`)!)!);
}

describe('the same What If cells give the same kept inputs through the add-in and the command line', () => {
  it.each(CASES.map((c, i) => [c.name, i] as const))('%s', (_name, index) => {
    const { kept, said = [] } = CASES[index];
    const addin = throughAddin(CASES[index].rows);
    const commandLine = throughCommandLine(index);
    expect(addin.inputs).toEqual(kept);
    expect(addin.dataCheck.map((d) => d.code)).toEqual(said);
    expect(commandLine).toEqual(addin);
  });

  it('names the cell to fix in this run’s sheet, and the lever’s new start', () => {
    const index = CASES.findIndex((c) => c.name === 'a word is named on the Data Check');
    // sampleWhatIf's sheet: the mark on row 1, two preamble lines (rows 2-3), a blank row, the header on row 5, so the
    // first lever (coreClassSize) is on row 6 of the input column D; it starts again at this run's 25.
    const message = 'The value typed last time for "Average core class size" ("abc") is not a number, so the lever starts again at 25; type a number in its "Your value" cell (D6).';
    expect(throughAddin(CASES[index].rows).dataCheck.map((d) => d.message)).toEqual([message]);
    expect(throughCommandLine(index).dataCheck.map((d) => d.message)).toEqual([message]);
  });
});

describe('typedNumber: what counts as a number in an input cell', () => {
  it('takes a number written plainly and nothing more', () => {
    expect([22, '22', ' -1.5 ', '.5', '5.', '+3', '1E-3', '2e2'].map(typedNumber)).toEqual([22, 22, -1.5, 0.5, 5, 3, 0.001, 200]);
    // Number() would take the first four ("0x10" is 16, "" is 0); a principal means none of them as the number.
    expect(['0x10', '', ' ', 'Infinity', '1e999', '$1,200', '45%', '22 pupils', 'abc'].map(typedNumber)).toEqual(Array(9).fill(null));
    expect([Number.NaN, Number.POSITIVE_INFINITY, undefined].map(typedNumber)).toEqual([null, null, null]);
  });
});
