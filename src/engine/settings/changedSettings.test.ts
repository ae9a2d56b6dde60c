import { describeChangedSettings } from './changedSettings';
import { resolveSettings } from './defaults';

describe('describeChangedSettings', () => {
  it('says nothing when every setting is the recommended default', () => {
    expect(describeChangedSettings(resolveSettings({}))).toEqual([]);
  });

  it('names each changed threshold with its recommended value, in the units the pane shows', () => {
    const settings = resolveSettings({
      schoolLevel: 'middle',
      periodMinutes: 50,
      passingMinutes: 5,
      thresholds: { ...resolveSettings({}).thresholds, coreLoadWarn: 90, secondaryCoreShareMin: 0.4, coachDollarsPerTeacher: { elementary: 4800, middle: 3000, high: 2000 } },
      mapping: { schedule: { sheet: 'Sections' } },
    });
    expect(describeChangedSettings(settings)).toEqual([
      'school level set to middle',
      'Core teacher load: warn above 90 students (recommended 100 students)',
      'Secondary time in ELA + math: flag at or below 40% (recommended 33%)',
      'Middle coach reference $3,000 per teacher (recommended $2,800)',
      '50 minutes per period',
      'gaps up to 5 minutes between periods are passing time (recommended 10)',
      'sheets or columns chosen by hand (schedule)',
    ]);
  });

  it('notices edited rules', () => {
    const base = resolveSettings({});
    expect(describeChangedSettings({ ...base, subjectRules: base.subjectRules.slice(1) })).toEqual(['subject rules edited']);
  });
});
