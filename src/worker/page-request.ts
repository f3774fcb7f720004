import type {QuotePage} from '../finviz/parse-quote.js';
import type {ScreenerPage} from '../finviz/parse-screener.js';
import type {ScreenerPanel} from '../finviz/screener-panel.js';

/** One page to ask the site for: a ticker's quote page, or a page of the screener's results. */
export type PageRequest =
  | {readonly kind: 'quote'; readonly ticker: string}
  /**
   * `query` is the screener's query string without '?', e.g. "v=111&f=cap_large&r=21"; with
   * `panel`, the codes the page offers are read too (page 1, to check a screen's codes).
   */
  | {readonly kind: 'screener'; readonly query: string; readonly panel?: boolean};

/** A screener page, with the codes it offers when the request asked for them. */
export interface ScreenerAnswerPage extends ScreenerPage {
  readonly panel?: ScreenerPanel;
}

/** What a good answer to a request holds. */
export type PageOf<R extends PageRequest> = R extends {kind: 'quote'} ? QuotePage : ScreenerAnswerPage;
