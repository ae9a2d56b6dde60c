import type { SubjectRule } from '../types';

// Applying the user-visible subject rules to one course.

export interface CourseText {
  courseCode?: string;
  course?: string;
  subject?: string;
  department?: string;
}

/**
 * The first rule that matches: code rules compare whole values (case-insensitive) with the subject, course code,
 * department and the code prefix of the course code or title ("Ma" of "Ma-10S", "MATH" of "MATH101"); keyword
 * rules look for the keyword at the start of a word of the subject, title or department ("Art" matches
 * "Art History" but not "Start"; keywords of three letters or fewer must be whole words).
 *
 * Code rules win, but for one case: when the code names a core subject and the first keyword rule that matches the
 * course's own title or subject names a non-core one, the keyword wins. A code prefix says which department runs a
 * course ("ENG-YRBK"), the title what it is ("Yearbook"): an elective an English department runs is an elective.
 */
export function matchSubjectRule(rules: readonly SubjectRule[], course: CourseText): SubjectRule | undefined {
  const codes = codeCandidates(course);
  const byCode = rules.find((rule) => rule.kind === 'code' && codes.has(rule.match.trim().toLowerCase()));
  if (byCode) {
    if (!byCode.core) return byCode;
    const byTitle = firstKeyword(rules, [course.subject, course.course]);
    return byTitle && !byTitle.core ? byTitle : byCode;
  }
  return firstKeyword(rules, [course.subject, course.course, course.department]);
}

function firstKeyword(rules: readonly SubjectRule[], values: readonly (string | undefined)[]): SubjectRule | undefined {
  const texts = values.filter((t): t is string => !!t).map((t) => t.toLowerCase());
  if (texts.length === 0) return undefined;
  for (const rule of rules) {
    if (rule.kind !== 'keyword') continue;
    const pattern = keywordPattern(rule.match);
    if (texts.some((t) => pattern.test(t))) return rule;
  }
  return undefined;
}

/** The text a data-check item names for a course no rule matched. */
export function unmappedLabel(course: CourseText): string {
  return course.subject || codePrefix(course.courseCode) || course.course || course.department || '';
}

function codeCandidates(course: CourseText): Set<string> {
  const values = [
    course.subject,
    course.courseCode,
    course.department,
    codePrefix(course.courseCode),
    codePrefix(course.course),
    lettersPrefix(course.courseCode),
  ];
  return new Set(values.filter((v): v is string => !!v).map((v) => v.trim().toLowerCase()));
}

function codePrefix(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = /^([^\s\-_]+)[\s\-_]/.exec(text.trim());
  return m ? m[1] : undefined;
}

function lettersPrefix(text: string | undefined): string | undefined {
  const m = text ? /^([A-Za-z]+)\d/.exec(text.trim()) : null;
  return m ? m[1] : undefined;
}

const patterns = new Map<string, RegExp>();

function keywordPattern(keyword: string): RegExp {
  let pattern = patterns.get(keyword);
  if (!pattern) {
    const escaped = keyword.trim().toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const end = keyword.trim().length <= 3 ? '(?![a-z0-9])' : '';
    pattern = new RegExp(`(?<![a-z0-9])${escaped}${end}`);
    patterns.set(keyword, pattern);
  }
  return pattern;
}
