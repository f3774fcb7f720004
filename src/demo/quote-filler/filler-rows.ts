/**
 * The quote page's filler that only has to be of about the real size and shape: news, analyst
 * ratings, insider trades, chart data and settings scripts, all drawn from the generator given.
 */

import {dateParts, fixed, slug, withCommas} from '../page-formats.js';
import type {Rng} from '../random.js';
import {AS_OF, DAY_MS} from '../reference-data.js';

const NEWS_SOURCES: readonly string[] = [
  'Yahoo Finance',
  'Reuters',
  'Barrons.com',
  'MarketWatch',
  'Motley Fool',
  'Zacks',
  'GuruFocus.com',
  'Investopedia',
  'Stocktwits',
  'Quartz',
  'TipRanks',
];
const NEWS_SUBJECTS: readonly string[] = [
  'Tech stocks',
  'Chipmakers',
  'Wall Street',
  'The Nasdaq',
  'Small caps',
  'Dividend payers',
  'Bank shares',
  'Retailers',
  'Energy names',
  'Growth funds',
  'Index futures',
  'Value investors',
];
const NEWS_VERBS: readonly string[] = [
  'rally',
  'slip',
  'rebound',
  'stall',
  'climb',
  'tumble',
  'drift higher',
  'lose ground',
  'extend gains',
  'trade mixed',
];
const NEWS_REASONS: readonly string[] = [
  'as investors weigh rate-cut odds',
  'ahead of the jobs report',
  'after a strong earnings season',
  'amid supply-chain worries',
  'as bond yields ease',
  'on renewed AI spending hopes',
  'following a surprise guidance cut',
  'as the dollar strengthens',
  'after upbeat retail sales data',
  'as traders rotate out of megacaps',
  'ahead of a busy week of central-bank meetings',
];
const ANALYSTS: readonly string[] = [
  'Morgan Stanley',
  'Goldman Sachs',
  'JP Morgan',
  'Citigroup',
  'Barclays',
  'UBS',
  'Evercore ISI',
  'Wedbush',
  'Jefferies',
  'Bernstein',
  'Raymond James',
  'Piper Sandler',
];
const RATINGS: readonly string[] = ['Buy', 'Overweight', 'Outperform', 'Neutral', 'Hold', 'Equal Weight', 'Underweight', 'Sell'];
const FIRST_NAMES: readonly string[] = [
  'Maria',
  'James',
  'Wei',
  'Priya',
  'Daniel',
  'Olga',
  'Samuel',
  'Grace',
  'Tomas',
  'Aisha',
  'Kenji',
  'Laura',
];
export const LAST_NAMES: readonly string[] = [
  'Lopez',
  'Chen',
  'Okafor',
  'Novak',
  'Schmidt',
  'Patel',
  'Brennan',
  'Haddad',
  'Kowalski',
  'Ito',
  'Silva',
  'Moreau',
];
const ROLES: readonly string[] = [
  'Chief Executive Officer',
  'Chief Financial Officer',
  'Director',
  'SVP, General Counsel',
  'Chief Operating Officer',
  'Principal Accounting Officer',
  'Chief Technology Officer',
];

function newsTime(index: number, rng: Rng): string {
  const hour = 11 - (index % 10);
  const minute = String(rng.int(0, 59)).padStart(2, '0');
  const clock = `${String(hour > 12 ? hour - 12 : hour).padStart(2, '0')}:${minute}${hour >= 12 ? 'PM' : 'AM'}`;
  if (index === 0) return `Today ${clock}`;
  if (index % 10 !== 0) return clock;
  const {month, day, year} = dateParts(AS_OF - (index / 10) * DAY_MS);
  return `${month}-${String(day).padStart(2, '0')}-${String(year).slice(2)} ${clock}`;
}

export function newsRows(count: number, rng: Rng): string {
  const rows: string[] = [];
  for (let index = 0; index < count; index++) {
    const source = rng.pick(NEWS_SOURCES);
    const headline = `${rng.pick(NEWS_SUBJECTS)} ${rng.pick(NEWS_VERBS)} ${rng.pick(NEWS_REASONS)}`;
    const url = `https://finance.example.com/markets/${slug(source)}/articles/${headline.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${rng.int(100_000_000, 999_999_999)}.html?utm_source=finviz&utm_medium=quote`;
    rows.push(`    <tr class="cursor-pointer has-label" onclick="trackAndOpenNews(event, '${source}', '${url}');">
        <td width="130" align="right">
            ${newsTime(index, rng)}
        </td>
        <td align="left">
            <div class="news-link-container">
                <div class="news-link-left">
                    <a class="tab-link-news" href="${url}" target="_blank" rel="nofollow">
                        ${headline}
                    </a>
                </div>
                <div class="news-link-right">
                    <span>(${source})</span>
                </div>
            </div>
        </td>
    </tr>
`);
  }
  return rows.join('');
}

export function ratingRows(count: number, rng: Rng): string {
  const rows: string[] = [];
  for (let index = 0; index < count; index++) {
    const {month, day, year} = dateParts(AS_OF - (index * 9 + rng.int(1, 8)) * DAY_MS);
    const action = rng.pick(['Reiterated', 'Reiterated', 'Reiterated', 'Upgrade', 'Downgrade', 'Initiated']);
    const tone = action === 'Upgrade' ? ' color-text is-positive' : action === 'Downgrade' ? ' color-text is-negative' : '';
    const label = action === 'Upgrade' ? 'is-positive-200' : action === 'Downgrade' ? 'is-negative-200' : 'is-neutral';
    const from = rng.int(80, 400);
    const hidden = index >= 10 ? ' hidden' : index === 9 ? ' is-last' : '';
    rows.push(`<tr class="styled-row is-hoverable is-bordered is-rounded is-border-top is-hover-borders has-label has-color-text${hidden}"><td  width="140" align="left">${month}-${String(day).padStart(2, '0')}-${String(year).slice(2)}</td><td width="320" align="left"><span class="fv-label is-small ${label}">${action}</span></td>
<td class="text-left${tone}" width="320" align="left">${rng.pick(ANALYSTS)}</td>
<td class="text-left${tone}" width="320" align="left">${rng.pick(RATINGS)}</td>
<td class="text-left tabular-nums${tone}" width="320" align="left">$${from} &rarr; $${from + rng.int(-20, 45)}</td>
</tr>
`);
  }
  return rows.join('');
}

export function insiderRows(count: number, rng: Rng): string {
  const rows: string[] = [];
  for (let index = 0; index < count; index++) {
    const name = `${rng.pick(LAST_NAMES)} ${rng.pick(FIRST_NAMES)}`;
    const kind = rng.pick(['Sale', 'Sale', 'Proposed Sale', 'Option Exercise', 'Buy']);
    const {month, day} = dateParts(AS_OF - (index * 6 + rng.int(0, 5)) * DAY_MS);
    const cost = rng.between(20, 400);
    const shares = rng.int(100, 250_000);
    const id = rng.int(1_000_000, 9_999_999);
    rows.push(`<tr class="fv-insider-row is-${slug(kind)}-${(index % 2) + 1}" valign="top"><td><a href="insidertrading?oc=${id}&tc=7" class="tab-link">${name}</a></td><td style="white-space:nowrap">${rng.pick(ROLES)}</td><td>${month} ${String(day).padStart(2, '0')} '26</td><td class="transaction" style="white-space:nowrap" align="center"><span>${kind}</span></td><td class="value" align="right">${fixed(cost)}</td><td class="value" align="right">${withCommas(shares)}</td><td class="value" align="right">${withCommas(cost * shares)}</td><td class="value" align="right">${withCommas(shares * rng.between(2, 40))}</td><td align="center"><a href="https://www.sec.gov/Archives/edgar/data/${id}/000${id}26000${index}/xslF345X05/wk-form4_${id}.xml" class="tab-link" target="_blank" rel="nofollow">${month} ${String(day).padStart(2, '0')} '26 ${String(rng.int(1, 11)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')} PM</a></td></tr>
`);
  }
  return rows.join('');
}

function jsonSeries(count: number, start: number, step: (previous: number) => number, digits: number): string {
  const values: string[] = [];
  let value = start;
  for (let index = 0; index < count; index++) {
    value = step(value);
    values.push(String(Number(value.toFixed(digits))));
  }
  return values.join(',');
}

export function chartData(rng: Rng): string {
  const days = 560;
  const firstDay = Math.floor((AS_OF - days * 1.45 * DAY_MS) / 1000);
  const dates: string[] = [];
  for (let index = 0; index < days; index++) dates.push(String(firstDay + Math.floor(index * 1.45) * 86_400));
  const walk = (previous: number): number => Math.max(1, previous * (1 + rng.between(-0.025, 0.026)));
  const close = jsonSeries(days, 100, walk, 2);
  const events: string[] = [];
  for (let index = 0; index < 80; index++) {
    events.push(
      `{"eventType":"${rng.pick(['rating', 'earnings', 'dividend'])}","dateTimestamp":${firstDay + index * 3 * 86_400 * 3},"analyst":"${rng.pick(ANALYSTS)}","action":"${rng.pick(['Reiterated', 'Upgrade', 'Downgrade'])}","rating":"${rng.pick(RATINGS)}"}`,
    );
  }
  return `"volume":[${jsonSeries(days, 4e7, () => rng.int(2e7, 9e7), 0)}],"date":[${dates.join(',')}],"open":[${jsonSeries(days, 100, walk, 2)}],"high":[${jsonSeries(days, 102, walk, 2)}],"low":[${jsonSeries(days, 98, walk, 2)}],"close":[${close}],"lastOpen":101.2,"lastHigh":102.9,"lastLow":100.4,"lastClose":101.8,"lastVolume":3803656,"prevClose":100.7,"afterClose":null,"afterChange":null,"afterTime":null,"chartEvents":[${events.join(',')}],"patterns":[],"patternsMinRange":0,"patternsMaxRange":0}`;
}

export function settingsScript(rng: Rng, name: string, entries: number): string {
  const parts: string[] = [];
  for (let index = 0; index < entries; index++) {
    parts.push(
      `"${name}_${index.toString(36)}":{"enabled":${rng.chance(0.5)},"ratio":${fixed(rng.next(), 4)},"variant":"${rng.pick(['control', 'a', 'b', 'c'])}","rev":${rng.int(1000, 99999)}}`,
    );
  }
  return `<script>window.${name} = {${parts.join(',')}};</script>\n`;
}
