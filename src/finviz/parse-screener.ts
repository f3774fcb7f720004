import type {Cheerio, CheerioAPI} from 'cheerio/slim';
import {ParseError} from '../errors.js';
import {collapse} from './collapse.js';
import {loadHtml} from './load-html.js';

/** What one Finviz screener result page shows. */
export interface ScreenerPage {
  /** Column headers as the page shows them, in order (e.g. "No.", "Ticker", "Company", …). */
  readonly headers: readonly string[];
  /** Data rows: one text per header, whitespace collapsed. */
  readonly rows: readonly (readonly string[])[];
  /** The total number of results the page reports, or undefined if it shows none. */
  readonly total: number | undefined;
}

/**
 * Reads a Finviz screener result page (`screener.ashx?v=…`).
 *
 * Table views are read in both layouts: the old one (2018 to 2023: a plain
 * table whose header cells are `td.table-top…` and whose rows are
 * `tr.table-dark-row-cp` / `tr.table-light-row-cp`) and the new one (2025:
 * `table.screener_table`, header cells `th`, rows `tr.styled-row`). That covers
 * overview, valuation, financial, ownership, performance, technical and the
 * custom view (v=150 to 152). The tickers view (v=41x, a grid of spans, not a
 * table) is read as one "Ticker" column.
 *
 * A page past the last one has the header row and no data rows: `rows` is
 * empty, and `total` still says how many results there are.
 *
 * Throws ParseError when the page has no result table and no ticker grid (a
 * view without either, such as charts, or no screener page at all, such as
 * Finviz's 18-byte "Too many requests." answer), or when a row's cell count
 * differs from the header's. ParseError's `ticker` is '' here: a page is not
 * about one ticker.
 */
export function parseScreenerPage(html: string): ScreenerPage {
  const total = readTotal(html);
  const table = parseCutTable(html) ?? parseCutTickerGrid(html);
  if (table !== undefined) return {...table, total};
  return {...readAndRelease(loadHtml(html), html), total};
}

/**
 * The same as parseScreenerPage, but always loads the whole document into
 * cheerio (10 to 50 times slower than cutting the table out first). It is the
 * reference the tests compare the fast path with.
 */
export function parseScreenerPageFullDocument(html: string): ScreenerPage {
  return {...readAndRelease(loadHtml(html), html), total: readTotal(html)};
}

type Table = Omit<ScreenerPage, 'total'>;

// ---------------------------------------------------------------------------
// The total

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

// ---------------------------------------------------------------------------
// Reading a loaded document (the whole page, or only the region cut out of it)

type Selection = ReturnType<ReturnType<CheerioAPI['root']>['find']>;
type Element = Selection extends Cheerio<infer T> ? T : never;

/**
 * New layout's table, and the old layout's header cells: `table-top`, or `table-top-s` on the
 * column the page is sorted by (not `table-top-w`, the old quote page's insider-trading table).
 */
const NEW_TABLE = 'table.screener_table';
const OLD_HEADER_CELL = 'td.table-top, td.table-top-s';
/** The tickers view (v=41x): one span a ticker, which links to the quote page with an onclick. */
const TICKER_SPAN = 'span[onclick*="quote.ashx?t="]';

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
    if (table !== undefined && hasTickerColumn($, table)) return readTable($, table);
  }
  const spans = $(TICKER_SPAN).toArray();
  if (spans.length > 0) return {headers: ['Ticker'], rows: spans.map((span) => [cellText($, span)])};
  throw new ParseError('', `Expected a screener result table or ticker grid, got neither (${describe(html)})`);
}

/** What the page is, for an error message: its title, or its start when it is short text. */
function describe(html: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
  if (title !== undefined) return `page titled ${JSON.stringify(collapse(title))}: not a table view?`;
  const text = collapse(html);
  return text.length <= 80 ? `the body is ${JSON.stringify(text)}` : `a ${html.length}-character page without a title`;
}

function enclosingTable(cell: Element): Element | undefined {
  let node = cell.parent;
  while (node !== null && !('attribs' in node && node.name === 'table')) node = node.parent;
  return node ?? undefined;
}

/**
 * Every screener table view has a "Ticker" column; the old quote page's insider
 * table, whose header cells are also `td.table-top` in May 2023, has none.
 */
function hasTickerColumn($: CheerioAPI, table: Element): boolean {
  const [header] = tableRows(table);
  return header !== undefined && childElements(header, 'th', 'td').some((cell) => cellText($, cell) === 'Ticker');
}

/**
 * The first row is the header (its `th`, or its `td` in the old layout); every
 * later row with `td` cells is a data row.
 */
function readTable($: CheerioAPI, table: Element): Table {
  const [header, ...body] = tableRows(table);
  if (header === undefined) throw new ParseError('', 'Expected a header row in the screener table, got no rows');
  const headers = childElements(header, 'th', 'td').map((cell) => cellText($, cell));
  if (!headers.includes('Ticker')) {
    throw new ParseError('', `Expected a "Ticker" column in the screener table, got ${JSON.stringify(headers)}`);
  }
  const rows: string[][] = [];
  for (const row of body) {
    const cells = childElements(row, 'td');
    if (cells.length === 0) continue;
    if (cells.length !== headers.length) {
      throw new ParseError(
        '',
        `Expected ${headers.length} cells in screener row ${rows.length + 1} (one per header), got ${cells.length}`,
      );
    }
    rows.push(cells.map((cell) => cellText($, cell)));
  }
  return {headers, rows};
}

/** The table's own rows, not those of tables nested in its cells; htmlparser2 adds no tbody. */
function tableRows(table: Element): Element[] {
  return childElements(table, 'tr', 'tbody', 'thead', 'tfoot').flatMap((child) =>
    child.name === 'tr' ? [child] : childElements(child, 'tr'),
  );
}

function childElements(parent: Element, ...names: string[]): Element[] {
  return parent.children.filter((child): child is Element => 'attribs' in child && names.includes(child.name));
}

/**
 * The new layout's cell links are malformed (`<a href="…" ">1</a>`): htmlparser2
 * reads the stray quote as an attribute named `"`, so it never reaches the text.
 */
function cellText($: CheerioAPI, cell: Element): string {
  return collapse($.text([cell]));
}

/** Also turns the `&nbsp;` around the tickers view's tickers into nothing. */
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
const TICKER_SPAN_START = `<span onclick="window.location='quote.ashx?t=`;

function parseCutTickerGrid(html: string): Table | undefined {
  const first = html.indexOf(TICKER_SPAN_START);
  if (first === -1) return undefined;
  const last = html.lastIndexOf(TICKER_SPAN_START);
  const end = html.indexOf('</span>', last);
  if (end === -1) return undefined;
  const fragment = html.slice(first, end + '</span>'.length);
  try {
    return readAndRelease(loadHtml(fragment), fragment);
  } catch {
    return undefined;
  }
}
