import type { CellValue } from '../engine/types';

/**
 * RFC 4180 CSV text → rows of cells. Plain decimal numbers become numbers, as Excel does when it opens a CSV;
 * text such as "0805", "$1,234" or "8:05" stays text so the engine's parsers can read it with its context.
 */
export function parseCsv(text: string): CellValue[][] {
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const endField = () => {
    row.push(wasQuoted ? field : typeCell(field));
    field = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };

  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
      wasQuoted = true;
    } else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch === '\r') {
      if (src[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length > 0 || wasQuoted) endRow();
  return rows;
}

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function typeCell(raw: string): CellValue {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
  return raw;
}
