/**
 * Generated quote pages a parser must not take for a good quote, for tests: each is the
 * stand-in's page of a known layout (./quote-page.ts) with one thing wrong, built by the
 * generator (never by editing a saved page). What parseQuotePage makes of each:
 *
 * - {@link quotePageWithoutLabels}, {@link quotePageCutInSnapshot}, {@link quotePageWithoutHeaderField}:
 *   PageIncompleteError;
 * - {@link quotePageOfUnknownLayout}, {@link quotePageWithRenamedLabels}: PageNotRecognisedError;
 * - {@link quotePageShowingTicker}: a good quote, whose shownTicker is not the one asked for.
 */
import type {QuoteLayoutName} from '../finviz/quote-layouts.js';
import {NEWEST_LAYOUT, renderQuotePage} from './quote-page.js';
import type {OmittableHeaderField} from './quote-markup/quote-markup.js';

/** The page of `layout` for `ticker` without the snapshot fields `labels` (as SNAPSHOT_LABELS names them): label and value cells both gone. */
export function quotePageWithoutLabels(ticker: string, labels: readonly string[], layout: QuoteLayoutName = NEWEST_LAYOUT): string {
  return renderQuotePage(ticker, layout, {withoutLabels: labels});
}

/**
 * The page of `layout` for `ticker` whose snapshot stops after `rows` rows (of all its tables
 * together; 14 rows make one of the six tables of the newest layout), then goes on properly
 * closed: `</tr></table>`, the rest of the page, `</html>`. So nothing but the missing fields
 * tells it from a whole page.
 */
export function quotePageCutInSnapshot(ticker: string, rows: number, layout: QuoteLayoutName = NEWEST_LAYOUT): string {
  return renderQuotePage(ticker, layout, {snapshotRows: rows});
}

/** The page of `layout` for `ticker` whose header lacks `field` (its link or element is not there). */
export function quotePageWithoutHeaderField(ticker: string, field: OmittableHeaderField, layout: QuoteLayoutName = NEWEST_LAYOUT): string {
  return renderQuotePage(ticker, layout, {withoutHeaderField: field});
}

/**
 * The page of `layout` for `ticker` with its snapshot's markup changed as in no layout screener
 * knows: `'table class'` renames the tables' class `snapshot-table2` (no snapshot is found at
 * all); `'cell markup'` gives the label cells another class and their tooltip another attribute
 * (the tables are found, their markup is not known).
 */
export function quotePageOfUnknownLayout(
  ticker: string,
  change: 'table class' | 'cell markup' = 'table class',
  layout: QuoteLayoutName = NEWEST_LAYOUT,
): string {
  return renderQuotePage(ticker, layout, {unknownMarkup: change});
}

/** The page of `layout` for `ticker` showing some labels under other names (label as SNAPSHOT_LABELS names it -> shown text), as if Finviz renamed fields. */
export function quotePageWithRenamedLabels(
  ticker: string,
  renamed: Readonly<Record<string, string>>,
  layout: QuoteLayoutName = NEWEST_LAYOUT,
): string {
  return renderQuotePage(ticker, layout, {renamedLabels: renamed});
}

/**
 * The page of another ticker, `shown`, as Finviz answers for a renamed ticker under its new
 * symbol (asked for FB, the page is META's). Serve it for the ticker asked for.
 */
export function quotePageShowingTicker(shown: string, layout: QuoteLayoutName = NEWEST_LAYOUT): string {
  return renderQuotePage(shown, layout);
}
