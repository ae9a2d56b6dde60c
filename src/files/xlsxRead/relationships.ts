import { partPath } from './partPath';
import { END, OPEN, XmlScanner } from './xmlScanner';
import type { ZipPackage } from './zipEntries';

/** A workbook relationship: its target as written, its type, and the part path it resolves to (partPath). */
export interface WorkbookRelationship {
  target: string;
  type: string;
  /** The part's path in the package as the target names it; the package may store it in another case (ZipPackage.nameOf). */
  path: string;
}

/**
 * xl/_rels/workbook.xml.rels: each relationship by id, its target resolved to a part. The whole-workbook reader
 * (readXlsx.ts) and the single-part reader (xlsxParts.ts) both read the sheets' parts from here, so a sheet one of
 * them finds the other finds too. No relationships part means no relationships.
 */
export function workbookRelationships(zip: ZipPackage): Map<string, WorkbookRelationship> {
  const relationships = new Map<string, WorkbookRelationship>();
  const xml = zip.textOf('xl/_rels/workbook.xml.rels');
  if (xml === undefined) return relationships;
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === OPEN && scanner.is('Relationship')) {
      const id = scanner.attr('Id');
      const target = scanner.attr('Target');
      if (id === undefined || target === undefined) continue;
      relationships.set(id, { target, type: scanner.attr('Type') ?? '', path: partPath(target) });
    }
  }
  return relationships;
}
