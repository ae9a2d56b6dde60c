import type { TeacherLoad, TeacherTime, TeamCollaboration } from '../types';
import type { InstructionalDay } from './instructionalDay';
import { median, normaliseName } from './stats';

// How a typical teacher's contract week divides: teaching, time in the school day not teaching (individual
// planning and duties), and scheduled team time (PLC, common planning), as shares of the contract day × 5. The
// contract day is a setting: without it, or without teaching minutes, nothing is reported (unknown, not zero).

export function teacherTime(
  teachers: readonly TeacherLoad[],
  collaboration: readonly TeamCollaboration[],
  day: InstructionalDay | null | undefined,
  contractMinutesPerDay: number | undefined,
): TeacherTime | null {
  if (!contractMinutesPerDay || contractMinutesPerDay <= 0) return null;
  const timed = teachers.filter((t) => t.minutesPerWeek !== null && t.minutesPerWeek > 0);
  if (timed.length === 0) return null;
  const contractWeek = contractMinutesPerDay * 5;
  const teamMinutes = new Map<string, number>();
  for (const team of collaboration) {
    for (const m of team.members) {
      const key = normaliseName(m);
      teamMinutes.set(key, Math.max(teamMinutes.get(key) ?? 0, team.scheduledCollaborationMinutesPerWeek));
    }
  }
  const teaching = timed.map((t) => t.minutesPerWeek! / contractWeek);
  const team = timed.map((t) => (teamMinutes.get(normaliseName(t.teacher)) ?? 0) / contractWeek);
  const notTeaching = day ? timed.map((t) => Math.max(0, day.minutesPerDay * 5 - t.minutesPerWeek!) / contractWeek) : null;
  return {
    contractMinutesPerDay,
    teachers: timed.length,
    teachingShare: median(teaching)!,
    dayNotTeachingShare: notTeaching ? median(notTeaching)! : null,
    teamShare: median(team)!,
  };
}
