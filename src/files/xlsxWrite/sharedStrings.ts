import { escapeXstring, MAIN_NS, XML_HEAD } from './xml';

/**
 * The workbook's text, each distinct string once. Shared rather than inline strings: a review repeats the same words
 * down its columns (a teacher's name on each of her sections, "meets", a subject), so the package is smaller and
 * faster to deflate, and it is the form every reader (Excel, LibreOffice, our own xlsxParts.ts) reads first.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly texts: string[] = [];
  private uses = 0;

  /** The index of a text, added on first use. */
  add(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.texts.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  xml(): string {
    const items = this.texts.map((t) => {
      // A shared string's <t> is ST_Xstring: "_xHHHH_" in the user's text stays the text it is.
      const escaped = escapeXstring(t);
      // Leading or trailing spaces, or a line break, are kept only when the text says so.
      return /^\s|\s$|\n/.test(escaped) ? `<si><t xml:space="preserve">${escaped}</t></si>` : `<si><t>${escaped}</t></si>`;
    });
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.texts.length}">${items.join('')}</sst>`;
  }
}
