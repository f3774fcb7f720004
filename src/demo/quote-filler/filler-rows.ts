/**
 * The quote page's filler that only has to be of about the real size and shape: chart data and
 * settings scripts, drawn from the generator given; and the words the tables of a company
 * (../company-tables.ts) are made of.
 */

import {fixed} from '../page-formats.js';
import type {Rng} from '../random.js';
import {AS_OF, DAY_MS} from '../reference-data.js';

export const NEWS_SOURCES: readonly string[] = [
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
export const NEWS_SUBJECTS: readonly string[] = [
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
export const NEWS_VERBS: readonly string[] = [
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
export const NEWS_REASONS: readonly string[] = [
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
export const ANALYSTS: readonly string[] = [
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
export const RATINGS: readonly string[] = ['Buy', 'Overweight', 'Outperform', 'Neutral', 'Hold', 'Equal Weight', 'Underweight', 'Sell'];
export const FIRST_NAMES: readonly string[] = [
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
export const ROLES: readonly string[] = [
  'Chief Executive Officer',
  'Chief Financial Officer',
  'Director',
  'SVP, General Counsel',
  'Chief Operating Officer',
  'Principal Accounting Officer',
  'Chief Technology Officer',
];

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
