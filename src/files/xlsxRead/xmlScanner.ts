// A small pull tokenizer over one XML part held as a string, for the few element kinds a spreadsheet's parts use.
// It gives what saxes gives exceljs (the oracle this reader must match): tag names as written (with any prefix but
// the root element's own, see rootPrefix),
// text with entities decoded and line ends normalised, attribute values normalised the same way. CDATA sections are
// skipped, as exceljs does (it listens to no cdata event), unless asked for as text. Comments, processing
// instructions and the doctype give nothing. Names are compared in place (`is`, `isLocal`) so the hot loop over a
// 100,000-row sheet allocates no tag names.

export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const END = 0;
export type Token = typeof OPEN | typeof CLOSE | typeof TEXT | typeof END;

const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

export class XmlScanner {
  /** The current tag's name, as positions in the text (OPEN and CLOSE). */
  nameStart = 0;
  nameEnd = 0;
  /** The current TEXT token's raw range. */
  textStart = 0;
  textEnd = 0;
  private pos: number;
  /** An empty element (<c/>) gives OPEN, then this CLOSE. */
  private pendingClose = false;
  /** The current TEXT token is a CDATA section's content: text() gives it as it is. */
  private cdata = false;
  /**
   * The root element's namespace prefix with its colon ("x:"), or "" when it has none; undefined before the root.
   * SpreadsheetML may be written with a prefix throughout (.NET's Open XML SDK writes "<x:worksheet xmlns:x=…><x:c>"):
   * each element in the root's namespace then has it dropped from its name, so `is("c")` matches "x:c" as it matches
   * "c", and a prefixed sheet is read, not taken for an empty one. Elements of other namespaces keep their prefix.
   */
  private rootPrefix: string | undefined;
  /** Attribute positions of the current OPEN tag: name start, name end, value start, value end. */
  private readonly attrs: number[] = [];
  private attrCount = 0;

  /** cdataAsText: give a CDATA section's content as a TEXT token (saxes's cdata event), not skip it. */
  constructor(
    readonly xml: string,
    private readonly cdataAsText = false,
  ) {
    this.pos = 0;
  }

  next(): Token {
    const xml = this.xml;
    if (this.pendingClose) {
      this.pendingClose = false;
      return CLOSE;
    }
    this.cdata = false;
    for (;;) {
      const lt = xml.indexOf('<', this.pos);
      if (lt < 0) {
        if (this.pos < xml.length) {
          this.textStart = this.pos;
          this.textEnd = this.pos = xml.length;
          return TEXT;
        }
        return END;
      }
      if (lt > this.pos) {
        this.textStart = this.pos;
        this.textEnd = this.pos = lt;
        return TEXT;
      }
      const first = xml.charCodeAt(lt + 1);
      if (first === SLASH) {
        const gt = xml.indexOf('>', lt + 2);
        if (gt < 0) throw new Error('unclosed tag');
        let nameEnd = lt + 2;
        while (nameEnd < gt && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
        this.nameStart = this.afterRootPrefix(lt + 2, nameEnd);
        this.nameEnd = nameEnd;
        this.pos = gt + 1;
        return CLOSE;
      }
      if (first === BANG) {
        this.pos = skipMarkup(xml, lt);
        if (this.cdataAsText && xml.startsWith('<![CDATA[', lt)) {
          this.textStart = lt + 9;
          this.textEnd = this.pos - 3;
          this.cdata = true;
          return TEXT;
        }
        continue;
      }
      if (first === QUESTION) {
        const end = xml.indexOf('?>', lt + 2);
        if (end < 0) throw new Error('unclosed processing instruction');
        this.pos = end + 2;
        continue;
      }
      return this.openTag(lt);
    }
  }

  /** Whether the current tag's name is `name` exactly. */
  is(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && this.xml.startsWith(name, this.nameStart);
  }

  /** Whether the current tag's local name (after any prefix, "x:c" → "c") is `name`. */
  isLocal(name: string): boolean {
    const start = this.nameEnd - name.length;
    return (
      start >= this.nameStart &&
      this.xml.startsWith(name, start) &&
      (start === this.nameStart || this.xml.charCodeAt(start - 1) === 58) // ':'
    );
  }

  /** The current OPEN tag's first attribute whose local name is `name` ("r:id" for "id"), decoded. */
  attrLocal(name: string): string | undefined {
    const a = this.attrs;
    for (let i = 0; i < this.attrCount * 4; i += 4) {
      const start = a[i + 1] - name.length;
      if (start >= a[i] && this.xml.startsWith(name, start) && (start === a[i] || this.xml.charCodeAt(start - 1) === 58)) {
        return this.attrValue(i);
      }
    }
    return undefined;
  }

  name(): string {
    return this.xml.slice(this.nameStart, this.nameEnd);
  }

  /** The current OPEN tag's attribute `name`, decoded; undefined when absent. */
  attr(name: string): string | undefined {
    const at = this.attrAt(name);
    return at < 0 ? undefined : this.attrValue(at);
  }

  /** Where the current OPEN tag's attribute `name` is (for attrValue, attrStart, attrEnd); -1 when absent. */
  attrAt(name: string): number {
    const a = this.attrs;
    for (let i = 0; i < this.attrCount * 4; i += 4) {
      if (a[i + 1] - a[i] === name.length && this.xml.startsWith(name, a[i])) return i;
    }
    return -1;
  }

  attrValue(at: number): string {
    return decodeAttribute(this.xml.slice(this.attrs[at + 2], this.attrs[at + 3]));
  }

  /** The raw value's range: a caller may read plain digits or letters in place, without a string. */
  attrStart(at: number): number {
    return this.attrs[at + 2];
  }

  attrEnd(at: number): number {
    return this.attrs[at + 3];
  }

  /** The current TEXT token, decoded. */
  text(): string {
    const raw = this.xml.slice(this.textStart, this.textEnd);
    return this.cdata ? (raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n')) : decodeText(raw);
  }

  /** Where a tag's name starts once the root's prefix, if it carries it, is dropped. */
  private afterRootPrefix(start: number, end: number): number {
    const prefix = this.rootPrefix;
    return prefix && end - start > prefix.length && this.xml.startsWith(prefix, start) ? start + prefix.length : start;
  }

  private openTag(lt: number): Token {
    const xml = this.xml;
    let i = lt + 1;
    const length = xml.length;
    while (i < length) {
      const code = xml.charCodeAt(i);
      if (isSpace(code) || code === GT || code === SLASH) break;
      i++;
    }
    if (this.rootPrefix === undefined) {
      const colon = xml.lastIndexOf(':', i - 1);
      this.rootPrefix = colon > lt ? xml.slice(lt + 1, colon + 1) : '';
    }
    this.nameStart = this.afterRootPrefix(lt + 1, i);
    this.nameEnd = i;
    this.attrCount = 0;
    for (;;) {
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      if (i >= length) throw new Error('unclosed tag');
      const code = xml.charCodeAt(i);
      if (code === GT) {
        this.pos = i + 1;
        return OPEN;
      }
      if (code === SLASH) {
        if (xml.charCodeAt(i + 1) !== GT) throw new Error('malformed tag');
        this.pos = i + 2;
        this.pendingClose = true;
        return OPEN;
      }
      const attrStart = i;
      while (i < length) {
        const c = xml.charCodeAt(i);
        if (c === EQUALS || isSpace(c) || c === GT) break;
        i++;
      }
      const attrEnd = i;
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== EQUALS) throw new Error('malformed attribute');
      i++;
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") throw new Error('malformed attribute');
      const close = xml.indexOf(quote, i + 1);
      if (close < 0) throw new Error('unclosed attribute');
      const at = this.attrCount * 4;
      this.attrs[at] = attrStart;
      this.attrs[at + 1] = attrEnd;
      this.attrs[at + 2] = i + 1;
      this.attrs[at + 3] = close;
      this.attrCount++;
      i = close + 1;
    }
  }
}

function skipMarkup(xml: string, lt: number): number {
  if (xml.startsWith('<!--', lt)) {
    const end = xml.indexOf('-->', lt + 4);
    if (end < 0) throw new Error('unclosed comment');
    return end + 3;
  }
  if (xml.startsWith('<![CDATA[', lt)) {
    const end = xml.indexOf(']]>', lt + 9);
    if (end < 0) throw new Error('unclosed CDATA section');
    return end + 3;
  }
  // A doctype (without an internal subset: a spreadsheet part has none).
  const end = xml.indexOf('>', lt + 2);
  if (end < 0) throw new Error('unclosed markup');
  return end + 1;
}

/** Text content: line ends normalised to \n (XML 1.0 §2.11), then entity and character references decoded. */
export function decodeText(raw: string): string {
  const normalised = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
  return normalised.indexOf('&') < 0 ? normalised : decodeReferences(normalised);
}

/** An attribute value: white space characters become spaces (§3.3.3), then references are decoded. */
function decodeAttribute(raw: string): string {
  let plain = true;
  for (let i = 0; i < raw.length && plain; i++) {
    const c = raw.charCodeAt(i);
    plain = c !== 38 && c !== 9 && c !== 10 && c !== 13; // & \t \n \r
  }
  if (plain) return raw;
  const normalised = raw.replace(/\r\n|[\t\n\r]/g, ' ');
  return normalised.indexOf('&') < 0 ? normalised : decodeReferences(normalised);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeReferences(s: string): string {
  let out = '';
  let from = 0;
  for (let amp = s.indexOf('&'); amp >= 0; amp = s.indexOf('&', from)) {
    const semi = s.indexOf(';', amp + 1);
    if (semi < 0) throw new Error('unterminated entity reference');
    const ref = s.slice(amp + 1, semi);
    let decoded: string | undefined;
    if (ref.startsWith('#x')) decoded = codePoint(ref.slice(2), 16);
    else if (ref.startsWith('#')) decoded = codePoint(ref.slice(1), 10);
    else decoded = Object.hasOwn(NAMED, ref) ? NAMED[ref] : undefined;
    if (decoded === undefined) throw new Error(`undefined entity &${ref};`);
    out += s.slice(from, amp) + decoded;
    from = semi + 1;
  }
  return out + s.slice(from);
}

function codePoint(digits: string, radix: number): string | undefined {
  if (!(radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
  const n = parseInt(digits, radix);
  return n > 0x10ffff ? undefined : String.fromCodePoint(n);
}

/** A <t> element's text as exceljs's TextXform gives it: its parts joined, "_xHHHH_" escapes (upper-case hex) decoded. */
export function unescapeText(parts: string[]): string {
  const text = parts.length === 1 ? parts[0] : parts.join('');
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
