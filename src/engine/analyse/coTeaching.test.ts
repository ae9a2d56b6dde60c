import { analyseSchedule } from './schedule';
import { meetings, MON_FRI, section, settingsWith, workbook } from './__fixtures__/workbook';
import type { Meeting, StudentEnrollment } from '../types';
import { coreLoadOf } from '../practice/teacherFlags';

// A special-education co-teacher in two English classes led by E, plus a resource class of their own.
const roster = (sectionId: string, ids: string[]): StudentEnrollment[] =>
  ids.map((studentId) => ({ studentId, sectionId, source: { sheet: 'Students', firstRow: 2, lastRow: 2 } }));
const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

const sections = [
  section({ id: 'ENG-1', teachers: ['E', 'S'], core: true, subject: 'ELA', grade: '9', enrollment: 30, meetings: meetings(MON_FRI, ['1']) }),
  section({ id: 'ENG-2', teachers: ['E', 'S'], core: true, subject: 'ELA', grade: '9', enrollment: 28, meetings: meetings(MON_FRI, ['2']) }),
  section({ id: 'ENG-3', teachers: ['E'], core: true, subject: 'ELA', grade: '9', enrollment: 32, meetings: meetings(MON_FRI, ['3']) }),
  section({ id: 'RSP', teachers: ['S'], core: true, subject: 'ELA', grade: '9', enrollment: 9, program: 'special education', meetings: meetings(MON_FRI, ['4']) }),
];

describe('special-education co-teachers: caseload apart from the classes they co-teach', () => {
  it('reports the seats where a teacher is the second adult apart, and leaves them out of the core load', () => {
    const { teachers } = analyseSchedule(workbook({ sections }), settingsWith(), 'high');
    const s = teachers.find((t) => t.teacher === 'S')!;
    const e = teachers.find((t) => t.teacher === 'E')!;
    // S: seats 30 + 28 + 9 = 67, of which 30 + 28 = 58 as the second adult; core load = the resource class's 9.
    expect(s).toMatchObject({ seats: 67, coTaughtSeats: 58 });
    expect(coreLoadOf(s)).toBe(9);
    // E leads every class: 30 + 28 + 32 = 90, all of it E's load.
    expect(e.coTaughtSeats).toBeUndefined();
    expect(coreLoadOf(e)).toBe(90);
  });

  it('with a student roster, leaves out the students met only as the second adult', () => {
    // S's resource students R1-R9; two of them (R1, R2) also sit in ENG-1 with 28 others.
    const students = [
      ...roster('ENG-1', [...range('A', 28), 'R1', 'R2']),
      ...roster('ENG-2', range('B', 28)),
      ...roster('ENG-3', range('C', 32)),
      ...roster('RSP', range('R', 9)),
    ];
    const { teachers } = analyseSchedule(workbook({ sections, students }), settingsWith(), 'high');
    const s = teachers.find((t) => t.teacher === 'S')!;
    // Unique: 28 A + 28 B + 9 R = 65; own (RSP) 9, so 56 are reached only as the second adult; load 65 − 56 = 9.
    expect(s).toMatchObject({ uniqueStudents: 65, coTaughtStudents: 56 });
    expect(coreLoadOf(s)).toBe(9);
  });

  it('gives each section its group size beside its class size: students per adult in the room', () => {
    const turns: Meeting[] = [
      { ...meetings(MON_FRI, ['5'])[0], teachers: ['X'] },
      { ...meetings(MON_FRI, ['5'])[1], teachers: ['Y'] },
    ];
    const taking = section({ id: 'TURNS', teachers: ['X', 'Y'], subject: 'Art', grade: '9', enrollment: 24, meetings: turns });
    const { classSizes } = analyseSchedule(workbook({ sections: [...sections, taking] }), settingsWith(), 'high');
    const size = (id: string) => classSizes.find((c) => c.sectionId === id)!;
    // 30 / 2 = 15; 28 / 2 = 14; 32 / 1 = 32; teachers taking turns are one adult at a time: 24 / 1.
    expect(size('ENG-1')).toMatchObject({ enrollment: 30, adults: 2, groupSize: 15 });
    expect(size('ENG-2')).toMatchObject({ enrollment: 28, adults: 2, groupSize: 14 });
    expect(size('ENG-3')).toMatchObject({ enrollment: 32, adults: 1, groupSize: 32 });
    expect(size('TURNS')).toMatchObject({ enrollment: 24, adults: 1, groupSize: 24 });
  });
});
