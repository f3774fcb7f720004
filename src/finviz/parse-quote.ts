import type {Cheerio, CheerioAPI} from 'cheerio/slim';
import {ParseError, TickerNotFoundError} from '../errors.js';
import {collapse} from './collapse.js';
import {hasClass, HtmlBytes} from './html-bytes.js';
import {loadHtml} from './load-html.js';
import {headerMatchers, headerOf, NO_HEADER, readHeaderBytes, type QuoteHeader} from './quote-header.js';
import {HEADER_SELECTOR, HEADER_TOKENS, regionStarts, SNAPSHOT_SELECTOR, type RegionStart} from './quote-regions.js';
import {readTableCells, type TableCells} from './snapshot-cells.js';

/** What one Finviz quote page says about one ticker. */
export interface QuotePage extends QuoteHeader {
  /** The requested ticker, as given. */
  readonly ticker: string;
  /**
   * Label -> value as shown, whitespace collapsed to single spaces and trimmed,
   * e.g. "4183.77B", "0.38%", "Yes / Yes", "-". Labels are the page's own.
   */
  readonly snapshot: Record<string, string>;
}

/**
 * Reads the header and the snapshot table of a Finviz quote page, given as its UTF-8 bytes (as
 * fetched) or as text. It finds the header and the snapshot tables in the bytes
 * (./quote-regions.ts) and reads them from there (./quote-header.ts, ./snapshot-cells.ts):
 * under 1 ms for a 250 KB page, no document tree, and never the whole page as one string (a
 * string that large is a V8 large object: on our 2-core VMs allocating and freeing one costs
 * about 1 ms). Where those readers cannot be sure to read what cheerio would (markup they do
 * not take, a page without them), it loads the whole page into cheerio instead: ~30 ms, same
 * result. The tests hold the two to the same result on every saved page, on hand-written markup
 * and on hundreds of pages with markup changed at random.
 *
 * Throws TickerNotFoundError when the page has no snapshot table (Finviz's
 * "not found" pages), and ParseError when the table holds no label/value pairs
 * or the page holds several quotes and none for `ticker`.
 */
export function parseQuotePage(page: string | Uint8Array, ticker: string): QuotePage {
  const html = new HtmlBytes(typeof page === 'string' ? Buffer.from(page, 'utf8') : page);
  return readFromBytes(html, ticker) ?? parseQuotePageFullDocument(html.text(0, html.length), ticker);
}

/** The fast path alone: undefined where parseQuotePage would load the whole page into cheerio. */
export function parseQuotePageFastPath(page: Uint8Array, ticker: string): QuotePage | undefined {
  return readFromBytes(new HtmlBytes(page), ticker);
}

/**
 * The same as parseQuotePage, but always loads the whole document into cheerio (htmlparser2),
 * about 50 times slower. It is the reference the tests compare the fast path with.
 */
export function parseQuotePageFullDocument(html: string, ticker: string): QuotePage {
  return readLoaded(loadHtml(html), ticker);
}

/** Finviz labels two fields "EPS next Y": the estimate first, then the growth rate. */
const SECOND_OCCURRENCE = new Map([['EPS next Y', 'EPS growth next Y']]);

type Selection = ReturnType<ReturnType<CheerioAPI['root']>['find']>;
type Element = Selection extends Cheerio<infer T> ? T : never;

/** A header and the snapshot tables after it, up to the next header. */
interface Block {
  readonly header: QuoteHeader;
  readonly tables: TableCells[];
}

/** Old multi-ticker pages (`quote.ashx?t=A,M`) hold one block per ticker. */
function quoteOf(blocks: readonly Block[], ticker: string): QuotePage {
  const block = pickBlock(blocks, ticker);
  return {...block.header, ticker, snapshot: snapshotOf(block.tables, ticker)};
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

/**
 * Pairs each label cell with the value cell after it in the same row, so the
 * order of the rows and tables (row- or column-major) does not matter.
 */
function snapshotOf(tables: readonly TableCells[], ticker: string): Record<string, string> {
  const pairs = new Map<string, string>();
  for (const row of tables.flat()) {
    for (let index = 1; index < row.length; index += 2) addPair(pairs, row[index - 1] ?? '', row[index] ?? '');
  }
  if (pairs.size === 0) throw new ParseError(ticker, 'Expected label/value pairs in the snapshot table, got none');
  // fromEntries defines own properties, so even a label like "__proto__" stays data.
  return Object.fromEntries(pairs);
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

// ---------------------------------------------------------------------------
// The fast path: the regions read from the bytes

/** undefined means "let the full-document parse decide", never "not found". */
function readFromBytes(html: HtmlBytes, ticker: string): QuotePage | undefined {
  const blocks = blocksFromBytes(html, regionStarts(html));
  if (blocks === undefined) return undefined;
  try {
    return quoteOf(blocks, ticker);
  } catch {
    return undefined; // the full parse throws the real error, if there is one
  }
}

/**
 * Every region read from the bytes, grouped as blocks; undefined if one of them needs cheerio,
 * if one begins inside another (no layout we know), or if there is no header or no table.
 */
function blocksFromBytes(html: HtmlBytes, starts: readonly RegionStart[]): Block[] | undefined {
  const blocks: Block[] = [];
  let end = 0;
  for (const {start, header} of starts) {
    if (start < end) return undefined;
    if (header) {
      const read = readHeaderBytes(html, start);
      if (read === undefined) return undefined;
      blocks.push({header: read.value, tables: []});
      end = read.end;
      continue;
    }
    const read = readTableCells(html, start);
    if (read === undefined) return undefined;
    if (blocks.length === 0) blocks.push({header: NO_HEADER, tables: []});
    blocks.at(-1)?.tables.push(read.value);
    end = read.end;
  }
  const hasHeader = blocks.some((block) => block.header !== NO_HEADER);
  return hasHeader && blocks.some((block) => block.tables.length > 0) ? blocks : undefined;
}

// ---------------------------------------------------------------------------
// The whole document loaded into cheerio

/**
 * Reads a loaded document, then empties it. What cheerio's load() creates per
 * document (a class among others) lives on in V8's old generation and keeps the
 * tree reachable, so every young-generation GC copied the whole tree again:
 * emptying it lets the tree die young, which halves the CPU of a parse.
 */
function readLoaded($: CheerioAPI, ticker: string): QuotePage {
  try {
    return quoteOf(loadedBlocks($), ticker);
  } finally {
    $.root().empty();
  }
}

function loadedBlocks($: CheerioAPI): Block[] {
  const blocks: Block[] = [];
  for (const element of $(`${HEADER_SELECTOR}, ${SNAPSHOT_SELECTOR}`).toArray()) {
    if (isHeader(element)) {
      blocks.push({header: readHeader($, element), tables: []});
    } else {
      if (blocks.length === 0) blocks.push({header: NO_HEADER, tables: []});
      blocks.at(-1)?.tables.push(tableCells($, element));
    }
  }
  return blocks;
}

function isHeader(element: Element): boolean {
  return HEADER_TOKENS.some((token) => hasClass({attributes: element.attribs}, token));
}

function readHeader($: CheerioAPI, header: Element): QuoteHeader {
  const matchers = headerMatchers(header.tagName);
  const within = $(header).find('*').toArray(); // in document order
  return headerOf((field) => {
    const found = within.find((element) => matchers[field]({name: element.name, attributes: element.attribs}));
    return found === undefined ? '' : collapse($.text([found]));
  });
}

/** The text of the table's own cells (not those of tables nested in a cell), row by row. */
function tableCells($: CheerioAPI, table: Element): TableCells {
  return tableRows(table).map((row) => childElements(row, 'td').map((cell) => collapse($.text([cell]))));
}

/** The table's own rows; parse5 adds a tbody, htmlparser2 does not. */
function tableRows(table: Element): Element[] {
  return childElements(table, 'tr', 'tbody', 'thead', 'tfoot').flatMap((child) =>
    child.name === 'tr' ? [child] : childElements(child, 'tr'),
  );
}

function childElements(parent: Element, ...names: string[]): Element[] {
  return parent.children.filter((child): child is Element => 'attribs' in child && names.includes(child.name));
}
