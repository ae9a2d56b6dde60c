import { coreLoadFlags } from './teacherFlags';
import type { LeverBasis } from './scheduleLevers';
import type { TeacherLoad } from '../types';
import { meetings, MON_FRI, section, settingsWith } from '../analyse/__fixtures__/workbook';

const BASIS: LeverBasis = { averageTeacherCost: 96_000, fullTimeSections: 5, fullTimeMinutesPerWeek: 1375 };

const load = (teacher: string, department: string, seats: number, sectionIds: string[]): TeacherLoad => ({
  teacher,
  department,
  sections: sectionIds.length,
  seats,
  uniqueStudents: null,
  preps: 1,
  periodsPerCycle: 10,
  minutesPerWeek: null,
  teachesCore: true,
  sectionIds,
  rows: [],
});

describe('core-load levers price a co-taught section once, in its lead teacher\'s department', () => {
  // E (English) leads CO, co-taught with S (Special Education); both are over the default warning of 100.
  const sections = [
    section({ id: 'E1', teachers: ['E'], enrollment: 60, meetings: meetings(MON_FRI, ['1']) }),
    section({ id: 'CO', teachers: ['E', 'S'], enrollment: 60, meetings: meetings(MON_FRI, ['2']) }),
    section({ id: 'S1', teachers: ['S'], enrollment: 70, meetings: meetings(MON_FRI, ['3']) }),
  ];
  const teachers = [load('E', 'English', 120, ['E1', 'CO']), load('S', 'Special Education', 130, ['CO', 'S1'])];
  const flags = coreLoadFlags(teachers, settingsWith(), 'high', BASIS, sections);

  it("leaves the lead's department's lever whole and says the other leaves the shared section out", () => {
    const english = flags.find((f) => f.id === 'core-load:English')!;
    const sped = flags.find((f) => f.id === 'core-load:Special Education')!;
    // English: 2 sections × (120 − 100) / 100 = 0.4 → 1 section, nothing priced elsewhere.
    expect(english.lever!.text).not.toContain('already priced');
    // Special Education: CO is priced in English's lever, so S's own share is (2 − 1) / 2 and
    // 2 × 0.5 × (130 − 100) / 100 = 0.3 → 1 section, with the shared section named as left out.
    expect(sped.lever!.text).toContain("1 co-taught section already priced in another department's lever is left out.");
    expect(sped.lever!.sections).toBe(1);
  });
});
