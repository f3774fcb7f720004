import type {QuotePage} from '../finviz/parse-quote.js';
import type {QuoteTableName} from '../finviz/quote-tables/index.js';
import type {ScreenerPage} from '../finviz/parse-screener.js';
import type {Sitemap} from '../finviz/parse-sitemap.js';
import type {StatementCode} from '../schema/statement-columns.js';
import type {StatementPage} from '../schema/statement-values.js';
import type {ScreenerPanel} from '../finviz/screener-panel.js';

/** One page to ask the site for: a ticker's quote page, a page of the screener's results, a ticker's statement, or a sitemap. */
export type PageRequest =
  /** `tables`: the page's tables to read besides its header and snapshot (none when absent). */
  | {readonly kind: 'quote'; readonly ticker: string; readonly tables?: readonly QuoteTableName[]}
  /**
   * `query` is the screener's query string without '?', e.g. "v=111&f=cap_large&r=21"; with
   * `panel`, the codes the page offers are read too (page 1, to check a screen's codes).
   */
  | {readonly kind: 'screener'; readonly query: string; readonly panel?: boolean}
  /** The statements JSON: `code` is e.g. IA (income, annual). */
  | {readonly kind: 'statement'; readonly ticker: string; readonly code: StatementCode}
  /** `query` is the sitemap's query string without '?', e.g. "t=0&p=0" (the stocks). */
  | {readonly kind: 'sitemap'; readonly query: string};

/** A screener page, with the codes it offers when the request asked for them. */
export interface ScreenerAnswerPage extends ScreenerPage {
  readonly panel?: ScreenerPanel;
}

/** What a good answer to a request holds. */
export type PageOf<R extends PageRequest> = R extends {kind: 'quote'}
  ? QuotePage
  : R extends {kind: 'statement'}
    ? StatementPage
    : R extends {kind: 'sitemap'}
      ? Sitemap
      : ScreenerAnswerPage;
