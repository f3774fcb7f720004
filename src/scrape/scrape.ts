import type {QuoteTableName} from '../finviz/quote-tables/index.js';
import {ALL_CUSTOM_COLUMNS, screenerRowToSnapshot} from '../finviz/screener-columns.js';
import {rowsPerPage} from '../finviz/screener-views.js';
import {mapAsCompleted} from './map-as-completed.js';
import {mapInOrder} from './map-in-order.js';
import type {RequestResult} from './retry-request.js';
import {SiteSession, type SessionOptions} from './site-session.js';
import type {TickerOutcome} from './ticker-outcome.js';

export type {ScrapeMode} from './site-session.js';

/** The custom view, with every column asked for: batch mode's request. */
const CUSTOM_VIEW = 152;

/** Tickers asked for in one screener request in batch mode: a page of results. */
export const BATCH_SIZE = rowsPerPage(CUSTOM_VIEW);

export interface ScrapeOptions extends SessionOptions {
  /**
   * 'quote': one quote page per ticker. 'screener': the screener's custom view,
   * 20 tickers a request, with every column it has (fewer fields than a quote page).
   * @default 'quote'
   */
  readonly via?: 'quote' | 'screener';
  /**
   * 'input': outcomes in input order, each as soon as every earlier one is
   * done (for a stream). 'completion': each as soon as it is done, so none
   * waits behind a slower one (for a journal). @default 'input'
   */
  readonly order?: 'input' | 'completion';
  /** The quote page's tables to read besides its snapshot, from the same request (quote pages only). */
  readonly tables?: readonly QuoteTableName[];
  /** Called with the run's session as it starts: a progress line reads its rate limiter. */
  readonly onSession?: (session: SiteSession) => void;
}

/**
 * Scrapes every ticker and yields one outcome per ticker, in input order as
 * soon as all earlier ones are done, or in the order they finish (`order`).
 * On abort it yields the outcomes complete (in order, or all of them) and
 * returns; the caller tells by `signal.aborted`.
 */
export function scrapeTickers(tickers: readonly string[], options: ScrapeOptions): AsyncGenerator<TickerOutcome> {
  return withSession(options, (session, map) => {
    if (options.via !== 'screener') return map(tickers, (ticker) => scrapeQuote(session, ticker, options.tables), tickerWindow(session));
    const batches = Array.from({length: Math.ceil(tickers.length / BATCH_SIZE)}, (_, i) =>
      tickers.slice(i * BATCH_SIZE, (i + 1) * BATCH_SIZE),
    );
    return flatten(map(batches, (batch) => scrapeBatch(session, batch), Math.max(16, session.concurrency * 4)));
  });
}

/** Maps items to results with the session's requests, in input order or as they complete (ScrapeOptions.order). */
export type SessionMap = <T, R>(items: readonly T[], fn: (item: T) => Promise<R>, window: number) => AsyncGenerator<R>;

/**
 * Runs `work` with a site session of its own, closed when the outcomes end (at once after an
 * error or an abort): what every scrape of a list of tickers shares, whatever it asks for.
 */
export async function* withSession<T>(
  options: ScrapeOptions,
  work: (session: SiteSession, map: SessionMap) => AsyncIterable<T>,
): AsyncGenerator<T> {
  const session = new SiteSession(options);
  options.onSession?.(session);
  const {signal} = options;
  const map: SessionMap = (items, fn, window) =>
    options.order === 'completion' ? mapAsCompleted(items, fn, {concurrency: window, signal}) : mapInOrder(items, fn, {window, signal});
  let failed = false;
  try {
    yield* work(session, map);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await session.close(failed || signal?.aborted === true);
  }
}

/** Tickers under way (waiting for a slot, in flight or backing off), and so the reorder buffer's size in input order. */
export function tickerWindow(session: SiteSession): number {
  return Math.max(64, session.concurrency * 8);
}

/** A ticker's outcome from the result of its one request. */
export function tickerOutcome<P>(ticker: string, result: RequestResult<P>): TickerOutcome<P> {
  return result.ok
    ? {ok: true, ticker, page: result.page, fetchedAt: new Date()}
    : {ok: false, ticker, code: result.code, message: result.message};
}

async function* flatten<T>(lists: AsyncIterable<readonly T[]>): AsyncGenerator<T> {
  for await (const list of lists) yield* list;
}

async function scrapeQuote(session: SiteSession, ticker: string, tables: readonly QuoteTableName[] = []): Promise<TickerOutcome> {
  return tickerOutcome(ticker, await session.fetch(tables.length === 0 ? {kind: 'quote', ticker} : {kind: 'quote', ticker, tables}));
}

/** Up to a page of tickers (20) in one request to the screener's custom view, with every column. */
async function scrapeBatch(session: SiteSession, batch: readonly string[]): Promise<TickerOutcome[]> {
  const query = `v=${CUSTOM_VIEW}&t=${batch.join(',')}&c=${ALL_CUSTOM_COLUMNS.join(',')}`;
  const result = await session.fetch({kind: 'screener', query});
  const fetchedAt = new Date();
  if (!result.ok) return batch.map((ticker) => ({ok: false, ticker, code: result.code, message: result.message}));
  const pages = new Map(
    result.page.rows.map((row) => {
      const page = screenerRowToSnapshot(result.page.headers, row);
      return [page.ticker.toUpperCase(), page] as const;
    }),
  );
  return batch.map((ticker): TickerOutcome => {
    const page = pages.get(ticker);
    if (page === undefined) return {ok: false, ticker, code: 'TICKER_NOT_FOUND', message: "not in the screener's answer: ticker not found"};
    return {ok: true, ticker, page: {...page, ticker}, fetchedAt};
  });
}
