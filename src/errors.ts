/**
 * Every error screener raises on purpose, in one place. Each has a literal `code`; a failed
 * row carries one of the same codes (`FailureCode`), so a failure reads the same whether it
 * was thrown in this thread or came back from a worker as plain data.
 */

/** The codes of screener's errors. */
export type ErrorCode =
  | 'USAGE'
  | 'OUTPUT'
  | 'TICKER_NOT_FOUND'
  | 'PAGE_NOT_RECOGNISED'
  | 'PAGE_INCOMPLETE'
  | 'PARSE_ERROR'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_ENCODING'
  | 'REDIRECT'
  | 'SCREEN_PAGE'
  | 'MERGE';

/** Why a request or a ticker failed, as its outcome and its row carry it. */
export type FailureCode =
  | ErrorCode
  /** Any HTTP status other than 200 that no other code covers. */
  | 'HTTP_STATUS'
  /** A page that ends before `</html>`. */
  | 'SHORT_PAGE'
  /** Plain 403s, as many times as --retries allows. */
  | 'FORBIDDEN'
  /** A challenge or block page. */
  | 'BLOCKED'
  /** Throttled more times than one request may be. */
  | 'THROTTLED'
  /** Not fetched, or given up, because the run stopped (blocked, pages not recognised, site gone). */
  | 'STOPPED'
  /** --offline, and the page is not in the cache (or only older than --max-age). */
  | 'NOT_CACHED'
  /** A bug of screener's, told in one line. */
  | 'INTERNAL';

export abstract class ScrapeError extends Error {
  abstract readonly code: ErrorCode;
}

/** Finviz's own answer that the ticker does not exist: its not-found page. */
export class TickerNotFoundError extends ScrapeError {
  override name = 'TickerNotFoundError';
  readonly code = 'TICKER_NOT_FOUND';
  readonly ticker: string;
  constructor(ticker: string, message = 'ticker not found', options?: ErrorOptions) {
    super(message, options);
    this.ticker = ticker;
  }
}

/** A screener row that cannot become a quote-shaped row (cells against headers). */
export class ParseError extends ScrapeError {
  override name = 'ParseError';
  readonly code = 'PARSE_ERROR';
  readonly ticker: string;
  constructor(ticker: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.ticker = ticker;
  }
}

/**
 * The answer is not a page of any layout screener knows: Finviz may have changed its markup.
 * Never "not found": it is retried like a fault, and several in a row stop the run.
 */
export class PageNotRecognisedError extends ScrapeError {
  override name = 'PageNotRecognisedError';
  readonly code = 'PAGE_NOT_RECOGNISED';
}

/** A page of a known layout that lacks some of that layout's fields: cut short, or changed. Retried, then a failed row. */
export class PageIncompleteError extends ScrapeError {
  override name = 'PageIncompleteError';
  readonly code = 'PAGE_INCOMPLETE';
}

/** Bad command-line input or a bad ticker list: the user's to fix, reported in one line, exit status 2. */
export class UsageError extends ScrapeError {
  override name = 'UsageError';
  readonly code = 'USAGE';
}

/**
 * The output could not be written once the run had started (disk full, file
 * too large, an I/O error, the reader of stdout gone): exit status 6.
 */
export class OutputError extends ScrapeError {
  override name = 'OutputError';
  readonly code = 'OUTPUT';
}

/**
 * How a connection failed, when it did. 'site': nothing about the page asked for could have caused
 * it (refused, host not found, TLS); 'request': it may be this request alone (a timeout, a reset);
 * 'local': this host cannot make it (a --local-address it does not have), nor will it ever.
 */
export type ConnectionFailure = 'site' | 'request' | 'local';

/** A request took longer than --timeout. */
export class FetchTimeoutError extends ScrapeError {
  override name = 'FetchTimeoutError';
  readonly code = 'TIMEOUT';
  readonly connection: ConnectionFailure = 'request';
  constructor(timeoutMs: number, options?: ErrorOptions) {
    super(`timeout after ${timeoutMs} ms`, options);
  }
}

/** The connection failed (refused, reset, DNS, TLS), or a body came cut short (`connection` undefined). */
export class NetworkError extends ScrapeError {
  override name = 'NetworkError';
  readonly code = 'NETWORK';
  readonly connection: ConnectionFailure | undefined;
  constructor(message: string, options?: ErrorOptions & {connection?: ConnectionFailure}) {
    super(message, options);
    this.connection = options?.connection;
  }
}

/** The body grew past --max-bytes, before or after decompression. */
export class ResponseTooLargeError extends ScrapeError {
  override name = 'ResponseTooLargeError';
  readonly code = 'TOO_LARGE';
}

/** The body is in a Content-Encoding this client cannot undo (zstd, `gzip, gzip`): asking again will not help. */
export class UnsupportedEncodingError extends ScrapeError {
  override name = 'UnsupportedEncodingError';
  readonly code = 'UNSUPPORTED_ENCODING';
}

/** A redirect led away from the site, or round in circles. */
export class RedirectError extends ScrapeError {
  override name = 'RedirectError';
  readonly code = 'REDIRECT';
}

/** A page of the screen could not be fetched: the rows before it were written, the rest are unknown. */
export class ScreenPageError extends ScrapeError {
  override name = 'ScreenPageError';
  readonly code = 'SCREEN_PAGE';
  /** The code of the page's failure, e.g. PAGE_NOT_RECOGNISED. */
  readonly failure: FailureCode;
  constructor(message: string, failure: FailureCode) {
    super(message);
    this.failure = failure;
  }
}

/** `screener merge`: the parts do not add up (a ticker missing or twice, columns that differ, a part not screener's): exit 1, OUT not written. */
export class MergeError extends ScrapeError {
  override name = 'MergeError';
  readonly code = 'MERGE';
}
