import { escapeXml, MAIN_NS, XML_HEAD } from './xml';

// The workbook's styles part: every distinct cell style becomes one cellXfs entry, built from interned fonts, fills,
// borders and number formats, so a million cells of a few dozen looks cost a few dozen entries.

/** Colours are opaque ARGB hex, as SpreadsheetML writes them: "FF1F4E78". */
export interface FontStyle {
  bold?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
}

export interface CellStyle {
  /** A format code; absent = General. */
  numFmt?: string;
  /** Always in Calibri, the workbook's own face; absent = the default font. */
  font?: FontStyle;
  /** A solid fill's colour. */
  fill?: string;
  /** Thin edges, by side, with their colours. */
  border?: { top?: string; left?: string; bottom?: string; right?: string };
  alignment?: { horizontal?: 'right'; vertical?: 'top'; wrapText?: boolean; indent?: number };
  /** The cell stays editable when the sheet is protected (the What If inputs). */
  unlocked?: boolean;
}

/** A conditional format's look: its fill and font colours. */
export interface DifferentialStyle {
  fill: string;
  font: string;
}

/** Formats Excel knows by number: they are referred to, never declared. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
const FIRST_CUSTOM_FORMAT = 164;

const DEFAULT_FONT = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';

class Interned {
  private readonly index = new Map<string, number>();
  readonly items: string[] = [];
  constructor(initial: string[]) {
    initial.forEach((xml) => this.add(xml));
  }
  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

export class StyleSheet {
  private readonly fonts = new Interned([DEFAULT_FONT]);
  private readonly fills = new Interned(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Interned(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly xfs = new Interned(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Interned([]);
  private readonly numFmts = new Map<string, number>();
  /** Styles already filed, by identity: a writer reuses one style object for a whole column. */
  private readonly filed = new WeakMap<CellStyle, number>();

  /** The cellXfs index of a style (0 = the default look). */
  xf(style: CellStyle): number {
    const known = this.filed.get(style);
    if (known !== undefined) return known;
    const numFmtId = this.numFmtId(style.numFmt ?? 'General');
    const fontId = style.font ? this.fonts.add(fontXml(style.font)) : 0;
    const fillId = style.fill ? this.fills.add(`<fill><patternFill patternType="solid"><fgColor rgb="${style.fill}"/></patternFill></fill>`) : 0;
    const borderId = style.border ? this.borders.add(borderXml(style.border)) : 0;
    const { alignment, unlocked } = style;
    const alignmentXml = alignment
      ? '<alignment' +
        (alignment.horizontal ? ` horizontal="${alignment.horizontal}"` : '') +
        (alignment.vertical ? ` vertical="${alignment.vertical}"` : '') +
        (alignment.wrapText ? ' wrapText="1"' : '') +
        (alignment.indent ? ` indent="${alignment.indent}"` : '') +
        '/>'
      : '';
    const xml =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (alignmentXml ? ' applyAlignment="1"' : '') +
      (unlocked ? ' applyProtection="1"' : '') +
      (alignmentXml || unlocked ? `>${alignmentXml}${unlocked ? '<protection locked="0"/>' : ''}</xf>` : '/>');
    const index = this.xfs.add(xml);
    this.filed.set(style, index);
    return index;
  }

  /** The dxfs index of a conditional format's look. */
  dxf(style: DifferentialStyle): number {
    return this.dxfs.add(
      `<dxf><font><color rgb="${style.font}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${style.fill}"/></patternFill></fill></dxf>`,
    );
  }

  xml(): string {
    const list = (tag: string, items: string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return (
      XML_HEAD +
      `<styleSheet xmlns="${MAIN_NS}">` +
      (numFmts.length ? list('numFmts', numFmts) : '') +
      list('fonts', this.fonts.items) +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list('dxfs', this.dxfs.items) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }
}

function fontXml(font: FontStyle): string {
  return (
    '<font>' +
    (font.bold ? '<b/>' : '') +
    (font.underline ? '<u/>' : '') +
    `<sz val="${font.size ?? 11}"/>` +
    (font.color ? `<color rgb="${font.color}"/>` : '') +
    '<name val="Calibri"/><family val="2"/></font>'
  );
}

function borderXml(border: NonNullable<CellStyle['border']>): string {
  // Schema order: left, right, top, bottom, diagonal.
  const edge = (side: 'left' | 'right' | 'top' | 'bottom') =>
    border[side] ? `<${side} style="thin"><color rgb="${border[side]}"/></${side}>` : `<${side}/>`;
  return `<border>${edge('left')}${edge('right')}${edge('top')}${edge('bottom')}<diagonal/></border>`;
}
