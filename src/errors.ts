/**
 * Every error screener raises on purpose. Each has a literal `code` so that the
 * main thread can rebuild it from plain data sent back by a worker thread
 * (structuredClone drops the class of an Error).
 */
export class ScrapeError extends Error {
  override name = 'ScrapeError';
  readonly code: string = 'SCREENER_ERROR';
}

/** The site answered, but the ticker does not exist there (404, a "not found" page, or no snapshot table). */
export class TickerNotFoundError extends ScrapeError {
  override name = 'TickerNotFoundError';
  override readonly code = 'TICKER_NOT_FOUND';
  readonly ticker: string;
  constructor(ticker: string, message = 'ticker not found', options?: ErrorOptions) {
    super(message, options);
    this.ticker = ticker;
  }
}

/** The page was found but could not be read as a quote page. */
export class ParseError extends ScrapeError {
  override name = 'ParseError';
  override readonly code = 'PARSE_ERROR';
  readonly ticker: string;
  constructor(ticker: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.ticker = ticker;
  }
}

/** Bad command-line input or a bad ticker list: the user's to fix, reported in one line, exit status 2. */
export class UsageError extends ScrapeError {
  override name = 'UsageError';
  override readonly code = 'USAGE';
}

/**
 * The output could not be written once the run had started (disk full, file
 * too large, an I/O error, the reader of stdout gone): exit status 6.
 */
export class OutputError extends ScrapeError {
  override name = 'OutputError';
  override readonly code = 'OUTPUT';
}

/**
 * How a connection failed, when it did. 'site': nothing about the page asked for could have caused
 * it (refused, host not found, TLS); 'request': it may be this request alone (a timeout, a reset).
 */
export type ConnectionFailure = 'site' | 'request';

/** A request took longer than --timeout. */
export class FetchTimeoutError extends ScrapeError {
  override name = 'FetchTimeoutError';
  override readonly code = 'TIMEOUT';
  readonly connection: ConnectionFailure = 'request';
  constructor(timeoutMs: number, options?: ErrorOptions) {
    super(`timeout after ${timeoutMs} ms`, options);
  }
}

/** The connection failed (refused, reset, DNS, TLS), or a body came cut short (`connection` undefined). */
export class NetworkError extends ScrapeError {
  override name = 'NetworkError';
  override readonly code = 'NETWORK';
  readonly connection: ConnectionFailure | undefined;
  constructor(message: string, options?: ErrorOptions & {connection?: ConnectionFailure}) {
    super(message, options);
    this.connection = options?.connection;
  }
}

/**
 * The answer is not a page of any layout screener knows: Finviz may have changed its markup.
 * Never "not found": it is retried like a fault, and several in a row stop the run.
 */
export class PageNotRecognisedError extends ScrapeError {
  override name = 'PageNotRecognisedError';
  override readonly code = 'PAGE_NOT_RECOGNISED';
}

/** A page of a known layout that lacks some of that layout's fields: cut short, or changed. Retried, then a failed row. */
export class PageIncompleteError extends ScrapeError {
  override name = 'PageIncompleteError';
  override readonly code = 'PAGE_INCOMPLETE';
}
