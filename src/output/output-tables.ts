import type {QuoteTableName} from '../finviz/quote-tables/index.js';
import {SCHEMA, type Column} from '../schema/columns.js';
import {TABLE_SCHEMAS} from '../schema/tables/index.js';
import {RAW_COLUMNS} from './columns.js';
import type {OutputTableName} from './table-names.js';

/** The normalized columns of a table, Ticker first and Error last. */
export function tableColumns(table: OutputTableName): readonly Column[] {
  return table === 'snapshot' ? SCHEMA : TABLE_SCHEMAS[table].columns;
}

/** The columns of a table with --raw: values as the page shows them. */
export function rawTableColumns(table: OutputTableName): readonly string[] {
  return table === 'snapshot' ? RAW_COLUMNS : TABLE_SCHEMAS[table].rawColumns;
}

/** The quote-page tables (not the snapshot) among `tables`: what a request must parse besides the snapshot. */
export function quoteTablesAmong(tables: readonly OutputTableName[]): QuoteTableName[] {
  return tables.filter((table): table is QuoteTableName => table !== 'snapshot');
}
