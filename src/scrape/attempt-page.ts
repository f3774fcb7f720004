import type {Dispatcher} from 'undici';
import {ScrapeError} from '../errors.js';
import {decodeBodySync} from '../http/decode-body.js';
import {decodeError, DEFAULT_MAX_BYTES, ResponseTooLargeError, type FetchedPage} from '../http/fetch-page.js';
import {fetchWithinHost, RedirectError} from '../http/fetch-within-host.js';
import type {AttemptOutcome} from './attempt-outcome.js';
import {classifyResponse} from './classify-response.js';
import {pageUrl, type PageRequest} from './page-request.js';

export interface AttemptOptions {
  /** false: leave the body compressed, for the worker that parses it. @default true */
  readonly decode?: boolean;
  readonly baseUrl: string;
  readonly dispatcher: Dispatcher;
  readonly timeoutMs: number;
  readonly maxBytes?: number;
  readonly signal?: AbortSignal;
}

/** An answer as it crosses to a worker thread: its body as bytes, transferred rather than copied. */
export interface FetchedAnswer {
  readonly status: number;
  readonly headers: FetchedPage['headers'];
  readonly bytes: Uint8Array;
  /** The Content-Encoding still to undo, if the body is still compressed. */
  readonly encoding?: string;
  /** The size cap after decompression. */
  readonly maxBytes: number;
}

/**
 * Fetches one page. A failure of the site or the network becomes an outcome
 * (nothing to parse); only an abort is thrown.
 */
export async function fetchForRequest(request: PageRequest, options: AttemptOptions): Promise<FetchedPage | AttemptOutcome> {
  try {
    return await fetchWithinHost(pageUrl(options.baseUrl, request), options);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (error instanceof ResponseTooLargeError || error instanceof RedirectError) {
      return {kind: 'failed', code: error.code, message: error.message};
    }
    if (error instanceof ScrapeError) return {kind: 'transient', code: error.code, message: error.message};
    return {kind: 'failed', code: 'INTERNAL', message: `internal error: ${(error as Error).message}`};
  }
}

/** Reads a fetched answer: the parsing half of an attempt, run in a worker thread in pool mode. */
export function readAnswer(request: PageRequest, answer: FetchedAnswer): AttemptOutcome {
  let bytes = Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength);
  try {
    bytes = decodeBodySync(bytes, answer.encoding, answer.maxBytes);
  } catch (error) {
    const problem = decodeError(error, answer.maxBytes);
    return problem instanceof ResponseTooLargeError
      ? {kind: 'failed', status: answer.status, code: problem.code, message: problem.message}
      : {kind: 'transient', status: answer.status, code: problem.code, message: problem.message};
  }
  return classifyResponse({status: answer.status, headers: answer.headers, body: bytes.toString('utf8')}, request);
}

/** One whole attempt in this thread: fetch, then read (single mode). */
export async function attemptPage(request: PageRequest, options: AttemptOptions): Promise<AttemptOutcome> {
  const fetched = await fetchForRequest(request, options);
  return 'kind' in fetched ? fetched : readAnswer(request, {...fetched, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES});
}
