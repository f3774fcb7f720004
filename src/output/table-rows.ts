import type {QuoteTableName} from '../finviz/quote-tables/index.js';
import {normalizeTable, rawTableRow} from '../schema/tables/index.js';
import {scrapeDateOf} from '../schema/value-readers.js';
import type {Diagnostics} from './diagnostics.js';
import type {OutputColumn} from './field-selection.js';
import {failedRow, scrapedAtOf, type RowMaker} from './output-rows.js';
import {SCRAPED_AT} from './scraped-at.js';

/**
 * Rows of a quote-page table (news, ratings, …): a row per item the page shows, none when it
 * has no such table, and for a failed ticker its one row with the Error.
 */
export function quoteTableRowMaker(
  table: QuoteTableName,
  columns: readonly OutputColumn[],
  {raw, now, diagnostics}: {readonly raw: boolean; readonly now: () => Date; readonly diagnostics: Diagnostics},
): RowMaker {
  return (outcome) => {
    if (!outcome.ok) return [failedRow(outcome.ticker, outcome.message, columns)];
    const {ticker} = outcome;
    const scrapedAt = scrapedAtOf(outcome);
    const rowOf = (values: ReadonlyMap<string, string>) => ({
      values: columns.map(({name}) => (name === SCRAPED_AT ? scrapedAt : (values.get(name) ?? null))),
      extra: {},
    });
    const rows = outcome.page.tables?.[table] ?? [];
    if (raw) return rows.map((row) => rowOf(rawTableRow(table, row, ticker)));
    return normalizeTable(table, rows, {ticker, scrapeDate: scrapeDateOf(now())}).map(({values, unreadable}) => {
      for (const problem of unreadable) diagnostics.unreadable(ticker, problem);
      return rowOf(values);
    });
  };
}
