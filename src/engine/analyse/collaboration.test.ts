import { analyseSchedule } from './schedule';
import { bell, meetings, MON_FRI, section, settingsWith, staff, t, weekday, workbook } from './__fixtures__/workbook';
import type { MeetingDay } from '../types';

const BELL = [bell('1', t(8), t(8, 50)), bell('2', t(8, 55), t(9, 45)), bell('3', t(9, 50), t(10, 40)), bell('4', t(10, 45), t(11, 35))];

describe('collaboration', () => {
  // Math: A teaches P1 daily and P3 on Monday; B teaches P1 and P2 daily.
  // Common free: Monday P4 (50 min); Tuesday-Friday P3 + P4 (100 min, one block 9:50-11:35 = 105 min).
  const math = [
    section({ id: 'A1', teachers: ['A'], department: 'Math', meetings: meetings(MON_FRI, ['1']) }),
    section({ id: 'A3', teachers: ['A'], department: 'Math', meetings: meetings([weekday(1)], ['3']) }),
    section({ id: 'B1', teachers: ['B'], department: 'Math', meetings: meetings(MON_FRI, ['1']) }),
    section({ id: 'B2', teachers: ['B'], department: 'Math', meetings: meetings(MON_FRI, ['2']) }),
    section({ id: 'C1', teachers: ['C'], department: 'Science', meetings: meetings(MON_FRI, ['4']) }),
  ];

  it('finds the common free periods of a department from the bell schedule', () => {
    const analysis = analyseSchedule(workbook({ bell: BELL, sections: math }), settingsWith(), 'high');
    expect(analysis.collaboration).toEqual([
      {
        team: 'Math',
        basis: 'department',
        members: ['A', 'B'],
        commonMinutesPerWeek: 450,
        commonPeriodsPerCycle: 9,
        longestBlockMinutes: 105,
        days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
        scheduledCollaborationMinutesPerWeek: 0,
      },
    ]);
    expect(analysis.teamFreeSlots!.Math[0]).toEqual({ day: 'Mon', slots: ['10:45-11:35'], minutes: 50 });
    const single = analysis.dataCheck.find((d) => d.code === 'single-member-team')!;
    expect(single.message).toBe('Team "Science" has one member (C), so it has no common planning time to measure.');
  });

  it('tells common free slots apart beyond the 32nd slot of the week', () => {
    // Periods only, 8 a day, Monday to Friday: 40 slots, numbered 0-39 (Friday period 8 is slot 39). D and E (Art)
    // teach every period but Friday's 7th (slot 38, E only) and 8th (slot 39, free for both); F (Music) teaches
    // Friday 7-8 so those periods are slots. Common: Friday period 8 alone, 1 period of 45 minutes.
    const allBut = (skip: string[]) => ['1', '2', '3', '4', '5', '6', '7', '8'].filter((p) => !skip.includes(p));
    const art = [
      section({ id: 'D-week', teachers: ['D'], department: 'Art', meetings: meetings([1, 2, 3, 4].map((d) => weekday(d as 1 | 2 | 3 | 4)), allBut([])) }),
      section({ id: 'D-fri', teachers: ['D'], department: 'Art', meetings: meetings([weekday(5)], allBut(['8'])) }),
      section({ id: 'E-week', teachers: ['E'], department: 'Art', meetings: meetings([1, 2, 3, 4].map((d) => weekday(d as 1 | 2 | 3 | 4)), allBut([])) }),
      section({ id: 'E-fri', teachers: ['E'], department: 'Art', meetings: meetings([weekday(5)], allBut(['7', '8'])) }),
      section({ id: 'F-fri', teachers: ['F'], department: 'Music', meetings: meetings([weekday(5)], ['7', '8']) }),
    ];
    const analysis = analyseSchedule(workbook({ sections: art }), settingsWith({ periodMinutes: 45 }), 'high');
    const team = analysis.collaboration.find((c) => c.team === 'Art')!;
    expect(team.commonPeriodsPerCycle).toBe(1);
    expect(team.commonMinutesPerWeek).toBe(45);
    expect(team.days).toEqual(['Fri']);
    expect(analysis.teamFreeSlots!.Art).toEqual([{ day: 'Fri', slots: ['8'], minutes: 45 }]);
  });

  it('does not join two free periods across a short homeroom a member teaches, though it is no longer than passing time', () => {
    // No bell schedule, so passing time is the default 10 minutes. A and B (Math) teach 8:00-8:50; B also teaches a
    // homeroom 9:52-9:58. C (Science) teaches 9:00-9:50, 10:00-10:50 and 11:00-11:50, so those are slots too.
    // Math is free 9:00-9:50, 10:00-10:50 and 11:00-11:50: 150 minutes a day, 750 a week. The 10-minute gap after
    // 9:50 holds B's homeroom, so it is not passing time: the longest block is 10:00-11:50 = 50 + 10 + 50 = 110
    // minutes, not 9:00-11:50 = 170.
    const timed = (id: string, teacher: string, department: string, start: number, end: number) =>
      section({ id, teachers: [teacher], department, meetings: meetings(MON_FRI, [], start, end) });
    const sections = [
      timed('A1', 'A', 'Math', t(8), t(8, 50)),
      timed('B1', 'B', 'Math', t(8), t(8, 50)),
      timed('HR', 'B', 'Math', t(9, 52), t(9, 58)),
      timed('C2', 'C', 'Science', t(9), t(9, 50)),
      timed('C3', 'C', 'Science', t(10), t(10, 50)),
      timed('C4', 'C', 'Science', t(11), t(11, 50)),
    ];
    const team = analyseSchedule(workbook({ sections }), settingsWith(), 'high').collaboration.find((c) => c.team === 'Math')!;
    expect(team.commonMinutesPerWeek).toBe(750);
    expect(team.longestBlockMinutes).toBe(110);
  });

  it('does not count lunch in the bell schedule as common planning time', () => {
    const withLunch = [...BELL, bell('Lunch', t(11, 35), t(12, 5))];
    const team = analyseSchedule(workbook({ bell: withLunch, sections: math }), settingsWith(), 'high').collaboration[0];
    expect(team.commonMinutesPerWeek).toBe(450);
    expect(team.longestBlockMinutes).toBe(105);
  });

  it('adds scheduled collaboration after the last bell to common time and reports it', () => {
    const plc = section({ id: 'PLC', course: 'Math PLC', teachers: ['A', 'B'], collaboration: true, meetings: meetings([weekday(3)], [], t(15), t(16)) });
    const analysis = analyseSchedule(workbook({ bell: BELL, sections: [...math, plc] }), settingsWith(), 'high');
    const team = analysis.collaboration[0];
    expect(team.scheduledCollaborationMinutesPerWeek).toBe(60);
    expect(team.commonMinutesPerWeek).toBe(510);
    expect(team.commonPeriodsPerCycle).toBe(10);
    expect(team.longestBlockMinutes).toBe(105);
  });

  it('counts a PLC listed as one row per member once (the same hour, not one hour per member)', () => {
    // Wednesday 15:00-16:30 for both members, written as two rows: 90 minutes of scheduled collaboration, not 180.
    const rows = ['A', 'B'].map((teacher) =>
      section({ id: `PLC-${teacher}`, course: 'Math PLC', teachers: [teacher], department: 'Math', collaboration: true, meetings: meetings([weekday(3)], [], t(15), t(16, 30)) }),
    );
    const team = analyseSchedule(workbook({ bell: BELL, sections: [...math, ...rows] }), settingsWith(), 'high').collaboration[0];
    expect(team.scheduledCollaborationMinutesPerWeek).toBe(90);
    // Common time: 450 free + the 90 after the bell, once.
    expect(team.commonMinutesPerWeek).toBe(540);
  });

  it('counts overlapping PLC rows of the members as the clock time they cover together', () => {
    // A's row 15:00-16:30, B's 15:30-16:30 (B joins late): the team meets 15:00-16:30 = 90 minutes, not 90 + 60 = 150.
    const rows = [
      section({ id: 'PLC-A', course: 'Math PLC', teachers: ['A'], department: 'Math', collaboration: true, meetings: meetings([weekday(3)], [], t(15), t(16, 30)) }),
      section({ id: 'PLC-B', course: 'Math PLC', teachers: ['B'], department: 'Math', collaboration: true, meetings: meetings([weekday(3)], [], t(15, 30), t(16, 30)) }),
    ];
    const team = analyseSchedule(workbook({ bell: BELL, sections: [...math, ...rows] }), settingsWith(), 'high').collaboration[0];
    expect(team.scheduledCollaborationMinutesPerWeek).toBe(90);
    // Common time: 450 free + the 90 after the bell (already a union of the two rows).
    expect(team.commonMinutesPerWeek).toBe(540);
  });

  it('counts a PLC inside the day once', () => {
    const plc = section({ id: 'PLC', course: 'PLC', teachers: ['A', 'B'], collaboration: true, meetings: meetings([weekday(2)], ['3']) });
    const team = analyseSchedule(workbook({ bell: BELL, sections: [...math, plc] }), settingsWith(), 'high').collaboration[0];
    expect(team.commonMinutesPerWeek).toBe(450);
    expect(team.scheduledCollaborationMinutesPerWeek).toBe(50);
  });

  it('uses periods when there are no times: counts common periods, and minutes only with a period length', () => {
    const sections = [
      section({ id: 'A', teachers: ['A'], department: 'En', meetings: [...meetings([weekday(1)], ['1', '2']), ...meetings([weekday(2)], ['1'])] }),
      section({ id: 'B', teachers: ['B'], department: 'En', meetings: meetings([weekday(1)], ['3']) }),
      section({ id: 'C', teachers: ['C'], department: 'Ma', meetings: meetings([weekday(1), weekday(2)], ['4']) }),
      section({ id: 'C5', teachers: ['C'], department: 'Ma', meetings: meetings([weekday(1), weekday(2)], ['5']) }),
    ];
    // Monday's periods 1-5: En is free in 4 and 5. Tuesday's periods 1, 4, 5: free in 4 and 5.
    const unknown = analyseSchedule(workbook({ sections }), settingsWith(), 'high').collaboration[0];
    expect(unknown).toMatchObject({ team: 'En', commonPeriodsPerCycle: 4, commonMinutesPerWeek: null, longestBlockMinutes: null, days: ['Mon', 'Tue'] });
    const known = analyseSchedule(workbook({ sections }), settingsWith({ periodMinutes: 45 }), 'high').collaboration[0];
    expect(known).toMatchObject({ commonPeriodsPerCycle: 4, commonMinutesPerWeek: 180, longestBlockMinutes: 90 });
  });

  it('scales A/B days to a five-day week', () => {
    const A: MeetingDay = { kind: 'ab', day: 'A' };
    const B: MeetingDay = { kind: 'ab', day: 'B' };
    const sections = [
      section({ id: 'X1', teachers: ['X'], department: 'Art', meetings: meetings([A, B], ['1']) }),
      section({ id: 'X2', teachers: ['X'], department: 'Art', meetings: meetings([B], ['2']) }),
      section({ id: 'Y1', teachers: ['Y'], department: 'Art', meetings: meetings([A, B], ['1']) }),
    ];
    const team = analyseSchedule(workbook({ sections }), settingsWith({ periodMinutes: 50 }), 'high').collaboration[0];
    // A days use only period 1 (both teach it); B days use 1 (both) and 2 (X): no common period at all.
    expect(team.commonPeriodsPerCycle).toBe(0);
    const withSlot = [...sections, section({ id: 'Z', teachers: ['Z'], department: 'Music', meetings: meetings([A], ['2']) })];
    // Someone else teaching period 2 on A days makes it a slot of the A day, free for X and Y.
    const team2 = analyseSchedule(workbook({ sections: withSlot }), settingsWith({ periodMinutes: 50 }), 'high').collaboration[0];
    // One free 50-minute period on A days: 50 × 5 / 2 per week.
    expect(team2).toMatchObject({ commonPeriodsPerCycle: 1, commonMinutesPerWeek: 125, longestBlockMinutes: 50, days: ['A'] });
  });

  it('forms teams from the roster team column first, and members who do not teach that day are free', () => {
    const sections = [
      section({ id: 'A1', teachers: ['Ann'], meetings: meetings(MON_FRI, ['1', '2', '3']) }),
      section({ id: 'B1', teachers: ['Bob'], meetings: meetings([weekday(1)], ['4']) }),
    ];
    const parsed = workbook({
      bell: BELL,
      sections,
      staff: [staff('Ann', { team: '9th Grade Team' }), staff('Bob', { team: '9th Grade Team' }), staff('Cy', { team: '9th Grade Team' })],
    });
    const team = analyseSchedule(parsed, settingsWith(), 'high').collaboration[0];
    // Free: P4 Tue-Fri (Bob teaches P4 on Monday only).
    expect(team).toMatchObject({ team: '9th Grade Team', basis: 'roster', members: ['Ann', 'Bob', 'Cy'], commonPeriodsPerCycle: 4, commonMinutesPerWeek: 200, longestBlockMinutes: 50 });
    expect(team.days).toEqual(['Tue', 'Wed', 'Thu', 'Fri']);
  });

  it('forms grade teams in an elementary school', () => {
    const sections = [
      section({ id: 'K1', teachers: ['Kay'], grade: 'K', meetings: meetings(MON_FRI, [], t(8), t(12)) }),
      section({ id: 'K2', teachers: ['Kim'], grade: 'K', meetings: meetings(MON_FRI, [], t(8), t(11)) }),
      section({ id: 'G1', teachers: ['Lou'], grade: '1', meetings: meetings(MON_FRI, [], t(8), t(13, 30)) }),
    ];
    const analysis = analyseSchedule(workbook({ sections }), settingsWith(), 'elementary');
    // School-day slots 8-11, 11-12, 12-13:30; Kay and Kim are both free 12:00-13:30 (Lou teaches then, defining the slot).
    expect(analysis.collaboration).toEqual([
      expect.objectContaining({ team: 'Grade K', basis: 'grade', members: ['Kay', 'Kim'], commonMinutesPerWeek: 450, longestBlockMinutes: 90 }),
    ]);
  });

  it('labels rotating-cycle days and scales them to a five-day week', () => {
    const day = (n: number): MeetingDay => ({ kind: 'cycle', day: n });
    const allDays = [1, 2, 3, 4, 5, 6].map(day);
    const sections = [
      section({ id: 'P1', teachers: ['P'], department: 'PE', meetings: meetings(allDays, ['1']) }),
      section({ id: 'P2', teachers: ['P'], department: 'PE', meetings: meetings([1, 2, 4, 5, 6].map(day), ['2']) }),
      section({ id: 'Q1', teachers: ['Q'], department: 'PE', meetings: [...meetings([1, 2, 4, 5, 6].map(day), ['1', '2']), ...meetings([day(3)], ['1'])] }),
      section({ id: 'R', teachers: ['R'], department: 'Art', meetings: meetings([day(3)], ['2']) }),
    ];
    // P and Q both teach period 1 every day and period 2 every day but Day 3; R makes period 2 a slot of Day 3.
    const team = analyseSchedule(workbook({ sections }), settingsWith({ periodMinutes: 60 }), 'high').collaboration[0];
    // One free 60-minute period in a 6-day cycle: 60 × 5 / 6 = 50 minutes a week.
    expect(team).toMatchObject({ team: 'PE', commonPeriodsPerCycle: 1, commonMinutesPerWeek: 50, longestBlockMinutes: 60, days: ['Day 3'] });
  });
});

describe('collaboration: breaks and lunch are not common planning time', () => {
  // P1 8:00-8:50, P2 8:55-9:45, Break 9:45-10:05, P3 10:05-10:55, P4 11:00-11:50, Lunch 11:50-12:30,
  // P5 12:30-13:20, P6 13:25-14:15.
  const DAY = [
    bell('1', t(8), t(8, 50)),
    bell('2', t(8, 55), t(9, 45)),
    bell('Break', t(9, 45), t(10, 5)),
    bell('3', t(10, 5), t(10, 55)),
    bell('4', t(11), t(11, 50)),
    bell('Lunch', t(11, 50), t(12, 30)),
    bell('5', t(12, 30), t(13, 20)),
    bell('6', t(13, 25), t(14, 15)),
  ];
  const TUE_FRI = MON_FRI.slice(1);

  it('gives a seven-teacher team 50 common minutes, not its lunches, when another teacher teaches across lunch', () => {
    // Seven English teachers teach 1-2, 3-4 and 5 every day, and 6 Tuesday to Friday: their only common free period
    // is 6 on Monday. A science teacher's double 4-5 runs across lunch every day. When the double was timed from
    // 11:00 to 13:20, lunch became a slot in which no English teacher taught: 5 × 40 + 50 = 250 "common" minutes.
    const english = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'].flatMap((name) => [
      section({ id: `${name}-12`, teachers: [name], department: 'English', meetings: meetings(MON_FRI, ['1', '2']) }),
      section({ id: `${name}-34`, teachers: [name], department: 'English', meetings: meetings(MON_FRI, ['3', '4']) }),
      section({ id: `${name}-5`, teachers: [name], department: 'English', meetings: meetings(MON_FRI, ['5']) }),
      section({ id: `${name}-6`, teachers: [name], department: 'English', meetings: meetings(TUE_FRI, ['6']) }),
    ]);
    const science = section({ id: 'X-45', teachers: ['X'], department: 'Science', meetings: meetings(MON_FRI, ['4', '5']) });
    const analysis = analyseSchedule(workbook({ bell: DAY, sections: [...english, science] }), settingsWith(), 'high');
    expect(analysis.collaboration).toEqual([
      {
        team: 'English',
        basis: 'department',
        members: ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'],
        commonMinutesPerWeek: 50,
        commonPeriodsPerCycle: 1,
        longestBlockMinutes: 50,
        days: ['Mon'],
        scheduledCollaborationMinutesPerWeek: 0,
      },
    ]);
    // The science double is two periods of 50 minutes, five days a week: 500, not 5 × 140 = 700.
    expect(analysis.teachers.find((x) => x.teacher === 'X')!.minutesPerWeek).toBe(500);
  });

  it('joins free periods either side of lunch into one block, adds no minutes for lunch, and says so', () => {
    // A and B teach 1, 2, 3 every day and 6 Tuesday to Friday. Monday: free 4, 5 and 6; Tuesday-Friday: free 4 and 5.
    const sections = ['A', 'B'].flatMap((name) => [
      section({ id: `${name}-123`, teachers: [name], department: 'Math', meetings: meetings(MON_FRI, ['1', '2', '3']) }),
      section({ id: `${name}-6`, teachers: [name], department: 'Math', meetings: meetings(TUE_FRI, ['6']) }),
    ]);
    const team = analyseSchedule(workbook({ bell: DAY, sections }), settingsWith(), 'high').collaboration[0];
    // Weekly: Monday 3 × 50 + Tuesday-Friday 4 × 2 × 50 = 150 + 400 = 550 (lunch and passing time not counted).
    // Longest block, Monday: 4 (50) + lunch (0) + 5 (50) + 5 minutes passing + 6 (50) = 155 minutes, across lunch.
    expect(team).toMatchObject({ commonMinutesPerWeek: 550, commonPeriodsPerCycle: 11, longestBlockMinutes: 155, longestBlockAcross: ['lunch'] });
  });

  it('does not join free periods with a taught period between them, and prefers a block without a break', () => {
    // A and B teach 2 and 5 every day: free 1 | 3, 4 | 6. The 3-4 block: 50 + 5 + 50 = 105, across nothing
    // (the break lies between 2 and 3, which they teach).
    const sections = ['A', 'B'].map((name) =>
      section({ id: `${name}-25`, teachers: [name], department: 'Math', meetings: [...meetings(MON_FRI, ['2']), ...meetings(MON_FRI, ['5'])] }),
    );
    const team = analyseSchedule(workbook({ bell: DAY, sections }), settingsWith(), 'high').collaboration[0];
    // Daily 1, 3, 4, 6 free: 4 × 50 = 200; weekly 1000.
    expect(team).toMatchObject({ commonMinutesPerWeek: 1000, longestBlockMinutes: 105 });
    expect(team.longestBlockAcross).toBeUndefined();
  });

  it('gives a PLC after the last bell to its own team only', () => {
    // Math (A, B) and Science (C, D) each teach 1-3 and 5-6 daily: each team is free in 4 daily (250 a week).
    const sections = ['A', 'B', 'C', 'D'].map((name) =>
      section({ id: name, teachers: [name], department: name < 'C' ? 'Math' : 'Science', meetings: meetings(MON_FRI, ['1', '2', '3', '5', '6']) }),
    );
    const plc = section({ id: 'SCI-PLC', course: 'Science PLC', teachers: ['C', 'D'], collaboration: true, meetings: meetings([weekday(3)], [], t(15), t(16)) });
    const [math, sci] = analyseSchedule(workbook({ bell: DAY, sections: [...sections, plc] }), settingsWith(), 'high').collaboration;
    expect(math).toMatchObject({ team: 'Math', commonMinutesPerWeek: 250, scheduledCollaborationMinutesPerWeek: 0 });
    // Science: 250 + the 60-minute PLC on Wednesday, which stands apart from period 4.
    expect(sci).toMatchObject({ team: 'Science', commonMinutesPerWeek: 310, commonPeriodsPerCycle: 6, longestBlockMinutes: 60, scheduledCollaborationMinutesPerWeek: 60 });
  });

  it('gives a grade team\'s PLC to the grade team, not to the departments of the teachers in it', () => {
    // Middle school. Roster: Grade 6 Team = A, B (English), C, D (Math); Grade 7 Team = E, F (English), G, H (Math).
    // Everyone teaches periods 1-4 daily, so every team's common time is its scheduled collaboration after the bell.
    const grade6 = ['A', 'B', 'C', 'D'];
    const grade7 = ['E', 'F', 'G', 'H'];
    const english = new Set(['A', 'B', 'E', 'F']);
    const dept = (name: string) => (english.has(name) ? 'English' : 'Math');
    const teaching = [...grade6, ...grade7].map((name) => section({ id: name, teachers: [name], department: dept(name), meetings: meetings(MON_FRI, ['1', '2', '3', '4']) }));
    const plc = (id: string, course: string, teachers: string[], day: Parameters<typeof weekday>[0], end: number, extra: { department?: string; grade?: string } = {}) =>
      section({ id, course, teachers, collaboration: true, ...extra, meetings: meetings([weekday(day)], [], t(15), end) });
    const rows = [
      // Wednesday 15:00-16:30, one row per member with the member's department beside it (as Fir Ridge writes them).
      ...grade6.map((name) => plc(`G6-${name}`, 'Grade 6 Team PLC', [name], 3, t(16, 30), { department: dept(name), grade: '6' })),
      // The same hour for grade 7, as one row naming no team: it belongs to the team holding most of its teachers.
      plc('G7', 'PLC', grade7, 3, t(16, 30)),
      // Thursday 15:00-16:00: the English department's own meeting, though two of its four are Grade 6 Team.
      plc('ENG', 'English PLC', ['A', 'B', 'E', 'F'], 4, t(16)),
      // Friday 15:00-15:45: a grade 6 meeting of its math teachers; the title's grade makes it no department's.
      plc('G6-MATH', 'Grade 6 PLC - Math teachers', ['C', 'D'], 5, t(15, 45)),
    ];
    const staffList = [...grade6.map((n) => staff(n, { team: 'Grade 6 Team' })), ...grade7.map((n) => staff(n, { team: 'Grade 7 Team' }))];
    const analysis = analyseSchedule(workbook({ bell: BELL, sections: [...teaching, ...rows], staff: staffList }), settingsWith(), 'middle');
    const minutes = Object.fromEntries(analysis.collaboration.map((c) => [c.team, [c.scheduledCollaborationMinutesPerWeek, c.commonMinutesPerWeek, c.longestBlockMinutes]]));
    expect(minutes).toEqual({
      'Grade 6 Team': [135, 135, 90], // Wednesday 90 + Friday 45; the English meeting is not theirs
      'Grade 7 Team': [90, 90, 90], // Wednesday 90
      English: [60, 60, 60], // Thursday 60 only (the old rule added Wednesday's 90 for the department cells: 150)
      Math: [0, 0, 0], // none (the old rule gave 90 + 45 = 135)
    });
  });

  it('gives a PLC row that names no team to its grade\'s team, and to the roster team holding most of its teachers', () => {
    // Elementary. A, B and C teach grade 3 in periods 1-4 daily, so the grade team found from the schedule is Grade 3
    // = A, B, C; the roster's 3rd Grade Team is A, B and X (who teaches nothing). Neither has common time in the day.
    const teaching = ['A', 'B', 'C'].map((name) => section({ id: name, teachers: [name], grade: '3', meetings: meetings(MON_FRI, ['1', '2', '3', '4']) }));
    const rows = [
      // Wednesday 15:00-16:00, one row for A and B: Grade 3 by its grade, 3rd Grade Team as it holds both (2 of 2).
      section({ id: 'PLC-AB', course: 'PLC', teachers: ['A', 'B'], grade: '3', collaboration: true, meetings: meetings([weekday(3)], [], t(15), t(16)) }),
      // Thursday 15:00-16:00, C alone: Grade 3 by its grade only.
      section({ id: 'PLC-C', course: 'PLC', teachers: ['C'], grade: '3', collaboration: true, meetings: meetings([weekday(4)], [], t(15), t(16)) }),
    ];
    const staffList = ['A', 'B', 'X'].map((n) => staff(n, { team: '3rd Grade Team' }));
    const analysis = analyseSchedule(workbook({ bell: BELL, sections: [...teaching, ...rows], staff: staffList }), settingsWith(), 'elementary');
    const minutes = Object.fromEntries(analysis.collaboration.map((c) => [c.team, c.scheduledCollaborationMinutesPerWeek]));
    expect(minutes).toEqual({ '3rd Grade Team': 60, 'Grade 3': 120 }); // 60 (Wednesday); 60 + 60 (Wednesday, Thursday)
  });

  it('with periods only, a PLC in a period nobody teaches is its own team\'s time, not every team\'s', () => {
    // No bell, no times. Math (A, B) and Art (C, D) all teach periods 1-3 on Monday; the Math PLC meets in period 7.
    const sections = ['A', 'B', 'C', 'D'].map((name) =>
      section({ id: name, teachers: [name], department: name < 'C' ? 'Math' : 'Art', meetings: meetings([weekday(1)], ['1', '2', '3']) }),
    );
    const plc = section({ id: 'PLC', course: 'Math PLC', teachers: ['A', 'B'], collaboration: true, meetings: meetings([weekday(1)], ['7']) });
    const [art, math] = analyseSchedule(workbook({ sections: [...sections, plc] }), settingsWith({ periodMinutes: 45 }), 'high').collaboration;
    // Math: one scheduled period of 45 minutes; Art: nothing (period 7 is no teaching period of the day).
    expect(math).toMatchObject({ team: 'Math', commonPeriodsPerCycle: 1, commonMinutesPerWeek: 45, longestBlockMinutes: 45, scheduledCollaborationMinutesPerWeek: 45, days: ['Mon'] });
    expect(art).toMatchObject({ team: 'Art', commonPeriodsPerCycle: 0, commonMinutesPerWeek: 0, days: [] });
  });

  it('leaves the lunch a meeting given by clock times runs across out of the slots', () => {
    // Ann 8:00-11:50 and 12:30-14:15 daily, as times; Ben teaches 8:00-9:45 daily. Lunch is in neither's slots.
    const sections = [
      section({ id: 'ANN-AM', teachers: ['Ann'], department: 'Art', meetings: meetings(MON_FRI, [], t(8), t(11, 50)) }),
      section({ id: 'ANN-PM', teachers: ['Ann'], department: 'Art', meetings: meetings(MON_FRI, [], t(12, 30), t(14, 15)) }),
      section({ id: 'BEN', teachers: ['Ben'], department: 'Art', meetings: meetings(MON_FRI, [], t(8), t(9, 45)) }),
    ];
    const analysis = analyseSchedule(workbook({ bell: DAY, sections }), settingsWith(), 'high');
    expect(analysis.collaboration[0]).toMatchObject({ commonMinutesPerWeek: 0, longestBlockMinutes: 0, days: [] });
    // Ann: 8:00-11:50 less the break = 105 + 105, and 12:30-14:15 = 105: 315 a day, 1575 a week.
    expect(analysis.teachers.find((x) => x.teacher === 'Ann')!.minutesPerWeek).toBe(1575);
  });
});

