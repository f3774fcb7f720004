import {QUOTE_TABLE_NAMES} from '../finviz/quote-tables/raw-row.js';

/**
 * Tables with zero or more rows per ticker (`--tables`): news, ratings, insider trades, profile.
 * Every other table, and scrape's own output, has one row per ticker.
 */
export const MANY_ROW_TABLES: ReadonlySet<string> = new Set(QUOTE_TABLE_NAMES);

/** How many rows a ticker has in a table. */
export type RowsPerTicker = 'one' | 'many';

/** A table's kind by its name (a file's name without extension: `news.csv` is news). */
export function rowsPerTickerOf(table: string): RowsPerTicker {
  return MANY_ROW_TABLES.has(table.toLowerCase()) ? 'many' : 'one';
}
