import {descendants, firstDescendant, hasClassToken, shownText, type TreeElement} from './tree.js';
import {tableNotRecognised, type RawTableRow} from './raw-row.js';

/** The ticker lists the page shows above the snapshot (2024 on), by their label link. */
export const TICKER_LISTS: readonly string[] = ['Peers', 'Held by'];

/** A label link goes to the screener of the listed tickers: `screener.ashx?t=…`, `screener?t=…` since 2026. */
const LIST_LINK = /^\/?screener(?:\.ashx)?\?(?:.*&)?t=/;
/** A listed ticker links to its quote: `quote.ashx?t=MSFT…`, `stock?t=MSFT…` since 2026. */
const TICKER_LINK = /^\/?(?:quote\.ashx|stock)\?(?:.*&)?t=/;

/** Where the profile's parts are on the page; either may be missing. */
export interface ProfileParts {
  /** The first `td.fullview-profile`: the description (in `div.quote_profile-bio` since 2024). */
  readonly description: TreeElement | undefined;
  /** `td.js-quote-correlation-links-container` (2024 on): "Peers: MSFT SONY …  |  Held by: VTI VOO …". */
  readonly tickerLists: TreeElement | undefined;
}

/**
 * The company's profile as one row, Description, Peers, Held by, each list its tickers as shown,
 * separated by a space; no row if the page shows none of them.
 */
export function readProfile({description, tickerLists}: ProfileParts): RawTableRow[] {
  if (description === undefined && tickerLists === undefined) return [];
  const lists = new Map<string, string[]>(TICKER_LISTS.map((label) => [label, []]));
  if (tickerLists !== undefined) {
    let current: string[] | undefined;
    for (const link of descendants(tickerLists, (element) => element.name === 'a')) {
      const href = link.attribs['href'] ?? '';
      if (LIST_LINK.test(href)) {
        const label = shownText(link);
        current = lists.get(label);
        if (current === undefined) throw tableNotRecognised('profile', `lists tickers under ${JSON.stringify(label)}`);
      } else if (TICKER_LINK.test(href)) {
        if (current === undefined) throw tableNotRecognised('profile', 'lists a ticker under no label');
        current.push(shownText(link));
      }
    }
  }
  const bio =
    description === undefined ? undefined : firstDescendant(description, (element) => hasClassToken(element, 'quote_profile-bio'));
  const text = bio ?? description;
  return [[text === undefined ? '' : shownText(text), ...TICKER_LISTS.map((label) => (lists.get(label) ?? []).join(' '))]];
}
