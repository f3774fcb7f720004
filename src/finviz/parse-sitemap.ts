import {decodeXML} from 'entities/decode';
import {PageIncompleteError, PageNotRecognisedError} from '../errors.js';

/**
 * Finviz's stock sitemap, `/sitemap.xml?t=0&p=0`: in August 2026 one answer listed 23,310
 * addresses, each of its 11,655 stocks twice, `https://finviz.com/stock?t=AAPL` and
 * `…&ty=oc`, in a sitemaps.org `<urlset>` (legout/finvizp's research and parser). `/sitemap.xml`
 * itself is a `<sitemapindex>` of such sitemaps, one per kind of page.
 */
export type Sitemap =
  | {
      readonly kind: 'urlset';
      /** The `t` of every stock address (`/stock?t=`, `/quote.ashx?t=`), as written, in order, repeats included. */
      readonly tickers: readonly string[];
      /** Addresses in all. */
      readonly addresses: number;
      /** An address that is no stock page, if any (they are passed over). */
      readonly otherExample?: string;
    }
  /** The sitemaps an index lists, as written. */
  | {readonly kind: 'index'; readonly sitemaps: readonly string[]};

const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** A BOM, the XML declaration and comments before the root. */
const PROLOGUE = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*/y;
const ROOT = /<(urlset|sitemapindex)(\s[^>]*)?>/y;
/** An entry: its <loc> first, then any of the optional elements a sitemap may give. */
const ENTRY = {
  urlset: /\s*<url>\s*<loc>([^<]*)<\/loc>(?:\s*<(?:lastmod|changefreq|priority)>[^<]*<\/(?:lastmod|changefreq|priority)>)*\s*<\/url>/y,
  sitemapindex: /\s*<sitemap>\s*<loc>([^<]*)<\/loc>(?:\s*<lastmod>[^<]*<\/lastmod>)?\s*<\/sitemap>/y,
} as const;
const END = {urlset: /\s*<\/urlset>\s*$/y, sitemapindex: /\s*<\/sitemapindex>\s*$/y} as const;

/**
 * Reads a sitemap: a `<urlset>` with at least one stock address, or a `<sitemapindex>` with at
 * least one sitemap. Throws PageNotRecognisedError ("sitemap not recognised: …") for anything
 * else, and PageIncompleteError for one that stops before its closing tag (cut short in transit).
 */
export function parseSitemap(text: string): Sitemap {
  PROLOGUE.lastIndex = 0;
  PROLOGUE.exec(text);
  ROOT.lastIndex = PROLOGUE.lastIndex;
  const root = ROOT.exec(text);
  if (root === null) throw notRecognised(`not a sitemap (it starts ${JSON.stringify(text.trimStart().slice(0, 40))})`);
  const kind = root[1] as 'urlset' | 'sitemapindex';
  if (!new RegExp(`\\sxmlns="${NAMESPACE.replaceAll('.', '\\.')}"`).test(root[2] ?? '')) {
    throw notRecognised(`<${kind}> without the sitemaps.org namespace`);
  }
  const locs: string[] = [];
  let at = ROOT.lastIndex;
  for (;;) {
    const entry = ENTRY[kind];
    entry.lastIndex = at;
    const match = entry.exec(text);
    if (match === null) break;
    locs.push(decodeXML(match[1] ?? '').trim());
    at = entry.lastIndex;
  }
  const end = END[kind];
  end.lastIndex = at;
  if (!end.test(text)) {
    const rest = text.slice(at).trim();
    if (rest === '' || isCut(rest) || `</${kind}>`.startsWith(rest))
      throw new PageIncompleteError(`sitemap cut short (it ends before </${kind}>)`);
    throw notRecognised(`unexpected markup in <${kind}>: ${JSON.stringify(rest.slice(0, 60))}`);
  }
  if (kind === 'sitemapindex') {
    if (locs.length === 0) throw notRecognised('an empty sitemap index');
    return {kind: 'index', sitemaps: locs};
  }
  const tickers: string[] = [];
  let otherExample: string | undefined;
  for (const loc of locs) {
    const ticker = stockTicker(loc);
    if (ticker === undefined) otherExample ??= loc;
    else tickers.push(ticker);
  }
  if (tickers.length === 0) {
    throw notRecognised(
      locs.length === 0 ? 'an empty sitemap' : `none of its ${locs.length} addresses is a stock page (${JSON.stringify(otherExample)}…)`,
    );
  }
  return {kind: 'urlset', tickers, addresses: locs.length, ...(otherExample === undefined ? {} : {otherExample})};
}

/** The `t` of a stock page's address (`…/stock?t=AAPL`, `…/quote.ashx?t=AAPL&ty=oc`), or undefined. */
function stockTicker(loc: string): string | undefined {
  let url: URL;
  try {
    url = new URL(loc);
  } catch {
    return undefined;
  }
  if (!/\/(stock|quote\.ashx)$/.test(url.pathname)) return undefined;
  const values = url.searchParams.getAll('t');
  return values.length === 1 && values[0]!.trim() !== '' ? values[0]!.trim() : undefined;
}

/** Whether what follows the last whole entry is the start of one, cut: it holds no closing tag of its own. */
function isCut(rest: string): boolean {
  return /^<(url|sitemap)>/.test(rest) && !/<\/(url|sitemap)>/.test(rest);
}

function notRecognised(detail: string): PageNotRecognisedError {
  return new PageNotRecognisedError(`sitemap not recognised: ${detail}`);
}
