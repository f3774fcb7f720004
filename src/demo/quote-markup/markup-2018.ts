/**
 * The markup of 2018 to mid-2023 (../shared/finviz-pages/quote-old-*.html): the header in
 * `table.fullview-title`, label cells `td.snapshot-td2-cp` with a boxover.js tooltip, in `title`
 * until May 2023 and in `data-boxover` after.
 */

import {escapeHtml} from '../page-formats.js';
import type {Company} from '../company-model.js';
import {boxover, filterLink} from './markup-parts.js';
import {priceAndQuoteTitle, type QuoteMarkup, type ShowsField} from './quote-markup.js';

/**
 * To mid-2023: `table.fullview-title`. Until May 2023 the exchange is "[NASD]" beside the
 * ticker; the July 2023 page (old/2023-05 markup) has it as a link after the country instead.
 */
function fullviewTitle(company: Company, t: string, layout: 'old' | 'old/2023-05', shows: ShowsField): string {
  const links = [
    shows('sector') ? filterLink('screener.ashx', 'sec', company.sector, 'class="tab-link"') : '',
    shows('industry') ? filterLink('screener.ashx', 'ind', company.industry, 'class="tab-link"') : '',
    shows('country') ? filterLink('screener.ashx', 'geo', company.country, 'class="tab-link"') : '',
    layout === 'old/2023-05' && shows('exchange') ? filterLink('screener.ashx', 'exch', company.exchange, 'class="tab-link"') : '',
  ].filter((link) => link !== '');
  const name = shows('company')
    ? `<a href="${company.website}" target="_blank" class="tab-link"><b>${escapeHtml(company.name)}</b></a>`
    : '';
  const ticker = `<a href="quote.ashx?t=${t}&ty=c&ta=1&p=d&b=1" class="fullview-ticker" id="ticker">${t}</a>`;
  const top =
    layout === 'old'
      ? `<tr><td align="center">${ticker}${shows('exchange') ? ` <span class="body-table">[${company.exchange}]</span>` : ''}</td></tr>\n<tr><td align="center">${name}</td></tr>`
      : `<tr class="text-blue-500"><td align="center"><h1>${ticker} | <span>${name}</span></h1></td></tr>`;
  return `<table width="100%" cellpadding="3" cellspacing="0" bgcolor="#ffffff" class="fullview-title">
${top}
<tr><td align="center" class="fullview-links">${links.join(' | ')}</td></tr>
</table>
`;
}

/** The label cell and value cell, the tooltip in `tooltip`. */
function pair2018(tooltip: 'title' | 'data-boxover'): QuoteMarkup['pair'] {
  return ({field, shown, cell}) =>
    `<td width="7%" class="snapshot-td2-cp" align="left" ${tooltip}="${boxover(field.tip)}">${escapeHtml(shown)}</td><td width="8%" class="snapshot-td2" align="left">${cell.html}</td>`;
}

/** The snapshot table sits in a table cell. */
function tableCell(tables: string): string {
  return `<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td>\n${tables}</td></tr></table>`;
}

const quoteAddress = (t: string): string => `/quote.ashx?t=${t}`;

/** 2018 to early 2023. */
export const MARKUP_OLD: QuoteMarkup = {
  // "Stock Quote" until May 2023.
  title: (t, name) => `${t} ${name} Stock Quote`,
  canonical: quoteAddress,
  header: (company, t, shows) => fullviewTitle(company, t, 'old', shows),
  tableClass: 'snapshot-table2',
  pairsPerRow: 6,
  pair: pair2018('title'),
  wrapper: tableCell,
};

/** May to July 2023: the old markup, tooltips in data-boxover, the new title. */
export const MARKUP_2023_05: QuoteMarkup = {
  title: priceAndQuoteTitle,
  canonical: quoteAddress,
  header: (company, t, shows) => fullviewTitle(company, t, 'old/2023-05', shows),
  tableClass: 'snapshot-table2',
  pairsPerRow: 6,
  pair: pair2018('data-boxover'),
  wrapper: tableCell,
};
