import {availableParallelism} from 'node:os';
import pLimit, {type LimitFunction} from 'p-limit';
import {closeDispatchers, dispatcherFor} from '../http/dispatchers.js';
import {DEFAULT_MAX_BYTES, type FetchedPage} from '../http/fetch-page.js';
import {RateLimiter, type RateSetting} from '../http/rate-limiter.js';
import {createPagePool, type PagePool} from '../pool/page-pool.js';
import {attemptPage, fetchForRequest} from './attempt-page.js';
import {readAnswer} from './read-answer.js';
import type {AttemptOutcome} from './attempt-outcome.js';
import {BlockDetector} from './block-detector.js';
import type {PageOf, PageRequest} from './page-request.js';
import {retryRequest, type RequestResult} from './retry-request.js';
import {RunStats} from './run-stats.js';

export type ScrapeMode = 'pool' | 'single';

export interface SessionOptions {
  /** 'pool': this thread fetches, worker threads parse; 'single': one request at a time, all in this thread. */
  readonly mode: ScrapeMode;
  /** Requests in flight in pool mode, and parsing threads up to the number of cores. */
  readonly workers: number;
  /** Requests in flight at once in pool mode, if not `workers`. @default workers */
  readonly concurrency?: number;
  /** Site origin, e.g. https://finviz.com. */
  readonly baseUrl: string;
  /** Per-request time limit in ms; 0 means none. */
  readonly timeoutMs: number;
  /** @default 10 MB */
  readonly maxBytes?: number;
  /** Retries after faults, per request. @default 4 */
  readonly retries?: number;
  /** @default 'auto' */
  readonly rate?: RateSetting;
  /** Proxy URLs, used in turn; none: direct, or as HTTPS_PROXY / HTTP_PROXY say. */
  readonly proxies?: readonly string[];
  /** Ctrl-C: stop sending, abort requests in flight. */
  readonly signal?: AbortSignal;
  /** Filled in as the run goes, for the summary. */
  readonly stats?: RunStats;
  /** Tells, after the run, whether and why the site blocked it. */
  readonly blocks?: BlockDetector;
}

/**
 * Everything a run shares to talk to the site: the worker pool (or this
 * thread), the request slots (--concurrency), one rate limiter, the block
 * detector, the proxies in turn and the counters. Every page, quote or
 * screener, goes through `fetch`.
 */
export class SiteSession {
  /** Most requests in flight at once. */
  readonly concurrency: number;
  /** Worker threads that parse (0 in single mode). */
  readonly threads: number;
  readonly stats: RunStats;
  readonly blocks: BlockDetector;
  readonly #options: SessionOptions;
  readonly #limiter: RateLimiter;
  readonly #slots: LimitFunction;
  readonly #pool: PagePool | undefined;
  #sent = 0;

  constructor(options: SessionOptions) {
    this.#options = options;
    this.concurrency = options.mode === 'single' ? 1 : (options.concurrency ?? options.workers);
    this.stats = options.stats ?? new RunStats();
    this.blocks = options.blocks ?? new BlockDetector();
    this.#limiter = new RateLimiter(options.rate ?? 'auto');
    this.#slots = pLimit(this.concurrency);
    // Workers only parse, which is CPU work: threads beyond the cores would only compete
    // (and each costs ~250 ms of CPU to start), so --workers is capped at the core count.
    this.threads = options.mode === 'pool' ? Math.max(1, Math.min(options.workers, availableParallelism() - 1)) : 0;
    this.#pool = options.mode === 'pool' ? createPagePool({workers: this.threads}) : undefined;
  }

  /** Gets one page, with retries; never throws but for an abort. */
  fetch<R extends PageRequest>(request: R): Promise<RequestResult<PageOf<R>>> {
    const {retries = 4, signal} = this.#options;
    return retryRequest<PageOf<R>>(request, {attempt: (r) => this.#attempt(r), retries, blocks: this.blocks, stats: this.stats, signal});
  }

  /** Ends the workers: at once after an abort or error, else when their tasks are done. */
  async close(abruptly: boolean): Promise<void> {
    if (this.#pool !== undefined) await (abruptly ? this.#pool.destroy() : this.#pool.close());
    await closeDispatchers();
  }

  /**
   * One request. A request slot is held while the page is fetched; in pool
   * mode it is let go before a worker thread parses the page, so parsing never
   * keeps a request from going out. Answers other than 200 are read in the
   * slot, so a block is known before the next request leaves. In single mode
   * the slot covers the parse too: one page at a time, start to finish, the
   * plain sequential baseline.
   */
  async #attempt(request: PageRequest): Promise<AttemptOutcome | undefined> {
    const {signal, proxies = [], baseUrl, timeoutMs, maxBytes = DEFAULT_MAX_BYTES} = this.#options;
    const sent = await this.#slots(async () => {
      // p-limit starts queued calls even after an abort or a block; refuse them here.
      signal?.throwIfAborted();
      if (this.blocks.reason !== undefined) return undefined;
      const sentAt = await this.#limiter.acquire(signal);
      if (this.blocks.reason !== undefined) return undefined;
      const proxy = proxies.length === 0 ? undefined : proxies[this.#sent % proxies.length];
      this.#sent++;
      const options = {baseUrl, timeoutMs, maxBytes, signal, dispatcher: dispatcherFor(proxy)};
      if (this.#pool === undefined) return {sentAt, outcome: this.#noted(await attemptPage(request, options))};
      // In pool mode the worker decompresses as well as parses: both are CPU work this thread is spared.
      const fetched = await fetchForRequest(request, {...options, decode: false});
      if ('kind' in fetched) return {sentAt, outcome: this.#noted(fetched)};
      if (fetched.status !== 200) return {sentAt, outcome: this.#noted(readAnswer(request, {...fetched, maxBytes}))};
      return {sentAt, fetched};
    });
    if (sent === undefined) return undefined;
    const outcome = sent.outcome ?? this.#noted(await this.#parseInWorker(request, sent.fetched));
    if (outcome.kind === 'throttled') this.#limiter.onThrottle(outcome.retryAfterMs, sent.sentAt);
    else if (outcome.kind === 'ok' || outcome.kind === 'not-found') this.#limiter.onSuccess(sent.sentAt);
    return outcome;
  }

  /** Tells the block detector about an answer. */
  #noted(outcome: AttemptOutcome): AttemptOutcome {
    if (outcome.kind === 'forbidden') this.blocks.onForbidden(outcome.message, outcome.cloudflare);
    else this.blocks.onOtherAnswer();
    return outcome;
  }

  /** Hands a fetched page to a worker thread; its bytes move there without a copy. */
  #parseInWorker(request: PageRequest, fetched: FetchedPage): Promise<AttemptOutcome> {
    const {status, headers} = fetched;
    // Transfer needs the whole ArrayBuffer; a body that shares one (small bodies do) is copied first.
    const whole = fetched.bytes.byteOffset === 0 && fetched.bytes.byteLength === fetched.bytes.buffer.byteLength;
    const bytes = whole ? fetched.bytes : new Uint8Array(fetched.bytes);
    const {encoding} = fetched;
    const maxBytes = this.#options.maxBytes ?? DEFAULT_MAX_BYTES;
    return this.#pool!.run({request, status, headers, bytes, encoding, maxBytes}, {signal: this.#options.signal, transferList: [bytes.buffer as ArrayBuffer]});
  }
}
