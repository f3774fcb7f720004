/**
 * Finviz's screener views by their `v=` number: the hundreds say what a page is, the tens which
 * columns or highlight it has (../shared/finviz-pages: v=1x0 tables of 20 rows, v=410 and 411
 * the tickers view of 1,000, v=510 and 520 the bulk views of 500).
 */

/** The tickers view: every match as one word, 1,000 a page, in the screen's order. */
export const TICKERS_VIEW = 411;

/** Results on one page of view `view`; the `r=` of page n is 1 + (n - 1) × this. */
export function rowsPerPage(view: number): number {
  switch (Math.floor(view / 100)) {
    case 1:
      return 20; // table views: overview, valuation, …, custom
    case 4:
      return 1000; // tickers
    case 5:
      return 500; // bulk
    default:
      throw new RangeError(`Expected a table (1xx), tickers (4xx) or bulk (5xx) view, got \`${view}\``);
  }
}

/**
 * The bulk views' columns as custom-view column ids (../finviz/screener-columns.ts), by view.
 * They have no header row: their columns are named by what their cells show on the June 2021
 * pages (v=510: ticker and change, "+10.76%"; v=520: ticker, price, change, volume without
 * separators, relative volume).
 */
export const BULK_VIEW_COLUMNS: ReadonlyMap<number, readonly number[]> = new Map([
  [510, [1, 66]],
  [520, [1, 65, 66, 67, 64]],
]);

/** True for the tickers views (v=4xx), whose results are a grid of tickers, not a table. */
export function isTickersView(view: number): boolean {
  return Math.floor(view / 100) === 4;
}
