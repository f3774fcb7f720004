import {Agent} from 'undici';
import {DEFAULT_MAX_BYTES} from '../http/fetch-page.js';
import {createQuotePool} from '../pool/quote-pool.js';
import {fetchQuote} from './fetch-quote.js';
import {mapInOrder} from './map-in-order.js';
import type {TickerOutcome} from './ticker-outcome.js';

export type ScrapeMode = 'pool' | 'single';

export interface ScrapeOptions {
  /** 'pool': worker threads fetch and parse; 'single': one request at a time in this thread. */
  readonly mode: ScrapeMode;
  /** Worker threads in pool mode; also the most requests in flight. */
  readonly workers: number;
  /** Site origin, e.g. https://finviz.com. */
  readonly baseUrl: string;
  /** Per-request time limit in ms; 0 means none. */
  readonly timeoutMs: number;
  /** @default 10 MB */
  readonly maxBytes?: number;
  /** Ctrl-C: stop dispatching, abort requests in flight. */
  readonly signal?: AbortSignal;
}

/**
 * Scrapes every ticker and yields one outcome per ticker, in input order, as
 * soon as all earlier ones are done. On abort it yields the outcomes complete
 * in order and returns; the caller tells by `signal.aborted`.
 */
export async function* scrapeTickers(tickers: readonly string[], options: ScrapeOptions): AsyncGenerator<TickerOutcome> {
  const {mode, workers, baseUrl, timeoutMs, maxBytes = DEFAULT_MAX_BYTES, signal} = options;
  const concurrency = mode === 'single' ? 1 : workers;
  // Enough look-ahead that one slow page never idles the other workers, yet memory stays bounded.
  const window = Math.max(64, concurrency * 8);

  if (mode === 'single') {
    const dispatcher = new Agent({keepAliveTimeout: 30_000});
    try {
      const fetchOne = (ticker: string) => fetchQuote(ticker, {baseUrl, timeoutMs, maxBytes, dispatcher, signal});
      yield* mapInOrder(tickers, fetchOne, {concurrency, window, signal});
    } finally {
      await dispatcher.destroy();
    }
    return;
  }

  const pool = createQuotePool({workers});
  let aborted = false;
  try {
    const fetchOne = (ticker: string) => pool.run({ticker, baseUrl, timeoutMs, maxBytes}, {signal});
    yield* mapInOrder(tickers, fetchOne, {concurrency, window, signal});
  } catch (error) {
    aborted = true;
    throw error;
  } finally {
    // close() lets running tasks finish; after an abort or error, end the threads at once.
    if (aborted || signal?.aborted) await pool.destroy();
    else await pool.close();
  }
}
