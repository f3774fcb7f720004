import {load, type Cheerio, type CheerioAPI} from 'cheerio/slim';
import {ParseError, TickerNotFoundError} from '../errors.js';

/** What one Finviz quote page says about one ticker. */
export interface QuotePage {
  /** The requested ticker, as given. */
  readonly ticker: string;
  readonly company: string;
  readonly sector: string;
  readonly industry: string;
  readonly country: string;
  /** As the page shows it, without brackets, e.g. "NASD". */
  readonly exchange: string;
  /**
   * Label -> value as shown, whitespace collapsed to single spaces and trimmed,
   * e.g. "4183.77B", "0.38%", "Yes / Yes", "-". Labels are the page's own.
   */
  readonly snapshot: Record<string, string>;
}

/**
 * Reads the header and the snapshot table of a Finviz quote page, given as text or as its UTF-8
 * bytes. From bytes only the regions it reads are decoded, never the whole ~250 KB page (unless it
 * falls back to the full-document parse): a string that large is a V8 large object, and on our
 * 2-core VMs allocating and freeing one costs about 1 ms (page faults), as much as the parse.
 *
 * Throws TickerNotFoundError when the page has no snapshot table (Finviz's
 * "not found" pages), and ParseError when the table holds no label/value pairs
 * or the page holds several quotes and none for `ticker`.
 */
export function parseQuotePage(page: string | Uint8Array, ticker: string): QuotePage {
  const source = typeof page === 'string' ? page : new Utf8Bytes(page);
  return parseRegions(source, ticker) ?? parseQuotePageFullDocument(source.slice(0, source.length), ticker);
}

/**
 * The same as parseQuotePage, but always loads the whole document into cheerio
 * with htmlparser2 (several times slower than cutting the regions out first). It is the reference the
 * tests compare the fast path with.
 */
export function parseQuotePageFullDocument(html: string, ticker: string): QuotePage {
  return readAndRelease(load(html), ticker);
}

// ---------------------------------------------------------------------------
// Reading a loaded document (the whole page, or only the regions cut out of it)

/** The header of each layout: 2018–May 2023, then mid-2023 onward. */
const HEADER = 'table.fullview-title, div.quote-header-wrapper';
/** One table (2018–2026-06-12) or one table per column (2026-06-29 onward). */
const SNAPSHOT = 'table.snapshot-table2';

/** Finviz labels two fields "EPS next Y": the estimate first, then the growth rate. */
const SECOND_OCCURRENCE = new Map([['EPS next Y', 'EPS growth next Y']]);

type Selection = ReturnType<ReturnType<CheerioAPI['root']>['find']>;
type Element = Selection extends Cheerio<infer T> ? T : never;

/** Here `ticker` is the one the page shows, not the requested one. */
type Header = Omit<QuotePage, 'snapshot'>;

/** A header and the snapshot tables after it, up to the next header. */
interface Block {
  readonly header: Header;
  readonly tables: Element[];
}

/**
 * Empties the document once read. What cheerio's load() creates per document
 * (a class among others) lives on in V8's old generation and keeps the tree
 * reachable, so every young-generation GC copied the whole tree again: emptying
 * it lets the tree die young, which halves the fast path's CPU (2.6 -> 1.3 ms).
 */
function readAndRelease($: CheerioAPI, ticker: string): QuotePage {
  try {
    return readQuote($, ticker);
  } finally {
    $.root().empty();
  }
}

function readQuote($: CheerioAPI, ticker: string): QuotePage {
  const block = pickBlock(readBlocks($), ticker);
  return {...block.header, ticker, snapshot: readSnapshot($, block.tables, ticker)};
}

/** Old multi-ticker pages (`quote.ashx?t=A,M`) hold one block per ticker. */
function readBlocks($: CheerioAPI): Block[] {
  const blocks: {header: Header; tables: Element[]}[] = [];
  for (const element of $(`${HEADER}, ${SNAPSHOT}`).toArray()) {
    if (isHeader(element)) {
      blocks.push({header: readHeader($, element), tables: []});
    } else {
      if (blocks.length === 0) blocks.push({header: readHeader($, undefined), tables: []});
      blocks.at(-1)?.tables.push(element);
    }
  }
  return blocks;
}

function isHeader(element: Element): boolean {
  const classes = (element.attribs['class'] ?? '').split(/\s+/);
  return classes.includes('fullview-title') || classes.includes('quote-header-wrapper');
}

function pickBlock(blocks: readonly Block[], ticker: string): Block {
  const quotes = blocks.filter((block) => block.tables.length > 0);
  const [only] = quotes;
  if (only === undefined) throw new TickerNotFoundError(ticker, 'ticker not found');
  const wanted = ticker.trim().toUpperCase();
  const match = quotes.find((block) => block.header.ticker.toUpperCase() === wanted);
  if (match !== undefined) return match;
  // Finviz may show a renamed ticker under its new symbol: trust a single quote.
  if (quotes.length === 1) return only;
  const shown = quotes.map((block) => block.header.ticker).join(', ');
  throw new ParseError(ticker, `Expected a quote for \`${ticker}\` on the page, got quotes for ${shown}`);
}

/** Selectors for the header fields that are not links to the screener. */
const OLD_HEADER = {ticker: '#ticker', company: 'b', exchange: 'span.body-table'} as const;
const NEW_HEADER = {
  ticker: '.quote-header_ticker-wrapper_ticker',
  company: '.quote-header_ticker-wrapper_company',
  exchange: 'a[href*="f=exch_"]',
} as const;

function readHeader($: CheerioAPI, header: Element | undefined): Header {
  if (header === undefined) {
    return {ticker: '', company: '', sector: '', industry: '', country: '', exchange: ''};
  }
  const within = $(header);
  const text = (selector: string): string => collapse(within.find(selector).first().text());
  const fields = header.tagName === 'table' ? OLD_HEADER : NEW_HEADER;
  return {
    ticker: text(fields.ticker),
    company: text(fields.company),
    // Both layouts link sector, industry and country to screener filters.
    sector: text('a[href*="f=sec_"]'),
    industry: text('a[href*="f=ind_"]'),
    country: text('a[href*="f=geo_"]'),
    exchange: text(fields.exchange).replace(/^\[(.*)\]$/, '$1'),
  };
}

/**
 * Pairs each label cell with the value cell after it in the same row, so the
 * order of the rows and tables (row- or column-major) does not matter.
 */
function readSnapshot($: CheerioAPI, tables: readonly Element[], ticker: string): Record<string, string> {
  const pairs = new Map<string, string>();
  for (const table of tables) {
    for (const row of tableRows(table)) {
      const cells = childElements(row, 'td');
      for (let index = 1; index < cells.length; index += 2) {
        const label = cells[index - 1];
        const value = cells[index];
        if (label !== undefined && value !== undefined) addPair(pairs, cellText($, label), cellText($, value));
      }
    }
  }
  if (pairs.size === 0) throw new ParseError(ticker, 'Expected label/value pairs in the snapshot table, got none');
  // fromEntries defines own properties, so even a label like "__proto__" stays data.
  return Object.fromEntries(pairs);
}

/** The table's own rows, not those of tables nested in its cells; parse5 adds a tbody, htmlparser2 does not. */
function tableRows(table: Element): Element[] {
  return childElements(table, 'tr', 'tbody', 'thead', 'tfoot').flatMap((child) =>
    child.name === 'tr' ? [child] : childElements(child, 'tr'),
  );
}

function childElements(parent: Element, ...names: string[]): Element[] {
  return parent.children.filter((child): child is Element => 'attribs' in child && names.includes(child.name));
}

function addPair(pairs: Map<string, string>, label: string, value: string): void {
  if (label === '') return;
  if (!pairs.has(label)) {
    pairs.set(label, value);
    return;
  }
  const renamed = SECOND_OCCURRENCE.get(label);
  if (renamed !== undefined && !pairs.has(renamed)) pairs.set(renamed, value);
  // Any other repeated label: the first one wins (no real page has one).
}

function cellText($: CheerioAPI, cell: Element): string {
  return collapse($.text([cell]));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------
// Fast path: cut the header and snapshot regions out of the HTML string and
// load only those (20-40 KB) into cheerio instead of the whole 250 KB page.
// They go through htmlparser2, which reads them about 5x faster than parse5
// (0.7 ms instead of 3.5 ms for the 38 KB of the 2026 page): on well-formed
// tables both build the same tree, and the tests compare the result with the
// parse5 full-document path on every saved page.
// Measured on the 2026-06-29 page: cut 0.25 ms + load 0.7 ms + read 0.2 ms.

/** The elements HEADER and SNAPSHOT select, as tag name and class token. */
const REGIONS = [
  {tag: 'table', token: 'fullview-title', header: true},
  {tag: 'div', token: 'quote-header-wrapper', header: true},
  {tag: 'table', token: 'snapshot-table2', header: false},
] as const;

/** One pass over the page for all tokens: three indexOf passes cost three times more. */
const REGION_TOKENS = new RegExp(REGIONS.map((region) => region.token).join('|'), 'g');

/**
 * What the fast path reads: the page's text, or its UTF-8 bytes through {@link Utf8Bytes}, which
 * reads like a string. Offsets are into whichever it is.
 */
type Source = string | Utf8Bytes;

/**
 * A page's UTF-8 bytes, read like a string. Every character the cut looks for or stops at is
 * ASCII, and in UTF-8 an ASCII byte only ever stands for that character, so a region cut at those
 * characters and decoded on its own is exactly that region of the decoded page.
 */
class Utf8Bytes {
  readonly bytes: Buffer;

  constructor(bytes: Uint8Array) {
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  charCodeAt(at: number): number {
    return this.bytes[at] ?? Number.NaN;
  }

  indexOf(search: string, from: number): number {
    return this.bytes.indexOf(search, from, 'latin1');
  }

  lastIndexOf(search: string, from: number): number {
    return this.bytes.lastIndexOf(search, from, 'latin1');
  }

  startsWith(search: string, at: number): boolean {
    for (let index = 0; index < search.length; index++) {
      if (this.bytes[at + index] !== search.charCodeAt(index)) return false;
    }
    return true;
  }

  slice(start: number, end: number): string {
    return this.bytes.toString('utf8', start, end);
  }
}

/** undefined means "let the full-document parse decide", never "not found". */
function parseRegions(html: Source, ticker: string): QuotePage | undefined {
  const fragment = cutRegions(html);
  if (fragment === undefined) return undefined;
  try {
    return readAndRelease(load(fragment), ticker);
  } catch {
    return undefined; // the full parse throws the real error, if there is one
  }
}

interface Range {
  readonly start: number;
  readonly end: number;
  readonly header: boolean;
}

/** The regions joined in page order, or undefined unless it finds a header and a snapshot table. */
function cutRegions(html: Source): string | undefined {
  const ranges: Range[] = [];
  for (const match of regionTokens(html)) {
    const region = REGIONS.find((candidate) => candidate.token === match.token);
    const start = region && startTagWithClass(html, match.index, region.tag, region.token);
    if (region === undefined || start === undefined || start === ranges.at(-1)?.start) continue;
    // One region inside another is no layout we know: cutting both would repeat it.
    if (start < (ranges.at(-1)?.end ?? 0)) return undefined;
    const end = elementEnd(html, start, region.tag);
    if (end === undefined) return undefined;
    ranges.push({start, end, header: region.header});
  }
  if (!ranges.some((range) => range.header) || !ranges.some((range) => !range.header)) return undefined;
  return ranges.map((range) => html.slice(range.start, range.end)).join('\n');
}

/** Where the region tokens occur, in page order, as REGION_TOKENS finds them. */
function regionTokens(html: Source): Array<{readonly index: number; readonly token: string}> {
  if (typeof html === 'string') return Array.from(html.matchAll(REGION_TOKENS), (match) => ({index: match.index, token: match[0]}));
  // Buffer.indexOf is native and fast; no token overlaps another or itself, so the union in order is what the regex finds.
  const found: Array<{index: number; token: string}> = [];
  for (const {token} of REGIONS) {
    for (let at = html.indexOf(token, 0); at !== -1; at = html.indexOf(token, at + token.length)) found.push({index: at, token});
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The start of the `<tag ...>` whose class attribute holds the `token` found at `at`, if it is one. */
function startTagWithClass(html: Source, at: number, tag: string, token: string): number | undefined {
  const start = html.lastIndexOf('<', at);
  const found = start === -1 ? undefined : readTag(html, start);
  if (found === undefined || found.name !== tag || found.closing || found.end <= at) return undefined;
  return found.classes.split(/\s+/).includes(token) ? start : undefined;
}

/** Elements whose content the HTML parser reads as text, not as tags (parse5 runs with scripting on). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'xmp', 'iframe', 'noembed', 'noframes']);

/** The offset just past the end tag that closes the start tag at `start`, counting nested `tag`s. */
function elementEnd(html: Source, start: number, tag: string): number | undefined {
  let depth = 0;
  let at = start;
  for (;;) {
    const open = html.indexOf('<', at);
    if (open === -1) return undefined;
    const next = html.charCodeAt(open + 1);
    if (next === EXCLAMATION || next === QUESTION) {
      const close = declarationEnd(html, open);
      if (close === undefined) return undefined;
      at = close;
      continue;
    }
    const found = readTag(html, open);
    if (found === undefined) {
      at = open + 1; // a "<" in text
      continue;
    }
    at = found.end;
    if (!found.closing && RAW_TEXT.has(found.name)) {
      const close = rawTextEnd(html, at, found.name);
      if (close === undefined) return undefined;
      at = close;
    }
    if (found.name !== tag) continue;
    depth += found.closing ? -1 : 1;
    if (depth === 0) return found.end;
  }
}

/** The end of a comment, doctype or other "<!" or "<?" declaration. */
function declarationEnd(html: Source, open: number): number | undefined {
  const comment = html.startsWith('<!--', open);
  // From open + 2, as the tokenizer also closes "<!-->" and "<!--->".
  const close = comment ? html.indexOf('-->', open + 2) : html.indexOf('>', open);
  if (close === -1) return undefined;
  return close + (comment ? 3 : 1);
}

function rawTextEnd(html: Source, from: number, name: string): number | undefined {
  if (typeof html === 'string') {
    const pattern = new RegExp(`</${name}[\\s/>]`, 'ig');
    pattern.lastIndex = from;
    return pattern.exec(html)?.index;
  }
  // The same as the pattern: `name` is ASCII, matched without regard to ASCII case only.
  for (let at = html.indexOf('</', from); at !== -1; at = html.indexOf('</', at + 2)) {
    const after = at + 2 + name.length;
    if (!sameAsciiLetters(html, at + 2, name)) continue;
    // The character after the name, decoded: \s takes non-ASCII spaces too.
    const next = html.charCodeAt(after) < 0x80 ? String.fromCharCode(html.charCodeAt(after)) : html.slice(after, after + 4).charAt(0);
    if (/[\s/>]/.test(next)) return at;
  }
  return undefined;
}

/** Whether `lowercase` (ASCII letters) is at `at`, in either case. */
function sameAsciiLetters(html: Utf8Bytes, at: number, lowercase: string): boolean {
  for (let index = 0; index < lowercase.length; index++) {
    if ((html.charCodeAt(at + index) | 0x20) !== lowercase.charCodeAt(index)) return false;
  }
  return true;
}

interface Tag {
  /** Lowercase. */
  readonly name: string;
  readonly closing: boolean;
  /** The offset just past the tag's ">". */
  readonly end: number;
  /** The value of the first class attribute, '' if none. */
  readonly classes: string;
}

/**
 * Reads the tag at `open` (a "<") the way the HTML tokenizer does, so that a
 * ">" or "<" inside a quoted attribute value does not end it. undefined if
 * this "<" starts no tag.
 */
function readTag(html: Source, open: number): Tag | undefined {
  let at = open + 1;
  const closing = html.charCodeAt(at) === SLASH;
  if (closing) at++;
  if (!isAsciiLetter(html.charCodeAt(at))) return undefined;
  const nameStart = at;
  at = nameEnd(html, at);
  const name = html.slice(nameStart, at).toLowerCase();
  let classes: string | undefined;
  while (at < html.length) {
    const code = html.charCodeAt(at);
    if (code === GREATER_THAN) return {name, closing, end: at + 1, classes: classes ?? ''};
    if (code === SLASH || isSpace(code)) {
      at++;
      continue;
    }
    // An attribute. A leading "=" belongs to its name, as in the tokenizer.
    const attribute = at;
    at = nameEnd(html, at + 1, EQUALS);
    const isClass = at - attribute === 5 && html.slice(attribute, at).toLowerCase() === 'class';
    at = skipSpaces(html, at);
    if (html.charCodeAt(at) !== EQUALS) continue;
    at = skipSpaces(html, at + 1);
    const end = valueEnd(html, at);
    if (end === undefined) return undefined;
    if (isClass) classes ??= unquote(html.slice(at, end));
    at = end;
  }
  return undefined;
}

/** The end of a tag or attribute name: whitespace, "/", ">" or `also`. */
function nameEnd(html: Source, from: number, also = GREATER_THAN): number {
  let at = from;
  for (; at < html.length; at++) {
    const code = html.charCodeAt(at);
    if (code === GREATER_THAN || code === SLASH || code === also || isSpace(code)) break;
  }
  return at;
}

/** The end of an attribute value, quoted or not; undefined if a quote is never closed. */
function valueEnd(html: Source, from: number): number | undefined {
  const quote = html.charCodeAt(from);
  if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
    const close = html.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", from + 1);
    return close === -1 ? undefined : close + 1;
  }
  let at = from;
  while (at < html.length && !isSpace(html.charCodeAt(at)) && html.charCodeAt(at) !== GREATER_THAN) at++;
  return at;
}

function unquote(value: string): string {
  const quoted = value.startsWith('"') || value.startsWith("'");
  return quoted ? value.slice(1, -1) : value;
}

function skipSpaces(html: Source, from: number): number {
  let at = from;
  while (isSpace(html.charCodeAt(at))) at++;
  return at;
}

const EXCLAMATION = 0x21; // !
const DOUBLE_QUOTE = 0x22; // "
const SINGLE_QUOTE = 0x27; // '
const SLASH = 0x2f; // /
const EQUALS = 0x3d; // =
const GREATER_THAN = 0x3e; // >
const QUESTION = 0x3f; // ?

/** The HTML tokenizer's whitespace: space, tab, LF, FF, CR. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
