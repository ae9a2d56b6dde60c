import type { Program } from '../types';

// What kind of class a row is: its program (co-taught, special education, EL) and whether it is scheduled
// collaboration rather than teaching.

const CO_TAUGHT = /\b(co[\s-]?taught|co[\s-]?teach(ing)?|ict|integrated co[\s-]?teaching|inclusion|inclusive)\b/i;
const SPECIAL_ED = /\b(sdc|rsp|special ed(ucation)?|sped|sp\.? ?ed|self[\s-]contained|life skills|swd|iep)\b/i;
const EL = /\b(eld|esl|esol|el|ell|english learners?|english language development|newcomers?|sheltered)\b/i;

const COLLABORATION =
  /\b(plc|common planning|common prep|collaboration|collaborative planning|banked time|early release|team meeting|team time|department meeting|grade level meeting|data team)\b/i;

// Texts are named parameters, not a rest array: these run for each of a district's 150,000 sections.

/** Program from a program/section-type cell, else from the course title or code; 'general' when nothing says otherwise. */
export function classifyProgram(programCell?: string, course?: string, courseCode?: string): Program {
  return programOf(programCell) ?? programOf(course) ?? programOf(courseCode) ?? 'general';
}

/** The program a text names; undefined when blank or 'general', so the next text is asked. */
function programOf(text: string | undefined): Program | undefined {
  if (!text) return undefined;
  const program = remember(programCache, text, programOfText);
  return program === 'general' ? undefined : program;
}

/** PLC, common planning, banked time, early release, team meetings: time scheduled for teachers to work together. */
export function isCollaboration(activity?: string, course?: string, courseCode?: string, subject?: string): boolean {
  return collaborationIn(activity) || collaborationIn(course) || collaborationIn(courseCode) || collaborationIn(subject);
}

function collaborationIn(text: string | undefined): boolean {
  return !!text && remember(collaborationCache, text, isCollaborationText);
}

function isCollaborationText(text: string): boolean {
  return COLLABORATION.test(text);
}

function programOfText(text: string): Program {
  if (CO_TAUGHT.test(text)) return 'co-taught';
  if (SPECIAL_ED.test(text)) return 'special education';
  if (EL.test(text)) return 'EL';
  return 'general';
}

// A district schedule repeats a few hundred course titles on 150,000 rows, and these word-boundary regexes are
// the costliest part of reading a row: test each distinct text once. Bounded, as the add-in's worker lives long.
const CACHE_LIMIT = 5000;
const programCache = new Map<string, Program>();
const collaborationCache = new Map<string, boolean>();

function remember<T>(cache: Map<string, T>, text: string, compute: (text: string) => T): T {
  let value = cache.get(text);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, (value = compute(text)));
  }
  return value;
}
