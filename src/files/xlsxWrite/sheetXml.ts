import type { SharedStrings } from './sharedStrings';
import { EXCEL_LINKS_PER_SHEET } from '../../engine/report/links';
import { columnLetter } from '../../engine/parse/values';
import { escapeXml, escapeXstring, MAIN_NS, REL_NS, REL_TYPE, type Relationship, XML_HEAD } from './xml';

// One worksheet part, written row by row as the report is walked (rows in increasing order, cells left to right): no
// cell object is ever built, each cell goes straight to its XML text and on to the zip.

export type CellValue = string | number | boolean | null;

export interface ConditionalFormatPart {
  sqref: string;
  formula: string;
  dxfId: number;
}

const letters: string[] = [];
/** Column letters, computed once per column. */
export function letter(column: number): string {
  return (letters[column] ??= columnLetter(column));
}

/** What comes before the rows: the sheet's extent, its columns and its view. */
export interface SheetHead {
  /** The last row and (zero-based) column that hold anything, for <dimension>. */
  lastRow: number;
  lastColumn: number;
  widths: number[];
  /** Rows 1..frozenRows stay in view while the rest scrolls; 0 = none. */
  frozenRows: number;
  /** Landscape, one page wide, with margins and a footer (every report sheet; not the marker sheet). */
  printed: boolean;
}

export class SheetXml {
  private lastRow = 0;
  private readonly merges: string[] = [];
  private readonly conditionalFormats: ConditionalFormatPart[] = [];
  /** <hyperlink> elements, made as the links are met; external ones take a relationship each. */
  private readonly hyperlinks: string[] = [];
  private readonly rels: Relationship[] = [];
  private readonly rowBreaks: number[] = [];
  private readonly tableTargets: string[] = [];
  private drawingRel: { relId: string; target: string } | undefined;

  /** Writes the head at once; the rows follow through `write` as they are made, so the sheet is never held whole. */
  constructor(
    private readonly strings: SharedStrings,
    private readonly write: (xml: string) => void,
    private readonly head: SheetHead,
  ) {
    const { lastRow, lastColumn, widths, frozenRows, printed } = head;
    const frozen = frozenRows
      ? `<pane ySplit="${frozenRows}" topLeftCell="A${frozenRows + 1}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="A${frozenRows + 1}" sqref="A${frozenRows + 1}"/>`
      : '';
    write(
      XML_HEAD +
        `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
        (printed ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
        `<dimension ref="A1:${letter(Math.max(lastColumn, 0))}${Math.max(lastRow, 1)}"/>` +
        `<sheetViews><sheetView workbookViewId="0"${frozen ? `>${frozen}</sheetView>` : '/>'}</sheetViews>` +
        '<sheetFormatPr defaultRowHeight="15"/>' +
        (widths.length ? `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '') +
        '<sheetData>',
    );
  }

  /** A row's cells, made with the cell functions below; height in points when the row needs more than one line. */
  row(rowNumber: number, cells: string, height?: number): void {
    if (rowNumber <= this.lastRow) throw new Error(`row ${rowNumber} written after row ${this.lastRow}`);
    this.lastRow = rowNumber;
    this.write(height === undefined ? `<row r="${rowNumber}">${cells}</row>` : `<row r="${rowNumber}" ht="${height}" customHeight="1">${cells}</row>`);
  }

  /** A cell of text, a number, a boolean, or only a style (null, or a number that is not finite). */
  cell(ref: string, style: number, value: CellValue): string {
    const s = style ? ` s="${style}"` : '';
    if (value === null) return `<c r="${ref}"${s}/>`;
    switch (typeof value) {
      case 'string':
        // Always text, never a formula: "=HYPERLINK(…)" from the user's data stays the words it is.
        return `<c r="${ref}"${s} t="s"><v>${this.strings.add(value)}</v></c>`;
      case 'number':
        return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s}/>`;
      default:
        return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    }
  }

  /** A live formula (A1 text without "="), with the engine's own result cached for readers that do not recalculate. */
  formulaCell(ref: string, style: number, formula: string, result: CellValue): string {
    const s = style ? ` s="${style}"` : '';
    const f = `<f>${escapeXml(formula)}</f>`;
    if (result === null || (typeof result === 'number' && !Number.isFinite(result))) return `<c r="${ref}"${s}>${f}</c>`;
    switch (typeof result) {
      case 'string':
        // Not ST_Xstring-escaped: the readers that show a cached result (exceljs, our reader, LibreOffice) take <v>
        // literally, and Excel calculates the formula again on opening (calcId below its own).
        return `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(result)}</v></c>`;
      case 'number':
        return `<c r="${ref}"${s}>${f}<v>${result}</v></c>`;
      default:
        return `<c r="${ref}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
    }
  }

  merge(range: string): void {
    this.merges.push(range);
  }

  /** In this workbook (location, e.g. "'Flags'!A6") or outside it (an external relationship's target). */
  hyperlink(ref: string, link: { location: string } | { target: string }, tooltip: string): void {
    // The report keeps links within Excel's limit per sheet (report/links.ts); a file past it Excel would repair.
    if (this.hyperlinks.length >= EXCEL_LINKS_PER_SHEET) throw new Error(`A worksheet can hold at most ${EXCEL_LINKS_PER_SHEET} hyperlinks (${ref}).`);
    const where = 'location' in link ? `location="${escapeXml(link.location)}"` : `r:id="${this.relate('hyperlink', link.target, true)}"`;
    // The tooltip may name the user's own sheet, and is ST_Xstring (CT_Hyperlink): "_xHHHH_" in its name stays literal.
    this.hyperlinks.push(`<hyperlink ref="${ref}" ${where} tooltip="${escapeXstring(tooltip)}"/>`);
  }

  conditionalFormat(part: ConditionalFormatPart): void {
    this.conditionalFormats.push(part);
  }

  /** A printed page ends after this row. */
  pageBreakAfter(rowNumber: number): void {
    this.rowBreaks.push(rowNumber);
  }

  /** A table part of this sheet, by its path from the worksheet ("../tables/table3.xml"). */
  table(target: string): void {
    this.tableTargets.push(target);
  }

  /** The sheet's drawing (its charts), under its own relationship id: a name unlike the numbered ones. */
  drawing(rel: { relId: string; target: string }): void {
    this.drawingRel = rel;
  }

  /** Ends the sheet: what follows the rows. Returns the sheet's relationships (external links, tables, drawing). */
  end(): Relationship[] {
    const parts: string[] = [
      '</sheetData>',
      this.merges.length ? `<mergeCells count="${this.merges.length}">${this.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '',
      // Priorities run through the whole sheet, in the order the rules were added: Excel writes them unique per sheet,
      // and with two rules of one priority (a second table's rules restarting at 1) it lists only one of them in
      // Manage Rules and may apply the wrong one (ClosedXML PR #15, exceljs issue #2634).
      this.conditionalFormats
        .map(
          (cf, i) =>
            `<conditionalFormatting sqref="${cf.sqref}"><cfRule type="expression" dxfId="${cf.dxfId}" priority="${i + 1}">` +
            `<formula>${escapeXml(cf.formula)}</formula></cfRule></conditionalFormatting>`,
        )
        .join(''),
    ];
    // Joined, not spread into push(): a 150,000-section district's Class Size has a link per row, more arguments than
    // the call stack holds.
    if (this.hyperlinks.length) parts.push(`<hyperlinks>${this.hyperlinks.join('')}</hyperlinks>`);
    if (this.head.printed) {
      parts.push(
        '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>',
        // fitToHeight 0 = as many pages tall as the rows need: one page wide, never shrunk to one unreadable page.
        '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
        '<headerFooter><oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>',
      );
    } else {
      parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
    }
    if (this.rowBreaks.length) {
      parts.push(
        `<rowBreaks count="${this.rowBreaks.length}" manualBreakCount="${this.rowBreaks.length}">` +
          this.rowBreaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('') +
          '</rowBreaks>',
      );
    }
    if (this.drawingRel) {
      this.rels.push({ id: this.drawingRel.relId, type: `${REL_TYPE}/drawing`, target: this.drawingRel.target });
      parts.push(`<drawing r:id="${this.drawingRel.relId}"/>`);
    }
    if (this.tableTargets.length) {
      const ids = this.tableTargets.map((t) => this.relate('table', t));
      parts.push(`<tableParts count="${ids.length}">${ids.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`);
    }
    parts.push('</worksheet>');
    for (const part of parts) this.write(part);
    return this.rels;
  }

  /** A new numbered relationship of this sheet. */
  private relate(type: string, target: string, external?: boolean): string {
    const id = `rId${this.rels.length + 1}`;
    this.rels.push({ id, type: `${REL_TYPE}/${type}`, target, ...(external ? { external } : {}) });
    return id;
  }
}
