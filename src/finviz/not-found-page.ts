import type {CheerioAPI} from 'cheerio/slim';
import {collapse} from './collapse.js';

/** The sentence Finviz's not-found page opens its message with: `Ticker "ZZZZ" not found.` */
const NOT_FOUND = /^Ticker "([^"]+)" not found\./;
/** Its link to the search, `search.ashx?p=X` (and, as 2026 dropped `.ashx` from links, `search?p=X`). */
const SEARCH_LINK = /(^|\/)search(\.ashx)?\?p=/;

/**
 * The ticker Finviz's own "not found" page names, or undefined if this is not that page. The
 * saved ones (2022 and 2023; the stand-in serves the same) have no quote header and no snapshot,
 * and a `td.body-text` cell reading `Ticker "X" not found.` with a link to `search.ashx?p=X`;
 * their titles ("Stock Quote", "X Stock Quote") tell nothing, so only the cell is read.
 */
export function notFoundTicker($: CheerioAPI): string | undefined {
  for (const cell of $('td.body-text').toArray()) {
    const named = NOT_FOUND.exec(collapse($(cell).text()))?.[1];
    if (named === undefined) continue;
    if (
      $(cell)
        .find('a')
        .toArray()
        .some((link) => SEARCH_LINK.test(link.attribs['href'] ?? ''))
    )
      return named;
  }
  return undefined;
}
