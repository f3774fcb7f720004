import {CookieJar} from 'tough-cookie';
import {decodeBodySync} from '../http/decode-body.js';
import {Dispatchers} from '../http/dispatchers.js';
import {DEFAULT_MAX_BYTES} from '../http/max-bytes.js';
import type {AttemptOutcome} from '../worker/attempt-outcome.js';
import {fetchForRequest} from './fetch-for-request.js';
import type {PageRequest} from '../worker/page-request.js';
import {pageUrl} from './page-url.js';
import {readAnswer} from '../worker/read-answer.js';

/** What one request for one page showed: everything `screener doctor` reports of it. */
export interface Probe {
  readonly url: string;
  /** Where the site sent it, if it redirected. */
  readonly redirectedTo: string | undefined;
  readonly status: number | undefined;
  readonly milliseconds: number;
  /** The body as it came (decompressed if it could be), for --save. */
  readonly body: Uint8Array | undefined;
  readonly encoding: string | undefined;
  /** Names of the cookies the site has set so far in this probe session. */
  readonly cookies: readonly string[];
  readonly outcome: AttemptOutcome;
}

export interface ProbeOptions {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly proxy?: string;
  /** The source address of the connection (--local-address). */
  readonly localAddress?: string;
  readonly signal?: AbortSignal;
  readonly maxBytes?: number;
}

/**
 * A browser-like session of single requests, none retried: what the site answers, as it is.
 * Cookies carry from one probe to the next, as in a run.
 */
export class ProbeSession {
  readonly #options: ProbeOptions;
  readonly #dispatchers = new Dispatchers();
  readonly #cookies = new CookieJar();

  constructor(options: ProbeOptions) {
    this.#options = options;
  }

  async probe(request: PageRequest): Promise<Probe> {
    const {baseUrl, timeoutMs, proxy, localAddress, signal, maxBytes = DEFAULT_MAX_BYTES} = this.#options;
    const url = pageUrl(baseUrl, request);
    let redirectedTo: string | undefined;
    const started = performance.now();
    const fetched = await fetchForRequest(request, {
      baseUrl,
      timeoutMs,
      maxBytes,
      signal,
      dispatcher: this.#dispatchers.for({proxy, localAddress}),
      localAddress,
      proxy,
      cookies: this.#cookies,
      onRedirect: (_from, to) => (redirectedTo = to.href),
      decode: true,
    });
    const milliseconds = performance.now() - started;
    const cookies = this.#cookies.getCookiesSync(url.href).map((cookie) => cookie.key);
    if ('kind' in fetched)
      return {
        url: url.href,
        redirectedTo,
        status: undefined,
        milliseconds,
        body: undefined,
        encoding: undefined,
        cookies,
        outcome: fetched,
      };
    const encoding = typeof fetched.headers['content-encoding'] === 'string' ? fetched.headers['content-encoding'] : undefined;
    let body: Uint8Array = fetched.bytes;
    try {
      body = decodeBodySync(fetched.bytes, fetched.encoding, maxBytes);
    } catch {
      // keep the bytes as they came
    }
    const outcome = readAnswer(request, fetched, maxBytes);
    return {url: url.href, redirectedTo, status: fetched.status, milliseconds, body, encoding, cookies, outcome};
  }

  async close(): Promise<void> {
    await this.#dispatchers.close();
  }
}
