import type { TableKind } from '../types';

/** One field a table kind can have, and the header texts that name it in real exports. */
export interface FieldDef {
  field: string;
  /** Header texts, compared after normalising case, spaces, underscores and punctuation. */
  synonyms: string[];
  /** A table of this kind is not usable without this field. */
  required?: boolean;
}

/** How to recognise a table kind: its fields and the sheet names that hint at it. */
export interface TableDef {
  kind: TableKind;
  fields: FieldDef[];
  /** Words in a sheet name that make this kind more likely, e.g. "schedule", "budget". */
  sheetHints: string[];
  /** Fewest matched fields for a header row to count as this kind. */
  minFields: number;
  /**
   * Fields a real export may split over several columns, read as one ("Last Name | First Name" → teacher): when the
   * field has no column of its own, its value is the parts' texts joined in the order given here, and the parts
   * count as one field (a student list with names and a section column is not a schedule).
   */
  joinedFields?: JoinedField[];
}

/** One field written over several columns: the first part must be present, the others are added when they are. */
export interface JoinedField {
  field: string;
  parts: string[];
  /** Between the parts' texts, e.g. ", " for "Núñez, Ana". */
  separator: string;
}
