import {otherShownTicker} from '../finviz/same-ticker.js';
import type {TickerOutcome} from '../scrape/ticker-outcome.js';
import {RAW_COLUMNS} from './columns.js';

/**
 * One CSV record with values exactly as the page shows them. A failed ticker
 * has only Ticker and Error filled. A column the page lacks is empty, and so is
 * Page Ticker unless the page shows another ticker than the one requested.
 */
export function rawRecord(outcome: TickerOutcome): string[] {
  if (!outcome.ok) return RAW_COLUMNS.map((column) => (column === 'Ticker' ? outcome.ticker : column === 'Error' ? outcome.message : ''));
  const {page} = outcome;
  const header: Record<string, string> = {
    Ticker: outcome.ticker,
    Company: page.company,
    Sector: page.sector,
    Industry: page.industry,
    Country: page.country,
    Exchange: page.exchange,
    'Page Ticker': otherShownTicker(page),
    Error: '',
  };
  return RAW_COLUMNS.map((column) => header[column] ?? page.snapshot[column] ?? '');
}
