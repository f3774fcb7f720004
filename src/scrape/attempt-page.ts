import type {Dispatcher} from 'undici';
import {ScrapeError} from '../errors.js';
import {DEFAULT_MAX_BYTES, ResponseTooLargeError, type FetchedPage} from '../http/fetch-page.js';
import {fetchWithinHost, RedirectError} from '../http/fetch-within-host.js';
import type {AttemptOutcome} from './attempt-outcome.js';
import {pageUrl, type PageRequest} from './page-request.js';
import {readAnswer} from './read-answer.js';


export interface AttemptOptions {
  /** false: leave the body compressed, for the worker that parses it. @default true */
  readonly decode?: boolean;
  readonly baseUrl: string;
  readonly dispatcher: Dispatcher;
  readonly timeoutMs: number;
  readonly maxBytes?: number;
  readonly signal?: AbortSignal;
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

/** One whole attempt in this thread: fetch, then read (single mode). */
export async function attemptPage(request: PageRequest, options: AttemptOptions): Promise<AttemptOutcome> {
  const fetched = await fetchForRequest(request, options);
  return 'kind' in fetched ? fetched : readAnswer(request, {...fetched, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES});
}
