/**
 * The tickers view's results (v=411, 1,000 a page): one span a ticker, as on the June 2021 page
 * (../shared/finviz-pages/screener-old-v410-nyse-p1-1000tickers-2021-06-d3an.html): each span
 * goes to the quote page with an onclick, has a tooltip, and shows its ticker between `&nbsp;`s,
 * in bold for some. The background says the day's change and the size the market cap.
 *
 * No page of the tickers view after 2021 was found. Since 2024 the stand-in puts the same grid
 * in the new page, and in July 2026's layout points it at `stock?t=` and adds
 * `data-boxover-ticker`, as the table views did then: a guess, which the parser does not need
 * (it reads the onclick, and either attribute when both are there).
 */
import type {ScreenerLayout} from './screener-view-columns.js';
import {escapeText, rawAttribute} from './page-formats.js';
import {hashString} from './random.js';

/** What one span shows: the ticker and the tooltip's facts. */
export interface TickerSpan {
  readonly ticker: string;
  /** The text the span shows; the ticker unless a test wants a page whose text and links disagree. */
  readonly shown: string;
  readonly company: string;
  readonly industry: string;
  readonly country: string;
  readonly marketCap: string;
  readonly change: string;
}

function background(change: string): string {
  const value = Number(change.replace('%', ''));
  if (!Number.isFinite(value) || value === 0) return '#505050';
  return value > 0 ? (value >= 3 ? '#00C700' : '#2F9E2F') : value <= -3 ? '#C70000' : '#9E2F2F';
}

function span(item: TickerSpan, index: number, layout: ScreenerLayout): string {
  const link = `${layout === '2026-07' ? 'stock' : 'quote.ashx'}?t=${item.ticker}&ty=c&p=d&b=1`;
  const boxover = layout === '2026-07' ? ` data-boxover-ticker="${rawAttribute(item.ticker)}"` : '';
  const chart = `https://charts2.finviz.com/chart.ashx?s=m&ty=c&t=${item.ticker}`;
  const tooltip = `cssbody=[tabchrtbdy] cssheader=[tabchrthdr] body=[<img src='${chart}'><br>&nbsp;<b>${item.company}</b><br>&nbsp;${item.industry} | ${item.country} | ${item.marketCap} | Change: ${item.change}] offsetx=[-40] offsety=[-270] delay=[100]`;
  const size = 12 + (hashString(`size:${item.ticker}`) % 19);
  const shown = escapeText(item.shown);
  // Like the real page: some tickers in bold, the first &nbsp; inside the <b>.
  const text = index % 7 === 0 ? `<b>&nbsp;${shown}</b>&nbsp;` : `&nbsp;${shown}&nbsp;`;
  return `<span onclick="window.location='${link}'"${boxover}  title="${rawAttribute(tooltip)}" style="background-color:${background(item.change)};font-size:${size}px;cursor:pointer">${text}</span>`;
}

/** The grid: a cell of spans separated by spaces. */
export function tickersViewGrid(items: readonly TickerSpan[], layout: ScreenerLayout): string {
  return `<table width="100%" cellpadding="10" cellspacing="0" border="0">
<tr>
<td width="100%" align="center" valign="top" bgcolor="#505050" style="color:#ffffff;font-family:Arial">
${items.map((item, index) => `${span(item, index, layout)} `).join('')}</td>
</tr>
</table>
`;
}
