// Text into SpreadsheetML: escaped, and without the characters XML 1.0 cannot hold at all (a control character in a
// teacher's name from the user's sheet would otherwise make the whole workbook unreadable).

const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escaped for an element's text or an attribute's value (quotes included). */
export function escapeXml(text: string): string {
  // Most cells (names, numbers as words) need nothing: test once rather than run five replacements on a million cells.
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(XML_INVALID, '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * Escaped for an element's text: as escapeXml, but apostrophes stay literal (text needs no quote escaped), so a
 * chart's <c:f>'Budget by Use'!$A$7:$A$9</c:f> reads as Excel itself writes it.
 */
export function escapeXmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(XML_INVALID, '').replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

/** Zero-based column → letters: 0 → "A", 26 → "AA". */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external?: boolean;
}

export function relationshipsXml(rels: readonly Relationship[]): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels
      .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`)
      .join('') +
    '</Relationships>'
  );
}
