import {PageIncompleteError, PageNotRecognisedError, ParseError, TickerNotFoundError} from '../errors.js';
import {parseQuotePage, type QuotePage} from '../finviz/parse-quote.js';
import {parseQuoteTables} from '../finviz/quote-tables/index.js';
import {parseScreenerPage} from '../finviz/parse-screener.js';
import {parseSitemap} from '../finviz/parse-sitemap.js';
import {parseStatement} from '../finviz/parse-statement.js';
import {readStatement} from '../schema/statement-values.js';
import {parseScreenerPanel} from '../finviz/screener-panel.js';
import {parseRetryAfter} from '../http/retry-after.js';
import type {Answer} from '../http/answer.js';
import type {AttemptOutcome} from './attempt-outcome.js';
import type {PageRequest} from './page-request.js';
import {cloudflareAnswer} from './cloudflare-answer.js';

/** Finviz's throttling answer: a 200 whose whole body is this sentence. */
const TOO_MANY_REQUESTS = /^\s*too many requests\.?\s*$/i;

/** What the message of a page screener does not know says, whatever the page. */
export const NOT_RECOGNISED = 'page not recognised: Finviz may have changed its layout';

/**
 * Reads one HTTP answer to `request`, its body decompressed, as an attempt outcome. Pure: no I/O. Every answer is one
 * of: a page of a layout screener knows (ok, or incomplete), Finviz's own not-found, throttling,
 * a block or challenge, another status, or not recognised.
 */
export function classifyResponse(answer: Answer, request: PageRequest): AttemptOutcome {
  const {status, headers, bytes: body} = answer;
  const retryAfterMs = parseRetryAfter(headers['retry-after']);
  const cloudflare = cloudflareAnswer(status, headers, (end) => textOf(body, 0, Math.min(end, body.length)), body.length);
  if (cloudflare?.kind === 'challenge') return {kind: 'challenge', status, message: cloudflare.message};
  if (cloudflare?.kind === 'throttled') return {kind: 'throttled', status, message: cloudflare.message, retryAfterMs};
  if (status === 429) return {kind: 'throttled', status, message: 'HTTP 429: too many requests', retryAfterMs};
  if (status === 403) return {kind: 'forbidden', status, message: 'HTTP 403: forbidden'};
  if (status === 404)
    return {
      kind: 'not-found',
      status,
      message: request.kind === 'screener' || request.kind === 'sitemap' ? 'HTTP 404' : 'HTTP 404: ticker not found',
    };
  if (status >= 500) return {kind: 'transient', status, code: 'HTTP_STATUS', message: `HTTP ${status}`, retryAfterMs};
  if (status !== 200) return {kind: 'failed', status, code: 'HTTP_STATUS', message: `HTTP ${status}`};
  // A UTF-8 character takes up to 4 bytes: under 400 bytes may still be under 100 characters.
  const short = body.length < 400 ? textOf(body, 0, body.length) : '';
  if (TOO_MANY_REQUESTS.test(short.length < 100 ? short : '')) {
    return {kind: 'throttled', status, message: 'too many requests (throttled)', retryAfterMs};
  }
  if (request.kind === 'statement') return statementOutcome(textOf(body, 0, body.length), status);
  if (request.kind === 'sitemap') return sitemapOutcome(textOf(body, 0, body.length), status);
  // A page that stops before </html> was cut off in transit, whatever it holds so far.
  const complete = /<\/html>\s*$/i.test(textOf(body, Math.max(0, body.length - 200), body.length));
  if (!complete) return {kind: 'transient', status, code: 'SHORT_PAGE', message: 'page cut short (it ends before </html>)'};
  try {
    if (request.kind === 'quote') return {kind: 'ok', status, page: parseQuote(body, request)};
    const html = textOf(body, 0, body.length);
    const page = parseScreenerPage(html);
    return {kind: 'ok', status, page: request.panel === true ? {...page, panel: parseScreenerPanel(html)} : page};
  } catch (error) {
    return outcomeOfParseError(error, status);
  }
}

/** A quote page's header and snapshot, and the tables asked for: a table of markup not known refuses the page. */
function parseQuote(body: Uint8Array, request: Extract<PageRequest, {kind: 'quote'}>): QuotePage {
  const page = parseQuotePage(body, request.ticker);
  const tables = request.tables ?? [];
  return tables.length === 0 ? page : {...page, tables: parseQuoteTables(body, tables, request.ticker)};
}

/**
 * A statements answer (JSON, so no `</html>` to end it; a body cut short in transit fails its
 * Content-Length check, or is not JSON). Its own refusals keep their words: "statement not
 * recognised: …".
 */
function statementOutcome(text: string, status: number): AttemptOutcome {
  try {
    const reading = parseStatement(text);
    if (reading.kind === 'no-data')
      return {kind: 'not-found', status, message: `no statement data (Finviz: ${JSON.stringify(reading.message)})`};
    const page = readStatement(reading.statement);
    // Every ticker gets a row: a statement of nothing is Finviz having none, not a ticker without rows.
    if (page.periods.length === 0 || page.items.length === 0)
      return {kind: 'not-found', status, message: 'no statement data (an empty statement)'};
    return {kind: 'ok', status, page};
  } catch (error) {
    if (error instanceof PageNotRecognisedError) return {kind: 'not-recognised', status, message: error.message};
    throw error;
  }
}

/** A sitemap (XML, ended by its root's closing tag rather than `</html>`): its refusals keep their words too. */
function sitemapOutcome(text: string, status: number): AttemptOutcome {
  try {
    return {kind: 'ok', status, page: parseSitemap(text)};
  } catch (error) {
    if (error instanceof PageNotRecognisedError) return {kind: 'not-recognised', status, message: error.message};
    return outcomeOfParseError(error, status);
  }
}

/** What a parser's refusal means for the run. */
function outcomeOfParseError(error: unknown, status: number): AttemptOutcome {
  if (error instanceof TickerNotFoundError) return {kind: 'not-found', status, message: 'ticker not found'};
  if (error instanceof PageIncompleteError) return {kind: 'transient', status, code: error.code, message: error.message};
  if (error instanceof PageNotRecognisedError || error instanceof ParseError) {
    return {kind: 'not-recognised', status, message: `${NOT_RECOGNISED} (${error.message.replace(/^page not recognised: /, '')})`};
  }
  throw error;
}

/**
 * Part of the body as text. A cut inside a character decodes as U+FFFD, which none of the
 * patterns here can take for part of what they look for.
 */
function textOf(body: Uint8Array, start: number, end: number): string {
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8', start, end);
}
