/**
 * The news, ratings and insider tables of a generated quote page, from the company's tables
 * (../company-tables.ts), in the markup of 2024 to 2026 (../shared/finviz-pages/
 * quote-new-AAPL-2026-04-bullpen.html, quote-new-AAPL-2026-06-29-diversen.html) or, for the
 * layouts of 2018 to mid-2023, of 2018 to 2021 (quote-old-AAPL-2020-11-d3an.html).
 */

import type {QuoteLayoutName} from '../../finviz/quote-layouts.js';
import type {CompanyTables, InsiderTrade, NewsItem, Rating, WallTime} from '../company-tables.js';
import {dateParts, escapeHtml, withCommas} from '../page-formats.js';
import {AS_OF} from '../reference-data.js';

/** The tables' markup of 2018 to 2021 (old) or of 2024 on (new). */
type TableMarkup = 'old' | 'new';

function tableMarkupOf(layout: QuoteLayoutName): TableMarkup {
  return layout === 'old' || layout === 'old/2023-05' ? 'old' : 'new';
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** "Apr-17-26". */
function dashedDate(time: WallTime): string {
  const {month, day, year} = dateParts(time);
  return `${month}-${pad(day)}-${String(year).slice(2)}`;
}

/** "07:38AM", or "07:38 AM" with `space`. */
function clock(time: WallTime, space = false): string {
  const date = new Date(time);
  const hour = date.getUTCHours();
  return `${pad(hour % 12 === 0 ? 12 : hour % 12)}:${pad(date.getUTCMinutes())}${space ? ' ' : ''}${hour < 12 ? 'AM' : 'PM'}`;
}

const sameDay = (a: WallTime, b: WallTime): boolean => Math.floor(a / 86_400_000) === Math.floor(b / 86_400_000);

/**
 * The news items' time cells as the page shows them: the date on a day's first item only, "Today"
 * for the stand-in's day on pages of 2023 on.
 */
export function newsTimes(news: readonly NewsItem[], markup: TableMarkup): string[] {
  return news.map(({time}, index) => {
    const previous = news[index - 1];
    if (previous !== undefined && sameDay(previous.time, time)) return clock(time);
    return `${markup === 'new' && sameDay(time, AS_OF) ? 'Today' : dashedDate(time)} ${clock(time)}`;
  });
}

/** "Buy → Strong Buy", or "Buy" when it did not change. */
export function change(from: string, to: string): string {
  return from === to ? to : `${from} → ${to}`;
}

/** "$200 → $220", "$220", or nothing. */
export function targetChange({targetFrom, targetTo}: Rating): string {
  if (targetTo === undefined || targetFrom === undefined) return '';
  return change(`$${targetFrom}`, `$${targetTo}`);
}

/** "Apr 02 '26" since 2024, "Apr 02" before. */
export function tradeDate(day: WallTime, markup: TableMarkup): string {
  const {month, day: date, year} = dateParts(day);
  return `${month} ${pad(date)}${markup === 'new' ? ` '${String(year).slice(2)}` : ''}`;
}

/** "Apr 03 06:30 PM". */
export function filedAt(time: WallTime): string {
  const {month, day} = dateParts(time);
  return `${month} ${pad(day)} ${clock(time, true)}`;
}

/** "255.35" from cents. */
export function dollars(cents: number): string {
  return `${Math.floor(cents / 100)}.${pad(cents % 100)}`;
}

export function tradeValue({costCents, shares}: InsiderTrade): number {
  return Math.round((costCents * shares) / 100);
}

/** The ratings table and what follows it in its row group, or nothing for a company without ratings. */
export function ratingsHtml(tables: CompanyTables, layout: QuoteLayoutName): string {
  if (tables.ratings === undefined) return '';
  const markup = tableMarkupOf(layout);
  const arrow = (text: string): string => escapeHtml(text).replaceAll(' → ', ' &rarr; ');
  if (markup === 'old') {
    const rows = tables.ratings.map(
      (
        rating,
      ) => `<tr class="body-table-rating-neutral"><td class="fullview-ratings-inner"><table cellpadding="0" cellspacing="0" border="0">
<tr class="body-table-rating-neutral"><td width="120" align="left">${dashedDate(rating.day)}</td><td width="200" align="left"><b>${rating.action}</b></td>
<td width="250" align="left">${escapeHtml(rating.analyst)}</td>
<td width="250" align="left">${arrow(change(rating.ratingFrom, rating.ratingTo))}</td>
<td width="150" align="left">${arrow(targetChange(rating))}</td>
</tr>
</table>
</td>
</tr>
`,
    );
    return `<tr>
<td>
<table width="100%" class="fullview-ratings-outer" cellpadding="0" cellspacing="0" border="0">
${rows.join('')}</table>
</td>
</tr>
`;
  }
  const rows = tables.ratings.map((rating, index) => {
    const tone = rating.action === 'Upgrade' ? ' color-text is-positive' : rating.action === 'Downgrade' ? ' color-text is-negative' : '';
    const label = rating.action === 'Upgrade' ? 'is-positive-200' : rating.action === 'Downgrade' ? 'is-negative-200' : 'is-neutral';
    const hidden = index >= 10 ? ' hidden' : '';
    return `<tr class="styled-row is-hoverable is-bordered is-rounded is-border-top is-hover-borders has-label has-color-text${hidden}"><td  width="140" align="left">${dashedDate(rating.day)}</td><td width="320" align="left"><span class="fv-label is-small ${label}">${rating.action}</span></td>
<td class="text-left${tone}" width="320" align="left">${escapeHtml(rating.analyst)}</td>
<td class="text-left${tone}" width="320" align="left">${arrow(change(rating.ratingFrom, rating.ratingTo))}</td>
<td class="text-left tabular-nums${tone}" width="320" align="left">${arrow(targetChange(rating))}</td>
</tr>
`;
  });
  return `<tr class="js-ratings-row">
<td>
<table width="100%" class="js-table-ratings styled-table-new is-rounded is-small" cellpadding="0" cellspacing="0" border="0">
<thead>
                <tr>
                    <th width="140" align="left">Date</th>
                    <th width="320" align="left">Action</th>
                    <th width="320" align="left">Analyst</th>
                    <th width="320" align="left">Rating Change</th>
                    <th width="320" align="left">Price Target Change</th>
                </tr>
            </thead>${rows.join('')}</table>
</td>
</tr>
<tr class="js-reveal-ratings-button">
    <td class="fullview-links">
        <a href="" class="tab-link">
            Show Previous Ratings
        </a>
    </td>
</tr>`;
}

/** The news table's rows. */
export function newsRowsHtml(tables: CompanyTables, layout: QuoteLayoutName): string {
  const markup = tableMarkupOf(layout);
  const times = newsTimes(tables.news, markup);
  return tables.news
    .map(({headline, source, url}, index) => {
      const time = times[index] ?? '';
      const link = escapeHtml(url);
      if (markup === 'old')
        return `<tr><td width="130" align="right" style="white-space:nowrap">${time}&nbsp;&nbsp;</td><td align="left"><div class="news-link-container"><div class="news-link-left"><a href="${link}" target="_blank" class="tab-link-news">${escapeHtml(headline)}</a></div><div class="news-link-right"><span style="color:#aa6dc0;font-size:9px"> ${escapeHtml(source)}</span></div></div></td></tr>\n`;
      return `    <tr class="cursor-pointer has-label" onclick="trackAndOpenNews(event, '${escapeHtml(source)}', '${link}');">
        <td width="130" align="right">
            ${time}
        </td>
        <td align="left">
            <div class="news-link-container">
                <div class="news-link-left">
                    <a class="tab-link-news" href="${link}" target="_blank" rel="nofollow">
                        ${escapeHtml(headline)}
                    </a>
                </div>
                <div class="news-link-right">
                    <span>(${escapeHtml(source)})</span>
                </div>
            </div>
        </td>
    </tr>
`;
    })
    .join('');
}

const INSIDER_HEADER = [
  'Insider Trading',
  'Relationship',
  'Date',
  'Transaction',
  'Cost',
  '#Shares',
  'Value ($)',
  '#Shares Total',
  'SEC Form 4',
];
const INSIDER_ALIGN = ['left', 'left', 'left', 'center', 'right', 'right', 'right', 'right', 'center'];

/** The insider table, or nothing for a company without one. */
export function insiderHtml(tables: CompanyTables, layout: QuoteLayoutName): string {
  if (tables.insider === undefined) return '';
  const markup = tableMarkupOf(layout);
  const rows = tables.insider.map((trade, index) => {
    const kind = trade.transaction.toLowerCase().replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase());
    const cells = [
      `<td><a href="insidertrading${markup === 'old' ? '.ashx' : ''}?oc=${1_000_000 + index}&tc=7" class="tab-link">${escapeHtml(trade.insider)}</td>`,
      `<td style="white-space:nowrap">${escapeHtml(trade.relationship)}</td>`,
      `<td>${tradeDate(trade.day, markup)}</td>`,
      markup === 'old'
        ? `<td style="white-space:nowrap" align="center">${trade.transaction}</td>`
        : `<td class="transaction" style="white-space:nowrap" align="center"><span>${trade.transaction}</span></td>`,
      ...[
        dollars(trade.costCents),
        withCommas(trade.shares),
        withCommas(tradeValue(trade)),
        trade.sharesTotal === undefined ? '' : withCommas(trade.sharesTotal),
      ].map((value) => `<td${markup === 'old' ? '' : ' class="value"'} align="right">${value}</td>`),
      `<td${markup === 'old' ? ' style="white-space:nowrap"' : ' class="whitespace-nowrap tabular-nums"'} align="center"><a href="${escapeHtml(trade.url)}" class="tab-link"${markup === 'old' ? '' : ' target="_blank"'}>${filedAt(trade.filed)}</a></td>`,
    ];
    return markup === 'old'
      ? `<tr class="insider-${kind}-row-2" valign="top">${cells.join('')}</tr>`
      : `<tr class="fv-insider-row is-${kind}-2" valign="top">${cells.join('')}</tr>`;
  });
  const header =
    markup === 'old'
      ? `<tr>\n${INSIDER_HEADER.map((name, index) => `<td class="table-top-w" align="${INSIDER_ALIGN[index] ?? 'left'}">${escapeHtml(name)}</td>`).join('\n')}\n</tr>\n`
      : `<thead>\n<tr>\n${INSIDER_HEADER.map((name, index) => `<th class="" align="${INSIDER_ALIGN[index] ?? 'left'}">${escapeHtml(name)}</th>`).join('\n')}\n</tr>\n</thead>\n`;
  const table =
    markup === 'old'
      ? '<table border="0" cellpadding="2" cellspacing="0" width="100%" class="body-table" bgcolor="#d3d3d3">'
      : '<table cellpadding="0" cellspacing="0" width="100%" class="body-table styled-table-new is-rounded p-0 mt-2">';
  return `            <tr>
<td>
${table}
${header}${rows.join('')}</table>
</td>
</tr>
`;
}
