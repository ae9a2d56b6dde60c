// The names the report's sheets and tables take in a workbook: one rule for both writers (the .xlsx file the command
// line writes, and the add-in writing into the principal's own workbook), so a name Excel rejects or repairs cannot
// slip through one of them.
//
// Excel's rules, as Microsoft documents them:
// - Microsoft Support, "Rename a worksheet": a sheet name cannot be blank, contain more than 31 characters, contain
//   any of / \ ? * : [ ], begin or end with an apostrophe ('), or be "History", a word Excel reserves. Two sheets
//   cannot share a name, compared ignoring case.
// - Microsoft Support, "Rename an Excel table": a table name starts with a letter, an underscore (_) or a backslash,
//   and goes on with letters, numbers, periods and underscores; no spaces; at most 255 characters; not "C", "c", "R"
//   or "r" (Excel's shortcuts for the active column and row), and not a cell reference such as Z$100 or R1C1. Two
//   tables cannot share a name, compared ignoring case; Excel repairs a file whose tables do by deleting one.

export const MAX_SHEET_NAME = 31;

/**
 * Table names are kept to 200 of Excel's 255 characters, so the add-in's temporary name ("srrNew12_" before it) and a
 * number after a clash ("_2") still fit.
 */
const TABLE_NAME_ROOM = 200;

/** A sheet name Excel reserves for itself, in lower case. */
const RESERVED_SHEET_NAMES: ReadonlySet<string> = new Set(['history']);

/** The suffix a clashing name takes on its nth try (n = 1, 2, …). */
export type NameSuffix = (n: number) => string;

/** "Flags (2)", "Flags (3)", …: between the report's own sheets in a workbook of its own. */
export const numberedSuffix: NameSuffix = (n) => ` (${n + 1})`;

/** "Flags (review)", "Flags (review 2)", …: beside a sheet of the principal's that already has the name. */
export const reviewSuffix: NameSuffix = (n) => (n === 1 ? ' (review)' : ` (review ${n})`);

/**
 * A sheet name Excel accepts: each forbidden character a space, runs of spaces one, apostrophes and spaces trimmed
 * from both ends, at most 31 characters; fallback when nothing is left.
 */
export function cleanSheetName(name: string, fallback = 'Results'): string {
  const cleaned = trimSheetName(name.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').slice(0, MAX_SHEET_NAME));
  return cleaned || fallback;
}

/**
 * base (already clean), or base shortened to make room for the suffix, whichever the first to be neither taken
 * (names in lower case) nor reserved. The caller adds the answer to taken when it uses it.
 */
export function uniqueSheetName(base: string, taken: ReadonlySet<string>, suffix: NameSuffix = numberedSuffix): string {
  const free = (name: string) => !taken.has(name.toLowerCase()) && !RESERVED_SHEET_NAMES.has(name.toLowerCase());
  if (free(base)) return base;
  for (let n = 1; ; n++) {
    const end = suffix(n);
    const candidate = trimSheetName(base.slice(0, MAX_SHEET_NAME - end.length)) + end;
    if (free(candidate)) return candidate;
  }
}

/** Every sheet of a workbook of the report's own, in order: clean, and unique among themselves. */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const unique = uniqueSheetName(cleanSheetName(name), used);
    used.add(unique.toLowerCase());
    return unique;
  });
}

/**
 * A table name Excel accepts: any character but a letter, digit or underscore becomes an underscore (periods too,
 * which Excel allows, so names stay plain); a name that does not start with a letter or underscore, or reads as a
 * cell reference, takes the prefix "srr_" (fallback when nothing is left).
 */
export function cleanTableName(name: string, fallback: string): string {
  let cleaned = name.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z_]/.test(cleaned) || readsAsCellReference(cleaned)) cleaned = `srr_${cleaned || fallback}`;
  return cleaned.slice(0, TABLE_NAME_ROOM);
}

/** base (already clean), or base_2, base_3, …, whichever the first not taken (names in lower case). */
export function uniqueTableName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`.toLowerCase())) return `${base}_${n}`;
}

/**
 * A1 style (one to three letters, then digits: "A1", "XFD1048576", and some beyond the sheet's edge, which are kept out
 * too) or R1C1 style ("R", "C", "RC", "R1", "C12", "R1C1"). Only letters, digits and underscores reach here.
 */
function readsAsCellReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^(?:[Rr]\d*)?(?:[Cc]\d*)?$/.test(name);
}

function trimSheetName(name: string): string {
  return name.replace(/^[\s']+|[\s']+$/g, '');
}
