import type {QuotePage} from '../finviz/parse-quote.js';
import type {QuoteTableName} from '../finviz/quote-tables/index.js';
import type {ScreenerPage} from '../finviz/parse-screener.js';

/** One page to ask the site for: a ticker's quote page, or a page of the screener's results. */
export type PageRequest =
  /** `tables`: the page's tables to read besides its header and snapshot (none when absent). */
  | {readonly kind: 'quote'; readonly ticker: string; readonly tables?: readonly QuoteTableName[]}
  /** `query` is the screener's query string without '?', e.g. "v=111&f=cap_large&r=21". */
  | {readonly kind: 'screener'; readonly query: string};

/** What a good answer to a request holds. */
export type PageOf<R extends PageRequest> = R extends {kind: 'quote'} ? QuotePage : ScreenerPage;
