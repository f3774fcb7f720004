/**
 * The opt-in column `--scraped-at` adds, just before Error: when the row's page was fetched, in
 * UTC, ISO 8601 to the second with its offset (`2026-07-01T14:03:12Z`). UTC because the rows of
 * one file may be fetched across a change of daylight saving time, or on machines in other
 * zones, and must still compare and sort as text; DuckDB reads it as TIMESTAMP WITH TIME ZONE.
 * A failed row has none: no page was fetched.
 */
export const SCRAPED_AT = 'Scraped At';

/** The column's text for a page fetched at `date`. */
export function scrapedAtText(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
