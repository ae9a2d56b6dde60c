import { END, OPEN, TEXT, unescapeText, XmlScanner } from './xmlScanner';

// The shared-string table as exceljs 4.4 reads it (SharedStringsXform), each item reduced to the text the review
// sees: a plain <t>, or its rich-text runs joined. Phonetic guides (<rPh>) are left out. exceljs decodes "_xHHHH_"
// escapes (upper-case hex) in <t> text, so this does too. An empty item is empty text. The one reader of shared
// strings: the input reader (readXlsx.ts) and the reader of an earlier output (xlsxParts.ts) both call it.

const IN_ITEM = 1;
const IN_TEXT = 2;
const IN_RUN = 3;
const IN_RUN_TEXT = 4;
const IN_RUN_FONT = 5;
const IN_PHONETIC = 6;

export interface SharedStringsOptions {
  /**
   * For an earlier output the team has edited and saved again, in whatever program (xlsxParts.ts): the table is read,
   * never refused, since refusing it costs the team their notes. Elements exceljs would refuse (an <extLst> beside the
   * items, an item with both a plain text and runs) are read past, a plain text and runs of one item are joined in
   * order, and a CDATA section is text. The input reader is not lenient: it gives the grids exceljs gave, and a
   * table exceljs refused makes the workbook unreadable, with the reason said.
   */
  lenient?: boolean;
}

/** The texts by index. Throws, as exceljs does, on an element other than <si> in the table (unless lenient). */
export function readSharedStrings(xml: string, options: SharedStringsOptions = {}): string[] {
  const lenient = options.lenient === true;
  const strings: string[] = [];
  const scanner = new XmlScanner(xml, lenient);
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
        } else if (!scanner.is('sst') && !lenient) throw new Error(`Unexpected xml node in parseOpen: ${scanner.name()}`);
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
      if (!lenient) throw new Error(`Unexpected xml node in parseClose: ${scanner.name()}`);
    } else if (state === IN_ITEM) {
      if (scanner.is('si')) {
        strings.push(itemText(plain, runs));
        state = 0;
      }
    } else if (state === IN_TEXT) {
      if (scanner.is('t')) {
        if (lenient && runs) runs.push(unescapeText(parts));
        else plain = unescapeText(parts);
      }
      state = IN_ITEM;
    } else if (state === IN_RUN || state === IN_RUN_TEXT) {
      if (scanner.is('r')) {
        // exceljs adds the run to an item that already has a plain text as a property of a string: a TypeError.
        if (plain !== undefined && !lenient) throw new TypeError("Cannot create property 'richText' on string");
        runs ??= plain === undefined ? [] : [plain];
        plain = undefined;
        runs.push(runText);
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
