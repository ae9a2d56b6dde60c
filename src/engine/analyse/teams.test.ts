import { analyseSchedule } from './schedule';
import { meetings, MON_FRI, section, settingsWith, staff, workbook } from './__fixtures__/workbook';
import { scheduleFlags } from '../practice/scheduleFlags';
import { leverBasis } from '../practice/scheduleLevers';
import { formTeams } from './collaboration';

// The roster names a team "Math" (A, B) and a "Science Team" (E, F); departments are Math (A, C), English (B, D)
// and Science (E, F). Each teacher teaches one period a day; the day's periods are 1-3, 50 minutes each.
const roster = [
  staff('A', { team: 'Math', department: 'Math' }),
  staff('B', { team: 'Math', department: 'English' }),
  staff('C', { department: 'Math' }),
  staff('D', { department: 'English' }),
  staff('E', { team: 'Science Team', department: 'Science' }),
  staff('F', { team: 'Science Team', department: 'Science' }),
];
const periodOf = { A: '1', B: '2', C: '3', D: '1', E: '1', F: '2' };
const sections = Object.entries(periodOf).map(([teacher, period]) =>
  section({ id: `${teacher}-1`, teachers: [teacher], subject: 'Math', core: true, enrollment: 25, meetings: meetings(MON_FRI, [period]) }),
);
const settings = settingsWith({ periodMinutes: 50 });
const parsed = workbook({ sections, staff: roster });
const analysis = analyseSchedule(parsed, settings, 'high');

describe('teams: the roster\'s teams, grade teams and departments, each labelled', () => {
  it('reports roster teams and departments side by side; a department with a roster team\'s members is not repeated', () => {
    // Roster Math (A 1, B 2): free together in period 3. Department Math (A 1, C 3): period 2. English (B 2, D 1):
    // period 3. Science = the Science Team's members, so it is the same team. Each: 50 minutes × 5 days = 250.
    expect(analysis.collaboration.map((t) => [t.team, t.basis, t.members.sort().join(','), t.commonMinutesPerWeek, t.longestBlockMinutes])).toEqual([
      ['Math', 'roster', 'A,B', 250, 50],
      ['Science Team', 'roster', 'E,F', 250, 50],
      ['English', 'department', 'B,D', 250, 50],
      ['Math (department)', 'department', 'A,C', 250, 50],
    ]);
  });

  it('says in each collaboration flag which kind of team it is', () => {
    // The school-wide flag (four teams lack a block) names no kind of team: it is the teams' root cause.
    const flags = scheduleFlags(analysis, parsed, settings, 'high', leverBasis(analysis.teachers, parsed, 95_000)).filter(
      (f) => f.measure === 'Common planning' && f.id !== 'collaboration:school',
    );
    expect(flags.map((f) => f.finding.split(':')[0]).sort()).toEqual([
      'English (department, 2 members)',
      "Math (department) (department, 2 members)", // renamed: the roster already has a team named Math
      "Math (the roster's team, 2 members)",
      "Science Team (the roster's team, 2 members)",
    ]);
    expect(flags.map((f) => f.id)).toContain('collaboration:Math (department)');
  });

  it('keeps a specialist who teaches every grade out of the elementary grade teams', () => {
    const grade = (g: string, teacher: string, period: string) =>
      section({ id: `${teacher}-${g}-${period}`, teachers: [teacher], subject: 'ELA', grade: g, enrollment: 20, meetings: meetings(MON_FRI, [period]) });
    const elementary = workbook({
      sections: [grade('K', 'K1', '1'), grade('K', 'K2', '2'), grade('1', 'G1', '1'), grade('K', 'PE', '3'), grade('1', 'PE', '4')],
    });
    const teams = analyseSchedule(elementary, settings, 'elementary').collaboration.filter((t) => t.basis === 'grade');
    // PE teaches K and 1 equally: no grade of more than half its sections, so no grade team (it was "Grade K").
    expect(teams.map((t) => [t.team, t.members.sort().join(',')])).toEqual([['Grade K', 'K1,K2']]);
  });
});

describe('formTeams: members gathered straight into each team', () => {
  it('trims roster team names, skips blank ones, keeps each member once in the order met, and sorts teams by name', () => {
    const load = (teacher: string, department?: string) =>
      ({ teacher, department, sections: 1, seats: 0, uniqueStudents: null, preps: 1, periodsPerCycle: 0, minutesPerWeek: null, teachesCore: false, sectionIds: [], rows: [] });
    const teams = formTeams(
      workbook({ staff: [staff(' Zed ', { team: ' Zoo ' }), staff('Amy', { team: 'Apes' }), staff('Bo', { team: '  ' }), staff('Cy', { team: 'Zoo' }), staff('Zed', { team: 'Zoo' })] }),
      'high',
      [load('Q', 'Science'), load('P', 'Art'), load('R', 'Science'), load('S'), load('Q', 'Science')],
    );
    // Roster: Apes (Amy), Zoo (Zed, Cy: " Zed " trimmed is Zed, met again); Bo's blank team is none. Departments: Art
    // (P, one member: no team beside the roster's), Science (Q, R; Q's second listing counted once); S has none.
    expect(teams.map((t) => [t.team, t.basis, t.members])).toEqual([
      ['Apes', 'roster', ['Amy']],
      ['Zoo', 'roster', ['Zed', 'Cy']],
      ['Science', 'department', ['Q', 'R']],
    ]);
  });
});
