import {load} from 'cheerio/slim';
import {readQuoteTables, type QuoteTableName, type QuoteTables} from '../../src/finviz/quote-tables/index.js';
import type {TableRegion} from '../../src/finviz/quote-tables/table-regions.js';
import type {TreeElement} from '../../src/finviz/quote-tables/tree.js';
import {sameTicker} from '../../src/finviz/same-ticker.js';

const SELECTORS: Readonly<Record<TableRegion, string>> = {
  news: 'table#news-table',
  ratings: 'table.js-table-ratings, table.fullview-ratings-outer',
  insider: 'table.body-table',
  description: 'td.fullview-profile',
  tickerLists: 'table.fullview-links td.js-quote-correlation-links-container',
};

/**
 * The tables as the same readers read them from cheerio's tree of the whole page (htmlparser2,
 * as in the product's fallback): the reference the fast path, which parses only each table's
 * bytes, is held to.
 */
export function referenceTables(html: string, names: readonly QuoteTableName[], ticker: string): QuoteTables {
  const $ = load(html);
  const headers = $('table.fullview-title').toArray();
  const all = $(`table.fullview-title, ${Object.values(SELECTORS).join(', ')}`).toArray();
  let from = 0;
  let to = all.length;
  if (headers.length > 1) {
    const index = headers.findIndex((header) => sameTicker($(header).find('#ticker').text().trim(), ticker));
    from = all.indexOf(headers[index] as (typeof all)[number]);
    to = index + 1 < headers.length ? all.indexOf(headers[index + 1] as (typeof all)[number]) : all.length;
  }
  const within = new Set<unknown>(all.slice(from, to));
  return readQuoteTables(
    (region) =>
      $(SELECTORS[region])
        .toArray()
        .filter((element) => within.has(element))
        .map((element) => element as unknown as TreeElement),
    names,
  );
}
