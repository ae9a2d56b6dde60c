import { mergeSettings, parseCliArgs, UsageError } from './options';

describe('parseCliArgs', () => {
  it('turns --map, --sheet, --level, --period-minutes and --threshold into settings', () => {
    const options = parseCliArgs([
      'a.xlsx',
      'b.csv',
      '--map',
      'schedule.teacher=Instructor Name',
      '--map',
      'schedule.enrollment=F',
      '--sheet',
      'bell=Bell Times',
      '--level',
      'high',
      '--period-minutes',
      '52',
      '--threshold',
      'coreLoadWarn=90',
      '--threshold',
      'coachDollarsPerTeacher.high=2500',
      '--out',
      'results',
      '--json',
    ]);
    expect(options.files).toEqual(['a.xlsx', 'b.csv']);
    expect(options.out).toBe('results');
    expect(options.json).toBe(true);
    expect(options.flagSettings).toEqual({
      mapping: {
        schedule: { columns: { teacher: 'Instructor Name', enrollment: 'F' } },
        bell: { sheet: 'Bell Times' },
      },
      schoolLevel: 'high',
      periodMinutes: 52,
      thresholds: { coreLoadWarn: 90, coachDollarsPerTeacher: { high: 2500 } },
    });
  });

  it('names what was expected when a flag is malformed', () => {
    expect(() => parseCliArgs(['--map', 'teacher=Name'])).toThrow(
      new UsageError('--map teacher=Name: expected KIND.FIELD=HEADER, e.g. schedule.teacher=Instructor'),
    );
    expect(() => parseCliArgs(['--sheet', 'timetable=Sheet1'])).toThrow(/unknown table kind "timetable"; expected one of schedule, bell/);
    expect(() => parseCliArgs(['--threshold', 'loadMax=3'])).toThrow(/--threshold loadMax: unknown threshold/);
    expect(() => parseCliArgs(['--threshold', 'coreLoadWarn=lots'])).toThrow('--threshold coreLoadWarn: expected a number, got "lots"');
    expect(() => parseCliArgs(['--period-minutes'])).toThrow(UsageError);
  });
});

describe('mergeSettings', () => {
  it('lets flags win over the settings file and merges mapping per table', () => {
    const merged = mergeSettings(
      {
        periodMinutes: 45,
        thresholds: { coreLoadWarn: 110, coachDollarsPerTeacher: { elementary: 5000, middle: 2800, high: 2000 } } as never,
        mapping: { schedule: { sheet: 'Sections', columns: { teacher: 'Staff', room: 'Rm' } } },
      },
      {
        periodMinutes: 50,
        thresholds: { coreLoadWarn: 90 } as never,
        mapping: { schedule: { columns: { teacher: 'Instructor' } } },
      },
    );
    expect(merged.periodMinutes).toBe(50);
    expect(merged.thresholds).toEqual({
      coreLoadWarn: 90,
      coachDollarsPerTeacher: { elementary: 5000, middle: 2800, high: 2000 },
    });
    expect(merged.mapping).toEqual({ schedule: { sheet: 'Sections', columns: { teacher: 'Instructor', room: 'Rm' } } });
  });
});
