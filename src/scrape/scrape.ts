import {mapInOrder} from './map-in-order.js';
import {SiteSession, type SessionOptions} from './site-session.js';
import type {TickerOutcome} from './ticker-outcome.js';

export type {ScrapeMode} from './site-session.js';
export type ScrapeOptions = SessionOptions;

/**
 * Scrapes every ticker's quote page and yields one outcome per ticker, in
 * input order, as soon as all earlier ones are done. On abort it yields the
 * outcomes complete in order and returns; the caller tells by `signal.aborted`.
 */
export async function* scrapeTickers(tickers: readonly string[], options: ScrapeOptions): AsyncGenerator<TickerOutcome> {
  const session = new SiteSession(options);
  // Tickers under way (waiting for a slot, in flight or backing off), and so the reorder buffer's size.
  const window = Math.max(64, session.concurrency * 8);
  const scrapeOne = async (ticker: string): Promise<TickerOutcome> => {
    const result = await session.fetch({kind: 'quote', ticker});
    return result.ok ? {ok: true, ticker, page: result.page} : {ok: false, ticker, code: result.code, message: result.message};
  };
  let failed = false;
  try {
    yield* mapInOrder(tickers, scrapeOne, {concurrency: window, window, signal: options.signal});
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await session.close(failed || options.signal?.aborted === true);
  }
}
