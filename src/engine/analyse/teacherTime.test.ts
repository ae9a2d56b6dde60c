import type { TeacherLoad, TeamCollaboration } from '../types';
import { teacherTime } from './teacherTime';

const teacher = (name: string, minutesPerWeek: number | null): TeacherLoad => ({
  teacher: name, sections: 5, seats: 100, uniqueStudents: null, preps: 1, periodsPerCycle: 25, minutesPerWeek, teachesCore: true, sectionIds: [], rows: [],
});
const plc: TeamCollaboration = {
  team: 'English', basis: 'department', members: ['A', 'B'], commonMinutesPerWeek: 45, commonPeriodsPerCycle: 1, longestBlockMinutes: 45, days: ['Wed'], scheduledCollaborationMinutesPerWeek: 45,
};
const DAY = { minutesPerDay: 350, firstDay: { start: 475, end: 860, excluded: 35 }, rows: [] };

describe('teacher time: shares of the contract week', () => {
  it('medians of teaching, school-day time not teaching, and scheduled team time over a 420-minute day', () => {
    // Contract week 420 × 5 = 2,100. A teaches 1,375 (65.5%), B 1,100 (52.4%): median 58.9%.
    // Not teaching in the 350-minute day: (1,750 − 1,375) / 2,100 = 17.9%, (1,750 − 1,100) / 2,100 = 31.0%: median 24.4%.
    // Team: the PLC's 45 minutes / 2,100 = 2.1%.
    const time = teacherTime([teacher('A', 1375), teacher('B', 1100), teacher('C', null)], [plc], DAY, 420)!;
    expect(time.teachers).toBe(2);
    expect(time.teachingShare).toBeCloseTo((1375 + 1100) / 2 / 2100, 10);
    expect(time.dayNotTeachingShare).toBeCloseTo((375 + 650) / 2 / 2100, 10);
    expect(time.teamShare).toBeCloseTo(45 / 2100, 10);
  });

  it('is not reported without the contract day, and leaves day time unknown without a bell schedule', () => {
    expect(teacherTime([teacher('A', 1375)], [], DAY, undefined)).toBeNull();
    expect(teacherTime([teacher('A', 1375)], [], null, 420)!.dayNotTeachingShare).toBeNull();
  });
});
