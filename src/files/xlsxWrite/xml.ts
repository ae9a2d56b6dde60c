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

/**
 * A literal "_xHHHH_" kept literal. OOXML reads "_xHHHH_" in an escaped string (ST_Xstring: ECMA-376 Part 1
 * §22.9.2.19, and §22.4.2.4 "To store the literal form of an escape sequence, the initial underscore shall itself be
 * escaped (i.e. stored as _x005F_)") as the character U+HHHH, so a course named "A_x0041_" would read back as "AA".
 * Excel writes the opening underscore as "_x005F_" (MS-OI29500 2.1.1747: only there; exceljs PR #584 shows Excel's
 * own file), as XlsxWriter and EPPlus do. Readers decode left to right without overlap, and the closing underscore of
 * one sequence can open the next ("_x0041_x0042_"), so every underscore that opens a sequence is escaped: a
 * lookahead, not a match of the whole. Hex digits of either case: openpyxl (utils/escape.py) and LibreOffice decode
 * both, exceljs and our reader upper case only (to which the escape is harmless, "_x005F_" being upper case).
 * "_X0041_" (capital X) is no escape to any of them. test/files/xstringRoundTrip.test.ts reads it back through ours,
 * exceljs and LibreOffice.
 */
const XSTRING_OPENER = /_(?=x[0-9A-Fa-f]{4}_)/g;

const HAS_XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Text with each "_xHHHH_" opener escaped (see XSTRING_OPENER), before or after its XML escape (neither touches what
 * the other changes). Characters XML cannot hold are dropped here first, so dropping one in the XML escape cannot
 * join the text around it into a sequence left unescaped ("_x00\u000141_").
 */
export function escapeXstringLiteral(text: string): string {
  const valid = HAS_XML_INVALID.test(text) ? text.replace(XML_INVALID, '') : text;
  return valid.indexOf('_x') < 0 ? valid : valid.replace(XSTRING_OPENER, '_x005F_');
}

/**
 * Escaped for an ST_Xstring element or attribute (a shared string's <t>, a table column's name, a tooltip): as
 * escapeXml, and "_xHHHH_" kept literal. Characters XML cannot hold are dropped first, so dropping one cannot join
 * the text around it into a sequence left unescaped.
 */
export function escapeXstring(text: string): string {
  return escapeXstringLiteral(escapeXml(text));
}

/**
 * Escaped for an ST_Xstring element's text written as Excel writes it (a chart's cached <c:v> values: CT_StrVal): as
 * escapeXmlText, apostrophes literal, and "_xHHHH_" kept literal.
 */
export function escapeXstringText(text: string): string {
  return escapeXstringLiteral(escapeXmlText(text));
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
