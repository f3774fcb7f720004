import {hasClass, type HtmlBytes} from './html-bytes.js';

/**
 * Where the parts of a quote page the parser reads begin: the header of each quote and its
 * snapshot tables, found in the page's bytes without parsing the rest of it (the other ~85% of
 * a 250 KB page).
 */
export interface RegionStart {
  /** The offset of the element's start tag. */
  readonly start: number;
  /** A quote's header (ticker, company, sector…); else a snapshot table. */
  readonly header: boolean;
  /** The element's name: a header is a `table` to mid-2023, a `div` since. */
  readonly tag: string;
}

/** The elements the parser reads, as tag name and class token: headers 2018–May 2023, then mid-2023 onward; snapshot tables. */
const REGIONS = [
  {tag: 'table', token: 'fullview-title', header: true},
  {tag: 'div', token: 'quote-header-wrapper', header: true},
  {tag: 'table', token: 'snapshot-table2', header: false},
] as const;

/** The same elements as CSS selectors, for cheerio (literals, so that cheerio types what they select as elements). */
export const HEADER_SELECTOR = 'table.fullview-title, div.quote-header-wrapper';
export const SNAPSHOT_SELECTOR = 'table.snapshot-table2';

/** The class tokens that mark a header. */
export const HEADER_TOKENS: readonly string[] = REGIONS.filter((region) => region.header).map((region) => region.token);

/** The start tags of the header and snapshot elements, in page order. */
export function regionStarts(html: HtmlBytes): RegionStart[] {
  const starts: RegionStart[] = [];
  for (const match of regionTokens(html)) {
    const start = startTagWithClass(html, match.index, match.region.tag, match.region.token);
    if (start !== undefined && start !== starts.at(-1)?.start) starts.push({start, header: match.region.header, tag: match.region.tag});
  }
  return starts;
}

/** Where the class tokens occur, in page order. No token overlaps another or itself. */
function regionTokens(html: HtmlBytes): Array<{readonly index: number; readonly region: (typeof REGIONS)[number]}> {
  const found: Array<{index: number; region: (typeof REGIONS)[number]}> = [];
  for (const region of REGIONS) {
    for (let at = html.find(region.token, 0); at !== -1; at = html.find(region.token, at + region.token.length))
      found.push({index: at, region});
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The start of the `<tag ...>` whose class attribute holds the `token` found at `at`, if it is one. */
export function startTagWithClass(html: HtmlBytes, at: number, tag: string, token: string): number | undefined {
  const start = html.previous(0x3c /* < */, at);
  const found = start === -1 ? undefined : html.readTag(start, true);
  if (found === undefined || found.name !== tag || found.closing || found.end <= at) return undefined;
  return hasClass(found, token) ? start : undefined;
}
