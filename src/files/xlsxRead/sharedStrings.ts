import { END, OPEN, TEXT, unescapeText, XmlScanner } from './xmlScanner';

// The shared-string table as exceljs 4.4 reads it (SharedStringsXform), each item reduced to the text the review
// sees: a plain <t>, or its rich-text runs joined. Phonetic guides (<rPh>) are left out. exceljs decodes "_xHHHH_"
// escapes (upper-case hex) in <t> text, so this does too. An empty item is empty text.

const IN_ITEM = 1;
const IN_TEXT = 2;
const IN_RUN = 3;
const IN_RUN_TEXT = 4;
const IN_RUN_FONT = 5;
const IN_PHONETIC = 6;

/** The texts by index. Throws, as exceljs does, on an element other than <si> in the table. */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const scanner = new XmlScanner(xml);
  let state = 0;
  // The item's value: a plain text, or its runs (exceljs keeps {} for an item with neither).
  let plain: string | undefined;
  let runs: (string | undefined)[] | undefined;
  let runText: string | undefined;
  let parts: string[] = [];
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === TEXT) {
      if (state === IN_TEXT || state === IN_RUN_TEXT) parts.push(scanner.text());
      continue;
    }
    if (token === OPEN) {
      if (state === 0) {
        if (scanner.is('si')) {
          state = IN_ITEM;
          plain = undefined;
          runs = undefined;
        } else if (!scanner.is('sst')) throw new Error(`Unexpected xml node in parseOpen: ${scanner.name()}`);
      } else if (state === IN_ITEM) {
        if (scanner.is('t')) {
          state = IN_TEXT;
          parts = [];
        } else if (scanner.is('r')) {
          state = IN_RUN;
          runText = undefined;
        } else if (scanner.is('rPh')) state = IN_PHONETIC;
      } else if (state === IN_RUN) {
        if (scanner.is('t')) {
          state = IN_RUN_TEXT;
          parts = [];
        } else if (scanner.is('rPr')) state = IN_RUN_FONT;
      } else if ((state === IN_TEXT || state === IN_RUN_TEXT) && scanner.is('t')) parts = [];
      continue;
    }
    // CLOSE
    if (state === 0) {
      if (scanner.is('sst')) break; // exceljs stops reading at the table's end
      throw new Error(`Unexpected xml node in parseClose: ${scanner.name()}`);
    } else if (state === IN_ITEM) {
      if (scanner.is('si')) {
        strings.push(itemText(plain, runs));
        state = 0;
      }
    } else if (state === IN_TEXT) {
      if (scanner.is('t')) plain = unescapeText(parts);
      state = IN_ITEM;
    } else if (state === IN_RUN || state === IN_RUN_TEXT) {
      if (scanner.is('r')) {
        // exceljs adds the run to an item that already has a plain text as a property of a string: a TypeError.
        if (plain !== undefined) throw new TypeError("Cannot create property 'richText' on string");
        (runs ??= []).push(runText);
        state = IN_ITEM;
      } else if (scanner.is('t') && state === IN_RUN_TEXT) {
        runText = unescapeText(parts);
        state = IN_RUN;
      }
    } else if (state === IN_RUN_FONT) {
      if (scanner.is('rPr')) state = IN_RUN;
    } else if (state === IN_PHONETIC) {
      if (scanner.is('rPh')) state = IN_ITEM;
    }
  }
  return strings;
}

function itemText(plain: string | undefined, runs: (string | undefined)[] | undefined): string {
  if (plain !== undefined) return plain;
  if (runs) return runs.join('');
  // An empty item (<si/>) is empty text, as <si><t/></si> is (exceljs kept it as {}, which read as "[object Object]").
  return '';
}
