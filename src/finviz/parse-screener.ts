import type {CheerioAPI} from 'cheerio/slim';
import {PageNotRecognisedError} from '../errors.js';
import {collapse} from './collapse.js';
import {loadHtml} from './load-html.js';
import {CUSTOM_VIEW_COLUMNS} from './screener-columns.js';
import {BULK_VIEW_COLUMNS} from './screener-views.js';
import {childElements, tableRows, type DomElement} from './dom-table.js';
import {checkShownTicker, structuralTicker, visibleText} from './ticker-identity.js';

/** What one Finviz screener result page shows. */
export interface ScreenerPage {
  /** Column headers as the page shows them, in order (e.g. "No.", "Ticker", "Company", …). */
  readonly headers: readonly string[];
  /**
   * Data rows: one text per header, as shown, whitespace collapsed. The "Ticker" cell holds the
   * ticker the row's links name (see ./ticker-identity.ts), never text read off the cell.
   */
  readonly rows: readonly (readonly string[])[];
  /** The total number of results the page reports, or undefined if it shows none. */
  readonly total: number | undefined;
}

/**
 * Reads a Finviz screener result page (`screener.ashx?v=…`).
 *
 * Layouts and views read:
 * - table views in the old layout (2018 to 2023: a plain table whose header cells are
 *   `td.table-top…`) and the new one (2024 to 2026: `table.screener_table`, header cells `th`):
 *   overview, valuation, financial, ownership, performance, technical and the custom view;
 * - the tickers view (v=41x): a grid of spans, one a ticker, read as one "Ticker" column;
 * - the bulk views (v=510, 520): `table.t-home-table` columns of rows (ticker and change, or
 *   ticker, price, change, volume and relative volume), filled row by row across the columns.
 *
 * Every row's ticker comes from its structure (./ticker-identity.ts), and where the page lists
 * its tickers in a `<!-- TS … TE -->` comment, the rows must be those tickers in that order.
 *
 * A page past the last one has the header row and no data rows (a tickers view: no tickers):
 * `rows` is empty, and `total` still says how many results there are.
 *
 * Throws PageNotRecognisedError for anything else: no result table and no ticker grid (a view
 * without either, such as charts, or no screener page at all, such as Finviz's 18-byte "Too
 * many requests." answer or a Cloudflare challenge), a row whose cell count differs from the
 * header's, a row whose links name no ticker or several, or whose Ticker cell shows another.
 */
export function parseScreenerPage(html: string): ScreenerPage {
  return finish(html, parseCutTable(html) ?? parseCutTickerGrid(html) ?? readAndRelease(loadHtml(html), html));
}

/**
 * The same as parseScreenerPage, but always loads the whole document into
 * cheerio (10 to 50 times slower than cutting the table out first). It is the
 * reference the tests compare the fast path with.
 */
export function parseScreenerPageFullDocument(html: string): ScreenerPage {
  return finish(html, readAndRelease(loadHtml(html), html));
}

type Table = Omit<ScreenerPage, 'total'>;

function finish(html: string, table: Table): ScreenerPage {
  checkTickerComment(html, table);
  return {...table, total: readTotal(html)};
}

// ---------------------------------------------------------------------------
// The total, and the page's own list of its tickers

/**
 * Old layout: `<b>Total: </b>31 #1` (the number of results, then the first row's number).
 * New layout: `#1 / 10425 Total`.
 */
const TOTALS = [/Total:\s*(?:<\/b>\s*)?(\d[\d,]*)\s*#\d+/, /#\d+\s*\/\s*(\d[\d,]*)\s*Total/];

function readTotal(html: string): number | undefined {
  for (const pattern of TOTALS) {
    const digits = pattern.exec(html)?.[1];
    if (digits !== undefined) return Number(digits.replaceAll(',', ''));
  }
  return undefined;
}

/**
 * Every saved page of every view since 2021 ends its results with a comment listing them,
 * `<!-- TS\nAAPL|191.56|68713330\n…TE -->`: ticker, price and volume a line, in the rows'
 * order. Where there is one, it must agree with the rows, a second witness to whose rows they
 * are and in which order.
 */
function checkTickerComment(html: string, table: Table): void {
  const start = html.indexOf('<!-- TS');
  if (start === -1) return;
  const end = html.indexOf('TE -->', start);
  if (end === -1) return;
  const listed = html
    .slice(start + '<!-- TS'.length, end)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('|')[0]?.trim() ?? '');
  const column = table.headers.indexOf('Ticker');
  const read = table.rows.map((row) => row[column] ?? '');
  const differs = Math.max(listed.length, read.length);
  for (let index = 0; index < differs; index++) {
    if (listed[index] !== read[index]) {
      throw new PageNotRecognisedError(
        `The page's own ticker list (<!-- TS … -->) has ${listed.length} tickers and disagrees with its ${read.length} rows at row ${index + 1}: ${listed[index] ?? 'none'} against ${read[index] ?? 'none'}`,
      );
    }
  }
}

// ---------------------------------------------------------------------------
// Reading a loaded document (the whole page, or only the region cut out of it)

/**
 * New layout's table, and the old layout's header cells: `table-top`, or `table-top-s` on the
 * column the page is sorted by (not `table-top-w`, the old quote page's insider-trading table).
 */
const NEW_TABLE = 'table.screener_table';
const OLD_HEADER_CELL = 'td.table-top, td.table-top-s';
/** The tickers view (v=41x): one span a ticker, which goes to the quote page with an onclick. */
const TICKER_SPAN = 'span[onclick*="quote.ashx?t="], span[onclick*="stock?t="]';
/** The bulk views (v=5x0): each of these tables is one column of rows. */
const BULK_COLUMN = 'table.t-home-table';
/** A tickers view's title, even when the screen has no results on this page. */
const TICKERS_VIEW_TITLE = /<title[^>]*>\s*Stock Screener - Tickers\b/i;

/** Empties the document once read, so that its tree dies young (see parse-quote.ts, readAndRelease). */
function readAndRelease($: CheerioAPI, html: string): Table {
  try {
    return readDocument($, html);
  } finally {
    $.root().empty();
  }
}

function readDocument($: CheerioAPI, html: string): Table {
  const tables = new Set([...$(NEW_TABLE).toArray(), ...$(OLD_HEADER_CELL).toArray().map(enclosingTable)]);
  for (const table of tables) {
    if (table !== undefined && hasTickerColumn(table)) return readTable(table);
  }
  const spans = $(TICKER_SPAN).toArray();
  if (spans.length > 0) return readTickerGrid(spans);
  const bulkColumns = $(BULK_COLUMN).toArray();
  if (bulkColumns.length > 0) return readBulkGrid(bulkColumns);
  // Past the last page, the tickers view shows its counter and no tickers.
  if (TICKERS_VIEW_TITLE.test(html) && readTotal(html) !== undefined) return {headers: ['Ticker'], rows: []};
  throw new PageNotRecognisedError(`Expected a screener result table or ticker grid, got neither (${describe(html)})`);
}

/** What the page is, for an error message: its title, or its start when it is short text. */
function describe(html: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
  if (title !== undefined) return `page titled ${JSON.stringify(collapse(title))}: not a screener page of a known layout`;
  const text = collapse(html);
  return text.length <= 80 ? `the body is ${JSON.stringify(text)}` : `a ${html.length}-character page without a title`;
}

function enclosingTable(cell: DomElement): DomElement | undefined {
  let node = cell.parent;
  while (node !== null && !('attribs' in node && node.name === 'table')) node = node.parent;
  return node ?? undefined;
}

/**
 * Every screener table view has a "Ticker" column; the old quote page's insider
 * table, whose header cells are also `td.table-top` in May 2023, has none.
 */
function hasTickerColumn(table: DomElement): boolean {
  const [header] = tableRows(table);
  return header !== undefined && childElements(header, 'th', 'td').some((cell) => visibleText(cell) === 'Ticker');
}

/**
 * The first row is the header (its `th`, or its `td` in the old layout); every
 * later row with `td` cells is a data row.
 */
function readTable(table: DomElement): Table {
  const [header, ...body] = tableRows(table);
  if (header === undefined) throw new PageNotRecognisedError('Expected a header row in the screener table, got no rows');
  const headers = childElements(header, 'th', 'td').map(visibleText);
  const tickerColumn = headers.indexOf('Ticker');
  if (tickerColumn === -1) {
    throw new PageNotRecognisedError(`Expected a "Ticker" column in the screener table, got ${JSON.stringify(headers)}`);
  }
  const rows: string[][] = [];
  for (const row of body) {
    const cells = childElements(row, 'td');
    if (cells.length === 0) continue;
    const where = `screener row ${rows.length + 1}`;
    if (cells.length !== headers.length) {
      throw new PageNotRecognisedError(`Expected ${headers.length} cells in ${where} (one per header), got ${cells.length}`);
    }
    const ticker = structuralTicker(row, where);
    checkShownTicker(cells[tickerColumn]!, ticker, where);
    rows.push(cells.map((cell, index) => (index === tickerColumn ? ticker : visibleText(cell))));
  }
  return {headers, rows};
}

/** The tickers view: each span shows its ticker (between `&nbsp;`s, which collapse away). */
function readTickerGrid(spans: readonly DomElement[]): Table {
  const rows = spans.map((span, index) => {
    const where = `ticker ${index + 1} of the tickers view`;
    const ticker = structuralTicker(span, where);
    checkShownTicker(span, ticker, where);
    return [ticker];
  });
  return {headers: ['Ticker'], rows};
}

/**
 * The bulk views: side-by-side tables, each a column of rows, in screen order row by row across
 * them (the page's own ticker list says so: AMC, F, SLV… are the first row's first three). So
 * every column has as many rows as the first, or one fewer.
 */
function readBulkGrid(columns: readonly DomElement[]): Table {
  const rowsByColumn = columns.map((column) => tableRows(column).filter((row) => childElements(row, 'td').length > 0));
  const heights = rowsByColumn.map((rows) => rows.length);
  const height = heights[0] ?? 0;
  const rowByRow = heights.every((rows, index) => rows <= (heights[index - 1] ?? rows)) && height - (heights.at(-1) ?? 0) <= 1;
  if (!rowByRow)
    throw new PageNotRecognisedError(`Expected the bulk view's columns to be filled row by row, got columns of ${heights.join(', ')} rows`);
  const width = childElements(rowsByColumn[0]?.[0] ?? columns[0]!, 'td').length;
  // The bulk views are told apart by how many cells a row has.
  const ids = [...BULK_VIEW_COLUMNS.values()].find((columns) => columns.length === width);
  if (ids === undefined)
    throw new PageNotRecognisedError(
      `Expected a bulk view of ${[...BULK_VIEW_COLUMNS.values()].map((columns) => columns.length).join(' or ')} cells a row, got ${width}`,
    );
  const headers = ids.map((id) => CUSTOM_VIEW_COLUMNS[id] ?? '');
  const rows: string[][] = [];
  for (let level = 0; level < height; level++) {
    for (const column of rowsByColumn) {
      const row = column[level];
      if (row === undefined) continue;
      const where = `bulk view row ${rows.length + 1}`;
      const cells = childElements(row, 'td');
      if (cells.length !== width) throw new PageNotRecognisedError(`Expected ${width} cells in ${where}, got ${cells.length}`);
      const ticker = structuralTicker(row, where);
      checkShownTicker(cells[0]!, ticker, where);
      rows.push([ticker, ...cells.slice(1).map(visibleText)]);
    }
  }
  return {headers, rows};
}

// ---------------------------------------------------------------------------
// Fast path: cut the result table (5 to 140 KB) out of the page (65 to 350 KB)
// and load only that. undefined means "let the full-document parse decide".

/** New layout: the table's start tag; its class list is its only attribute on real pages. */
const NEW_TABLE_START = /<table\b[^>]*\bscreener_table\b[^>]*>/;
/** Old layout: the first header cell; the table starts at the `<table` just before it. */
const OLD_HEADER_START = /class="table-top(?:-s)?"/;

function parseCutTable(html: string): Table | undefined {
  const fragment = cutTable(html);
  if (fragment === undefined) return undefined;
  try {
    return readAndRelease(loadHtml(fragment), fragment);
  } catch {
    return undefined; // the full parse throws the real error, if there is one
  }
}

function cutTable(html: string): string | undefined {
  const start = NEW_TABLE_START.exec(html)?.index ?? oldTableStart(html);
  if (start === undefined) return undefined;
  const end = tableEnd(html, start);
  return end === undefined ? undefined : html.slice(start, end);
}

function oldTableStart(html: string): number | undefined {
  const cell = OLD_HEADER_START.exec(html)?.index;
  if (cell === undefined) return undefined;
  const start = html.lastIndexOf('<table', cell);
  // The header cell must be in that table's first row, not after a table that closed.
  if (start === -1 || html.slice(start, cell).includes('</table')) return undefined;
  return start;
}

/** Table tags, and what hides tags from the parser: comments, scripts and styles. */
const TABLE_TOKENS = /<!--|<(\/?)(table|script|style)\b/gi;

/** The offset just past the `</table>` that closes the table starting at `start`, counting nested tables. */
function tableEnd(html: string, start: number): number | undefined {
  let depth = 0;
  TABLE_TOKENS.lastIndex = start;
  for (let match = TABLE_TOKENS.exec(html); match !== null; match = TABLE_TOKENS.exec(html)) {
    const [token, closing, name = ''] = match;
    if (token === '<!--') {
      const close = html.indexOf('-->', match.index + 2);
      if (close === -1) return undefined;
      TABLE_TOKENS.lastIndex = close + 3;
    } else if (name.toLowerCase() !== 'table') {
      if (closing !== '') continue;
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = match.index;
      if (close.exec(html) === null) return undefined;
      TABLE_TOKENS.lastIndex = close.lastIndex;
    } else {
      depth += closing === '' ? 1 : -1;
      if (depth === 0) {
        const close = html.indexOf('>', match.index);
        return close === -1 ? undefined : close + 1;
      }
    }
  }
  return undefined;
}

/** The tickers view's spans, from the first to the last; undefined if the page has none. */
const TICKER_SPAN_START = /<span onclick="window\.location='(?:quote\.ashx|stock)\?t=/g;

function parseCutTickerGrid(html: string): Table | undefined {
  TICKER_SPAN_START.lastIndex = 0;
  const first = TICKER_SPAN_START.exec(html)?.index;
  if (first === undefined) return undefined;
  let last = first;
  for (let match = TICKER_SPAN_START.exec(html); match !== null; match = TICKER_SPAN_START.exec(html)) last = match.index;
  const end = html.indexOf('</span>', last);
  if (end === -1) return undefined;
  const fragment = html.slice(first, end + '</span>'.length);
  try {
    return readAndRelease(loadHtml(fragment), fragment);
  } catch {
    return undefined;
  }
}
