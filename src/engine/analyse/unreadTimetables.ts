import type { DataCheckItem, ParsedWorkbook, Section, TeamCollaboration } from '../types';
import { normaliseName } from './stats';

// Which teams' common planning time rests on timetables that could not be read. A taught section none of whose rows
// gave a readable day with a period or time has no meetings; its teachers then look free all week, so a team that
// includes one has common time that is not known: too much if others teach when they do, or none at all when no
// meeting of the whole schedule could be read. markUnreadTeams marks such a team once, in the schedule analysis
// (timesKnown false, its minutes and longest block null); it then gets no collaboration flag and no place in the
// 90-minute count, and the Data Check says which teams and which rows.

/** Per normalised teacher name, their first taught section without a readable meeting. */
function unreadTeachers(sections: readonly Section[]): Map<string, Section> {
  const unread = new Map<string, Section>();
  // Indexed, not for…of: one pass per review, mostly unoptimised, where an iterator step allocates.
  for (let n = 0; n < sections.length; n++) {
    const s = sections[n];
    if (s.collaboration || s.meetings.length > 0) continue;
    for (let k = 0; k < s.teachers.length; k++) {
      const t = s.teachers[k];
      const key = normaliseName(t);
      if (!unread.has(key)) unread.set(key, s);
    }
  }
  return unread;
}

/** Members whose timetable could not be read. */
function unreadMembers(team: TeamCollaboration, unread: ReadonlyMap<string, Section>): string[] {
  return team.members.filter((m) => unread.has(normaliseName(m)));
}

/**
 * The teams with every member's timetable read, unchanged, and the others marked: timesKnown false, and their common
 * minutes and longest block null (common periods and days then count only what the read timetables show).
 */
export function markUnreadTeams(collaboration: readonly TeamCollaboration[], sections: readonly Section[]): TeamCollaboration[] {
  const unread = unreadTeachers(sections);
  if (unread.size === 0) return [...collaboration];
  return collaboration.map((team) =>
    unreadMembers(team, unread).length === 0 ? team : { ...team, timesKnown: false, commonMinutesPerWeek: null, longestBlockMinutes: null },
  );
}

/** Teams whose common time can be judged: every member's timetable was read. */
export function teamsWithReadTimetables(collaboration: readonly TeamCollaboration[]): TeamCollaboration[] {
  return collaboration.filter((t) => t.timesKnown !== false);
}

const SHOWN_TEAMS = 8;

/** One Data Check item naming the teams left unjudged, the members behind it and the first cell to fix. */
export function unreadTeamsCheck(collaboration: readonly TeamCollaboration[], parsed: ParsedWorkbook): DataCheckItem[] {
  const marked = collaboration.filter((t) => t.timesKnown === false);
  if (marked.length === 0) return [];
  const unread = unreadTeachers(parsed.sections);
  const teams = marked.map((team) => ({ team: team.team, members: unreadMembers(team, unread) }));
  const members = [...new Set(teams.flatMap((t) => t.members))];
  const first = members.map((m) => unread.get(normaliseName(m))!).sort((a, b) => a.source.firstRow - b.source.firstRow)[0];
  // The cell to fix: the section's days (else period, else start) on its first row, in its own schedule sheet.
  const table = parsed.tables.find((t) => t.kind === 'schedule' && t.sheet === first.source.sheet);
  const column = ['days', 'period', 'start'].map((field) => table?.columns.find((c) => c.field === field)).find((c) => c !== undefined);
  const cell = column ? `${column.letter}${first.source.firstRow}` : `${first.source.firstRow}:${first.source.lastRow}`;
  const shown = teams.slice(0, SHOWN_TEAMS).map((t) => `${t.team} (${t.members.slice(0, 3).join(', ')}${t.members.length > 3 ? ', …' : ''})`);
  return [
    {
      severity: 'warning',
      sheet: first.source.sheet,
      cell,
      code: 'team-times-unknown',
      message:
        `Common planning time is unknown for ${teams.length === 1 ? 'team' : `${teams.length} teams`} ` +
        `${shown.join(', ')}${teams.length > SHOWN_TEAMS ? `, and ${teams.length - SHOWN_TEAMS} more` : ''}: ` +
        `${members.length === 1 ? 'a member teaches' : `${members.length} members teach`} sections with no readable day and period or time ` +
        `(first: "${first.course}", row ${first.source.firstRow}), so when they are free is not known. ` +
        'These teams get no collaboration flag and are left out of the 90-minute count; fix the days, periods or times to judge them.',
    },
  ];
}
