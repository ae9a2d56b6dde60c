// A full bridge run on real school data: St Paul's timetable as sheet "sections" and Lane Tech's positions as
// sheet "positions", read from /work/shared (never copied). This pair once left a browser run waiting forever.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRegistry, RESULT_SHEETS_SETTING } from '../../src/addin/bridge/registry';
import { cellAt, workbookFromSnapshot } from '../../src/addin/fake';
import { createInProcessRunner } from '../../src/addin/worker/inProcessRunner';
import { review } from '../../src/engine';
import type { WorkbookGrids } from '../../src/engine/types';
import { parseCsv } from '../../src/files/csv';
import { gridsToSnapshot } from '../e2e/gridsToSnapshot';
import { bridgeFor } from '../support/fakeBridge';

const REAL = path.resolve(__dirname, '../../..', 'shared/data/real');

function realWorkbook(): WorkbookGrids {
  const sheet = (name: string, file: string) => ({ name, rows: parseCsv(readFileSync(path.join(REAL, file), 'utf8')), originRow: 0, originCol: 0 });
  return {
    name: 'St Pauls and Lane Tech.xlsx',
    sheets: [sheet('sections', 'uk-stpauls-xhstt/sections.csv'), sheet('positions', 'cps-lane-tech-positions-2019/positions.csv')],
  };
}

describe('a bridge run on real school data', () => {
  it('reads, reviews and writes every result sheet, leaving the two source sheets as they were', async () => {
    const grids = realWorkbook();
    const workbook = workbookFromSnapshot(gridsToSnapshot(grids), { excelApi: '1.12' });
    const bridge = bridgeFor(workbook);

    const stages: string[] = [];
    const read = await bridge.readWorkbook();
    expect(read.grids.sheets.map((s) => [s.name, s.rows.length])).toEqual([
      ['sections', 1228],
      ['positions', 322],
    ]);
    const outcome = await createInProcessRunner().review(read.grids, {}, await bridge.readNotes(), (p) => stages.push(p.stage));
    expect(stages).toContain('analysing');
    // The same figures as the engine run directly, as the command line does.
    const direct = review({ workbook: grids });
    expect(outcome.result.teachers.map((t) => [t.teacher, t.seats])).toEqual(direct.result.teachers.map((t) => [t.teacher, t.seats]));
    expect(outcome.result.teachers.length).toBeGreaterThan(50);
    expect(outcome.result.flags.map((f) => f.id)).toEqual(direct.result.flags.map((f) => f.id));
    const written = await bridge.writeReport(outcome.report);

    const reportNames = outcome.report.sheets.map((s) => s.name);
    expect(reportNames).toEqual(expect.arrayContaining(['Summary', 'Flags', 'Data Check']));
    expect(written.sheets.map((s) => s.written)).toEqual(reportNames);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['sections', 'positions', ...reportNames]);
    expect(parseRegistry(workbook.settings.get(RESULT_SHEETS_SETTING)).map((e) => e.name)).toEqual(reportNames);

    // The Flags sheet lists every flag the engine raised, under its header.
    const flags = workbook.findSheet('Flags')!;
    const flagEntry = parseRegistry(workbook.settings.get(RESULT_SHEETS_SETTING)).find((e) => e.name === 'Flags')!;
    const flagIds = outcome.result.flags.map((f) => f.id);
    expect(flagIds.length).toBeGreaterThan(0);
    const writtenIds = flagIds.map((_, i) => cellAt(flags, flagEntry.headerRow + 1 + i, flagEntry.keyColumn ?? 0)?.value);
    expect(writtenIds).toEqual(flagIds);

    // Source sheets untouched: the first timetable row and the last position.
    const sections = workbook.findSheet('sections')!;
    expect(cellAt(sections, 1, 0)?.value).toBe('gr_Course_Pe-8U_192');
    expect(cellAt(workbook.findSheet('positions')!, 321, 0)?.value).toBe(grids.sheets[1].rows[321][0]);
  });
});
