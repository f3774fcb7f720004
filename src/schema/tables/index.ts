import type {QuoteTableName, RawTableRow} from '../../finviz/quote-tables/index.js';
import {INSIDER_TABLE} from './insider-columns.js';
import {NEWS_TABLE} from './news-columns.js';
import {PROFILE_TABLE} from './profile-columns.js';
import {RATINGS_TABLE} from './ratings-columns.js';
import type {NormalizedTableRow, TableReadContext, TableSchema} from './table-schema.js';

export type {NormalizedTableRow, TableReadContext, TableSchema} from './table-schema.js';

/** Each quote table's columns (normalized and raw) and its normalization. */
export const TABLE_SCHEMAS: Readonly<Record<QuoteTableName, TableSchema>> = {
  news: NEWS_TABLE,
  ratings: RATINGS_TABLE,
  insider: INSIDER_TABLE,
  profile: PROFILE_TABLE,
};

/**
 * The rows of table `name` (as parseQuoteTables gives them) in its normalized columns, in page
 * order, Ticker filled from `context`. Pure: the scrape date comes in `context`. A value that
 * does not read is left empty and named in its row's `unreadable`.
 */
export function normalizeTable(name: QuoteTableName, rows: readonly RawTableRow[], context: TableReadContext): NormalizedTableRow[] {
  return TABLE_SCHEMAS[name].normalize(rows, context);
}

/**
 * A raw row (`--raw`) of table `name`: its cells as shown under the table's raw columns
 * (TABLE_SCHEMAS[name].rawColumns), Ticker first; empty cells left out.
 */
export function rawTableRow(name: QuoteTableName, row: RawTableRow, ticker: string): ReadonlyMap<string, string> {
  const columns = TABLE_SCHEMAS[name].rawColumns;
  const values = new Map<string, string>([['Ticker', ticker]]);
  row.forEach((cell, index) => {
    const column = columns[index + 1];
    if (column !== undefined && cell !== '') values.set(column, cell);
  });
  return values;
}
