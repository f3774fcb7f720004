import type {QuoteLayoutName} from '../../finviz/quote-layouts.js';
import {companyName, type Company} from '../company-model.js';
import {tickerListsOf} from '../company-tables.js';
import {abbreviated, escapeHtml} from '../page-formats.js';
import {hashString, Rng} from '../random.js';
import type {QuotePageVariant} from './quote-markup.js';
import {snapshotHtml} from './snapshot.js';

function linkStrip(title: string, tickers: readonly string[], describe: (ticker: string) => string): string {
  const spans = tickers.map((peer) => {
    const rng = new Rng(hashString(peer));
    return ` <span class="inline-flex" data-boxover-ticker="${peer}" data-boxover-company="${escapeHtml(companyName(peer, rng))}" data-boxover-industry="${escapeHtml(describe(peer))}" data-boxover-country="USA" data-boxover-value="${abbreviated(rng.logBetween(1e9, 3e12))}"><a href="stock?t=${peer}&ty=c&ta=1&p=d" class="tab-link">${peer}</a></span>`;
  });
  return `<a class="tab-link" href="screener?t=${tickers.join(',')}">${title}</a>:<span style="font-size:11px">${spans.join('')}</span>`;
}

/** The block of the peers and funds that hold the stock, and the snapshot. */
export function fundamentalsHtml(company: Company, t: string, layout: QuoteLayoutName, variant: QuotePageVariant): string {
  const {peers, funds} = tickerListsOf(company.ticker);
  return `<div class="js-fundamental-block"><table width="100%" cellpding="0" cellspacing="0" class="fullview-links table-fixed">
<tbody>
<tr>
<td class="js-quote-correlation-links-container" align="left" height="20">
<div class="flex">
<div class="flex-1 max-w-max truncate">
${linkStrip('Peers', peers, () => company.industry)}
&nbsp;|&nbsp;${linkStrip('Held by', funds, () => 'Exchange Traded Fund')}
</div>
<div class="shrink-0">
    <a class="tab-link whitespace-nowrap" href="#statements">Scroll to Statements</a></div>
</div>
</td>
</tr>
</tbody>
</table>
${snapshotHtml(company, t, layout, variant)}
</div>
`;
}
