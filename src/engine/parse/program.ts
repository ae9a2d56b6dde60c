import type { Program } from '../types';

// What kind of class a row is: its program (co-taught, special education, EL) and whether it is scheduled
// collaboration rather than teaching.

const CO_TAUGHT = /\b(co[\s-]?taught|co[\s-]?teach(ing)?|ict|integrated co[\s-]?teaching|inclusion|inclusive)\b/i;
const SPECIAL_ED = /\b(sdc|rsp|special ed(ucation)?|sped|sp\.? ?ed|self[\s-]contained|life skills|swd|iep)\b/i;
const EL = /\b(eld|esl|esol|el|ell|english learners?|english language development|newcomers?|sheltered)\b/i;

const COLLABORATION =
  /\b(plc|common planning|common prep|collaboration|collaborative planning|banked time|early release|team meeting|team time|department meeting|grade level meeting|data team)\b/i;

/** Program from a program/section-type cell, else from the course title or code; 'general' when nothing says otherwise. */
export function classifyProgram(...texts: (string | undefined)[]): Program {
  for (const text of texts) {
    if (!text) continue;
    const program = remember(programCache, text, programOfText);
    if (program !== 'general') return program;
  }
  return 'general';
}

/** PLC, common planning, banked time, early release, team meetings: time scheduled for teachers to work together. */
export function isCollaboration(...texts: (string | undefined)[]): boolean {
  for (const text of texts) if (text && remember(collaborationCache, text, isCollaborationText)) return true;
  return false;
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
