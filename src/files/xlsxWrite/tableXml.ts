import { escapeXml, escapeXstring, MAIN_NS, XML_HEAD } from './xml';

export interface TablePart {
  /** Unique in the workbook, from 1. */
  id: number;
  /** Unique in the workbook (Excel repairs a file whose tables share a name). */
  name: string;
  /** A1 range of the header row and data rows. */
  ref: string;
  /** The header cells' text: Excel requires each to equal its column's name. */
  columns: string[];
}

/** A real Excel table: TableStyleMedium2 with row stripes, and a filter button on every column. */
export function tableXml(table: TablePart): string {
  const name = escapeXml(table.name);
  return (
    XML_HEAD +
    `<table xmlns="${MAIN_NS}" id="${table.id}" name="${name}" displayName="${name}" ref="${table.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${table.ref}"/>` +
    `<tableColumns count="${table.columns.length}">` +
    // ST_Xstring, escaped as the header cell's shared string is, so the two still read equal (Excel repairs otherwise).
    table.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXstring(c)}"/>`).join('') +
    '</tableColumns>' +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    '</table>'
  );
}
