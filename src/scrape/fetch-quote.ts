import type {Dispatcher} from 'undici';
import {ScrapeError, TickerNotFoundError} from '../errors.js';
import {parseQuotePage} from '../finviz/parse-quote.js';
import {quoteUrl} from '../finviz/quote-url.js';
import {fetchPage} from '../http/fetch-page.js';
import type {TickerOutcome} from './ticker-outcome.js';

export interface FetchQuoteOptions {
  readonly baseUrl: string;
  readonly dispatcher: Dispatcher;
  readonly timeoutMs: number;
  readonly maxBytes?: number;
  readonly signal?: AbortSignal;
}

/**
 * Fetches and parses one ticker's quote page. Every failure of the site or the
 * network becomes a failed outcome; only an abort is thrown.
 */
export async function fetchQuote(ticker: string, options: FetchQuoteOptions): Promise<TickerOutcome> {
  try {
    const url = quoteUrl(options.baseUrl, ticker);
    const {status, body} = await fetchPage(url, options);
    if (status === 404) return failed(ticker, 'TICKER_NOT_FOUND', 'HTTP 404: ticker not found');
    if (status !== 200) return failed(ticker, 'HTTP_STATUS', `HTTP ${status}`);
    return {ok: true, ticker, page: parseQuotePage(body, ticker)};
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (error instanceof TickerNotFoundError) return failed(ticker, error.code, error.message);
    if (error instanceof ScrapeError) return failed(ticker, error.code, error.message);
    return failed(ticker, 'INTERNAL', `internal error: ${(error as Error).message}`);
  }
}

function failed(ticker: string, code: string, message: string): TickerOutcome {
  return {ok: false, ticker, code, message};
}
