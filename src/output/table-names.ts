// raw-row.ts holds the names with no parser behind them.
import {QUOTE_TABLE_NAMES, type QuoteTableName} from '../finviz/quote-tables/raw-row.js';

/**
 * The tables a quote page gives: `snapshot`, one row a ticker (the default), and the tables of
 * ../finviz/quote-tables/, any number of rows a ticker, all from the same one request. A module
 * of names only, so the command line can list them without loading a parser.
 */
export type OutputTableName = 'snapshot' | QuoteTableName;

export const OUTPUT_TABLE_NAMES: readonly OutputTableName[] = ['snapshot', ...QUOTE_TABLE_NAMES];
