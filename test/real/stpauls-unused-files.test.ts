import { resolve } from 'node:path';
import { readCsvFiles } from '../../src/files/readWorkbookFile';
import { parseWorkbook } from '../../src/engine/parse/parseWorkbook';
import { defaultSettings } from '../../src/engine/settings/defaults';

// St Paul's comes as three CSV files; the review reads sections.csv and, until now, said nothing of the other two.
const DATA = resolve(__dirname, '../../..', 'shared/data/real/uk-stpauls-xhstt');

describe('St Paul’s files the review does not use', () => {
  it('says why times.csv and teacher_load.csv were not used, and still reads the 502 sections', async () => {
    const grids = await readCsvFiles(['sections.csv', 'times.csv', 'teacher_load.csv'].map((f) => resolve(DATA, f)));
    const parsed = parseWorkbook(grids, defaultSettings());
    expect(parsed.tables.map((t) => [t.kind, t.sheet])).toEqual([['schedule', 'sections']]);
    expect(parsed.sections).toHaveLength(502);
    expect(parsed.dataCheck.filter((d) => d.code === 'sheet-not-used').map((d) => [d.sheet, d.cell, d.message])).toEqual([
      // time_id, time_name, day, period: slots without clock times, so not a bell schedule, and no teacher.
      ['times', '1:1', 'Sheet "times" was not used: its row 1 comes closest to a schedule table (day as days, period as period), but it has no teacher column'],
      // teacher, weekly_slots: a summary of load, one recognised column.
      ['teacher_load', '1:1', 'Sheet "teacher_load" was not used: its row 1 comes closest to a schedule table (teacher as teacher), but a schedule table needs at least 3 recognised columns'],
    ]);
  });
});
