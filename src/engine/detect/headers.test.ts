import fc from 'fast-check';
import type { CellValue, SheetGrid } from '../types';
import type { FieldDef, TableDef } from './fieldTypes';
import { matchHeaderRow } from './headers';
import { TABLE_DEFS } from './tableDefs';
import { normaliseHeader } from '../parse/values';

const grid: SheetGrid = { name: 'Sheet', rows: [], originRow: 0, originCol: 0 };
const schedule = TABLE_DEFS.find((d) => d.kind === 'schedule')!;

/**
 * The search matchHeaderRow made before its synonyms were indexed (issue 12), kept as the reference: each unbound
 * column against every field's synonyms in turn, exact first (first field wins), then whole words contained in the
 * header, the longest synonym winning and, of equal ones, the field listed first.
 */
function referenceFields(def: TableDef, row: string[]): (string | null)[] {
  const norm = row.map(normaliseHeader);
  const bound = new Set<string>();
  const fieldOf: (string | null)[] = norm.map(() => null);
  norm.forEach((text, col) => {
    if (text === '') return;
    const firstCol = norm.indexOf(text);
    if (firstCol !== col) {
      // A second column headed as the teacher's is the co-teacher; any other repeat is not read.
      if (fieldOf[firstCol] === 'teacher' && !bound.has('coTeacher') && def.fields.some((f) => f.field === 'coTeacher')) {
        bound.add('coTeacher');
        fieldOf[col] = 'coTeacher';
      }
      return;
    }
    const field = def.fields.find((f) => !bound.has(f.field) && f.synonyms.map(normaliseHeader).includes(text));
    if (field) {
      bound.add(field.field);
      fieldOf[col] = field.field;
    }
  });
  norm.forEach((text, col) => {
    if (text === '' || fieldOf[col] !== null || norm.indexOf(text) !== col) return;
    let best: { field: FieldDef; length: number } | null = null;
    for (const field of def.fields) {
      if (bound.has(field.field)) continue;
      for (const syn of field.synonyms.map(normaliseHeader).filter((s) => s.length >= 4)) {
        if (` ${text} `.includes(` ${syn} `) && (!best || syn.length > best.length)) best = { field, length: syn.length };
      }
    }
    if (best) {
      bound.add(best.field.field);
      fieldOf[col] = best.field.field;
    }
  });
  return fieldOf;
}

function matchedFields(def: TableDef, row: CellValue[]): (string | null)[] {
  const match = matchHeaderRow(grid, row, def);
  return row.map((_, col) => match.columns.find((c) => c.col === col)?.field ?? null);
}

describe('matchHeaderRow with indexed synonyms', () => {
  it('finds a synonym inside a longer header by whole words, the longest winning', () => {
    // "teacher last name" (17 characters) beats "teacher" (7) and "last name" (9) inside the one header.
    expect(matchedFields(schedule, ['Teacher Last Name (Primary)', 'Course'])).toEqual(['teacherLast', 'course']);
    // Whole words only: "Periodical" holds "period" but not as a word; "Sectional" is not "section".
    expect(matchedFields(schedule, ['Periodical', 'Sectional', 'Teacher'])).toEqual([null, null, 'teacher']);
    // Punctuation and case do not matter: "ROOM_NUMBER (bldg)" holds "room number".
    expect(matchedFields(schedule, ['Teacher', 'ROOM_NUMBER (bldg)'])).toEqual(['teacher', 'room']);
  });

  it('binds each field once: the first exact column wins, a later one falls back to a contained synonym or none', () => {
    // "Staff" is the teacher exactly; "Primary Teacher Name" then cannot be the teacher again and holds no other field.
    expect(matchedFields(schedule, ['Staff', 'Primary Teacher Name', 'Period'])).toEqual(['teacher', null, 'period']);
    // A second "Teacher" column is the co-teacher.
    expect(matchedFields(schedule, ['Teacher', 'Teacher', 'Period'])).toEqual(['teacher', 'coTeacher', 'period']);
  });

  it('binds the same columns as the search it replaced, for every table kind, on rows of synonyms and other words', () => {
    const words = [...new Set(TABLE_DEFS.flatMap((d) => d.fields.flatMap((f) => f.synonyms)).concat(['of', 'the', 'School 0000', '2024', 'Mathematics 10', 'x']))];
    const cell = fc.oneof(
      fc.constantFrom(...words),
      fc
        .tuple(fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 4 }), fc.constantFrom(' ', '_', ' - '))
        .map(([parts, separator]) => parts.join(separator)),
      fc.constant(''),
    );
    fc.assert(
      fc.property(fc.constantFrom(...TABLE_DEFS), fc.array(cell, { minLength: 1, maxLength: 12 }), (def, row) => {
        expect(matchedFields(def, [...row])).toEqual(referenceFields(def, row));
      }),
      { numRuns: 400, seed: 12 },
    );
  });
});
