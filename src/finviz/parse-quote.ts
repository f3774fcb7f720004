import type {CheerioAPI} from 'cheerio/slim';
import {PageIncompleteError, PageNotRecognisedError, TickerNotFoundError} from '../errors.js';
import {collapse} from './collapse.js';
import {childElements, tableRows, type DomElement} from './dom-table.js';
import {hasClass, HtmlBytes} from './html-bytes.js';
import {loadHtml} from './load-html.js';
import {notFoundTicker} from './not-found-page.js';
import {headerMatchers, headerOf, readHeaderBytes, type QuoteHeader} from './quote-header.js';
import {
  describeStructure,
  layoutOf,
  shortfallOf,
  structureOf,
  type HeaderField,
  type QuoteLayout,
  type QuoteLayoutName,
} from './quote-layouts.js';
import {HEADER_SELECTOR, HEADER_TOKENS, regionStarts, SNAPSHOT_SELECTOR, type RegionStart} from './quote-regions.js';
import {sameTicker} from './same-ticker.js';
import {readTableCells, type SnapshotTable} from './snapshot-cells.js';
import {SECOND_OCCURRENCE} from './snapshot-labels.js';
import type {QuoteTables} from './quote-tables/index.js';

/** What one Finviz quote page says about one ticker (or, in the same shape, one row of the screener). */
export interface QuotePage extends QuoteHeader {
  /** The requested ticker, as given. */
  readonly ticker: string;
  /**
   * Label -> value as shown, whitespace collapsed to single spaces and trimmed,
   * e.g. "4183.77B", "0.38%", "Yes / Yes", "-". Labels are the page's own.
   */
  readonly snapshot: Record<string, string>;
  /** The page's layout (./quote-layouts.ts); absent on a screener row, which no quote page gave. */
  readonly layout?: QuoteLayoutName;
  /**
   * The ticker the page itself shows, as shown: Finviz may show a renamed ticker under its new
   * symbol (./same-ticker.ts compares them). Absent on a screener row, whose ticker is its own.
   */
  readonly shownTicker?: string;
  /** The page's tables that were asked for (./quote-tables/): news, ratings, insider trades, profile. */
  readonly tables?: QuoteTables;
}

/** A quote page as parseQuotePage gives it: its layout and shown ticker always known. */
export type ParsedQuotePage = QuotePage & {readonly layout: QuoteLayoutName; readonly shownTicker: string};

/**
 * Reads the header and the snapshot table of a Finviz quote page, given as its UTF-8 bytes (as
 * fetched) or as text. It finds the header and the snapshot tables in the bytes
 * (./quote-regions.ts) and reads them from there (./quote-header.ts, ./snapshot-cells.ts):
 * under 1 ms for a 250 KB page, no document tree, and never the whole page as one string (a
 * string that large is a V8 large object: on our 2-core VMs allocating and freeing one costs
 * about 1 ms). Where those readers cannot be sure to read what cheerio would (markup they do
 * not take, a page without them), and for every page that is not a good quote, it loads the
 * whole page into cheerio instead: ~30 ms, same result. The tests hold the two to the same
 * result on every saved page, on hand-written markup and on hundreds of pages with markup
 * changed at random.
 *
 * The quote is that of `ticker` (case and "."/"-" aside) or, if the page holds only one, that
 * one whatever ticker it shows (`shownTicker` says which). It must be of a layout screener
 * knows (./quote-layouts.ts) and show all of that layout's snapshot labels and header fields;
 * labels beyond them are kept (the output reports those it does not know).
 *
 * Throws TickerNotFoundError only for Finviz's "not found" page (./not-found-page.ts);
 * PageIncompleteError for a quote of a known layout that lacks some of its fields (a page cut
 * short inside its snapshot, or a field gone); PageNotRecognisedError for anything else: no
 * quote header with a snapshot, markup of no known layout, a layout's labels changed, or a
 * page of several quotes none of which is for `ticker`.
 */
export function parseQuotePage(page: string | Uint8Array, ticker: string): ParsedQuotePage {
  const html = new HtmlBytes(typeof page === 'string' ? Buffer.from(page, 'utf8') : page);
  return readFromBytes(html, ticker) ?? parseQuotePageFullDocument(html.text(0, html.length), ticker);
}

/** The fast path alone: undefined where parseQuotePage would load the whole page into cheerio. */
export function parseQuotePageFastPath(page: Uint8Array, ticker: string): ParsedQuotePage | undefined {
  return readFromBytes(new HtmlBytes(page), ticker);
}

/**
 * The same as parseQuotePage, but always loads the whole document into cheerio (htmlparser2),
 * about 50 times slower. It is the reference the tests compare the fast path with.
 */
export function parseQuotePageFullDocument(html: string, ticker: string): ParsedQuotePage {
  return readLoaded(loadHtml(html), ticker);
}

/** A header and the snapshot tables after it, up to the next header. */
interface Block {
  /** The header element's name and fields; undefined for snapshot tables before any header. */
  readonly header: {readonly tag: string; readonly fields: QuoteHeader} | undefined;
  readonly tables: SnapshotTable[];
}

/** A block with a header and at least one snapshot table: a quote. */
type Quote = Block & {readonly header: NonNullable<Block['header']>};

function quotesOf(blocks: readonly Block[]): Quote[] {
  return blocks.filter((block): block is Quote => block.header !== undefined && block.tables.length > 0);
}

/** The quote for `ticker` among `quotes` (old multi-ticker pages, `quote.ashx?t=A,M`, hold one per ticker), checked whole. */
function quoteOf(quotes: readonly Quote[], ticker: string): ParsedQuotePage {
  const quote = quotes.find(({header}) => sameTicker(header.fields.ticker, ticker)) ?? (quotes.length === 1 ? quotes[0] : undefined);
  if (quote === undefined) {
    const shown = quotes.map(({header}) => header.fields.ticker || '(none)').join(', ');
    throw new PageNotRecognisedError(`page not recognised: quotes for ${shown}, none for ${ticker}`);
  }
  const {tag, fields} = quote.header;
  const structure = structureOf(tag, quote.tables);
  const layout = layoutOf(structure);
  if (layout === undefined)
    throw new PageNotRecognisedError(`page not recognised: a quote of no known layout (${describeStructure(structure)})`);
  const snapshot = snapshotOf(quote.tables);
  checkWhole(layout, fields, snapshot);
  return {...fields, ticker, shownTicker: fields.ticker, layout: layout.name, snapshot};
}

/** Names of the header fields, as messages show them. */
const HEADER_FIELD_NAMES: Readonly<Record<HeaderField, string>> = {
  ticker: 'ticker',
  company: 'Company',
  sector: 'Sector',
  industry: 'Industry',
  country: 'Country',
  exchange: 'Exchange',
};

/** The first few of `names`, for a one-line message. */
function someOf(names: readonly string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')}, …`;
}

/**
 * Throws unless the quote shows every snapshot label and header field of its layout. Labels
 * missing while labels the layout does not have stand there instead mean the layout changed (a
 * field renamed): not recognised. Labels missing alone mean a page cut short or a field gone:
 * incomplete. Labels beyond the layout's, with none missing, are kept (Finviz added a field).
 */
function checkWhole(layout: QuoteLayout, header: QuoteHeader, snapshot: Readonly<Record<string, string>>): void {
  const {missingLabels, unexpectedLabels, missingHeaderFields} = shortfallOf(layout, header, snapshot);
  const total = layout.labels.length;
  if (missingLabels.length > 0 && unexpectedLabels.length > 0) {
    throw new PageNotRecognisedError(
      `page not recognised: the ${layout.name} layout without ${missingLabels.length} of its ${total} fields (${someOf(missingLabels)}) ` +
        `and with ${unexpectedLabels.length} it does not have (${someOf(unexpectedLabels)})`,
    );
  }
  const lacks: string[] = [];
  if (missingLabels.length > 0) lacks.push(`${missingLabels.length} of ${total} fields missing (${someOf(missingLabels)})`);
  if (missingHeaderFields.length > 0)
    lacks.push(`the header shows no ${missingHeaderFields.map((field) => HEADER_FIELD_NAMES[field]).join(', ')}`);
  if (lacks.length > 0) throw new PageIncompleteError(`page incomplete: ${lacks.join('; ')}`);
}

/**
 * Pairs each label cell with the value cell after it in the same row, so the
 * order of the rows and tables (row- or column-major) does not matter.
 */
function snapshotOf(tables: readonly SnapshotTable[]): Record<string, string> {
  const pairs = new Map<string, string>();
  for (const {rows} of tables) {
    for (const row of rows) {
      for (let index = 1; index < row.length; index += 2) addPair(pairs, row[index - 1] ?? '', row[index] ?? '');
    }
  }
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

/** undefined means "let the full-document parse decide": it throws the real error, if there is one. */
function readFromBytes(html: HtmlBytes, ticker: string): ParsedQuotePage | undefined {
  const blocks = blocksFromBytes(html, regionStarts(html));
  if (blocks === undefined) return undefined;
  try {
    return quoteOf(quotesOf(blocks), ticker);
  } catch {
    return undefined;
  }
}

/**
 * Every region read from the bytes, grouped as blocks; undefined if one of them needs cheerio,
 * if one begins inside another (no layout we know), or if there is no quote.
 */
function blocksFromBytes(html: HtmlBytes, starts: readonly RegionStart[]): Block[] | undefined {
  const blocks: Block[] = [];
  let end = 0;
  for (const {start, header, tag} of starts) {
    if (start < end) return undefined;
    if (header) {
      const read = readHeaderBytes(html, start);
      if (read === undefined) return undefined;
      blocks.push({header: {tag, fields: read.value}, tables: []});
      end = read.end;
      continue;
    }
    if (blocks.length === 0) blocks.push({header: undefined, tables: []});
    const tables = blocks.at(-1)?.tables ?? [];
    const read = readTableCells(html, start, tables.length === 0);
    if (read === undefined) return undefined;
    tables.push(read.value);
    end = read.end;
  }
  return quotesOf(blocks).length > 0 ? blocks : undefined;
}

// ---------------------------------------------------------------------------
// The whole document loaded into cheerio

/**
 * Reads a loaded document, then empties it. What cheerio's load() creates per
 * document (a class among others) lives on in V8's old generation and keeps the
 * tree reachable, so every young-generation GC copied the whole tree again:
 * emptying it lets the tree die young, which halves the CPU of a parse.
 */
function readLoaded($: CheerioAPI, ticker: string): ParsedQuotePage {
  try {
    const quotes = quotesOf(loadedBlocks($));
    if (quotes.length > 0) return quoteOf(quotes, ticker);
    const missing = notFoundTicker($);
    if (missing === undefined) throw new PageNotRecognisedError('page not recognised: no quote header with a snapshot table');
    if (!sameTicker(missing, ticker))
      throw new PageNotRecognisedError(`page not recognised: Finviz's "not found" page for ${missing}, not ${ticker}`);
    throw new TickerNotFoundError(ticker, 'ticker not found');
  } finally {
    $.root().empty();
  }
}

function loadedBlocks($: CheerioAPI): Block[] {
  const blocks: Block[] = [];
  for (const element of $(`${HEADER_SELECTOR}, ${SNAPSHOT_SELECTOR}`).toArray()) {
    if (isHeader(element)) {
      blocks.push({header: {tag: element.tagName, fields: readHeader($, element)}, tables: []});
    } else {
      if (blocks.length === 0) blocks.push({header: undefined, tables: []});
      blocks.at(-1)?.tables.push(snapshotTable($, element));
    }
  }
  return blocks;
}

function isHeader(element: DomElement): boolean {
  return HEADER_TOKENS.some((token) => hasClass({attributes: element.attribs}, token));
}

function readHeader($: CheerioAPI, header: DomElement): QuoteHeader {
  const matchers = headerMatchers(header.tagName);
  const within = $(header).find('*').toArray(); // in document order
  return headerOf((field) => {
    const found = within.find((element) => matchers[field]({name: element.name, attributes: element.attribs}));
    return found === undefined ? '' : collapse($.text([found]));
  });
}

/** The text of the table's own cells (not those of tables nested in a cell), row by row, and its first cell's attributes. */
function snapshotTable($: CheerioAPI, table: DomElement): SnapshotTable {
  const rows = tableRows(table).map((row) => childElements(row, 'td'));
  return {
    rows: rows.map((cells) => cells.map((cell) => collapse($.text([cell])))),
    firstCell: rows.flat()[0]?.attribs,
  };
}
