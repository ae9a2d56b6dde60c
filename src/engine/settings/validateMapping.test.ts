import { validateSettings } from './validate';
import { checkedMapping } from './validateMapping';

// Detection in the review worker checks the saved mapping with checkedMapping, the review with validateSettings
// (issue 12 split them so the worker's first chunk holds no default rules): both must keep the same mapping.
describe('checkedMapping', () => {
  const settingsFromAnyWorkbook: unknown[] = [
    undefined,
    null,
    5,
    'mapping',
    [],
    {},
    { mapping: undefined },
    { mapping: null },
    { mapping: 5 },
    { mapping: { schedule: { sheet: 123, headerRow: 1 } } },
    { mapping: { bell: { sheet: 'Bells', headerRow: 2, columns: { period: 'B' } } }, periodMinutes: 50 },
    { mapping: { timetable: {}, staff: 'Staff', students: { headerRow: 0, columns: { studentId: '' }, extra: 1 } } },
    { mapping: { budget: { headerRow: 1_048_577 }, schedule: null } },
    JSON.parse('{"mapping":{"schedule":{"columns":{"__proto__":"x","teacher":"Instructor"}}}}'),
  ];

  it.each(settingsFromAnyWorkbook.map((settings) => [JSON.stringify(settings) ?? String(settings), settings]))(
    'keeps what validateSettings keeps for %s',
    (_, settings) => {
      expect(checkedMapping(settings)).toEqual(validateSettings(settings).settings.mapping);
    },
  );

  it('drops a bad part alone: {"schedule":{"sheet":123,"headerRow":1}} keeps the header row', () => {
    expect(checkedMapping({ mapping: { schedule: { sheet: 123, headerRow: 1 } } })).toEqual({ schedule: { headerRow: 1 } });
  });
});
