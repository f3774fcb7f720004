import type {FailureCode} from '../errors.js';
import type {QuotePage} from '../finviz/parse-quote.js';

/**
 * What became of one ticker: its page (a quote page unless a run asks for another, such as a
 * statement), or why there is none (the text of the Error column). Every input ticker gets exactly one.
 */
export type TickerOutcome<P = QuotePage> =
  /** `fetchedAt`: when the page came (the Scraped At column). */
  | {readonly ok: true; readonly ticker: string; readonly page: P; readonly fetchedAt?: Date}
  | {readonly ok: false; readonly ticker: string; readonly code: FailureCode; readonly message: string};
