import type {QuotePage} from '../finviz/parse-quote.js';
import {otherShownTicker} from '../finviz/same-ticker.js';

/**
 * The output columns no snapshot label fills, the same in the normalized output and with
 * `--raw`: the ticker and the page header's fields before the snapshot's columns, Page Ticker
 * and Error after them. Their values are text, written as the page shows them.
 */
export interface PageColumn {
  readonly name: string;
  readonly meaning: string;
  /** The column's text for a page ('' when the page shows none). */
  readonly read: (page: QuotePage) => string;
}

/** Before the snapshot's columns. */
export const HEADER_COLUMNS: readonly PageColumn[] = [
  {name: 'Ticker', meaning: 'the ticker as requested', read: (page) => page.ticker},
  {name: 'Company', meaning: 'company name', read: (page) => page.company},
  {name: 'Sector', meaning: 'sector', read: (page) => page.sector},
  {name: 'Industry', meaning: 'industry', read: (page) => page.industry},
  {name: 'Country', meaning: 'country', read: (page) => page.country},
  {name: 'Exchange', meaning: 'exchange, e.g. NASD, NYSE, AMEX', read: (page) => page.exchange},
];

/** After the snapshot's columns, before Error. */
export const PAGE_TICKER_COLUMN: PageColumn = {
  name: 'Page Ticker',
  meaning:
    'the ticker the page shows when it is not the one requested (Finviz may show a renamed ticker under its new symbol); empty otherwise',
  read: otherShownTicker,
};

/** Every column a page fills outside its snapshot, in output order. */
export const PAGE_COLUMNS: readonly PageColumn[] = [...HEADER_COLUMNS, PAGE_TICKER_COLUMN];

/** The last column: filled from the ticker's outcome, not from a page. */
export const ERROR_COLUMN = {name: 'Error', meaning: 'empty for a good row; for a failed one the reason'} as const;
