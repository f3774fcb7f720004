import {ParseError, TickerNotFoundError} from '../errors.js';
import {parseQuotePage} from '../finviz/parse-quote.js';
import {parseScreenerPage} from '../finviz/parse-screener.js';
import {parseRetryAfter} from '../http/retry-after.js';
import type {AttemptOutcome} from './attempt-outcome.js';
import type {PageRequest} from './page-request.js';

/**
 * The fewest snapshot fields a whole quote page has: 72 in the oldest layout,
 * 78 and 84 since. A page that yields far fewer was cut short, so it is
 * retried rather than written as a good row with holes.
 */
export const MIN_SNAPSHOT_FIELDS = 60;

/** Finviz's throttling answer: a 200 whose whole body is this sentence. */
const TOO_MANY_REQUESTS = /^\s*too many requests\.?\s*$/i;

/** Cloudflare's block and challenge pages. */
const CLOUDFLARE_BODY = /error code: 10\d\d|<title>\s*(just a moment|attention required)|cf-chl|cloudflare/i;

/** An HTTP answer with its body as text. */
export interface PageResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** Reads one HTTP answer to `request` as an attempt outcome. Pure: no I/O. */
export function classifyResponse(response: PageResponse, request: PageRequest): AttemptOutcome {
  const {status, headers, body} = response;
  const retryAfterMs = parseRetryAfter(headers['retry-after']);
  if (status === 429) return {kind: 'throttled', status, message: 'HTTP 429: too many requests', retryAfterMs};
  if (status === 403) {
    const cloudflare = CLOUDFLARE_BODY.test(body.slice(0, 20_000)) || headers['cf-ray'] !== undefined;
    return {kind: 'forbidden', status, message: cloudflare ? 'HTTP 403: blocked by Cloudflare' : 'HTTP 403: forbidden', cloudflare};
  }
  if (status === 404) return {kind: 'not-found', status, message: request.kind === 'quote' ? 'HTTP 404: ticker not found' : 'HTTP 404'};
  if (status >= 500) return {kind: 'transient', status, code: 'HTTP_STATUS', message: `HTTP ${status}`, retryAfterMs};
  if (status !== 200) return {kind: 'failed', status, code: 'HTTP_STATUS', message: `HTTP ${status}`};
  if (TOO_MANY_REQUESTS.test(body.length < 100 ? body : '')) {
    return {kind: 'throttled', status, message: 'too many requests (throttled)', retryAfterMs};
  }
  // A page that stops before </html> was cut off in transit, whatever it holds so far.
  const complete = /<\/html>\s*$/i.test(body.slice(-200));
  return request.kind === 'quote' ? classifyQuotePage(body, request.ticker, complete) : classifyScreenerPage(body, complete);
}

function classifyQuotePage(body: string, ticker: string, complete: boolean): AttemptOutcome {
  try {
    const page = parseQuotePage(body, ticker);
    const fields = Object.keys(page.snapshot).length;
    if (fields < MIN_SNAPSHOT_FIELDS) {
      return {kind: 'transient', status: 200, code: 'SHORT_PAGE', message: `page cut short (${fields} snapshot fields)`};
    }
    return {kind: 'ok', status: 200, page};
  } catch (error) {
    if (!complete) return {kind: 'transient', status: 200, code: 'SHORT_PAGE', message: 'page cut short (no snapshot table)'};
    if (error instanceof TickerNotFoundError) return {kind: 'not-found', status: 200, message: 'ticker not found'};
    return {kind: 'failed', status: 200, code: 'PARSE_ERROR', message: `cannot read the page: ${(error as Error).message}`};
  }
}

function classifyScreenerPage(body: string, complete: boolean): AttemptOutcome {
  if (!complete) return {kind: 'transient', status: 200, code: 'SHORT_PAGE', message: 'page cut short'};
  try {
    return {kind: 'ok', status: 200, page: parseScreenerPage(body)};
  } catch (error) {
    const message = error instanceof ParseError ? error.message : String(error);
    return {kind: 'failed', status: 200, code: 'PARSE_ERROR', message: `cannot read the screener page: ${message}`};
  }
}
