import {ALL_CUSTOM_COLUMNS, screenerRowToSnapshot} from '../finviz/screener-columns.js';
import {rowsPerPage} from '../finviz/screener-views.js';
import {mapAsCompleted} from './map-as-completed.js';
import {mapInOrder} from './map-in-order.js';
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
  /** Called with the run's session as it starts: a progress line reads its rate limiter. */
  readonly onSession?: (session: SiteSession) => void;
}

/**
 * Scrapes every ticker and yields one outcome per ticker, in input order as
 * soon as all earlier ones are done, or in the order they finish (`order`).
 * On abort it yields the outcomes complete (in order, or all of them) and
 * returns; the caller tells by `signal.aborted`.
 */
export async function* scrapeTickers(tickers: readonly string[], options: ScrapeOptions): AsyncGenerator<TickerOutcome> {
  const session = new SiteSession(options);
  options.onSession?.(session);
  const {signal} = options;
  const map = <T, R>(items: readonly T[], fn: (item: T) => Promise<R>, window: number) =>
    options.order === 'completion' ? mapAsCompleted(items, fn, {concurrency: window, signal}) : mapInOrder(items, fn, {window, signal});
  let failed = false;
  try {
    if (options.via === 'screener') {
      const batches = Array.from({length: Math.ceil(tickers.length / BATCH_SIZE)}, (_, i) =>
        tickers.slice(i * BATCH_SIZE, (i + 1) * BATCH_SIZE),
      );
      for await (const outcomes of map(batches, (batch) => scrapeBatch(session, batch), Math.max(16, session.concurrency * 4))) {
        yield* outcomes;
      }
    } else {
      // Tickers under way (waiting for a slot, in flight or backing off), and so the reorder buffer's size in input order.
      yield* map(tickers, (ticker) => scrapeQuote(session, ticker), Math.max(64, session.concurrency * 8));
    }
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await session.close(failed || signal?.aborted === true);
  }
}

async function scrapeQuote(session: SiteSession, ticker: string): Promise<TickerOutcome> {
  const result = await session.fetch({kind: 'quote', ticker});
  return result.ok ? {ok: true, ticker, page: result.page} : {ok: false, ticker, code: result.code, message: result.message};
}

/** Up to a page of tickers (20) in one request to the screener's custom view, with every column. */
async function scrapeBatch(session: SiteSession, batch: readonly string[]): Promise<TickerOutcome[]> {
  const query = `v=${CUSTOM_VIEW}&t=${batch.join(',')}&c=${ALL_CUSTOM_COLUMNS.join(',')}`;
  const result = await session.fetch({kind: 'screener', query});
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
    return {ok: true, ticker, page: {...page, ticker}};
  });
}
