import type {QuotePage} from '../finviz/parse-quote.js';
import type {ScreenerPage} from '../finviz/parse-screener.js';

/** A page as fetched: when it came, and with `panel` on page 1 when its codes are checked. */
type FetchedPage = ScreenerPage & {readonly panel?: ScreenerPanel; readonly fetchedAt: Date};
import type {ScreenerPanel} from '../finviz/screener-panel.js';
import {screenerRowToSnapshot} from '../finviz/screener-columns.js';
import {ScreenPageError} from '../errors.js';
import {rowsPerPage} from '../finviz/screener-views.js';
import {mapInOrder} from '../scrape/map-in-order.js';
import type {SiteSession} from '../scrape/site-session.js';
import type {TickerOutcome} from '../scrape/ticker-outcome.js';
import {checkScreenCodes} from './check-codes.js';
import {screenerQuery, type ScreenQuery} from './screener-query.js';

export interface ScreenRunOptions {
  /** Most rows to return. @default all */
  readonly limit?: number;
  readonly signal?: AbortSignal;
  /**
   * Check the filter, signal and order codes against those page 1 offers, before any other page
   * (see ./check-codes.ts). @default true
   */
  readonly checkCodes?: boolean;
  /** Where the warning about codes page 1 could not vouch for goes. @default stderr */
  readonly warn?: (line: string) => void;
  /** Called as each page is read, with the number of pages the screen will take once page 1 has told it. */
  readonly onPage?: (pages: number | undefined) => void;
}

/**
 * The rows of a screen, in screener order, as quote-page shaped outcomes.
 * Page 1 gives the total; the other pages are then fetched in parallel
 * through the session's pool, limiter and retries. Pages hold 20 rows in the
 * table views and 1,000 tickers in the tickers view (TICKERS_VIEW: rows of
 * the ticker alone). It stops at the first page without data rows, whatever
 * the total said. Throws ScreenPageError when a page fails for good (after
 * yielding every row before it), and UsageError for a code page 1 does not offer (before
 * yielding any row, and before fetching another page).
 */
export async function* screenRows(session: SiteSession, query: ScreenQuery, options: ScreenRunOptions = {}): AsyncGenerator<TickerOutcome> {
  const limit = options.limit ?? Infinity;
  const perPage = rowsPerPage(query.view);
  const check = (options.checkCodes ?? true) && (query.filters.length > 0 || query.signal !== undefined || query.order !== undefined);
  const first = await fetchPage(session, query, 1, check);
  if (check) checkCodes(query, first.panel, options.warn ?? ((line) => process.stderr.write(`${line}\n`)));
  // Without a total, a full page means there may be more: the pages are then fetched one at a time.
  const total = first.total ?? (first.rows.length < perPage ? first.rows.length : undefined);
  options.onPage?.(total === undefined ? undefined : Math.max(1, Math.ceil(Math.min(total, limit) / perPage)));
  let left = limit;
  for (const outcome of rowsOf(first)) {
    if (left-- <= 0) return;
    yield outcome;
  }
  if (first.rows.length === 0 || left <= 0) return;
  const offsets: number[] = [];
  if (total !== undefined) {
    for (let offset = 1 + perPage; offset <= Math.min(total, limit); offset += perPage) offsets.push(offset);
  }
  const pages = total === undefined ? pagesOneByOne(session, query) : pagesInParallel(session, query, offsets, options.signal);
  for await (const page of pages) {
    options.onPage?.(undefined);
    if (page.rows.length === 0) return;
    for (const outcome of rowsOf(page)) {
      if (left-- <= 0) return;
      yield outcome;
    }
  }
}

async function* pagesInParallel(
  session: SiteSession,
  query: ScreenQuery,
  offsets: readonly number[],
  signal?: AbortSignal,
): AsyncGenerator<FetchedPage> {
  const window = Math.max(16, session.concurrency * 4);
  yield* mapInOrder(offsets, (offset) => fetchPage(session, query, offset), {window, signal});
}

async function* pagesOneByOne(session: SiteSession, query: ScreenQuery): AsyncGenerator<FetchedPage> {
  const perPage = rowsPerPage(query.view);
  for (let offset = 1 + perPage; ; offset += perPage) {
    const page = await fetchPage(session, query, offset);
    yield page;
    if (page.rows.length < perPage) return;
  }
}

/** Fetches one page; with `panel`, the whole filter panel too, read (page 1, to check the codes). */
async function fetchPage(session: SiteSession, query: ScreenQuery, offset: number, panel = false): Promise<FetchedPage> {
  const result = await session.fetch({kind: 'screener', query: screenerQuery(query, offset, {allFilters: panel}), panel});
  if (!result.ok) throw new ScreenPageError(`screener page of rows from ${offset}: ${result.message}`, result.code);
  return {...result.page, fetchedAt: new Date()};
}

/**
 * Throws UsageError for a code page 1 does not offer; warns, once, of the codes it could not
 * check: never a silent pass, and no refusal of a code the site may take.
 */
function checkCodes(query: ScreenQuery, panel: ScreenerPanel | undefined, warn: (line: string) => void): void {
  const {unchecked} = checkScreenCodes(query, panel ?? {filters: undefined, allFilters: false, signals: undefined, orders: undefined});
  if (unchecked.length === 0) return;
  warn(
    `screener: warning: could not check ${unchecked.join(', ')}: the screener page shows no menu of ${unchecked.length === 1 ? 'it' : 'them'} (Finviz may have changed its layout; it ignores a code it does not know)`,
  );
}

function* rowsOf(page: FetchedPage): Generator<TickerOutcome> {
  for (const row of page.rows) {
    const quote: QuotePage = screenerRowToSnapshot(page.headers, row);
    yield {ok: true, ticker: quote.ticker, page: quote, fetchedAt: page.fetchedAt};
  }
}
