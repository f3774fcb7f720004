import {availableParallelism} from 'node:os';
import {PageCache} from '../cache/page-cache.js';
import pLimit, {type LimitFunction} from 'p-limit';
import {CookieJar} from 'tough-cookie';
import {decodeBodySync} from '../http/decode-body.js';
import {Dispatchers} from '../http/dispatchers.js';
import type {Answer} from '../http/answer.js';
import {DEFAULT_MAX_BYTES} from '../http/max-bytes.js';
import {LearnedPaths} from '../http/learned-paths.js';
import {RateLimiter, type LimiterState, type RateSetting} from '../http/rate-limiter.js';
import {createPagePool, type PagePool} from '../worker/page-pool.js';
import {fetchForRequest} from './fetch-for-request.js';
import {isPageProblem, type AttemptOutcome} from '../worker/attempt-outcome.js';
import {PageArchive} from './page-archive.js';
import type {PageOf, PageRequest} from '../worker/page-request.js';
import {pageUrl, requestKey} from './page-url.js';
import type {PageTask} from '../worker/page-task.js';
import {readAnswer} from '../worker/read-answer.js';
import {retryRequest, type RequestResult} from './retry-request.js';
import {RunGuard} from './run-guard.js';
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
  /**
   * Source addresses of the connections (--local-address), used in turn, request by request, as
   * proxies are; through a proxy, the connection to the proxy leaves from them. None: the system's choice.
   */
  readonly localAddresses?: readonly string[];
  /** Ctrl-C: stop sending, abort requests in flight. */
  readonly signal?: AbortSignal;
  /** Filled in as the run goes, for the summary. */
  readonly stats?: RunStats;
  /** Tells, during and after the run, whether and why it had to stop. */
  readonly guard?: RunGuard;
  /** --save-pages: a folder (existing) for the pages that were not recognised or were short. */
  readonly savePagesTo?: string;
  /** Where a warning of the session goes (a page that could not be saved). @default stderr */
  readonly warn?: (line: string) => void;
  /** --cache: good pages are kept there, and read back instead of asking the site. */
  readonly cache?: CacheSetting;
}

/** Where pages are kept, and how they are read back. */
export interface CacheSetting {
  /** The folder (existing). */
  readonly dir: string;
  /** A page kept longer ago than this is asked for again (--max-age). */
  readonly maxAgeMs: number;
  /** --offline: read only the cache, never the site; a page not there (or too old) is a failed row. */
  readonly offline: boolean;
}

/** The answers worth keeping: a good page, and the site's word that a ticker does not exist. */
function worthKeeping(outcome: AttemptOutcome): boolean {
  return outcome.kind === 'ok' || outcome.kind === 'not-found';
}

/**
 * What a request slot hands on: an outcome read in the slot (with the answer it was read from,
 * if there was one), or a page for a worker thread to read.
 */
type Sent = {readonly sentAt: number; readonly order: number} & (
  {readonly outcome: AttemptOutcome; readonly answer?: Answer} | {readonly fetched: Answer}
);

/**
 * Everything a run shares to talk to the site, as a browser session would: the worker pool (or
 * this thread), the request slots (--concurrency), one rate limiter, the connection pools, the
 * cookies the site sets, the paths it moved, the run guard, the proxies in turn and the
 * counters. Every page, quote or screener, goes through `fetch`.
 */
export class SiteSession {
  /** Most requests in flight at once. */
  readonly concurrency: number;
  readonly stats: RunStats;
  readonly guard: RunGuard;
  readonly #options: SessionOptions;
  readonly #limiter: RateLimiter;
  readonly #slots: LimitFunction;
  readonly #pool: PagePool | undefined;
  readonly #dispatchers = new Dispatchers();
  readonly #cookies = new CookieJar();
  readonly #paths = new LearnedPaths();
  readonly #archive: PageArchive | undefined;
  readonly #cache: PageCache | undefined;
  /** Aborts waits for the rate limiter on Ctrl-C or when the run stops. */
  readonly #waits: AbortController = new AbortController();
  #sent = 0;
  /** Pages fetched and not yet read by a worker thread; see #roomToParse. */
  #parsing = 0;
  readonly #parsed: Array<() => void> = [];

  constructor(options: SessionOptions) {
    this.#options = options;
    this.concurrency = options.mode === 'single' ? 1 : (options.concurrency ?? options.workers);
    this.stats = options.stats ?? new RunStats();
    this.guard = options.guard ?? new RunGuard();
    this.#limiter = new RateLimiter(options.rate ?? 'auto');
    this.#slots = pLimit(this.concurrency);
    const warn = options.warn ?? ((line: string) => process.stderr.write(`${line}\n`));
    this.#archive = options.savePagesTo === undefined ? undefined : new PageArchive(options.savePagesTo, warn);
    this.#cache = options.cache === undefined ? undefined : new PageCache(options.cache.dir, warn);
    // Workers only parse, which is CPU work: threads beyond the cores would only compete
    // (and each costs ~250 ms of CPU to start), so --workers is capped at the core count.
    const threads = Math.max(1, Math.min(options.workers, availableParallelism() - 1));
    this.#pool = options.mode === 'pool' ? createPagePool({workers: threads}) : undefined;
    this.guard.onStop(() => this.#waits.abort(new Error('the run stopped')));
    const {signal} = options;
    if (signal !== undefined) {
      if (signal.aborted) this.#waits.abort(signal.reason);
      else signal.addEventListener('abort', () => this.#waits.abort(signal.reason), {once: true});
    }
  }

  /** What the rate limiter is doing now (the pace, a pause), for a progress line. */
  limiterState(): LimiterState {
    return this.#limiter.state();
  }

  /** Gets one page, with retries; never throws but for an abort. */
  fetch<R extends PageRequest>(request: R): Promise<RequestResult<PageOf<R>>> {
    const {signal, cache} = this.#options;
    // Offline, asking again would read the same bytes again.
    const retries = cache?.offline === true ? 0 : (this.#options.retries ?? 4);
    return retryRequest<PageOf<R>>(request, {attempt: (r) => this.#attempt(r), retries, guard: this.guard, stats: this.stats, signal});
  }

  /** Ends the workers (at once after an abort or error, else when their tasks are done) and the connections. */
  async close(abruptly: boolean): Promise<void> {
    if (this.#pool !== undefined) await (abruptly ? this.#pool.destroy() : this.#pool.close());
    await this.#dispatchers.close();
  }

  /**
   * One request. A request slot is held while the page is fetched; in pool
   * mode it is let go before a worker thread parses the page, so parsing does
   * not hold a request back (unless as many pages as requests in flight
   * already wait to be parsed: see #roomToParse). Answers other than 200 are read in the
   * slot, so a block is known before the next request leaves. In single mode
   * the slot covers the parse too: one page at a time, start to finish, the
   * plain sequential baseline.
   */
  async #attempt(request: PageRequest): Promise<AttemptOutcome | undefined> {
    if (this.#options.cache !== undefined) {
      const cached = await this.#fromCache(request, this.#options.cache);
      if (cached !== 'absent') return cached;
    }
    const sent = await this.#slots(() => this.#send(request));
    if (sent === undefined) return undefined;
    let outcome: AttemptOutcome;
    let answer: Answer | undefined;
    if ('outcome' in sent) {
      ({outcome, answer} = sent);
    } else {
      // The bytes move to the worker; a copy stays only when a page may have to be saved or kept.
      const keep = this.#archive !== undefined || this.#cache !== undefined;
      answer = keep ? {...sent.fetched, bytes: Buffer.from(sent.fetched.bytes)} : undefined;
      outcome = this.#noted(request, await this.#read(request, sent.fetched), sent.order);
      if (answer !== undefined && isPageProblem(outcome)) await this.#save(request, answer);
    }
    if (outcome.kind === 'throttled') this.#limiter.onThrottle(outcome.retryAfterMs, sent.sentAt);
    else if (outcome.kind === 'ok' || outcome.kind === 'not-found') this.#limiter.onSuccess(sent.sentAt);
    if (this.#cache !== undefined && answer !== undefined && worthKeeping(outcome)) {
      const url = pageUrl(this.#options.baseUrl, request).href;
      if (await this.#cache.write({url, fetchedAt: Date.now(), answer})) this.stats.cacheWrites++;
    }
    return outcome;
  }

  /**
   * The page from the cache, read as an answer from the site would be: 'absent' when the site is
   * to be asked instead. A page kept is an answer of the past: it tells the run guard and the rate
   * limiter nothing about the site now (a dead site stays dead, whatever the cache holds). Online,
   * only a page that still reads as good (or as not found) is taken; one that no longer does (read
   * by a newer screener, say) is asked for again. Offline, the cache is the site: whatever a page
   * reads as is its outcome, told to the run guard (pages not recognised stop the run), and a page
   * not there is a failed row; nothing is ever sent.
   */
  async #fromCache(request: PageRequest, setting: CacheSetting): Promise<AttemptOutcome | undefined | 'absent'> {
    this.#options.signal?.throwIfAborted();
    if (setting.offline && this.guard.stop !== undefined) return undefined;
    const entry = await this.#cache?.read(pageUrl(this.#options.baseUrl, request).href);
    const fresh = entry !== undefined && Date.now() - entry.fetchedAt <= setting.maxAgeMs;
    if (!fresh) {
      if (!setting.offline) return 'absent';
      const message = entry === undefined ? 'not in the cache (--offline)' : 'in the cache, but older than --max-age (--offline)';
      return {kind: 'failed', code: 'NOT_CACHED', message, fromCache: true};
    }
    await this.#roomToParse();
    const outcome = this.#pool === undefined ? readAnswer(request, entry.answer, this.#maxBytes) : await this.#read(request, entry.answer);
    if (setting.offline) this.guard.onOutcome(outcome, requestKey(request));
    else if (!worthKeeping(outcome)) return 'absent';
    return {...outcome, fromCache: true};
  }

  /** Reads a page in a worker thread, counted among the pages waiting to be read (see #roomToParse). */
  async #read(request: PageRequest, answer: Answer): Promise<AttemptOutcome> {
    this.#parsing++;
    try {
      return await this.#parseInWorker(request, answer);
    } finally {
      this.#parsing--;
      this.#parsed.shift()?.();
    }
  }

  get #maxBytes(): number {
    return this.#options.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  /** The part of an attempt inside its request slot; undefined when the run stopped before sending. */
  async #send(request: PageRequest): Promise<Sent | undefined> {
    const {signal, proxies = [], localAddresses = [], baseUrl, timeoutMs, maxBytes = DEFAULT_MAX_BYTES} = this.#options;
    // p-limit starts queued calls even after an abort or a stop; refuse them here.
    signal?.throwIfAborted();
    if (this.guard.stop !== undefined) return undefined;
    await this.#roomToParse();
    if (this.guard.stop !== undefined) return undefined;
    const sentAt = await this.#acquire();
    if (sentAt === undefined) return undefined;
    const order = this.#sent++;
    const proxy = proxies.length === 0 ? undefined : proxies[order % proxies.length];
    const localAddress = localAddresses.length === 0 ? undefined : localAddresses[order % localAddresses.length];
    const single = this.#pool === undefined;
    const fetched = await fetchForRequest(request, {
      baseUrl,
      timeoutMs,
      maxBytes,
      signal,
      dispatcher: this.#dispatchers.for({proxy, localAddress}),
      proxy,
      localAddress,
      cookies: this.#cookies,
      paths: this.#paths,
      // In pool mode the worker decompresses as well as parses: both are CPU work this thread is spared.
      // The cache keeps the body as it came, compressed.
      decode: single && this.#cache === undefined,
    });
    if ('kind' in fetched) return {sentAt, order, outcome: this.#noted(request, fetched, order)};
    if (!single && fetched.status === 200) return {sentAt, order, fetched};
    const outcome = this.#noted(request, readAnswer(request, fetched, maxBytes), order);
    if (isPageProblem(outcome)) await this.#save(request, fetched);
    return {sentAt, order, outcome, answer: fetched};
  }

  /**
   * Waits while as many pages as requests may be in flight wait to be read. When the site
   * answers faster than the parsing threads read (a site on this machine, a fast network),
   * the backlog would grow without bound, in memory, and what the pages say (a block, a
   * layout not recognised) would be known only after many more requests.
   */
  async #roomToParse(): Promise<void> {
    while (this.#parsing >= this.concurrency) await new Promise<void>((resolve) => this.#parsed.push(resolve));
  }

  /** Waits for the rate limiter; undefined if the run stopped meanwhile. Ctrl-C rejects. */
  async #acquire(): Promise<number | undefined> {
    try {
      return await this.#limiter.acquire(this.#waits.signal);
    } catch (error) {
      this.#options.signal?.throwIfAborted();
      if (this.guard.stop === undefined) throw error;
      return undefined;
    }
  }

  /** Tells the run guard about the answer to request number `sent`. */
  #noted(request: PageRequest, outcome: AttemptOutcome, sent: number): AttemptOutcome {
    this.guard.onOutcome(outcome, requestKey(request), sent);
    return outcome;
  }

  async #save(request: PageRequest, fetched: Answer): Promise<void> {
    const maxBytes = this.#options.maxBytes ?? DEFAULT_MAX_BYTES;
    let bytes: Uint8Array = fetched.bytes;
    try {
      bytes = decodeBodySync(fetched.bytes, fetched.encoding, maxBytes);
    } catch {
      // Keep the bytes as they came: a body that does not decompress is worth a look too.
    }
    await this.#archive?.save(request, bytes);
  }

  /** Hands a fetched page to a worker thread; its bytes move there without a copy. */
  #parseInWorker(request: PageRequest, fetched: Answer): Promise<AttemptOutcome> {
    const {status, headers} = fetched;
    // Transfer needs the whole ArrayBuffer; a body that shares one (small bodies do) is copied first.
    const whole = fetched.bytes.byteOffset === 0 && fetched.bytes.byteLength === fetched.bytes.buffer.byteLength;
    const bytes = whole ? fetched.bytes : new Uint8Array(fetched.bytes);
    const {encoding} = fetched;
    const maxBytes = this.#options.maxBytes ?? DEFAULT_MAX_BYTES;
    const task: PageTask = {request, answer: {status, headers, bytes, encoding}, maxBytes};
    return this.#pool!.run(task, {signal: this.#options.signal, transferList: [bytes.buffer as ArrayBuffer]});
  }
}
