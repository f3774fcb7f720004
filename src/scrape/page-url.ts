import type {PageRequest} from '../worker/page-request.js';

/**
 * A request's page URL below the base URL (whose path, if any, is kept): the paths finviz.com
 * links to since June 2026, `stock?t=AAPL&p=d` and `screener?v=…` (it still answered the older
 * `quote.ashx` and `screener.ashx` in August 2026). A site that redirects them elsewhere is
 * followed, and the move learned for the rest of the run (../http/learned-paths.ts).
 */
export function pageUrl(baseUrl: string, request: PageRequest): URL {
  const base = new URL(baseUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  if (request.kind === 'quote') {
    const url = new URL('stock', base);
    url.searchParams.set('t', request.ticker);
    url.searchParams.set('p', 'd');
    return url;
  }
  const url = new URL('screener', base);
  url.search = request.query;
  return url;
}

/** A short name for the request, unique within a run: the ticker, or the screener's query. */
export function requestKey(request: PageRequest): string {
  return request.kind === 'quote' ? request.ticker : `screener?${request.query}`;
}
