import type {PageRequest} from '../worker/page-request.js';

/**
 * A request's page URL below the base URL (whose path, if any, is kept): the paths finviz.com
 * links to since June 2026, `stock?t=AAPL&p=d` and `screener?v=…` (it still answered the older
 * `quote.ashx` and `screener.ashx` in August 2026), the statements JSON its quote page loads,
 * `api/statement.ashx?t=AAPL&s=IA`, and its sitemaps, `sitemap.xml?t=0&p=0`. A site that redirects them elsewhere is
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
  if (request.kind === 'statement') {
    const url = new URL('api/statement.ashx', base);
    url.searchParams.set('t', request.ticker);
    url.searchParams.set('s', request.code);
    return url;
  }
  const url = new URL(request.kind === 'sitemap' ? 'sitemap.xml' : 'screener', base);
  url.search = request.query;
  return url;
}

/** A short name for the request, unique within a run: the ticker, the screener's query, or the ticker and statement. */
export function requestKey(request: PageRequest): string {
  switch (request.kind) {
    case 'quote':
      return request.ticker;
    case 'statement':
      return `${request.ticker} ${request.code}`;
    case 'screener':
      return `screener?${request.query}`;
    case 'sitemap':
      return `sitemap.xml?${request.query}`;
  }
}
