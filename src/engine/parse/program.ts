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
    if (CO_TAUGHT.test(text)) return 'co-taught';
    if (SPECIAL_ED.test(text)) return 'special education';
    if (EL.test(text)) return 'EL';
  }
  return 'general';
}

/** PLC, common planning, banked time, early release, team meetings: time scheduled for teachers to work together. */
export function isCollaboration(...texts: (string | undefined)[]): boolean {
  return texts.some((t) => !!t && COLLABORATION.test(t));
}
