import {PageNotRecognisedError} from '../../errors.js';
import {hasClass, LESS_THAN, type HtmlBytes, type Tag} from '../html-bytes.js';
import {readHeaderBytes} from '../quote-header.js';
import {startTagWithClass} from '../quote-regions.js';
import {sameTicker} from '../same-ticker.js';

/** The elements the table readers read. */
export type TableRegion = 'news' | 'ratings' | 'insider' | 'description' | 'tickerLists';

/** Where each region's elements start (their start tag's "<"), in page order. */
export type RegionStarts = Readonly<Record<TableRegion, readonly number[]>>;

/** Which table a `<table …>` start tag is, by its id or class: each layout's (2018 to 2026). */
function tableKind(tag: Tag): TableRegion | 'quote header' | 'links' | undefined {
  const attributes = tag.attributes ?? {};
  if (attributes['id'] === 'news-table') return 'news';
  const classes = (attributes['class'] ?? '').split(/\s+/);
  // fullview-ratings-outer until 2023, js-table-ratings since May 2023 (both until 2023).
  if (classes.includes('js-table-ratings') || classes.includes('fullview-ratings-outer')) return 'ratings';
  if (classes.includes('body-table')) return 'insider';
  // The header of a quote until mid-2023: an old page may hold several quotes (`quote.ashx?t=A,M`).
  if (classes.includes('fullview-title')) return 'quote header';
  // Since 2024, the table whose cell lists the peers and the funds that hold the stock.
  if (classes.includes('fullview-links')) return 'links';
  return undefined;
}

/**
 * Where the elements of each table start in the page's bytes, found as ../quote-regions.ts finds
 * the header and the snapshot: by searching the bytes, here for every `<table` (one native scan:
 * a 250 KB page has a few dozen tables) and for the profile's cell, `fullview-profile`, and
 * reading the tag there. Only those of the quote for `ticker` when the page holds several (old
 * pages of `quote.ashx?t=A,M`): a quote's tables come after its header and before the next one.
 */
export function regionStarts(html: HtmlBytes, ticker: string | undefined): RegionStarts {
  const found: Record<TableRegion, number[]> = {news: [], ratings: [], insider: [], description: [], tickerLists: []};
  const headers: number[] = [];
  const links: number[] = [];
  for (let at = html.find('<table', 0); at !== -1; at = html.find('<table', at + 6)) {
    const tag = html.readTag(at, true);
    if (tag === undefined || tag.name !== 'table') continue;
    const kind = tableKind(tag);
    if (kind === 'quote header') headers.push(at);
    else if (kind === 'links') links.push(at);
    else if (kind !== undefined) found[kind].push(at);
  }
  for (let at = html.find('fullview-profile', 0); at !== -1; at = html.find('fullview-profile', at + 16)) {
    const start = startTagWithClass(html, at, 'td', 'fullview-profile');
    if (start !== undefined) found.description.push(start);
  }
  for (const table of links) {
    const cell = cellWithClass(html, table, 'js-quote-correlation-links-container');
    if (cell !== undefined) found.tickerLists.push(cell);
  }
  if (headers.length <= 1) return found;
  const {from, to} = quoteSpan(html, headers, ticker);
  const within = (starts: readonly number[]): number[] => starts.filter((start) => start >= from && start < to);
  return {
    news: within(found.news),
    ratings: within(found.ratings),
    insider: within(found.insider),
    description: within(found.description),
    tickerLists: within(found.tickerLists),
  };
}

/** The first `<td>` with class `token` in the table at `table`, looked for up to the table's first end tag. */
function cellWithClass(html: HtmlBytes, table: number, token: string): number | undefined {
  const end = html.find('</table', table);
  for (let at = html.next(LESS_THAN, table + 1); at !== -1 && (end === -1 || at < end); at = html.next(LESS_THAN, at + 1)) {
    // Attributes only for cells: the links after the one looked for carry long tooltips.
    const tag = html.readTag(at);
    if (tag?.name !== 'td' || tag.closing) continue;
    if (hasClass(html.readTag(at, true) ?? {attributes: undefined}, token)) return at;
  }
  return undefined;
}

/** The bytes of the quote for `ticker` among several. */
function quoteSpan(html: HtmlBytes, headers: readonly number[], ticker: string | undefined): {readonly from: number; readonly to: number} {
  const shown = headers.map((start) => readHeaderBytes(html, start)?.value.ticker ?? '');
  const index = ticker === undefined ? -1 : shown.findIndex((each) => sameTicker(each, ticker));
  if (index === -1)
    throw new PageNotRecognisedError(
      `page not recognised: tables of several quotes (${shown.join(', ')}), none for ${ticker ?? 'no ticker'}`,
    );
  return {from: headers[index] ?? 0, to: headers[index + 1] ?? html.length};
}
