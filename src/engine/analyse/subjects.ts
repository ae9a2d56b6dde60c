// Which subject names count as literacy and as math for the ELA/ELD + math share. The subject rules may name
// them "ELA", "ELD", "Math" (the defaults) or spell them out, so a few spellings are accepted.

const LITERACY = new Set(['ela', 'eld', 'english', 'english language arts', 'english language development', 'reading', 'literacy']);
const MATH = new Set(['math', 'maths', 'mathematics']);

const norm = (subject: string | undefined) => (subject ?? '').trim().toLowerCase();

export function isLiteracy(subject: string | undefined): boolean {
  return LITERACY.has(norm(subject));
}

export function isMath(subject: string | undefined): boolean {
  return MATH.has(norm(subject));
}

export function isElaOrMath(subject: string | undefined): boolean {
  return isLiteracy(subject) || isMath(subject);
}

/** Grade text as comparable keys: "Grade 09" and "9" match, "Kindergarten" and "K" match. */
export function gradeKey(grade: string | undefined): string | undefined {
  if (grade === undefined) return undefined;
  // Called for every section by several analyses; a school writes its grades a handful of ways.
  const known = gradeKeyCache.get(grade);
  if (known !== undefined || gradeKeyCache.has(grade)) return known;
  if (gradeKeyCache.size >= 1000) gradeKeyCache.clear();
  const key = computeGradeKey(grade);
  gradeKeyCache.set(grade, key);
  return key;
}

const gradeKeyCache = new Map<string, string | undefined>();

/** A section's grade as the analyses group by it: its key ("Grade 03" → "3"), else as written; none without a grade. */
export function sectionGradeKey(section: { grade?: string } | undefined): string | undefined {
  return section?.grade ? (gradeKey(section.grade) ?? section.grade.trim()) : undefined;
}

function computeGradeKey(grade: string): string | undefined {
  let g = grade.trim().toUpperCase().replace(/^(GRADE|GR\.?|YEAR|YR\.?)\s*/, '');
  if (g === '') return undefined;
  if (/^KINDERGARTEN$|^KG$/.test(g)) g = 'K';
  if (/^\d+$/.test(g)) g = String(Number(g));
  return g;
}
