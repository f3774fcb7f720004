/**
 * The stand-in's sitemaps, in the form legout/finvizp describes Finviz's (August 2026):
 * `/sitemap.xml` is an index of a sitemap per kind of page; the stocks' one, `?t=0&p=0`, lists
 * each stock twice, `…/stock?t=AAPL` and `…/stock?t=AAPL&ty=oc`, in one `<urlset>`.
 */
import {escapeText} from './page-formats.js';

/**
 * How `?t=0&p=0` answers: 'urlset', as Finviz does; 'index', an index of two stock sitemaps
 * (`t=0&p=1`, `t=0&p=2`, half the market each) and a news one; 'not-stocks', a sitemap of news
 * pages, which `screener symbols` must not take for a list of stocks.
 */
export type SitemapShape = 'urlset' | 'index' | 'not-stocks';

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NAMESPACE = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

/** The answer to `/sitemap.xml?{query}` for a market of `tickers`, with addresses on `origin`; undefined: 404. */
export function sitemapAnswer(query: string, tickers: readonly string[], origin: string, shape: SitemapShape): string | undefined {
  const news = () => urlset(['markets', 'stocks', 'earnings'].map((topic) => `${origin}/news/${topic}`));
  const stocks = (list: readonly string[]) =>
    urlset(list.flatMap((ticker) => [`${origin}/stock?t=${ticker}`, `${origin}/stock?t=${ticker}&ty=oc`]));
  const half = Math.ceil(tickers.length / 2);
  switch (query) {
    case '':
      return index([`${origin}/sitemap.xml?t=0&p=0`, `${origin}/sitemap.xml?t=1&p=0`]);
    case 't=0&p=0':
      if (shape === 'index')
        return index([`${origin}/sitemap.xml?t=0&p=1`, `${origin}/sitemap.xml?t=1&p=0`, `${origin}/sitemap.xml?t=0&p=2`]);
      return shape === 'not-stocks' ? news() : stocks(tickers);
    case 't=0&p=1':
      return shape === 'index' ? stocks(tickers.slice(0, half)) : undefined;
    case 't=0&p=2':
      return shape === 'index' ? stocks(tickers.slice(half)) : undefined;
    case 't=1&p=0':
      return news();
    default:
      return undefined;
  }
}

function urlset(locs: readonly string[]): string {
  return `${HEAD}<urlset ${NAMESPACE}>\n${locs.map((loc) => `  <url>\n    <loc>${escapeText(loc)}</loc>\n  </url>\n`).join('')}</urlset>\n`;
}

function index(locs: readonly string[]): string {
  return `${HEAD}<sitemapindex ${NAMESPACE}>\n${locs.map((loc) => `  <sitemap>\n    <loc>${escapeText(loc)}</loc>\n  </sitemap>\n`).join('')}</sitemapindex>\n`;
}
