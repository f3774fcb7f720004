import {FetchTimeoutError, NetworkError, ScrapeError} from '../errors.js';
import {UnsupportedEncodingError} from '../http/decode-body.js';
import {ResponseTooLargeError, type FetchedPage} from '../http/fetch-page.js';
import {fetchWithinHost, RedirectError, type FetchWithinHostOptions} from '../http/fetch-within-host.js';
import type {LearnedPaths} from '../http/learned-paths.js';
import type {AttemptOutcome} from './attempt-outcome.js';
import {pageUrl, type PageRequest} from './page-request.js';


export interface AttemptOptions extends FetchWithinHostOptions {
  readonly baseUrl: string;
  /** Paths the site moved, learned from its redirects and applied to the next requests. */
  readonly paths?: LearnedPaths;
}

/**
 * Fetches one page. A failure of the site or the network becomes an outcome
 * (nothing to parse); only an abort is thrown.
 */
export async function fetchForRequest(request: PageRequest, options: AttemptOptions): Promise<FetchedPage | AttemptOutcome> {
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
