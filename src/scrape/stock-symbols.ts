import type {Sitemap} from '../finviz/parse-sitemap.js';
import {mapInOrder} from './map-in-order.js';
import type {RequestResult} from './retry-request.js';
import type {SiteSession} from './site-session.js';

/** The sitemap of Finviz's stocks: one answer with every one of them in August 2026. */
export const STOCK_SITEMAP = 't=0&p=0';

/** What the stock sitemap lists. */
export interface StockSymbols {
  /** Tickers as the addresses give them, upper-cased, each once, in sitemap order. */
  readonly tickers: readonly string[];
  /** Sitemaps read: 1, or the stock sitemaps of an index. */
  readonly sitemaps: number;
  /** Addresses read in all. */
  readonly addresses: number;
  /** An address that was no stock page and was passed over, if any. */
  readonly otherExample?: string;
}

/**
 * Reads the market's tickers from the stock sitemap, through the session (its limiter, retries,
 * proxies and run guard). Should the answer be a sitemap index, its stock sitemaps (`t=0`) are
 * read, one level deep, and their tickers joined in order; an index listing none, or listing
 * another index, is not recognised.
 */
export async function stockSymbols(session: SiteSession, signal?: AbortSignal): Promise<RequestResult<StockSymbols>> {
  const first = await session.fetch({kind: 'sitemap', query: STOCK_SITEMAP});
  if (!first.ok) return first;
  let pages: Extract<Sitemap, {kind: 'urlset'}>[] = [];
  if (first.page.kind === 'urlset') {
    pages = [first.page];
  } else {
    const queries = stockSitemapQueries(first.page.sitemaps);
    if (queries.length === 0) return notRecognised(`its index lists no stock sitemap (${first.page.sitemaps[0]}…)`);
    for await (const result of mapInOrder(queries, (query) => session.fetch({kind: 'sitemap', query}), {
      window: session.concurrency,
      signal,
    })) {
      if (!result.ok) return result;
      if (result.page.kind === 'index') return notRecognised('a sitemap index lists another index');
      pages.push(result.page);
    }
  }
  const tickers = new Set<string>();
  for (const page of pages) for (const ticker of page.tickers) tickers.add(ticker.toUpperCase());
  const otherExample = pages.find((page) => page.otherExample !== undefined)?.otherExample;
  return {
    ok: true,
    page: {
      tickers: [...tickers],
      sitemaps: pages.length,
      addresses: pages.reduce((sum, page) => sum + page.addresses, 0),
      ...(otherExample === undefined ? {} : {otherExample}),
    },
  };
}

/** The query strings of an index's stock sitemaps (`…/sitemap.xml?t=0&p=N`), asked of the run's site whatever host they name. */
function stockSitemapQueries(locs: readonly string[]): string[] {
  const queries: string[] = [];
  for (const loc of locs) {
    let url: URL;
    try {
      url = new URL(loc);
    } catch {
      continue;
    }
    if (url.pathname.endsWith('/sitemap.xml') && url.searchParams.get('t') === '0') queries.push(url.search.slice(1));
  }
  return queries;
}

function notRecognised(detail: string): RequestResult<never> {
  return {ok: false, code: 'PAGE_NOT_RECOGNISED', message: `sitemap not recognised: ${detail}`};
}
