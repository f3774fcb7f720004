import type {QuotePage} from '../finviz/parse-quote.js';

/**
 * What became of one ticker. Plain data, so it crosses from a worker thread
 * intact (structuredClone would strip an Error's class).
 */
export type TickerOutcome =
  | {readonly ok: true; readonly ticker: string; readonly page: QuotePage}
  | {readonly ok: false; readonly ticker: string; readonly code: string; readonly message: string};
