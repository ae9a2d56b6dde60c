import type { SchoolFigures } from '../../src/engine/compare';

/** One school's row of the district map with every figure missing (null), but for those a test gives. */
export function mapSchool(over: Partial<SchoolFigures>): SchoolFigures {
  return {
    name: 'S',
    source: 's.xlsx',
    level: 'elementary',
    levelFrom: 'grades',
    students: null,
    budget: null,
    perPupil: null,
    lockedShare: null,
    lockedDollars: null,
    medianCoreLoad: null,
    highestCoreLoad: null,
    elaMathShare: null,
    teamsWith90MinuteBlock: null,
    teamsJudged: null,
    averageClassSize: null,
    k3ClassSize: null,
    spedStudentsPerAide: null,
    studentsPerCounselor: null,
    pdPerTeacher: null,
    coachPerTeacher: null,
    newTeacherShare: null,
    flags: { critical: 0, warning: 0, info: 0 },
    need: null,
    ...over,
  };
}
