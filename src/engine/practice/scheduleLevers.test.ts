import { analyseSchedule } from '../analyse/schedule';
import { meetings, MON_FRI, section, settingsWith, staff, workbook } from '../analyse/__fixtures__/workbook';
import { leverBasis } from './scheduleLevers';

describe('lever basis', () => {
  // Three teachers of 5, 4 and 3 sections; Part is on a 0.5 FTE and left out of the full-time median.
  const parsed = workbook({
    sections: [
      ...[1, 2, 3, 4, 5].map((p) => section({ id: `A${p}`, teachers: ['Ames'], enrollment: 20, meetings: meetings(MON_FRI, [String(p)]) })),
      ...[1, 2, 3, 4].map((p) => section({ id: `B${p}`, teachers: ['Berg'], enrollment: 20, meetings: meetings(MON_FRI, [String(p)]) })),
      ...[1, 2, 3].map((p) => section({ id: `P${p}`, teachers: ['Part'], enrollment: 20, meetings: meetings(MON_FRI, [String(p)]) })),
    ],
    staff: [staff('Part', { fte: 0.5 })],
  });
  const { teachers } = analyseSchedule(parsed, settingsWith({ periodMinutes: 50 }), 'high');

  it('takes the median full-time teacher, leaves part-timers out, and carries the cost it is given', () => {
    // Full-time: Ames 5 and Berg 4 sections, median 4.5; minutes 5 × 5 × 50 = 1250 and 4 × 5 × 50 = 1000, median 1125.
    expect(leverBasis(teachers, parsed, 90000)).toEqual({ averageTeacherCost: 90000, fullTimeSections: 4.5, fullTimeMinutesPerWeek: 1125 });
    expect(leverBasis(teachers, parsed, null)).toEqual({ averageTeacherCost: null, fullTimeSections: 4.5, fullTimeMinutesPerWeek: 1125 });
  });
});
