/**
 * The markup of 2026 (../shared/finviz-pages/quote-new-AAPL-2026-06-12-diversen.html and
 * quote-new-AAPL-2026-06-29-diversen.html): cells wrapping their text in `div.snapshot-td-label`
 * and `div.snapshot-td-content`, labels and values linked to a tab of the quote page. From late
 * June ("2026-06b") a new header and the snapshot split into six column tables.
 */

import {escapeHtml, fixed, percent, slug} from '../page-formats.js';
import type {Company} from '../company-model.js';
import {headerWithQuoteLinks, snapshotDiv} from './markup-2024.js';
import {filterLink} from './markup-parts.js';
import {priceAndQuoteTitle, type Pair, type QuoteMarkup, type ShowsField} from './quote-markup.js';

/** The label cell and value cell of 2026, with the widths of the layout. */
function pair2026(labelWidth: string, valueClass: string): QuoteMarkup['pair'] {
  return ({field, shown, cell}: Pair, t: string): string => {
    const text = escapeHtml(shown);
    const link = field.tab === undefined ? undefined : `<a href="stock?t=${t}&ta=1&p=d&ty=${field.tab}" class="hover:underline">`;
    const labelHtml = link === undefined ? text : `${link}${text}</a>`;
    const value = link === undefined || cell.dash === true ? cell.html : `${link}${cell.html}</a>`;
    return (
      `<td class="snapshot-td2 cursor-pointer ${labelWidth}" align="left" data-boxover-html="${escapeHtml(field.tip)}"><div class="snapshot-td-label">${labelHtml}</div></td>` +
      `<td class="snapshot-td2 ${valueClass}" align="left" style=""><div class="snapshot-td-content">${value}</div></td>`
    );
  };
}

/** The canonical address since 2026. */
const stockAddress = (t: string): string => `/stock?t=${t}`;

/** Late June 2026: the price beside the ticker, the header fields as `a.quote-header_category` links, with the quote's tabs. */
function header2026b(company: Company, t: string, shows: ShowsField): string {
  const name = escapeHtml(company.name);
  const up = company.change >= 0;
  const sign = up ? '+' : '';
  const categories = [
    shows('sector') ? filterLink('screener', 'sec', company.sector, 'class="quote-header_category"') : '',
    shows('industry')
      ? `<a href="screener?v=111&f=ind_${slug(company.industry)}" class="quote-header_category" title="${escapeHtml(company.industry)}"><span class="min-w-0 truncate">${escapeHtml(company.industry)}</span></a>`
      : '',
    shows('country') ? filterLink('screener', 'geo', company.country, 'class="quote-header_category"') : '',
    `    <a href="screener?v=111&f=cap_${slug(company.capCategory)}" class="quote-header_category">${company.capCategory}</a>`,
    shows('exchange') ? filterLink('screener', 'exch', company.exchange, 'class="quote-header_category"') : '',
  ].filter((link) => link !== '');
  const tab = (ty: string, text: string): string =>
    `                <a href="stock?t=${t}&ta=1&p=d&ty=${ty}" class="quote-tabs_tab">${text}</a>\n`;
  const icon = (name: string): string =>
    `<svg width="16" height="16" class="fill-current">\n    <use href="/assets/dist-icons/icons.svg?rev=2445753073#${name}"/>\n</svg>`;
  const companyHtml = shows('company')
    ? `
                    <h2 class="quote-header_ticker-wrapper_company text-lg">
                        <a class="tab-link block truncate" href="${company.website}" target="_blank" rel="nofollow">
                        ${name}
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
            <div class="quote-header_prices">
                    <div class="quote-header_right js-quote-price-static">
            <div class="quote-price">
        <div class="sr-only">Last Close</div>
        <strong class="quote-price_price">${fixed(company.price)}</strong>
        <div class="quote-price_info">
            <span class="quote-price_date">Jun 29<span class="text-muted-3">&nbsp;&bull;&nbsp;</span>09:41AM ET</span>
                <span class="quote-price_change text-${up ? 'positive' : 'negative'}"><span class="sr-only">Dollar change</span>${sign}${fixed(company.change)} <span class="sr-only">Percentage change</span>(${percent(company.changePercent)})</span>
        </div>
    </div>
    </div>
                <div class="js-quote-price-root quote-header_right hidden"></div>
            </div>
        </div>
        <div class="quote-tabs">
            <div class="js-quote-navigation-static quote-tabs_links">
                <a href="/stock?t=${t}&ta=1&p=d" class="quote-tabs_tab is-active">
                    <span>Overview</span>
                </a>
                <a href="/elite?utm_source=finviz&utm_medium=banner&utm_campaign=stock-compare-perf" class="quote-tabs_tab">Compare</a>
${tab('si', 'Short Interest')}${tab('ea', 'Financials')}${tab('oc', 'Options')}${tab('lf', 'Latest Filings')}            </div>
            <div class="js-quote-navigation-root quote-tabs_links hidden" data-shortinterest="true" data-isfund="false"></div>
            <div class="quote-header_meta">
                <div class="quote-header_categories">
                    ${categories.join('\n                    ')}
                </div>
                <div class="js-quote-actions-static quote-header_actions">
                    <a href="/elite?utm_source=finviz&utm_medium=banner&utm_campaign=stock-create-alert" class="quote-header_action" title="Set Alert" aria-label="Set Alert">${icon('bellOutlined')}</a>
                    <a href="/save_to_portfolio?t=${t}" class="quote-header_action" title="Add to Portfolio" aria-label="Add to Portfolio">${icon('starOutlined')}</a>
                </div>
                <div class="js-quote-actions-root quote-header_actions hidden"></div>
            </div>
        </div>
    </div></div></div>
`;
}

/** Late June 2026 on: six column tables of 14 rows in a grid. */
export const MARKUP_2026_06B: QuoteMarkup = {
  title: priceAndQuoteTitle,
  canonical: stockAddress,
  header: header2026b,
  tableClass: 'js-snapshot-table snapshot-table2 screener_snapshot-table-body max-xl:table-fixed xl:table-auto',
  pairsPerRow: 1,
  pair: pair2026('max-xl:w-[4%] xl:w-px', 'max-xl:w-[8%] xl:w-full xl:max-w-0'),
  wrapper: (tables) =>
    `<div style="overflow:hidden;" class="screener_snapshot-table-wrapper js-snapshot-table-wrapper grid grid-flow-col max-xl:grid-rows-2 max-xl:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)] xl:grid-cols-[minmax(0,1.3fr)_minmax(0,0.80fr)_minmax(0,1.15fr)_minmax(0,0.80fr)_minmax(0,1.05fr)_minmax(0,0.9fr)]">${tables}</div>`,
};

/** April to June 2026: the header of 2024 with the market-cap category, one snapshot table of 14 rows. */
export const MARKUP_2026_06: QuoteMarkup = {
  title: priceAndQuoteTitle,
  canonical: stockAddress,
  header: (company, t, shows) => headerWithQuoteLinks(company, t, '2026-06', shows),
  tableClass: 'js-snapshot-table snapshot-table2 screener_snapshot-table-body',
  pairsPerRow: 6,
  pair: pair2026('w-[7%]', 'w-[8%] '),
  wrapper: snapshotDiv,
};
