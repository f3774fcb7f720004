import {HtmlBytes} from '../html-bytes.js';
import {fragmentTree} from './fragment-tree.js';
import {readInsiderTable} from './insider-table.js';
import {readNewsTable} from './news-table.js';
import {readProfile, type ProfileParts} from './profile-table.js';
import {readRatingsTable} from './ratings-table.js';
import {tableNotRecognised, type QuoteTableName, type RawTableRow} from './raw-row.js';
import {regionStarts, type TableRegion} from './table-regions.js';
import type {TreeElement} from './tree.js';

export {QUOTE_TABLE_NAMES, type QuoteTableName, type RawTableRow} from './raw-row.js';

/** The rows of each table asked for, in page order; `[]` for a table the page does not show. */
export type QuoteTables = {readonly [N in QuoteTableName]?: readonly RawTableRow[]};

/**
 * Reads the tables `names` of a Finviz quote page, given as its bytes (as fetched) or as text.
 * Each table's element is found in the bytes (./table-regions.ts) and only that element is
 * parsed (./fragment-tree.ts), then read by its table's reader: well under the cost of cheerio
 * on the whole page.
 *
 * Every name asked for has its key. A table the page does not show (AEZS has no insider table,
 * ATHE no ratings either) gives `[]`: that is not an error, since the page itself is known to be
 * a quote (parseQuotePage, which the pipeline calls first on the same bytes, throws otherwise).
 * A table that is there with markup screener does not know (another header, rows of another
 * number of cells, two of them) throws PageNotRecognisedError naming the table, never rows with
 * holes or shifted columns.
 *
 * `ticker` chooses the quote on a page of several (old `quote.ashx?t=A,M` pages); without it such
 * a page is not recognised.
 */
export function parseQuoteTables(page: Uint8Array | string, names: readonly QuoteTableName[], ticker?: string): QuoteTables {
  const html = new HtmlBytes(typeof page === 'string' ? Buffer.from(page, 'utf8') : page);
  const starts = regionStarts(html, ticker);
  return readQuoteTables((region) => starts[region].map((start) => fragmentTree(html, start)), names);
}

/** The elements of a region, in page order; undefined for one that cannot be read (never from a whole page). */
export type RegionElements = (region: TableRegion) => readonly (TreeElement | undefined)[];

/**
 * The tables `names`, from the elements `elementsOf` gives: from the page's bytes above, from
 * cheerio's tree of the whole page in the tests, which hold the two to the same result.
 */
export function readQuoteTables(elementsOf: RegionElements, names: readonly QuoteTableName[]): QuoteTables {
  const tables: {[N in QuoteTableName]?: readonly RawTableRow[]} = {};
  for (const name of names) tables[name] = readTable(elementsOf, name);
  return tables;
}

const READERS: Readonly<Record<Exclude<QuoteTableName, 'profile'>, (table: TreeElement) => RawTableRow[]>> = {
  news: readNewsTable,
  ratings: readRatingsTable,
  insider: readInsiderTable,
};

function readTable(elementsOf: RegionElements, name: QuoteTableName): RawTableRow[] {
  if (name === 'profile') {
    const parts: ProfileParts = {description: onlyFirst(elementsOf('description')), tickerLists: onlyFirst(elementsOf('tickerLists'))};
    return readProfile(parts);
  }
  const elements = elementsOf(name);
  if (elements.length > 1) throw tableNotRecognised(name, `is shown ${elements.length} times`);
  const [element] = elements;
  if (elements.length === 1 && element === undefined) throw tableNotRecognised(name, 'cannot be read');
  return element === undefined ? [] : READERS[name](element);
}

/** The first of a region's elements: 2026 pages show the description's cell first, then the owners' and the officers'. */
function onlyFirst(elements: readonly (TreeElement | undefined)[]): TreeElement | undefined {
  return elements[0];
}
