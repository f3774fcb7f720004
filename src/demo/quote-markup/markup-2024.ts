/**
 * The markup of 2024 and 2025 (../shared/finviz-pages/quote-new-ADMA-2024-11-rjs7273.html):
 * `div.quote-header` with the header fields as links, one snapshot table whose labels carry a
 * boxover.js tooltip in `data-boxover`.
 */

import {escapeHtml, fixed} from '../page-formats.js';
import type {Company} from '../company-model.js';
import {boxover, filterLink} from './markup-parts.js';
import {priceAndQuoteTitle, type QuoteMarkup, type ShowsField} from './quote-markup.js';

/** 2024 to mid-June 2026: the price beside the ticker, the header fields as `a.tab-link` in div.quote-links. */
export function headerWithQuoteLinks(company: Company, t: string, layout: '2026-06' | 'new', shows: ShowsField): string {
  const base = layout === 'new' ? 'screener.ashx' : 'screener';
  const quote = layout === 'new' ? 'quote.ashx' : 'stock';
  const dot = '\n                <span class="text-muted-3">&bull;</span>\n                ';
  const links = [
    shows('sector') ? filterLink(base, 'sec', company.sector, 'class="tab-link"') : '',
    shows('industry') ? filterLink(base, 'ind', company.industry, `class="tab-link truncate" title="${escapeHtml(company.industry)}"`) : '',
    shows('country') ? filterLink(base, 'geo', company.country, 'class="tab-link"') : '',
    // 2026 added the market-cap category.
    layout === '2026-06' ? filterLink(base, 'cap', company.capCategory, 'class="tab-link"') : '',
    shows('exchange') ? filterLink(base, 'exch', company.exchange, 'class="tab-link"') : '',
  ].filter((link) => link !== '');
  const companyHtml = shows('company')
    ? `
                    <h2 class="quote-header_ticker-wrapper_company text-xl">
                        <a class="tab-link block truncate" href="${company.website}" target="_blank" rel="nofollow">
                        ${escapeHtml(company.name)}
                        </a>
                    </h2>`
    : '';
  return `<div class="ticker-wrapper gradient-fade" data-ticker="${t}">
<div class="js-ticker-header-container bg-secondary/80 sticky sticky-0 sticky-w-full z-sticky backdrop-blur-md"><div class="fv-container pt-2.5 pb-2.5">
    <div class="quote-header-wrapper">
        <div class="quote-header">
            <div class="quote-header_left">
                <div class="quote-header_ticker-wrapper">
                    <h1 class="js-recent-quote-ticker quote-header_ticker-wrapper_ticker" data-ticker="${t}">${t}</h1>${companyHtml}
                </div>
            </div>
                <div class="quote-header_right js-quote-price-static">
            <div class="quote-price">
        <div class="sr-only">Last Close</div>
        <div class="quote-price_wrapper">
            <strong class="quote-price_wrapper_price">${fixed(company.price)}</strong>
        </div>
    </div>
    </div>
        </div>
        <div class="quote-links whitespace-nowrap gap-8">
            <div class="flex space-x-0.5 overflow-hidden">
                ${links.join(dot)}
            </div>
            <div>
                <div class="js-quote-navigation-static flex space-x-0.5 shrink-0">
                    <a href="/${quote}?t=${t}&ta=1&p=d" class="tab-link font-semibold">Overview</a>
                </div>
            </div>
        </div>
    </div></div></div></div>
`;
}

/** What the snapshot table sits in from 2024 to mid-June 2026. */
export function snapshotDiv(tables: string): string {
  return `<div style="overflow:hidden;" class="screener_snapshot-table-wrapper js-snapshot-table-wrapper">${tables}</div>`;
}

/** 2024 to 2025. */
export const MARKUP_NEW: QuoteMarkup = {
  title: priceAndQuoteTitle,
  canonical: (t) => `/quote.ashx?t=${t}`,
  header: (company, t, shows) => headerWithQuoteLinks(company, t, 'new', shows),
  tableClass: 'js-snapshot-table snapshot-table2 screener_snapshot-table-body',
  pairsPerRow: 6,
  pair: ({field, shown, cell}) =>
    `<td class="snapshot-td2 cursor-pointer w-[7%]" align="left" data-boxover="${boxover(field.tip)}">${escapeHtml(shown)}</td><td class="snapshot-td2 w-[8%] " align="left" style="">${cell.html}</td>`,
  wrapper: snapshotDiv,
};
