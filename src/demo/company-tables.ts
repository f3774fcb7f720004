/**
 * The stand-in's made-up news, analyst ratings, insider trades and ticker lists of a company:
 * the same every time for a ticker (drawn from a generator seeded by it, apart from the one of
 * the snapshot's figures, which they leave unchanged), with counts that vary from ticker to
 * ticker: some have no ratings or no insider table at all, as AEZS and ATHE had. Times are New
 * York wall-clock times around the stand-in's day, AS_OF (2026-06-29), which the news shows as
 * "Today".
 */

import type {Company} from './company-model.js';
import {
  ANALYSTS,
  FIRST_NAMES,
  LAST_NAMES,
  NEWS_REASONS,
  NEWS_SOURCES,
  NEWS_SUBJECTS,
  NEWS_VERBS,
  RATINGS,
  ROLES,
} from './quote-filler/filler-rows.js';
import {slug} from './page-formats.js';
import {hashString, Rng} from './random.js';
import {AS_OF, DAY_MS} from './reference-data.js';

/** A moment as New York's clocks show it: the wall time's fields, read in UTC. */
export type WallTime = number;

export interface NewsItem {
  readonly time: WallTime;
  readonly headline: string;
  readonly source: string;
  readonly url: string;
}

export interface Rating {
  /** The day, at midnight. */
  readonly day: WallTime;
  readonly action: string;
  readonly analyst: string;
  readonly ratingFrom: string;
  readonly ratingTo: string;
  /** Whole dollars; undefined when the rating shows no target. */
  readonly targetFrom: number | undefined;
  readonly targetTo: number | undefined;
}

export interface InsiderTrade {
  readonly insider: string;
  readonly relationship: string;
  readonly day: WallTime;
  readonly transaction: string;
  /** In cents, so that the page's "255.35" and the model agree exactly. */
  readonly costCents: number;
  readonly shares: number;
  /** Undefined for a proposed sale, as Finviz shows it. */
  readonly sharesTotal: number | undefined;
  readonly filed: WallTime;
  readonly url: string;
}

export interface CompanyTables {
  /** Newest first, as the page lists them. */
  readonly news: readonly NewsItem[];
  /** Undefined: the page has no ratings table. */
  readonly ratings: readonly Rating[] | undefined;
  /** Undefined: the page has no insider table. */
  readonly insider: readonly InsiderTrade[] | undefined;
  readonly peers: readonly string[];
  readonly funds: readonly string[];
}

const PEER_POOL: readonly string[] = [
  'ALFA',
  'BRVO',
  'CHRL',
  'DLTA',
  'ECHO',
  'FXTR',
  'GOLF',
  'HTLX',
  'INDA',
  'JLTT',
  'KILO',
  'LIMA',
  'MIKE',
  'NOVM',
  'OSCR',
  'PAPA',
];
const FUND_POOL: readonly string[] = ['VTIX', 'VOOX', 'IVVX', 'SPYX', 'QQQX', 'VUGX', 'XLKX', 'IWFX', 'SCHX', 'RSPX', 'DIAX', 'MDYX'];
const MINUTE_MS = 60_000;

/** The peers and the funds that hold the stock, in the order the page lists them. */
export function tickerListsOf(ticker: string): {readonly peers: readonly string[]; readonly funds: readonly string[]} {
  const rng = new Rng(hashString(`${ticker}/peers`));
  const peers = PEER_POOL.filter((peer) => peer !== ticker && rng.chance(0.6)).slice(0, 10);
  const funds = FUND_POOL.filter(() => rng.chance(0.8)).slice(0, 10);
  return {peers, funds};
}

/** The tables of `company`. */
export function companyTables(company: Company): CompanyTables {
  const rng = new Rng(hashString(`${company.ticker}/tables`));
  const small = company.capCategory === 'Micro' || company.capCategory === 'Nano' || company.capCategory === 'Small';
  return {
    news: newsOf(rng, small ? rng.int(3, 40) : 100),
    ratings: rng.chance(small ? 0.5 : 0.05) ? undefined : ratingsOf(rng, rng.int(1, 20), company.price),
    insider: rng.chance(small ? 0.4 : 0.1) ? undefined : tradesOf(rng, rng.int(1, 30), company.price),
    ...tickerListsOf(company.ticker),
  };
}

function newsOf(rng: Rng, count: number): NewsItem[] {
  const items: NewsItem[] = [];
  // From 09:43 of the stand-in's day back, a few items a day.
  let time = AS_OF + (9 * 60 + 43) * MINUTE_MS;
  for (let index = 0; index < count; index++) {
    const source = rng.pick(NEWS_SOURCES);
    const headline = `${rng.pick(NEWS_SUBJECTS)} ${rng.pick(NEWS_VERBS)} ${rng.pick(NEWS_REASONS)}`;
    const url = `https://finance.example.com/markets/${slug(source)}/articles/${headline.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${rng.int(100_000_000, 999_999_999)}.html?utm_source=finviz&utm_medium=quote`;
    items.push({time, headline, source, url});
    time -= rng.int(7, 400) * MINUTE_MS;
  }
  return items;
}

function ratingsOf(rng: Rng, count: number, price: number): Rating[] {
  const ratings: Rating[] = [];
  let day = AS_OF - rng.int(0, 20) * DAY_MS;
  for (let index = 0; index < count; index++) {
    const action = rng.pick(['Reiterated', 'Reiterated', 'Reiterated', 'Upgrade', 'Downgrade', 'Initiated', 'Resumed']);
    const changes = action === 'Upgrade' || action === 'Downgrade';
    const ratingTo = rng.pick(RATINGS);
    const ratingFrom = changes ? rng.pick(RATINGS.filter((rating) => rating !== ratingTo)) : ratingTo;
    const target = rng.chance(0.85) ? Math.max(1, Math.round(price * rng.between(0.7, 1.6))) : undefined;
    const moved = target !== undefined && action !== 'Initiated' && rng.chance(0.7);
    ratings.push({
      day,
      action,
      analyst: rng.pick(ANALYSTS),
      ratingFrom,
      ratingTo,
      targetFrom: moved ? Math.max(1, target + rng.int(-40, 30)) : target,
      targetTo: target,
    });
    day -= rng.int(1, 60) * DAY_MS;
  }
  return ratings;
}

function tradesOf(rng: Rng, count: number, price: number): InsiderTrade[] {
  const trades: InsiderTrade[] = [];
  let day = AS_OF - rng.int(1, 10) * DAY_MS;
  const cik = rng.int(1_000_000, 1_999_999);
  for (let index = 0; index < count; index++) {
    const transaction = rng.pick(['Sale', 'Sale', 'Proposed Sale', 'Option Exercise', 'Buy']);
    const costCents = Math.max(1, Math.round(price * rng.between(0.6, 1.1) * 100));
    const shares = rng.int(100, 250_000);
    const proposed = transaction === 'Proposed Sale';
    const filed = day + (proposed ? 0 : rng.int(1, 3) * DAY_MS) + (16 * 60 + rng.int(0, 150)) * MINUTE_MS;
    const year = String(new Date(filed).getUTCFullYear()).slice(2);
    const accession = `${String(rng.int(1_000_000_000, 1_999_999_999))}${year}${String(rng.int(1, 999_999)).padStart(6, '0')}`;
    trades.push({
      insider: `${rng.pick(LAST_NAMES).toUpperCase()} ${rng.pick(FIRST_NAMES).toUpperCase()}`,
      relationship: rng.pick(ROLES),
      day,
      transaction,
      costCents,
      shares,
      sharesTotal: proposed ? undefined : shares * rng.int(1, 40),
      filed,
      url: `http://www.sec.gov/Archives/edgar/data/${cik}/${accession}/xslF345X05/${proposed ? 'primary_doc' : 'form4'}.xml`,
    });
    day -= rng.int(0, 25) * DAY_MS;
  }
  return trades;
}
