import {FetchTimeoutError, NetworkError, RedirectError, ResponseTooLargeError, ScrapeError, UnsupportedEncodingError} from '../errors.js';
import type {Answer} from '../http/answer.js';
import {fetchWithinHost, type FetchWithinHostOptions} from '../http/fetch-within-host.js';
import type {LearnedPaths} from '../http/learned-paths.js';
import type {AttemptOutcome} from '../worker/attempt-outcome.js';
import type {PageRequest} from '../worker/page-request.js';
import {pageUrl} from './page-url.js';

export interface AttemptOptions extends FetchWithinHostOptions {
  readonly baseUrl: string;
  /** Paths the site moved, learned from its redirects and applied to the next requests. */
  readonly paths?: LearnedPaths;
}

/**
 * Fetches one page. A failure of the site or the network becomes an outcome
 * (nothing to parse); only an abort is thrown.
 */
export async function fetchForRequest(request: PageRequest, options: AttemptOptions): Promise<Answer | AttemptOutcome> {
  try {
    const {paths, onRedirect} = options;
    const url = pageUrl(options.baseUrl, request);
    return await fetchWithinHost(paths?.apply(url) ?? url, {
      ...options,
      onRedirect(from, to) {
        paths?.onRedirect(from, to);
        onRedirect?.(from, to);
      },
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (error instanceof ResponseTooLargeError || error instanceof UnsupportedEncodingError || error instanceof RedirectError) {
      return {kind: 'failed', code: error.code, message: error.message};
    }
    if (error instanceof NetworkError || error instanceof FetchTimeoutError) {
      return {kind: 'transient', code: error.code, message: error.message, connection: error.connection};
    }
    if (error instanceof ScrapeError) return {kind: 'transient', code: error.code, message: error.message};
    return {kind: 'failed', code: 'INTERNAL', message: `internal error: ${(error as Error).message}`};
  }
}
