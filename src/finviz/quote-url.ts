/** The Finviz quote page of one ticker, below the base URL (whose path, if any, is kept). */
export function quoteUrl(baseUrl: string, ticker: string): URL {
  const base = new URL(baseUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const url = new URL('quote.ashx', base);
  url.searchParams.set('t', ticker);
  url.searchParams.set('p', 'd');
  return url;
}
