import type { DataCheckItem } from '../types';
import type { MeetingSource } from './schedule';
import { dayKey, dayLabel, parseDays } from './days';
import { formatTime } from './times';

// Teachers booked twice at the same time: same teacher, same day, overlapping periods or clock times, same term
// (or either without a term), different sections.

export function findDoubleBookings(sheet: string, meetings: readonly MeetingSource[]): DataCheckItem[] {
  const byTeacherDay = new Map<string, MeetingSource[]>();
  for (const source of meetings) {
    for (const teacher of source.meeting.teachers ?? source.teachers) {
      const key = `${teacher}\u0000${dayKey(source.meeting.day)}`;
      const list = byTeacherDay.get(key);
      if (list) list.push(source);
      else byTeacherDay.set(key, [source]);
    }
  }
  const items: DataCheckItem[] = [];
  for (const [key, list] of byTeacherDay) {
    if (list.length < 2) continue;
    const teacher = key.slice(0, key.indexOf('\u0000'));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a.sectionId === b.sectionId || !sameTerm(a.term, b.term)) continue;
        const when = overlap(a, b);
        if (when) items.push(describe(sheet, teacher, a, b, when));
      }
    }
  }
  return items;
}

function sameTerm(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || a.toLowerCase() === b.toLowerCase();
}

function overlap(a: MeetingSource, b: MeetingSource): string | null {
  const shared = a.meeting.periods.filter((p) => b.meeting.periods.includes(p));
  if (shared.length > 0) return `period ${shared.join(', ')}`;
  const { start: s1, end: e1 } = a.meeting;
  const { start: s2, end: e2 } = b.meeting;
  if (s1 !== undefined && e1 !== undefined && s2 !== undefined && e2 !== undefined && s1 < e2 && s2 < e1) {
    return `${formatTime(Math.max(s1, s2))}–${formatTime(Math.min(e1, e2))}`;
  }
  return null;
}

function describe(sheet: string, teacher: string, a: MeetingSource, b: MeetingSource, when: string): DataCheckItem {
  const label = dayLabel(a.meeting.day);
  const written = a.dayText && parseDays(a.dayText)?.length === 1 && a.dayText !== label ? `${a.dayText} (${label})` : label;
  const part = (m: MeetingSource) => `section "${m.sectionId}" (${m.course}${m.term ? `, ${m.term}` : ''}, cell ${m.cell || `row ${m.rowNumber}`})`;
  return {
    severity: 'warning',
    sheet,
    cell: a.cell,
    code: 'double-booking',
    message: `Teacher ${teacher} is booked twice on ${written}, ${when}: ${part(a)} and ${part(b)}`,
  };
}
