import {ERROR_COLUMN, PAGE_COLUMNS} from '../schema/header-columns.js';
import type {TickerOutcome} from '../scrape/ticker-outcome.js';
import {RAW_COLUMNS} from './columns.js';

const PAGE_COLUMN_BY_NAME = new Map(PAGE_COLUMNS.map((column) => [column.name, column]));

/**
 * One CSV record with values exactly as the page shows them. A failed ticker
 * has only Ticker and Error filled. A column the page lacks is empty, and so is
 * Page Ticker unless the page shows another ticker than the one requested.
 */
export function rawRecord(outcome: TickerOutcome): string[] {
  if (!outcome.ok)
    return RAW_COLUMNS.map((column) => (column === 'Ticker' ? outcome.ticker : column === ERROR_COLUMN.name ? outcome.message : ''));
  const {page} = outcome;
  return RAW_COLUMNS.map((column) =>
    column === ERROR_COLUMN.name ? '' : (PAGE_COLUMN_BY_NAME.get(column)?.read(page) ?? page.snapshot[column] ?? ''),
  );
}
