import { CLOSE, END, OPEN, XmlScanner } from './xmlScanner';

// Each cell style's number format, as exceljs 4.4 gives `cell.numFmt` (StylesXform.getStyleModel): the custom format
// of the style's numFmtId, else exceljs's own text for a built-in id, else none. Style 0 and a numFmtId of 0 give none
// (exceljs tests them for truth), which the reader shows as 'General'.

/** exceljs's built-in number formats (lib/xlsx/defaultnumformats.js, the ids with one format for every locale). */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The stylesheet's lists that exceljs reads with their own parsers: their contents are not the cell styles. */
const OTHER_LISTS = new Set(['fonts', 'fills', 'borders', 'cellStyleXfs', 'dxfs', 'numFmt', 'font', 'fill', 'border', 'style', 'cellStyles', 'tableStyles', 'extLst']);

export interface CellStyles {
  /** The number format of style `s` (the cell's s attribute); undefined: none. */
  formatOf(styleId: number): string | undefined;
  /** Whether exceljs reads a number in style `s` as a date (utils.isDateFmt on its format). */
  isDate(styleId: number): boolean;
}

export function readCellStyles(xml: string | undefined): CellStyles {
  const formats: (string | undefined)[] = [];
  if (xml !== undefined) {
    const custom = new Map<number, string>();
    const formatIds = readLists(xml, custom);
    formatIds.forEach((id, styleId) => {
      formats[styleId] = id ? custom.get(id) || BUILT_IN[id] || undefined : undefined;
    });
  }
  const dates = formats.map((f) => isDateFormat(f));
  return {
    formatOf: (styleId) => (styleId ? formats[styleId] : undefined),
    isDate: (styleId) => (styleId ? dates[styleId] === true : false),
  };
}

/** The numFmtId of each <xf> in <cellXfs>, by style index; fills `custom` from <numFmts>. */
function readLists(xml: string, custom: Map<number, string>): number[] {
  const ids: number[] = [];
  const scanner = new XmlScanner(xml);
  let list: 'numFmts' | 'cellXfs' | undefined;
  let skipping: string | undefined;
  let depth = 0;
  let inXf = false;
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === OPEN) {
      if (skipping !== undefined) {
        if (scanner.is(skipping)) depth++;
      } else if (list === 'numFmts') {
        if (scanner.is('numFmt')) {
          const id = parseInt(scanner.attr('numFmtId') ?? '', 10);
          const code = scanner.attr('formatCode');
          if (code === undefined) throw new TypeError("Cannot read properties of undefined (reading 'replace')");
          custom.set(id, code.replace(/[\\](.)/g, '$1'));
        }
      } else if (list === 'cellXfs') {
        if (!inXf && scanner.is('xf')) {
          ids.push(parseInt(scanner.attr('numFmtId') ?? '', 10));
          inXf = true;
        }
      } else if (scanner.is('numFmts')) list = 'numFmts';
      else if (scanner.is('cellXfs')) list = 'cellXfs';
      else {
        const name = scanner.name();
        if (OTHER_LISTS.has(name)) {
          skipping = name;
          depth = 1;
        }
      }
    } else if (token === CLOSE) {
      if (skipping !== undefined) {
        if (scanner.is(skipping) && --depth === 0) skipping = undefined;
      } else if (list === 'cellXfs' && inXf) {
        if (scanner.is('xf')) inXf = false;
      } else if (list !== undefined && scanner.is(list)) list = undefined;
      else if (scanner.is('styleSheet')) break;
    }
  }
  return ids;
}

/** exceljs's utils.isDateFmt: a date or time code outside quotes and brackets. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}
