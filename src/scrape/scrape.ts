import pLimit from 'p-limit';
import {closeDispatchers, dispatcherFor} from '../http/dispatchers.js';
import {DEFAULT_MAX_BYTES} from '../http/fetch-page.js';
import {RateLimiter, type RateSetting} from '../http/rate-limiter.js';
import {createQuotePool, type QuotePool} from '../pool/quote-pool.js';
import type {AttemptOutcome} from './attempt-outcome.js';
import {BlockDetector} from './block-detector.js';
import {fetchQuote} from './fetch-quote.js';
import {mapInOrder} from './map-in-order.js';
import {RunStats} from './run-stats.js';
import {scrapeTicker} from './scrape-ticker.js';
import type {TickerOutcome} from './ticker-outcome.js';

export type ScrapeMode = 'pool' | 'single';

export interface ScrapeOptions {
  /** 'pool': worker threads fetch and parse; 'single': one request at a time in this thread. */
  readonly mode: ScrapeMode;
  /** Worker threads in pool mode. */
  readonly workers: number;
  /** Requests in flight at once in pool mode. @default workers */
  readonly concurrency?: number;
  /** Site origin, e.g. https://finviz.com. */
  readonly baseUrl: string;
  /** Per-request time limit in ms; 0 means none. */
  readonly timeoutMs: number;
  /** @default 10 MB */
  readonly maxBytes?: number;
  /** Retries after faults, per ticker. @default 4 */
  readonly retries?: number;
  /** @default 'auto' */
  readonly rate?: RateSetting;
  /** Proxy URLs, used in turn; none: direct, or as HTTPS_PROXY / HTTP_PROXY say. */
  readonly proxies?: readonly string[];
  /** Ctrl-C: stop dispatching, abort requests in flight. */
  readonly signal?: AbortSignal;
  /** Filled in as the run goes, for the summary. */
  readonly stats?: RunStats;
  /** Tells, after the run, whether and why the site blocked it. */
  readonly blocks?: BlockDetector;
}

/**
 * Scrapes every ticker and yields one outcome per ticker, in input order, as
 * soon as all earlier ones are done. On abort it yields the outcomes complete
 * in order and returns; the caller tells by `signal.aborted`.
 */
export async function* scrapeTickers(tickers: readonly string[], options: ScrapeOptions): AsyncGenerator<TickerOutcome> {
  const {mode, workers, baseUrl, timeoutMs, maxBytes = DEFAULT_MAX_BYTES, signal, proxies = []} = options;
  const concurrency = mode === 'single' ? 1 : (options.concurrency ?? workers);
  const stats = options.stats ?? new RunStats();
  const blocks = options.blocks ?? new BlockDetector();
  const limiter = new RateLimiter(options.rate ?? 'auto');
  const requestSlots = pLimit(concurrency);
  // Tickers under way (waiting for a slot, in flight or backing off), and so the reorder buffer's size.
  const window = Math.max(64, concurrency * 8);
  let sent = 0;

  const pool = mode === 'pool' ? createQuotePool({workers, tasksPerWorker: Math.ceil(concurrency / workers)}) : undefined;
  const send = (ticker: string, proxy: string | undefined): Promise<AttemptOutcome> =>
    pool === undefined
      ? fetchQuote(ticker, {baseUrl, timeoutMs, maxBytes, signal, dispatcher: dispatcherFor(proxy)})
      : pool.run({ticker, baseUrl, timeoutMs, maxBytes, proxy}, {signal});

  const attempt = (ticker: string) =>
    requestSlots(async () => {
      // p-limit starts queued calls even after an abort or a block; refuse them here.
      signal?.throwIfAborted();
      if (blocks.reason !== undefined) return undefined;
      const sentAt = await limiter.acquire(signal);
      if (blocks.reason !== undefined) return undefined;
      const proxy = proxies.length === 0 ? undefined : proxies[sent % proxies.length];
      sent++;
      const outcome = await send(ticker, proxy);
      if (outcome.kind === 'throttled') limiter.onThrottle(outcome.retryAfterMs, sentAt);
      else if (outcome.kind === 'ok' || outcome.kind === 'not-found') limiter.onSuccess(sentAt);
      return outcome;
    });

  const scrapeOne = (ticker: string) => scrapeTicker(ticker, {attempt, retries: options.retries ?? 4, blocks, stats, signal});
  let failed = false;
  try {
    yield* mapInOrder(tickers, scrapeOne, {concurrency: window, window, signal});
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await closeResources(pool, failed || signal?.aborted === true);
  }
}

async function closeResources(pool: QuotePool | undefined, abruptly: boolean): Promise<void> {
  if (pool === undefined) await closeDispatchers();
  // close() lets running tasks finish; after an abort or error, end the threads at once.
  else if (abruptly) await pool.destroy();
  else await pool.close();
}
