import type { CellValue, MeetingDay } from '../types';
import { cellText } from './values';

// Meeting days → MeetingDay lists: weekdays (English and Dutch), A/B days, numbered rotating-cycle days.

type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const DAYS_EXPECTATION =
  'expected days such as M-F, MTWRF, MWF, TTh, Mon, Wed, Daily, A/B, or Day 1 … Day 6';

const WEEKDAY_WORDS: Record<string, Weekday> = {};
const WORDS_BY_DAY: [Weekday, string[]][] = [
  [1, ['monday', 'mon', 'mo', 'm', 'maandag', 'ma']],
  [2, ['tuesday', 'tues', 'tue', 'tu', 't', 'dinsdag', 'di']],
  [3, ['wednesday', 'wed', 'we', 'w', 'woensdag', 'wo']],
  [4, ['thursday', 'thurs', 'thur', 'thu', 'th', 'r', 'donderdag', 'do']],
  [5, ['friday', 'fri', 'fr', 'f', 'vrijdag', 'vr']],
  [6, ['saturday', 'sat', 'sa', 's', 'zaterdag', 'za']],
  [7, ['sunday', 'sun', 'su', 'u', 'zondag', 'zo']],
];
for (const [day, words] of WORDS_BY_DAY) for (const w of words) WEEKDAY_WORDS[w] = day;

const EVERY_WEEKDAY = new Set(['daily', 'every day', 'everyday', 'all', 'all days', 'mtwrf', 'mtwthf', 'weekdays']);

/** Letters packed together: "MWF", "TTh", "MTWRF", "SaSu". Two-letter day names are tried first. */
const PACKED_TOKENS: [string, Weekday][] = [
  ['th', 4],
  ['tu', 2],
  ['sa', 6],
  ['su', 7],
  ['m', 1],
  ['t', 2],
  ['w', 3],
  ['r', 4],
  ['f', 5],
  ['s', 6],
  ['u', 7],
];

const SHORT_LABEL: Record<Weekday, string> = { 1: 'Mon', 2: 'Tue', 3: 'Wed', 4: 'Thu', 5: 'Fri', 6: 'Sat', 7: 'Sun' };

export function dayLabel(day: MeetingDay): string {
  if (day.kind === 'weekday') return SHORT_LABEL[day.day];
  if (day.kind === 'ab') return day.day;
  return `Day ${day.day}`;
}

/** A stable key for grouping meetings by day. */
export function dayKey(day: MeetingDay): string {
  return `${day.kind}:${day.day}`;
}

/** The longest rotating cycle read: a number beyond it in a days column is not a cycle day. */
const MAX_CYCLE_DAY = 20;

/** The days a cell names, in order and without repeats; null when the cell cannot be read as days. */
export function parseDays(value: CellValue): MeetingDay[] | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1 && value <= MAX_CYCLE_DAY ? [{ kind: 'cycle', day: value }] : null;
  }
  const text = cellText(value).toLowerCase().replace(/\s+/g, ' ').replace(/\s*[-–]\s*/g, '-');
  if (text === '') return null;
  if (EVERY_WEEKDAY.has(text)) return weekdays(1, 5);
  const cycle = parseCycleDays(text);
  if (cycle) return cycle;
  const ab = parseAbDays(text);
  if (ab) return ab;

  const result: MeetingDay[] = [];
  for (const part of text.split(/\s*(?:[,;/&+]|\band\b|\s)\s*/)) {
    if (part === '') continue;
    const days = parseWeekdayPart(part);
    if (!days) return null;
    result.push(...days);
  }
  return result.length ? dedupe(result) : null;
}

function parseCycleDays(text: string): MeetingDay[] | null {
  // "Day 1, Day 3", "Days 1, 3, 5", "D2/D5" and a bare "1,3,5" read alike: the day words go, numbers and ranges stay.
  // The word is dropped only before a number, so the "d" that ends "and" is kept.
  const numbers = text.replace(/\b(?:days?|d)\s*(?=\d)/g, '');
  if (!/^\d/.test(numbers)) return null;
  const days: number[] = [];
  for (const piece of numbers.split(/\s*(?:[,;/&+]|\band\b|\s)\s*/)) {
    if (piece === '') continue;
    const range = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(piece);
    if (!range) return null;
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    if (from < 1 || to < from || to > MAX_CYCLE_DAY) return null;
    for (let d = from; d <= to; d++) days.push(d);
  }
  return days.length ? dedupe(days.map((day) => ({ kind: 'cycle', day }))) : null;
}

function parseAbDays(text: string): MeetingDay[] | null {
  const one = /^(?:([ab])(?:\s*-?\s*day)?|day\s*([ab]))$/.exec(text);
  if (one) return [{ kind: 'ab', day: (one[1] ?? one[2]).toUpperCase() as 'A' | 'B' }];
  if (/^a\s*(?:[/,&]|and)\s*b(?:\s*days?)?$/.test(text)) {
    return [
      { kind: 'ab', day: 'A' },
      { kind: 'ab', day: 'B' },
    ];
  }
  return null;
}

/** One token: a day name, a packed run of letters, or a range such as "M-F", "Mon-Thu". */
function parseWeekdayPart(part: string): MeetingDay[] | null {
  const range = /^([a-z]+)\s*-\s*([a-z]+)$/.exec(part);
  if (range) {
    const from = WEEKDAY_WORDS[range[1]];
    const to = WEEKDAY_WORDS[range[2]];
    return from && to && from <= to ? weekdays(from, to) : null;
  }
  if (/^[a-z]+(-[a-z]+){2,}$/.test(part)) {
    // "M-W-F": three or more days joined by dashes are a list, not a range.
    const days = part.split('-').map((w) => WEEKDAY_WORDS[w]);
    return days.every(Boolean) ? days.map((day) => ({ kind: 'weekday', day })) : null;
  }
  const word = WEEKDAY_WORDS[part];
  if (word) return [{ kind: 'weekday', day: word }];
  if (EVERY_WEEKDAY.has(part)) return weekdays(1, 5);
  return parsePacked(part);
}

function parsePacked(text: string): MeetingDay[] | null {
  if (!/^[a-z]+$/.test(text)) return null;
  const days: MeetingDay[] = [];
  let i = 0;
  while (i < text.length) {
    const token = PACKED_TOKENS.find(([t]) => text.startsWith(t, i));
    if (!token) return null;
    days.push({ kind: 'weekday', day: token[1] });
    i += token[0].length;
  }
  return days;
}

function weekdays(from: Weekday, to: Weekday): MeetingDay[] {
  const days: MeetingDay[] = [];
  for (let d = from; d <= to; d++) days.push({ kind: 'weekday', day: d as Weekday });
  return days;
}

function dedupe(days: MeetingDay[]): MeetingDay[] {
  const seen = new Set<string>();
  return days.filter((d) => {
    const key = dayKey(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
