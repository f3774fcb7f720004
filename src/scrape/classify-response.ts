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

/** An HTTP answer with its body as text, or as UTF-8 bytes (read without making the whole page a string). */
export interface PageResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string | Uint8Array;
}

/** Reads one HTTP answer to `request` as an attempt outcome. Pure: no I/O. */
export function classifyResponse(response: PageResponse, request: PageRequest): AttemptOutcome {
  const {status, headers, body} = response;
  const retryAfterMs = parseRetryAfter(headers['retry-after']);
  if (status === 429) return {kind: 'throttled', status, message: 'HTTP 429: too many requests', retryAfterMs};
  if (status === 403) {
    const cloudflare = CLOUDFLARE_BODY.test(textOf(body, 0, 20_000)) || headers['cf-ray'] !== undefined;
    return {kind: 'forbidden', status, message: cloudflare ? 'HTTP 403: blocked by Cloudflare' : 'HTTP 403: forbidden', cloudflare};
  }
  if (status === 404) return {kind: 'not-found', status, message: request.kind === 'quote' ? 'HTTP 404: ticker not found' : 'HTTP 404'};
  if (status >= 500) return {kind: 'transient', status, code: 'HTTP_STATUS', message: `HTTP ${status}`, retryAfterMs};
  if (status !== 200) return {kind: 'failed', status, code: 'HTTP_STATUS', message: `HTTP ${status}`};
  // A UTF-8 character takes up to 4 bytes: under 400 bytes may still be under 100 characters.
  const short = body.length < 400 ? textOf(body, 0, body.length) : '';
  if (TOO_MANY_REQUESTS.test(short.length < 100 ? short : '')) {
    return {kind: 'throttled', status, message: 'too many requests (throttled)', retryAfterMs};
  }
  // A page that stops before </html> was cut off in transit, whatever it holds so far.
  const complete = /<\/html>\s*$/i.test(textOf(body, Math.max(0, body.length - 200), body.length));
  return request.kind === 'quote' ? classifyQuotePage(body, request.ticker, complete) : classifyScreenerPage(textOf(body, 0, body.length), complete);
}

/**
 * Part of the body as text. Of bytes, a cut inside a character decodes as U+FFFD, which none of
 * the patterns above can take for part of what they look for.
 */
function textOf(body: string | Uint8Array, start: number, end: number): string {
  return typeof body === 'string' ? body.slice(start, end) : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8', start, end);
}

function classifyQuotePage(body: string | Uint8Array, ticker: string, complete: boolean): AttemptOutcome {
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
