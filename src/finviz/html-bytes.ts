import {decodeHTML, decodeHTMLAttribute} from 'entities/decode';

/**
 * An HTML page as its UTF-8 bytes, read the way htmlparser2's tokenizer reads it, as far as the
 * quote parser needs: tags (name, attributes, "/>"), comments, declarations, text.
 *
 * Every character looked for or stopped at is ASCII, and in UTF-8 an ASCII byte only ever stands
 * for that character, so a piece cut at those characters and decoded on its own is exactly that
 * piece of the decoded page. Scanning is plain JavaScript over a Uint8Array: no call into C++ per
 * tag, and no string per tag but its (short) name unless its attributes are asked for.
 */
export class HtmlBytes {
  /** A plain Uint8Array: its indexOf is V8's own, Buffer's crosses into C++ on every call. */
  readonly bytes: Uint8Array;
  readonly #buffer: Buffer;

  constructor(bytes: Uint8Array) {
    this.bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.#buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  /** The decoded text of bytes [start, end). */
  text(start: number, end: number): string {
    return this.#buffer.toString('utf8', start, end);
  }

  /** A text node's content: decoded from UTF-8, then its character references, as htmlparser2 decodes text. */
  textNode(start: number, end: number): string {
    const text = this.text(start, end);
    return text.includes('&') ? decodeHTML(text) : text;
  }

  /** Where `ascii` next occurs from `from`, -1 if nowhere; searched natively, for long scans. */
  find(ascii: string, from: number): number {
    return this.#buffer.indexOf(ascii, from, 'latin1');
  }

  /** The offset of the next `code` (a byte) from `from`, -1 if none. */
  next(code: number, from: number): number {
    // Most searches end within a few bytes (a tag's ">", a value's quote), where a loop beats
    // the native call; a long one goes native after the first bytes.
    const {bytes} = this;
    const stop = Math.min(bytes.length, from + NEAR);
    for (let at = from; at < stop; at++) if (bytes[at] === code) return at;
    return stop === bytes.length ? -1 : bytes.indexOf(code, stop);
  }

  /** The offset of the last `code` (a byte) at or before `from`, -1 if none. */
  previous(code: number, from: number): number {
    return this.bytes.lastIndexOf(code, from);
  }

  /**
   * Reads the tag at `open` (a "<") the way the HTML tokenizer does, so that a ">" or "<" inside
   * a quoted attribute value does not end it. undefined if this "<" starts no tag. With
   * `withAttributes`, it also gives the attributes, decoded as htmlparser2 decodes them.
   */
  readTag(open: number, withAttributes = false): Tag | undefined {
    const {bytes} = this;
    let at = open + 1;
    const closing = bytes[at] === SLASH;
    if (closing) at++;
    if (!isAsciiLetter(bytes[at] ?? 0)) return undefined;
    const nameStart = at;
    at = this.#nameEnd(at, GREATER_THAN);
    const name = this.#lowerCaseName(nameStart, at);
    if (closing) {
      // htmlparser2 ends an end tag at the next ">", whatever is between.
      const end = this.next(GREATER_THAN, at);
      return end === -1 ? undefined : {name, closing, selfClosing: false, end: end + 1, attributes: undefined};
    }
    const attributes: Record<string, string> | undefined = withAttributes ? (Object.create(null) as Record<string, string>) : undefined;
    let selfClosing = false;
    while (at < bytes.length) {
      const code = bytes[at] ?? 0;
      if (code === GREATER_THAN) return {name, closing, selfClosing, end: at + 1, attributes};
      if (code === SLASH || isSpace(code)) {
        // A "/" followed by ">" (spaces between or not) closes the tag itself, as in htmlparser2's tokenizer.
        if (code === SLASH) selfClosing = true;
        at++;
        continue;
      }
      selfClosing = false;
      // An attribute. A leading "=" belongs to its name, as in the tokenizer.
      const attribute = at;
      at = this.#nameEnd(at + 1, EQUALS);
      const attributeName = attributes === undefined ? '' : this.#lowerCaseName(attribute, at);
      at = this.#skipSpaces(at);
      let value = '';
      if (bytes[at] === EQUALS) {
        at = this.#skipSpaces(at + 1);
        const end = this.#valueEnd(at);
        if (end === undefined) return undefined;
        if (attributes !== undefined) value = attributeValue(this.text(at, end));
        at = end;
      }
      // The first of two attributes with one name wins.
      if (attributes !== undefined && !(attributeName in attributes)) attributes[attributeName] = value;
    }
    return undefined;
  }

  /**
   * What starts at `open` (a "<"): a tag, a comment or declaration to skip (`end` past it), or
   * text ("<" that starts nothing). undefined when the page ends inside it.
   */
  readMarkup(open: number, withAttributes = false): Markup | undefined {
    const after = this.bytes[open + 1];
    if (after === EXCLAMATION || after === QUESTION) {
      const end = this.#declarationEnd(open);
      return end === undefined ? undefined : {kind: this.#startsWith('<!--', open) ? 'comment' : 'declaration', end};
    }
    const tag = this.readTag(open, withAttributes);
    if (tag !== undefined) return {kind: 'tag', tag, end: tag.end};
    return {kind: 'text', end: open + 1};
  }

  /** The end of a comment, doctype or other "<!" or "<?" declaration. */
  #declarationEnd(open: number): number | undefined {
    const comment = this.#startsWith('<!--', open);
    // From open + 2, as the tokenizer also closes "<!-->" and "<!--->".
    const close = comment ? this.find('-->', open + 2) : this.next(GREATER_THAN, open);
    if (close === -1) return undefined;
    return close + (comment ? 3 : 1);
  }

  #startsWith(ascii: string, at: number): boolean {
    for (let index = 0; index < ascii.length; index++) {
      if (this.bytes[at + index] !== ascii.charCodeAt(index)) return false;
    }
    return true;
  }

  /** A tag name in lower case, as the tokenizer gives it. */
  #lowerCaseName(start: number, end: number): string {
    // Short ASCII names (td, a, span, class, href…) come from a cache keyed by their bytes: a
    // table of a hundred rows has thousands of tags, and a string built for each is garbage.
    let key = end - start <= SHORT_NAME ? 0 : -1;
    for (let at = start; at < end && key !== -1; at++) {
      const code = this.bytes[at] ?? 0;
      key = code >= 0x80 ? -1 : key * 128 + (code >= 0x41 && code <= 0x5a ? code | 0x20 : code);
    }
    const cached = key === -1 ? undefined : SHORT_NAMES.get(key);
    if (cached !== undefined) return cached;
    let name = '';
    for (let at = start; at < end; at++) {
      const code = this.bytes[at] ?? 0;
      if (code >= 0x80) return this.text(start, end).toLowerCase();
      name += String.fromCharCode(code >= 0x41 && code <= 0x5a ? code | 0x20 : code);
    }
    if (key !== -1 && SHORT_NAMES.size < SHORT_NAMES_MAX) SHORT_NAMES.set(key, name);
    return name;
  }

  /** The end of a tag or attribute name: whitespace, "/", ">" or `also`. */
  #nameEnd(from: number, also: number): number {
    const {bytes} = this;
    let at = from;
    for (; at < bytes.length; at++) {
      const code = bytes[at] ?? 0;
      if (code === GREATER_THAN || code === SLASH || code === also || isSpace(code)) break;
    }
    return at;
  }

  /** The end of an attribute value, quoted or not; undefined if a quote is never closed. */
  #valueEnd(from: number): number | undefined {
    const {bytes} = this;
    const quote = bytes[from];
    if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
      const close = this.next(quote, from + 1);
      return close === -1 ? undefined : close + 1;
    }
    let at = from;
    while (at < bytes.length && !isSpace(bytes[at] ?? 0) && bytes[at] !== GREATER_THAN) at++;
    return at;
  }

  #skipSpaces(from: number): number {
    let at = from;
    while (isSpace(this.bytes[at] ?? 0)) at++;
    return at;
  }
}

export interface Tag {
  /** Lowercase. */
  readonly name: string;
  /** An end tag, `</name>`. */
  readonly closing: boolean;
  /** Ends in "/>". */
  readonly selfClosing: boolean;
  /** The offset just past the tag's ">". */
  readonly end: number;
  /** Lowercase name -> decoded value, if asked for. */
  readonly attributes: Readonly<Record<string, string>> | undefined;
}

export type Markup =
  | {readonly kind: 'tag'; readonly tag: Tag; readonly end: number}
  | {readonly kind: 'comment' | 'declaration' | 'text'; readonly end: number};

/** How far HtmlBytes.next looks with a loop before it calls the native search. */
const NEAR = 64;

/** Names of up to 7 ASCII characters are cached: 7 bytes of 7 bits make an exact integer key. */
const SHORT_NAME = 7;
const SHORT_NAMES = new Map<number, string>();
/** A page of made-up names cannot grow the cache without bound. */
const SHORT_NAMES_MAX = 4096;

export const LESS_THAN = 0x3c; // <
const EXCLAMATION = 0x21; // !
const DOUBLE_QUOTE = 0x22; // "
const SINGLE_QUOTE = 0x27; // '
const SLASH = 0x2f; // /
const EQUALS = 0x3d; // =
const GREATER_THAN = 0x3e; // >
const QUESTION = 0x3f; // ?

/** An attribute value as written (quoted or not), unquoted and decoded. */
function attributeValue(written: string): string {
  const quoted = written.startsWith('"') || written.startsWith("'");
  const value = quoted ? written.slice(1, -1) : written;
  return value.includes('&') ? decodeHTMLAttribute(value) : value;
}

/** The HTML tokenizer's whitespace: space, tab, LF, FF, CR. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Whether an element's class attribute holds `token`, as the CSS selector `.token` matches it. */
export function hasClass(element: {readonly attributes: Tag['attributes']}, token: string): boolean {
  return (element.attributes?.['class'] ?? '').split(/\s+/).includes(token);
}
