import type {QuotePage} from './parse-quote.js';

/**
 * The form two tickers are compared in: upper case, and "." as "-", since Finviz writes share
 * classes with a dash (BRK-B) where other sites and many lists use a dot (BRK.B).
 */
function comparable(ticker: string): string {
  return ticker.trim().toUpperCase().replaceAll('.', '-');
}

/** Whether two tickers name the same listing: `brk.b`, `BRK-B` and `BRK.B` do. */
export function sameTicker(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

/**
 * The ticker a page shows when it is not the one asked for (Finviz may show a renamed ticker
 * under its new symbol), else ''. A row the screener gave has no shown ticker of its own: ''.
 */
export function otherShownTicker(page: Pick<QuotePage, 'ticker' | 'shownTicker'>): string {
  const {shownTicker = ''} = page;
  return shownTicker === '' || sameTicker(shownTicker, page.ticker) ? '' : shownTicker;
}
