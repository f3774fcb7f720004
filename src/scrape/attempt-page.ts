import type {Dispatcher} from 'undici';
import {ScrapeError} from '../errors.js';
import {ResponseTooLargeError} from '../http/fetch-page.js';
import {fetchWithinHost, RedirectError} from '../http/fetch-within-host.js';
import type {AttemptOutcome} from './attempt-outcome.js';
import {classifyResponse} from './classify-response.js';
import {pageUrl, type PageRequest} from './page-request.js';

export interface AttemptOptions {
  readonly baseUrl: string;
  readonly dispatcher: Dispatcher;
  readonly timeoutMs: number;
  readonly maxBytes?: number;
  readonly signal?: AbortSignal;
}

/**
 * One request for one page, fetched and parsed. Every failure of the site or
 * the network becomes an outcome; only an abort is thrown.
 */
export async function attemptPage(request: PageRequest, options: AttemptOptions): Promise<AttemptOutcome> {
  try {
    const response = await fetchWithinHost(pageUrl(options.baseUrl, request), options);
    return classifyResponse(response, request);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (error instanceof ResponseTooLargeError || error instanceof RedirectError) {
      return {kind: 'failed', code: error.code, message: error.message};
    }
    if (error instanceof ScrapeError) return {kind: 'transient', code: error.code, message: error.message};
    return {kind: 'failed', code: 'INTERNAL', message: `internal error: ${(error as Error).message}`};
  }
}
