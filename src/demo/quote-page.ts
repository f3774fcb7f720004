/**
 * Generated Finviz quote pages for the stand-in server (`screener demo`, `screener bench`, tests).
 *
 * By default the header and the snapshot block follow the markup of the newest real page
 * (../shared/finviz-pages/quote-new-AAPL-2026-06-29-diversen.html, layout "2026-06b"):
 * `div.quote-header` with `a.quote-header_category` links, and 6 `table.snapshot-table2` column tables
 * of 14 label/value rows each (column-major), cells wrapped in `div.snapshot-td-label` /
 * `div.snapshot-td-content`. Any older layout screener knows (../finviz/quote-layouts.ts) can be
 * asked for instead: its header markup and its snapshot grid, with its labels
 * (../finviz/snapshot-labels.ts) in its order. Values are made up but use the page's formats, and
 * are the same figures in every layout. The news, ratings and insider tables and the peers are
 * the company's own too (./company-tables.ts, ./quote-markup/tables.ts), in the markup of 2024 on
 * or, for the layouts before mid-2023, of 2018 to 2021. Everything else (scripts, chart data) is
 * simplified filler of about the real size and shape, the same in every layout.
 *
 * Pages are deterministic: every number comes from a PRNG seeded by the ticker string.
 * Most of the page is filler that is the same for every ticker; {@link quotePagePieces} returns
 * the page as shared and per-ticker pieces so that the server can compress the shared ones once.
 *
 * This file puts a page together. Its parts: the company and its cells (./company-model.ts, from
 * ./random.ts, ./reference-data.ts, ./page-formats.ts and ./snapshot-cell.ts), each layout's
 * markup of the header and snapshot (./quote-markup/), and the filler (./quote-filler/).
 */

import type {QuoteLayoutName} from '../finviz/quote-layouts.js';
import {makeCompany} from './company-model.js';
import {companyTables, type CompanyTables} from './company-tables.js';
import {escapeHtml} from './page-formats.js';
import {own, type PagePiece} from './page-piece.js';
import {getSharedPieces} from './quote-filler/shared-pieces.js';
import {fundamentalsHtml} from './quote-markup/fundamentals.js';
import {QUOTE_MARKUPS} from './quote-markup/layouts.js';
import {profileHtml} from './quote-markup/profile.js';
import {insiderHtml, newsRowsHtml, ratingsHtml} from './quote-markup/tables.js';
import {snapshotPairs} from './quote-markup/snapshot.js';
import type {OmittableHeaderField, QuotePageVariant} from './quote-markup/quote-markup.js';

/** What a generated quote page shows, as a parser should read it back. */
export interface GeneratedQuote {
  readonly ticker: string;
  readonly company: string;
  readonly sector: string;
  readonly industry: string;
  readonly country: string;
  /** Market-cap category shown in the header: Mega, Large, Mid, Small, Micro or Nano. */
  readonly capCategory: string;
  /** Exchange as shown in the header: NASD, NYSE or AMEX. */
  readonly exchange: string;
  /** The snapshot's cells in page order (84, column-major, in the newest layout), labels and text as shown. */
  readonly snapshot: readonly (readonly [label: string, text: string])[];
}

/** The newest layout, served unless another is asked for. */
export const NEWEST_LAYOUT: QuoteLayoutName = '2026-06b';

/** The facts a generated page of `layout` shows for `ticker`, for tests that parse the page back. */
export function generateQuote(ticker: string, layout: QuoteLayoutName = NEWEST_LAYOUT): GeneratedQuote {
  const company = makeCompany(ticker);
  return {
    ticker,
    company: company.name,
    sector: company.sector,
    industry: company.industry,
    country: company.country,
    capCategory: company.capCategory,
    exchange: company.exchange,
    snapshot: snapshotPairs(company, layout).map(({shown, cell}) => [shown, cell.text] as const),
  };
}

/** The news, ratings, insider trades and ticker lists a generated page shows for `ticker`, for tests that parse them back. */
export function generateTables(ticker: string): CompanyTables {
  return companyTables(makeCompany(ticker));
}

/**
 * The quote page for `ticker` in `layout` (the newest by default), split into pieces: shared
 * pieces are module-level objects (the same for every ticker and layout: the filler around the
 * header and snapshot), the others are built for this ticker. Joining the texts gives
 * {@link renderQuotePage}. `variant` makes a page a parser must refuse (./faulty-quote-pages.ts),
 * or one with labels Finviz added.
 */
export function quotePagePieces(
  ticker: string,
  layout: QuoteLayoutName = NEWEST_LAYOUT,
  variant: QuotePageVariant = {},
): readonly PagePiece[] {
  const pieces = getSharedPieces();
  const company = makeCompany(ticker);
  const tables = companyTables(company);
  const t = escapeHtml(ticker);
  const name = escapeHtml(company.name);
  const markup = QUOTE_MARKUPS[layout];
  const shows = (field: OmittableHeaderField): boolean => variant.withoutHeaderField !== field;
  return [
    own(`<!DOCTYPE html>
<html lang="en" class=" dark">
<head>
<title>${markup.title(t, name)}</title>
<meta charset="UTF-8"><meta name="viewport" content="width=1024"><meta name="description" content="${t} - ${name} - Stock screener for investors and traders, financial visualizations.">
<link rel="canonical" href="${markup.canonical(t)}">
`),
    pieces.head,
    pieces.bodyTop,
    own(`${markup.header(company, t, shows)}
<div class="js-why-stock-moving-root hidden mb-2"></div>
<div class="flex flex-col items-center min-w-[1009px]">
            <div id="app" class="interactive-chart relative">
                <div id="chart" class="relative opacity-0" style="min-width: 990px; min-height: 446px;"></div>
            </div>
            <script type="text/javascript">
                    window.globalChartConfig = {"layout":"1h1v","height":400,"charts":[{"height":400,"timeframe":"d","ticker":"${t}","instrument":"stock"}]};
                </script><script>
                        var data = {"version":7,"ticker":"${t}","timeframe":"d",`),
    pieces.chart,
    own(fundamentalsHtml(company, t, layout, variant)),
    pieces.middle,
    own(ratingsHtml(tables, layout)),
    pieces.newsOpen,
    own(newsRowsHtml(tables, layout)),
    pieces.newsClose,
    own(profileHtml(company)),
    pieces.bottom,
    own(insiderHtml(tables, layout)),
    pieces.end,
    // A table the company lacks is no piece: the server splices compressed pieces, none empty.
  ].filter((piece) => piece.text !== '');
}

/** A full quote page for `ticker` in `layout` (the newest by default), the same every time for the same ticker. */
export function renderQuotePage(ticker: string, layout: QuoteLayoutName = NEWEST_LAYOUT, variant: QuotePageVariant = {}): string {
  return quotePagePieces(ticker, layout, variant)
    .map((piece) => piece.text)
    .join('');
}

/** The page Finviz answers (with status 404) for a ticker it does not know, split like {@link quotePagePieces}. */
export function notFoundPagePieces(ticker: string): readonly PagePiece[] {
  const pieces = getSharedPieces();
  const t = escapeHtml(ticker);
  const query = encodeURIComponent(ticker);
  return [
    own(`<!DOCTYPE html>\n<html lang="en" class=" dark">\n<head>\n<title>${t} Stock Quote</title>\n`),
    pieces.notFoundHead,
    own(
      `<div class="content "><div class="fv-container"><script>window.location = '/search.ashx?p=${query}';</script><tr><td align="center" class="body-text">Ticker <b>"${t}"</b> not found.<br><a href="search.ashx?p=${query}" class="tab-link-u">Search <b>"${t}"</b></a><br><br><br><br>We cover only stocks and ETFs listed on NYSE, NASDAQ, and AMEX. International and OTC/PK are not available.</td></tr></div></div>\n`,
    ),
    pieces.notFoundTail,
  ];
}

/** The not-found page for `ticker`, modelled on the saved not-found pages: no quote header, no snapshot. */
export function renderNotFoundPage(ticker: string): string {
  return notFoundPagePieces(ticker)
    .map((piece) => piece.text)
    .join('');
}
