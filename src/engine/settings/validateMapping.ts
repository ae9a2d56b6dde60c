// The saved mapping's check, on its own: detection needs it before a review is run, and the review worker's first
// chunk should not carry every other setting's check and the default rules (issue 12). validateSettings uses it too.
import type { MappingSettings, TableKind, TableMapping } from '../types';
import { TABLE_KINDS } from '../types';
import { MAX_NAME, MAX_ROW, inRange, isPlainObject, shown, type Reporter } from './checks';

/** The mapping validateSettings(settings) would keep, problems aside (the review reports them in its Data Check). */
export function checkedMapping(settings: unknown): MappingSettings {
  if (!isPlainObject(settings) || settings.mapping === undefined) return {};
  return validateMapping(settings.mapping, () => undefined);
}

/** A mapping overrides detection part by part, so each bad part is dropped alone and detection does the rest. */
export function validateMapping(value: unknown, report: Reporter): MappingSettings {
  const mapping: MappingSettings = {};
  if (!isPlainObject(value)) {
    report('mapping', `${shown(value)} is not an object such as {"schedule": {"sheet": "Sections"}}; tables are detected.`);
    return mapping;
  }
  for (const [kind, raw] of Object.entries(value)) {
    const field = `mapping.${kind}`;
    if (!TABLE_KINDS.includes(kind as TableKind)) {
      report(field, `is not a table kind (expected one of ${TABLE_KINDS.join(', ')}); it was ignored.`);
      continue;
    }
    if (raw === undefined || raw === null) continue;
    if (!isPlainObject(raw)) {
      report(field, `${shown(raw)} is not an object such as {"sheet": "Sections", "headerRow": 3}; the table is detected.`);
      continue;
    }
    mapping[kind as TableKind] = validateTableMapping(raw, field, report);
  }
  return mapping;
}

function validateTableMapping(raw: Record<string, unknown>, field: string, report: Reporter): TableMapping {
  const table: TableMapping = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null) continue;
    const path = `${field}.${key}`;
    if (key === 'sheet') {
      if (typeof value === 'string' && value.length <= MAX_NAME) table.sheet = value;
      else report(path, `${shown(value)} is not a sheet name; the sheet is detected.`);
    } else if (key === 'headerRow') {
      const row = inRange(value, { min: 1, max: MAX_ROW, integer: true, expected: '' });
      if (row === null) report(path, `${shown(value)} is not a row number from 1 to 1,048,576; the header row is detected.`);
      else table.headerRow = row;
    } else if (key === 'columns') {
      if (!isPlainObject(value)) {
        report(path, `${shown(value)} is not an object such as {"teacher": "Instructor", "enrollment": "H"}; columns are detected.`);
        continue;
      }
      const columns: Record<string, string> = {};
      for (const [name, header] of Object.entries(value)) {
        // Field names are words such as "teacher" or "coTeacher"; "__proto__" and the like are not.
        if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) report(`${path}.${name}`, 'is not a field name such as "teacher"; it was ignored.');
        else if (typeof header === 'string' && header.trim() !== '' && header.length <= MAX_NAME) columns[name] = header;
        else report(`${path}.${name}`, `${shown(header)} is not a header or column letter such as "Instructor" or "H"; the column is detected.`);
      }
      table.columns = columns;
    } else {
      report(path, 'is not part of a mapping (expected sheet, headerRow or columns); it was ignored.', 'warning');
    }
  }
  return table;
}
