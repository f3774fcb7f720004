import {PageNotRecognisedError} from '../../errors.js';

/** The tables of a quote page screener reads besides its snapshot. */
export type QuoteTableName = 'news' | 'ratings' | 'insider' | 'profile';

/** Every table, in the order the README and `--tables` list them. */
export const QUOTE_TABLE_NAMES: readonly QuoteTableName[] = ['news', 'ratings', 'insider', 'profile'];

/**
 * One item of a table: its cells as the page shows them (whitespace collapsed to single spaces,
 * trimmed), in the table's raw column order (../../schema/tables/), a link's address as its
 * href is written (decoded; Finviz writes news and SEC links absolute).
 */
export type RawTableRow = readonly string[];

/** The error for a table that is there but whose markup is not one screener knows. */
export function tableNotRecognised(table: QuoteTableName, what: string): PageNotRecognisedError {
  return new PageNotRecognisedError(`page not recognised: the ${table} table ${what}`);
}

/** The cells' texts, quoted, for a message. */
export function quoted(texts: readonly string[]): string {
  return texts.map((text) => JSON.stringify(text)).join(', ');
}
