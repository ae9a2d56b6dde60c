import type { BudgetLine, SchoolLevel, TeacherLoad, TeamCollaboration } from '../types';
import { primaryTeams } from '../analyse/collaboration';
import { normaliseName } from '../analyse/stats';

// Which teams a school's coaches (and its PD) serve, so the cover a lever prices is for those teams, not for
// every team in the school: a literacy coach works with grade teams (elementary) or English (secondary), a math
// coach with math, a general instructional coach and PD with the core teams. Specials, exploratory and elective
// teams are left out of the priced cover, and the whole-school figure is stated beside it.

export type CoachFocus = 'literacy' | 'math' | 'general';

const LITERACY_WORDS = /\b(literacy|reading|ela|english|writing|language arts)\b/i;
const MATH_WORDS = /\b(math|mathematics|maths|numeracy|algebra)\b/i;

export function coachFocus(line: BudgetLine): CoachFocus {
  const text = [line.jobTitle, line.description].filter(Boolean).join(' ');
  if (MATH_WORDS.test(text)) return 'math';
  if (LITERACY_WORDS.test(text)) return 'literacy';
  return 'general';
}

export interface ServedTeams {
  teams: TeamCollaboration[];
  /** "literacy coach → English; math coach → Mathematics", for the lever's text. */
  basis: string;
}

/**
 * The teams the coaches serve: for each coach's focus, the teams named for that subject (math → a team whose name
 * says math; literacy → English in a secondary school), else the core teams of the school's primary basis (the
 * roster's teams, else grade teams, else departments). A core team is one whose known members mostly teach core
 * subjects; a team none of whose members the schedule knows is kept.
 */
export function teamsCoachesServe(
  coaches: readonly BudgetLine[],
  collaboration: readonly TeamCollaboration[],
  teachers: readonly TeacherLoad[],
  level: SchoolLevel,
): ServedTeams {
  const core = coreTeams(primaryTeams(collaboration), teachers);
  const focuses = coaches.length ? [...new Set(coaches.map(coachFocus))] : (['general'] as CoachFocus[]);
  const served = new Map<string, TeamCollaboration>();
  const parts: string[] = [];
  for (const focus of focuses) {
    const named =
      focus === 'math'
        ? collaboration.filter((t) => MATH_WORDS.test(t.team))
        : focus === 'literacy' && level !== 'elementary'
          ? collaboration.filter((t) => LITERACY_WORDS.test(t.team))
          : [];
    const teams = named.length ? named : core;
    for (const t of teams) served.set(t.team, t);
    const who = focus === 'general' ? (coaches.length ? 'instructional coach' : 'PD') : `${focus} coach`;
    parts.push(`${who} → ${named.length ? teams.map((t) => t.team).join(', ') : 'the core teams'}`);
  }
  return { teams: collaboration.filter((t) => served.has(t.team)), basis: parts.join('; ') };
}

function coreTeams(teams: readonly TeamCollaboration[], teachers: readonly TeacherLoad[]): TeamCollaboration[] {
  const byName = new Map(teachers.map((t) => [normaliseName(t.teacher), t]));
  return teams.filter((team) => {
    const known = team.members.map((m) => byName.get(normaliseName(m))).filter((t): t is TeacherLoad => t !== undefined);
    return known.length === 0 || known.filter((t) => t.teachesCore).length * 2 > known.length;
  });
}
