import type { CellValue, MatchedColumn, SheetGrid } from '../types';
import type { FieldDef, TableDef } from './fieldTypes';
import { cellText, columnFromLetter, columnLetter, normaliseHeader } from '../parse/values';

// Matching one candidate header row against a table definition.

export interface HeaderMatch {
  columns: MatchedColumn[];
  /** Header texts no field matched, with their zero-based columns. */
  unmatched: { header: string; col: number }[];
  /** 1 per exact synonym or mapped column, 0.5 per header that merely contains a synonym. */
  score: number;
  /** Mapped columns (field → header text or letter) that this row does not have. */
  missingMapped: { field: string; spec: string }[];
  hasRequired: boolean;
  /** Matched fields, a joined field's parts counted once ("Last Name | First Name" is one teacher). */
  fieldCount: number;
  /**
   * Columns whose header repeats an earlier column's (zero-based): not read. A second Teacher column is not one of
   * them: it is read as the co-teacher.
   */
  duplicates: { header: string; col: number; firstCol: number; field?: string }[];
}

const normalisedRows = new WeakMap<readonly CellValue[], { headers: string[]; normalised: string[] }>();

/** Each candidate row is matched against every table kind: normalise its texts once. */
function headerTexts(row: readonly CellValue[]): { headers: string[]; normalised: string[] } {
  let texts = normalisedRows.get(row);
  if (!texts) {
    const headers = row.map((v) => (typeof v === 'string' ? v.trim() : cellText(v)));
    texts = { headers, normalised: headers.map(normaliseHeader) };
    normalisedRows.set(row, texts);
  }
  return texts;
}

/**
 * A table kind's synonyms looked up by text rather than searched one by one: the header search matches up to 30 rows
 * of every sheet against every kind, and a data row (nothing matches exactly) was compared with each of a schedule's
 * 169 synonyms per cell, twice (issue 12).
 */
interface SynonymIndex {
  /** Normalised synonym → indices in def.fields of the fields it names, ascending. */
  exact: Map<string, number[]>;
  /** The same for synonyms long enough (4+ characters) to be found as whole words inside a longer header. */
  contained: Map<string, number[]>;
  /** Most words in one of those synonyms: no longer run of a header's words can be one. */
  containedWords: number;
}

const synonymIndexes = new WeakMap<TableDef, SynonymIndex>();

function synonymIndexOf(def: TableDef): SynonymIndex {
  let index = synonymIndexes.get(def);
  if (!index) {
    index = { exact: new Map(), contained: new Map(), containedWords: 0 };
    const add = (map: Map<string, number[]>, syn: string, fieldIndex: number) => {
      const fields = map.get(syn);
      if (!fields) map.set(syn, [fieldIndex]);
      else if (fields[fields.length - 1] !== fieldIndex) fields.push(fieldIndex);
    };
    def.fields.forEach((field, fieldIndex) => {
      for (const syn of field.synonyms.map(normaliseHeader)) {
        add(index!.exact, syn, fieldIndex);
        if (syn.length < 4) continue;
        add(index!.contained, syn, fieldIndex);
        index!.containedWords = Math.max(index!.containedWords, syn.split(' ').length);
      }
    });
    synonymIndexes.set(def, index);
  }
  return index;
}

/**
 * The field a header names by containing one of its synonyms as whole words ("Teacher Last Name" → teacher), among
 * fields not yet bound: the longest synonym wins, and of equally long ones the field listed first. A synonym is found
 * as whole words exactly when it equals a run of the header's words (both normalised: words joined by single spaces).
 */
function containedField(def: TableDef, index: SynonymIndex, normalised: string, isBound: (field: string) => boolean): FieldDef | null {
  const words = normalised.split(' ');
  let bestLength = -1;
  let bestIndex = -1;
  for (let start = 0; start < words.length; start++) {
    let run = '';
    for (let end = start; end < words.length && end - start < index.containedWords; end++) {
      run = end === start ? words[start] : `${run} ${words[end]}`;
      const fields = index.contained.get(run);
      if (!fields || run.length < bestLength) continue;
      for (const fieldIndex of fields) {
        if (isBound(def.fields[fieldIndex].field)) continue;
        if (run.length > bestLength || fieldIndex < bestIndex) {
          bestLength = run.length;
          bestIndex = fieldIndex;
        }
        break;
      }
    }
  }
  return bestIndex >= 0 ? def.fields[bestIndex] : null;
}

/**
 * Match a header row: explicit mapping first, then exact synonyms (left to right, first column wins), then headers
 * that contain a synonym as whole words ("Teacher Last Name" → teacher) for fields still unmatched.
 */
export function matchHeaderRow(
  grid: SheetGrid,
  row: readonly CellValue[],
  def: TableDef,
  mappedColumns: Record<string, string> = {},
): HeaderMatch {
  const { headers, normalised } = headerTexts(row);
  const index = synonymIndexOf(def);
  const byField = new Map<string, MatchedColumn>();
  const usedCols = new Set<number>();
  const missingMapped: { field: string; spec: string }[] = [];
  let score = 0;

  const isBound = (field: string) => byField.has(field);
  const bind = (field: string, col: number, how: MatchedColumn['how']) => {
    byField.set(field, { field, header: headers[col] ?? '', col, letter: columnLetter(grid.originCol + col), how });
    usedCols.add(col);
  };

  for (const [field, spec] of Object.entries(mappedColumns)) {
    const col = findMappedColumn(grid, normalised, spec);
    if (col === null || usedCols.has(col)) missingMapped.push({ field, spec });
    else {
      bind(field, col, 'mapping');
      score += 1;
    }
  }

  const duplicates: HeaderMatch['duplicates'] = [];
  const firstColOf = new Map<string, number>();
  for (let col = 0; col < normalised.length; col++) {
    if (normalised[col] === '') continue;
    const firstCol = firstColOf.get(normalised[col]);
    if (firstCol === undefined) firstColOf.set(normalised[col], col);
    if (usedCols.has(col)) continue;
    if (firstCol !== undefined) {
      const repeated = [...byField.values()].find((c) => c.col === firstCol)?.field;
      if (repeated === 'teacher' && !byField.has('coTeacher') && def.fields.some((f) => f.field === 'coTeacher')) {
        // Two columns headed Teacher: the second is a co-teacher (a co-taught section), not a repeat.
        bind('coTeacher', col, 'synonym');
        score += 1;
      } else {
        duplicates.push({ header: headers[col], col, firstCol, field: repeated });
        usedCols.add(col);
      }
      continue;
    }
    const fieldIndex = index.exact.get(normalised[col])?.find((i) => !byField.has(def.fields[i].field));
    const field = fieldIndex === undefined ? undefined : def.fields[fieldIndex];
    if (field) {
      bind(field.field, col, 'synonym');
      score += 1;
    }
  }

  for (let col = 0; col < normalised.length; col++) {
    if (usedCols.has(col) || normalised[col] === '') continue;
    const best = containedField(def, index, normalised[col], isBound);
    if (best) {
      bind(best.field, col, 'synonym');
      score += 0.5;
    }
  }

  const unmatched: { header: string; col: number }[] = [];
  headers.forEach((header, col) => {
    if (header !== '' && !usedCols.has(col)) unmatched.push({ header, col });
  });
  const columns = [...byField.values()].sort((a, b) => a.col - b.col);
  let fieldCount = columns.length;
  for (const joined of def.joinedFields ?? []) {
    // A field with its own column ignores its parts; otherwise the parts stand for it, scored as one field.
    const parts = joined.parts.filter((part) => byField.has(part));
    if (parts.length > 1) {
      fieldCount -= parts.length - 1;
      score -= (parts.length - 1) * 0.5;
    }
  }
  const hasRequired = def.fields.every((f) => !f.required || byField.has(f.field) || joinedPresent(def, f.field, byField));
  return { columns, unmatched, score, missingMapped, hasRequired, fieldCount, duplicates };
}

/** Whether a field written over several columns has its first part ("Last Name" for the teacher). */
function joinedPresent(def: TableDef, field: string, byField: Map<string, MatchedColumn>): boolean {
  const joined = def.joinedFields?.find((j) => j.field === field);
  return joined !== undefined && byField.has(joined.parts[0]);
}

/** A mapped column names a header text in the row, or failing that a column letter such as "C". */
function findMappedColumn(grid: SheetGrid, normalisedHeaders: string[], spec: string): number | null {
  const wanted = normaliseHeader(spec);
  const byText = normalisedHeaders.indexOf(wanted);
  if (wanted !== '' && byText >= 0) return byText;
  const sheetCol = columnFromLetter(spec.trim());
  if (sheetCol === null) return null;
  const col = sheetCol - grid.originCol;
  const width = grid.rows.reduce((w, r) => Math.max(w, r.length), 0);
  return col >= 0 && col < Math.max(width, normalisedHeaders.length) ? col : null;
}
