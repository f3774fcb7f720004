import type {QuotePage} from '../finviz/parse-quote.js';
import type {ScreenerPage} from '../finviz/parse-screener.js';

/** One page to ask the site for: a ticker's quote page, or a page of the screener's results. */
export type PageRequest =
  | {readonly kind: 'quote'; readonly ticker: string}
  /** `query` is the screener's query string without '?', e.g. "v=111&f=cap_large&r=21". */
  | {readonly kind: 'screener'; readonly query: string};

/** What a good answer to a request holds. */
export type PageOf<R extends PageRequest> = R extends {kind: 'quote'} ? QuotePage : ScreenerPage;
