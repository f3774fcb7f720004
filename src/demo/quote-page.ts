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
 * are the same figures in every layout. Everything else (news, ratings, insider table, scripts)
 * is simplified filler of about the real size and shape, the same in every layout.
 *
 * Pages are deterministic: every number comes from a PRNG seeded by the ticker string.
 * Most of the page is filler that is the same for every ticker; {@link quotePagePieces} returns
 * the page as shared and per-ticker pieces so that the server can compress the shared ones once.
 */

import { MONTHS } from '../finviz/months.js';
import type { QuoteLayoutName } from '../finviz/quote-layouts.js';
import { SNAPSHOT_FIELDS, type SnapshotField } from '../finviz/snapshot-fields.js';
import { LAYOUT_LABELS, shownLabel, SNAPSHOT_LABELS } from '../finviz/snapshot-labels.js';

/** One piece of a page. `shared` pieces are the same object for every ticker. */
export interface PagePiece {
  readonly text: string;
  readonly shared: boolean;
}

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

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** FNV-1a, 32 bit: a stable seed from a ticker. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast and good enough for made-up numbers. */
class Rng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.#state ^ (this.#state >>> 15), 1 | this.#state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  logBetween(min: number, max: number): number {
    return Math.exp(this.between(Math.log(min), Math.log(max)));
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('Expected a non-empty list to pick from');
    return item;
  }
}

// ---------------------------------------------------------------------------------------------
// Reference data

const SECTORS: readonly (readonly [sector: string, industries: readonly string[]])[] = [
  ['Technology', ['Consumer Electronics', 'Software - Infrastructure', 'Software - Application', 'Semiconductors', 'Communication Equipment', 'Computer Hardware']],
  ['Healthcare', ['Biotechnology', 'Medical Devices', 'Drug Manufacturers - General', 'Diagnostics & Research', 'Health Information Services']],
  ['Financial', ['Banks - Regional', 'Asset Management', 'Insurance - Property & Casualty', 'Capital Markets', 'Credit Services']],
  ['Consumer Cyclical', ['Auto Manufacturers', 'Specialty Retail', 'Restaurants', 'Internet Retail', 'Apparel Retail']],
  ['Industrials', ['Aerospace & Defense', 'Specialty Industrial Machinery', 'Railroads', 'Airlines', 'Building Products & Equipment']],
  ['Energy', ['Oil & Gas E&P', 'Oil & Gas Integrated', 'Oil & Gas Midstream', 'Uranium']],
  ['Consumer Defensive', ['Beverages - Non-Alcoholic', 'Packaged Foods', 'Discount Stores', 'Household & Personal Products']],
  ['Communication Services', ['Internet Content & Information', 'Telecom Services', 'Entertainment', 'Electronic Gaming & Multimedia']],
  ['Basic Materials', ['Specialty Chemicals', 'Gold', 'Steel', 'Copper']],
  ['Real Estate', ['REIT - Residential', 'REIT - Industrial', 'Real Estate Services']],
  ['Utilities', ['Utilities - Regulated Electric', 'Utilities - Renewable']],
];

const COUNTRIES: readonly string[] = [
  'USA', 'USA', 'USA', 'USA', 'USA', 'USA', 'USA', 'USA', 'USA', 'USA', 'USA', 'USA',
  'China', 'United Kingdom', 'Canada', 'Israel', 'Netherlands', 'Ireland', 'Switzerland',
];

const EXCHANGES: readonly string[] = ['NASD', 'NASD', 'NASD', 'NASD', 'NASD', 'NYSE', 'NYSE', 'NYSE', 'NYSE', 'AMEX'];

const NAME_WORDS: readonly string[] = [
  'Acme', 'Apex', 'Atlas', 'Beacon', 'Cascade', 'Summit', 'Harbor', 'Keystone', 'Meridian', 'Northwind',
  'Pioneer', 'Redwood', 'Sterling', 'Vanguard', 'Granite', 'Evergreen', 'Horizon', 'Liberty', 'Orion', 'Sequoia',
];

const NAME_SUFFIXES: readonly string[] = [
  'Corp', 'Inc', 'Holdings Inc', 'Group Inc', 'Technologies Inc', 'Industries Corp', 'Systems Inc', 'Ltd', 'Co', 'Therapeutics Inc',
];

/** The day the generated pages pretend to be from (the day of the real reference page). */
const AS_OF = Date.UTC(2026, 5, 29);
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Formatting in the page's formats

const DASH = '-';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) =>
    char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '"' ? '&quot;' : '&#39;',
  );
}

/** "ind_oilgasep" style filter slug. */
function slug(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function fixed(value: number, digits = 2): string {
  const text = value.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

function percent(value: number): string {
  return `${fixed(value)}%`;
}

/** `4183.77B`, `696.85M`, `869.28K`. */
function abbreviated(value: number): string {
  const size = Math.abs(value);
  if (size >= 1e9) return `${fixed(value / 1e9)}B`;
  if (size >= 1e6) return `${fixed(value / 1e6)}M`;
  if (size >= 1e3) return `${fixed(value / 1e3)}K`;
  return fixed(value);
}

/** `3,803,656`. */
function withCommas(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function dateParts(time: number): { month: string; day: number; year: number; monthNumber: number } {
  const date = new Date(time);
  return {
    month: MONTHS[date.getUTCMonth()] ?? 'Jan',
    day: date.getUTCDate(),
    year: date.getUTCFullYear(),
    monthNumber: date.getUTCMonth() + 1,
  };
}

/** `May 11, 2026`. */
function longDate(time: number): string {
  const { month, day, year } = dateParts(time);
  return `${month} ${String(day).padStart(2, '0')}, ${year}`;
}

/** `Jul 30`. */
function shortDate(time: number): string {
  const { month, day } = dateParts(time);
  return `${month} ${String(day).padStart(2, '0')}`;
}

/** `6/15/2026`. */
function numericDate(time: number): string {
  const { monthNumber, day, year } = dateParts(time);
  return `${monthNumber}/${day}/${year}`;
}

// ---------------------------------------------------------------------------------------------
// Snapshot cells

type Tone = 'positive' | 'negative' | undefined;

interface Cell {
  readonly text: string;
  readonly html: string;
  /** Dash cells are not wrapped in the field's link. */
  readonly dash?: boolean;
}

function colored(text: string, tone: Tone): string {
  return tone === undefined ? text : `<span class="color-text is-${tone}">${text}</span>`;
}

function signTone(value: number): Tone {
  return value > 0 ? 'positive' : value < 0 ? 'negative' : undefined;
}

/** Tone by thresholds: `good` above/below `high`/`low` depending on `higherIsBetter`. */
function thresholdTone(value: number, low: number, high: number, higherIsBetter: boolean): Tone {
  if (value > high) return higherIsBetter ? 'positive' : 'negative';
  if (value < low) return higherIsBetter ? 'negative' : 'positive';
  return undefined;
}

const dashCell: Cell = { text: DASH, html: `<b>${DASH}</b>`, dash: true };

function plain(text: string, tone?: Tone): Cell {
  return { text, html: `<b>${colored(text, tone)}</b>` };
}

function numberCell(value: number | undefined, tone?: (value: number) => Tone): Cell {
  if (value === undefined || !Number.isFinite(value)) return dashCell;
  return plain(fixed(value), tone?.(value));
}

function percentCell(value: number | undefined, tone?: (value: number) => Tone): Cell {
  if (value === undefined || !Number.isFinite(value)) return dashCell;
  return plain(percent(value), tone?.(value));
}

function small(text: string): Cell {
  return { text, html: `<b><small class="text-2xs">${text}</small></b>` };
}

/** `4.26% 4.98%` in a small tag, or `- -` when unknown. */
function percentPair(first: number | undefined, second: number | undefined): Cell {
  const format = (value: number | undefined): string => (value === undefined ? DASH : percent(value));
  return small(`${format(first)} ${format(second)}`);
}

function tonedPair(first: number | undefined, second: number | undefined): Cell {
  if (first === undefined || second === undefined) return dashCell;
  const a = percent(first);
  const b = percent(second);
  return {
    text: `${a} ${b}`,
    html: `<b><small class="text-2xs">${colored(a, signTone(first))} ${colored(b, signTone(second))}</small></b>`,
  };
}

/** `317.40 -10.25%`: a price level and the distance from it. */
function levelCell(level: number, distance: number): Cell {
  const pct = percent(distance);
  return {
    text: `${fixed(level)} ${pct}`,
    html: `<b>${fixed(level)} <small class="text-2xs">${colored(pct, signTone(distance))}</small></b>`,
  };
}

const LOCK_SVG =
  '<a href="/elite?utm_source=finviz&utm_medium=banner&utm_campaign=etf-fundamentals"><svg width="16" height="16" class="text-muted -ml-0.5">\n' +
  '    <use href="/assets/dist-icons/icons.svg?rev=2445753073#lockOutline"/>\n</svg></a>';

/** Each snapshot label's tooltip and tab, labels as SNAPSHOT_LABELS names them. */
const FIELDS: ReadonlyMap<string, SnapshotField> = new Map(SNAPSHOT_FIELDS.map((field) => [field.label, field]));

// ---------------------------------------------------------------------------------------------
// The made-up company

interface Company {
  readonly ticker: string;
  readonly name: string;
  readonly website: string;
  readonly sector: string;
  readonly industry: string;
  readonly country: string;
  readonly exchange: string;
  readonly capCategory: string;
  readonly price: number;
  readonly change: number;
  readonly changePercent: number;
  /** Each snapshot label's cell, labels as SNAPSHOT_LABELS names them. */
  readonly cells: ReadonlyMap<string, Cell>;
  /** Cells that layouts before 2026 show otherwise. */
  readonly cellsBefore2026: ReadonlyMap<string, Cell>;
  readonly employees: number;
}

/** Share-price range by market-cap category: big companies tend to have higher prices. */
const PRICE_RANGES: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['Mega', [60, 900]],
  ['Large', [15, 450]],
  ['Mid', [6, 160]],
  ['Small', [2, 70]],
  ['Micro', [0.8, 25]],
  ['Nano', [0.3, 8]],
]);

function capCategoryOf(marketCap: number): string {
  if (marketCap >= 200e9) return 'Mega';
  if (marketCap >= 10e9) return 'Large';
  if (marketCap >= 2e9) return 'Mid';
  if (marketCap >= 300e6) return 'Small';
  if (marketCap >= 50e6) return 'Micro';
  return 'Nano';
}

function companyName(ticker: string, rng: Rng): string {
  return `${rng.pick(NAME_WORDS)} ${ticker} ${rng.pick(NAME_SUFFIXES)}`;
}

function makeCompany(ticker: string): Company {
  const rng = new Rng(hashString(ticker));
  const name = companyName(ticker, rng);
  const [sector, industries] = rng.pick(SECTORS);
  const industry = rng.pick(industries);
  const country = rng.pick(COUNTRIES);
  const exchange = rng.pick(EXCHANGES);

  const marketCap = rng.logBetween(25e6, 4.2e12);
  const capCategory = capCategoryOf(marketCap);
  const [priceLow, priceHigh] = PRICE_RANGES.get(capCategory) ?? [1, 100];
  const price = Number(fixed(rng.logBetween(priceLow, priceHigh)));
  const big = marketCap >= 10e9;
  const tiny = marketCap < 300e6;
  const shares = marketCap / price;
  const floatShares = shares * rng.between(0.55, 0.995);

  const profitable = rng.chance(big ? 0.92 : tiny ? 0.35 : 0.65);
  // Profitable companies get a P/E and a margin, the others a P/S, so that the ratios agree.
  const profitMargin = profitable ? rng.between(0.03, 0.35) : -rng.between(0.02, 1.2);
  const sales = profitable ? marketCap / rng.logBetween(7, 70) / profitMargin : marketCap / rng.logBetween(0.4, 18);
  const priceToSales = marketCap / sales;
  const operMargin = profitMargin + rng.between(0.01, 0.08);
  const grossMargin = Math.max(operMargin + rng.between(0.05, 0.4), rng.between(0.12, 0.3));
  const income = sales * profitMargin;
  const eps = income / shares;
  const covered = !tiny || rng.chance(0.3);
  const growthNextY = rng.between(-0.15, 0.45);
  const epsNextY = covered ? (eps > 0 ? eps * (1 + growthNextY) : eps * rng.between(0.2, 0.9)) : undefined;
  const epsNextQ = epsNextY === undefined ? undefined : (epsNextY / 4) * rng.between(0.85, 1.15);
  const epsNext5Y = covered && rng.chance(0.8) ? rng.between(-4, 28) : undefined;
  const pe = eps > 0 ? price / eps : undefined;
  const forwardPe = epsNextY !== undefined && epsNextY > 0 ? price / epsNextY : undefined;
  const peg = pe !== undefined && epsNext5Y !== undefined && epsNext5Y > 0 ? pe / epsNext5Y : undefined;
  const priceToBook = rng.logBetween(0.5, 45);
  const bookPerShare = price / priceToBook;
  const priceToCash = rng.logBetween(1.5, 90);
  const cashPerShare = price / priceToCash;
  const priceToFcf = profitable ? rng.logBetween(6, 70) : undefined;
  const debtToEquity = rng.between(0, 2.4);
  const ltDebtToEquity = debtToEquity * rng.between(0.5, 1);
  const enterpriseValue = Math.max(marketCap * 0.2, marketCap + (debtToEquity * bookPerShare - cashPerShare) * shares);
  const ebitda = sales * (operMargin + rng.between(0.02, 0.08));
  const quickRatio = rng.between(0.3, 3.5);
  const currentRatio = quickRatio * rng.between(1, 1.6);
  const optionable = !tiny || rng.chance(0.4);

  const paysDividend = profitable && rng.chance(big ? 0.65 : 0.2);
  const dividendYield = rng.between(0.3, 5.5);
  const dividendEst = (price * dividendYield) / 100;
  const dividendTtm = dividendEst * rng.between(0.88, 1);
  const exDate = AS_OF - rng.int(3, 85) * DAY_MS;
  const ipoTime = Date.UTC(rng.int(1972, 2024), rng.int(0, 11), rng.int(1, 28));
  const yearsListed = (AS_OF - ipoTime) / (365.25 * DAY_MS);
  const employees = Math.max(3, Math.round(sales / rng.logBetween(150e3, 1.5e6)));

  const changePercent = Number(fixed(rng.between(-4.5, 4.5)));
  const prevClose = price / (1 + changePercent / 100);
  const change = price - prevClose;
  const high52 = price * (1 + rng.between(0, 0.7));
  const low52 = price / (1 + rng.between(0, 1.4));
  const volatilityWeek = rng.between(0.8, tiny ? 12 : 5);
  const volatilityMonth = volatilityWeek * rng.between(0.7, 1.2);
  const shortFloat = rng.between(0.4, tiny ? 30 : 12);
  const shortInterest = (floatShares * shortFloat) / 100;
  const shortRatio = rng.between(0.5, 9);
  const avgVolume = shortInterest / shortRatio;
  const relVolume = rng.between(0.15, 2.8);
  const roa = profitMargin * rng.between(30, 110);
  const roe = roa * rng.between(1.3, 4);
  const roic = roa * rng.between(1.1, 2.4);
  const target = price * rng.between(0.8, 1.55);
  const earningsTime = AS_OF + rng.int(-40, 45) * DAY_MS;
  /** A performance in percent from a log-return in about [-spread, 1.2 * spread]. */
  const perf = (spread: number): number => (Math.exp(rng.between(-spread, spread * 1.2)) - 1) * 100;

  // Each label's cell, in the order the generator draws them (so pages stay the same from
  // version to version); the order on the page is the layout's (LAYOUT_LABELS).
  const cells = new Map<string, Cell>();
  const add = (label: string, cell: Cell): void => {
    cells.set(label, cell);
  };
  add(
    'Index',
    marketCap >= 200e9
      ? small(exchange === 'NASD' ? 'DJIA, NDX, S&P 500' : 'DJIA, S&P 500')
      : marketCap >= 15e9
        ? plain(exchange === 'NASD' && rng.chance(0.5) ? 'NDX, S&P 500' : 'S&P 500')
        : marketCap >= 300e6 && rng.chance(0.7)
          ? plain('RUT')
          : dashCell,
  );
  add('Market Cap', plain(abbreviated(marketCap)));
  add('Enterprise Value', plain(abbreviated(enterpriseValue)));
  add('Income', plain(abbreviated(income)));
  add('Sales', plain(abbreviated(sales)));
  add('Book/sh', numberCell(bookPerShare));
  add('Cash/sh', numberCell(cashPerShare));
  add('Dividend Est.', paysDividend ? plain(`${fixed(dividendEst)} (${percent(dividendYield)})`) : dashCell);
  add('Dividend TTM', paysDividend ? plain(`${fixed(dividendTtm)} (${percent((dividendTtm / price) * 100)})`) : dashCell);
  add('Dividend Ex-Date', paysDividend ? plain(longDate(exDate)) : dashCell);
  add('Dividend Gr. 3/5Y', paysDividend ? percentPair(rng.between(-3, 15), yearsListed > 5 ? rng.between(-3, 15) : undefined) : dashCell);
  add('Payout', paysDividend && eps > 0 ? percentCell((dividendTtm / eps) * 100) : percentCell(0));
  add('Employees', plain(String(employees)));
  add('IPO', plain(longDate(ipoTime)));
  add('P/E', numberCell(pe, (value) => thresholdTone(value, 10, 50, false)));
  add('Forward P/E', numberCell(forwardPe, (value) => thresholdTone(value, 10, 50, false)));
  add('PEG', numberCell(peg, (value) => thresholdTone(value, 1, 2, false)));
  add('P/S', numberCell(priceToSales));
  add('P/B', numberCell(priceToBook, (value) => thresholdTone(value, 1, 5, false)));
  add('P/C', numberCell(priceToCash, (value) => thresholdTone(value, 3, 50, false)));
  add('P/FCF', numberCell(priceToFcf, (value) => thresholdTone(value, 15, 50, false)));
  add('EV/EBITDA', numberCell(ebitda > 0 ? enterpriseValue / ebitda : undefined, (value) => thresholdTone(value, 8, 20, false)));
  add('EV/Sales', numberCell(enterpriseValue / sales));
  add('Quick Ratio', numberCell(quickRatio));
  add('Current Ratio', numberCell(currentRatio));
  add('Debt/Eq', numberCell(debtToEquity, (value) => thresholdTone(value, 0.1, 0.5, false)));
  add('LT Debt/Eq', numberCell(ltDebtToEquity, (value) => thresholdTone(value, 0.1, 0.5, false)));
  add('Option/Short', small(`${optionable ? 'Yes' : 'No'} / Yes`));
  add('EPS (ttm)', numberCell(eps));
  add('EPS next Y', numberCell(epsNextY));
  add('EPS next Q', numberCell(epsNextQ));
  add('EPS this Y', percentCell(covered ? rng.between(-30, 60) : undefined));
  add('EPS growth next Y', percentCell(epsNextY === undefined ? undefined : growthNextY * 100));
  add('EPS next 5Y', percentCell(epsNext5Y));
  const epsPast3Y = yearsListed > 3 ? rng.between(-20, 40) : undefined;
  const epsPast5Y = yearsListed > 5 ? rng.between(-20, 40) : undefined;
  add('EPS past 3/5Y', percentPair(epsPast3Y, epsPast5Y));
  const salesPast3Y = yearsListed > 3 ? rng.between(-10, 35) : undefined;
  const salesPast5Y = yearsListed > 5 ? rng.between(-10, 35) : undefined;
  add('Sales past 3/5Y', percentPair(salesPast3Y, salesPast5Y));
  add('EPS Y/Y TTM', percentCell(rng.between(-60, 80), (value) => thresholdTone(value, 0, 25, true)));
  add('Sales Y/Y TTM', percentCell(rng.between(-25, 45), (value) => thresholdTone(value, 0, 25, true)));
  add('EPS Q/Q', percentCell(rng.between(-60, 80)));
  add('Sales Q/Q', percentCell(rng.between(-25, 45)));
  add('Earnings', covered ? small(`${shortDate(earningsTime)} ${rng.chance(0.5) ? 'AMC' : 'BMO'}`) : dashCell);
  const epsSurprise = covered ? rng.between(-25, 25) : undefined;
  const salesSurprise = covered ? rng.between(-8, 8) : undefined;
  add('EPS/Sales Surpr.', tonedPair(epsSurprise, salesSurprise));
  add('Insider Own', percentCell(rng.logBetween(0.02, 35)));
  add('Insider Trans', percentCell(rng.between(-15, 4)));
  add('Inst Own', percentCell(rng.between(tiny ? 2 : 35, 95)));
  add('Inst Trans', percentCell(rng.between(-6, 6)));
  add('ROA', percentCell(roa, (value) => thresholdTone(value, 0, 15, true)));
  add('ROE', percentCell(roe, (value) => thresholdTone(value, 0, 20, true)));
  add('ROIC', percentCell(roic, (value) => thresholdTone(value, 0, 15, true)));
  add('Gross Margin', percentCell(grossMargin * 100));
  add('Oper. Margin', percentCell(operMargin * 100, (value) => thresholdTone(value, 0, 25, true)));
  add('Profit Margin', percentCell(profitMargin * 100, (value) => thresholdTone(value, 0, 20, true)));
  add('SMA20', percentCell(rng.between(-9, 9), signTone));
  add('SMA50', percentCell(rng.between(-15, 15), signTone));
  add('SMA200', percentCell(rng.between(-30, 35), signTone));
  add('Trades', { text: '', html: LOCK_SVG });
  add('Shs Outstand', plain(abbreviated(shares)));
  add('Shs Float', plain(abbreviated(floatShares)));
  add('Short Float', percentCell(shortFloat));
  add('Short Ratio', numberCell(shortRatio));
  add('Short Interest', {
    text: abbreviated(shortInterest),
    html: `<b data-boxover-html="Settlement Date: ${numericDate(AS_OF - 14 * DAY_MS)}">${abbreviated(shortInterest)}</b>`,
  });
  const high52Distance = (price / high52 - 1) * 100;
  const low52Distance = (price / low52 - 1) * 100;
  add('52W High', levelCell(high52, high52Distance));
  add('52W Low', levelCell(low52, low52Distance));
  add('Volatility', small(`${percent(volatilityWeek)} ${percent(volatilityMonth)}`));
  add('ATR (14)', numberCell((price * volatilityMonth) / 100));
  add('RSI (14)', numberCell(rng.between(22, 78)));
  add('Beta', numberCell(rng.between(-0.2, 2.6)));
  add('Rel Volume', numberCell(relVolume));
  add('Avg Volume', plain(abbreviated(avgVolume)));
  add('Volume', plain(withCommas(avgVolume * relVolume * rng.between(0.05, 1))));
  add('Perf Week', percentCell(perf(0.06), signTone));
  add('Perf Month', percentCell(perf(0.12), signTone));
  add('Perf Quarter', percentCell(perf(0.25), signTone));
  add('Perf Half Y', percentCell(perf(0.4), signTone));
  add('Perf YTD', percentCell(perf(0.35), signTone));
  add('Perf Year', percentCell(perf(0.6), signTone));
  add('Perf 3Y', percentCell(yearsListed > 3 ? perf(1) : undefined, signTone));
  add('Perf 5Y', percentCell(yearsListed > 5 ? perf(1.4) : undefined, signTone));
  add('Perf 10Y', percentCell(yearsListed > 10 ? perf(2.2) : undefined, signTone));
  add('Recom', covered ? numberCell(rng.between(1, 3.6)) : dashCell);
  add('Target Price', covered ? numberCell(target, (value) => signTone(value - price)) : dashCell);
  add('Prev Close', numberCell(prevClose));
  add('Price', numberCell(price));
  add('Change', percentCell(changePercent, signTone));

  // The labels only older layouts have, from the same figures; drawn after the others, from a
  // generator of their own, so that they change nothing on the 2026 pages.
  const older = new Rng(hashString(`${ticker}/older`));
  add('52W Range', plain(`${fixed(low52)} - ${fixed(high52)}`));
  add('EPS past 5Y', percentCell(epsPast5Y));
  add('ROI', percentCell(roic * older.between(0.6, 0.95), (value) => thresholdTone(value, 0, 15, true)));
  add('Sales past 5Y', percentCell(salesPast5Y));
  add('Sales Surprise', percentCell(salesSurprise, signTone));
  add('EPS Surprise', percentCell(epsSurprise, signTone));
  // "Dividend (annual)": the forward rate, a little above the trailing twelve months.
  const dividendAnnual = dividendTtm * older.between(1, 1.08);
  add('Dividend', paysDividend ? numberCell(dividendAnnual) : dashCell);
  add('Dividend %', paysDividend ? percentCell((dividendAnnual / price) * 100) : dashCell);
  add('ATR', numberCell((price * volatilityMonth) / 100));
  add('Optionable', plain(optionable ? 'Yes' : 'No'));
  add('Shortable', plain('Yes'));
  add('Short Float / Ratio', plain(`${percent(shortFloat)} / ${fixed(shortRatio)}`));
  const missing = SNAPSHOT_LABELS.filter((label) => !cells.has(label));
  if (missing.length > 0) throw new Error(`Expected a cell for every snapshot label, got none for ${missing.join(', ')}`);
  // Until 2025 the 52-week high and low were a lone distance, the prices being in "52W Range".
  const cellsBefore2026 = new Map([
    ['52W High', percentCell(high52Distance, signTone)],
    ['52W Low', percentCell(low52Distance, signTone)],
  ]);

  return {
    ticker,
    name,
    website: `http://www.${slug(name.split(' ')[0] ?? 'example')}${slug(ticker)}.com`,
    sector,
    industry,
    country,
    exchange,
    capCategory,
    price,
    change,
    changePercent,
    cells,
    cellsBefore2026,
    employees,
  };
}

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
    snapshot: LAYOUT_LABELS[layout].map((label) => [shownLabel(label), cellOf(company, label, layout).text] as const),
  };
}

function cellOf(company: Company, label: string, layout: QuoteLayoutName): Cell {
  const before2026 = layout !== '2026-06' && layout !== '2026-06b';
  const cell = (before2026 ? company.cellsBefore2026.get(label) : undefined) ?? company.cells.get(label);
  if (cell === undefined) throw new Error(`Expected a generated cell for "${label}", got none`);
  return cell;
}

// ---------------------------------------------------------------------------------------------
// Faults, for tests that need pages a parser must refuse

/** A header field a faulty page may leave out. */
export type OmittableHeaderField = 'company' | 'sector' | 'industry' | 'country' | 'exchange';

/** How a generated page departs from its layout; see ./faulty-quote-pages.ts. */
export interface QuotePageFault {
  /** Snapshot labels (as SNAPSHOT_LABELS names them) left out, label cell and value cell. */
  readonly withoutLabels?: readonly string[];
  /** The snapshot stops after this many rows (all its tables together), every element closed. */
  readonly snapshotRows?: number;
  /** Labels shown under another text: label (as SNAPSHOT_LABELS names it) -> text. */
  readonly renamedLabels?: Readonly<Record<string, string>>;
  /** A header field the header does not show. */
  readonly withoutHeaderField?: OmittableHeaderField;
  /** The snapshot's markup changed as in no known layout: its tables' class, or its label cells' class and tooltip. */
  readonly unknownMarkup?: 'table class' | 'cell markup';
}

// ---------------------------------------------------------------------------------------------
// Per-ticker markup, by layout

/** The newest layout, served unless another is asked for. */
export const NEWEST_LAYOUT: QuoteLayoutName = '2026-06b';

/** One label/value pair of the snapshot as a page shows it. */
interface Pair {
  /** As SNAPSHOT_LABELS names it. */
  readonly label: string;
  /** As the page shows it. */
  readonly shown: string;
  readonly cell: Cell;
}

/**
 * The snapshot's tables, rows and pairs, in page order: late June 2026 shows the grid as six
 * column tables of one pair a row, the other layouts as one table of six pairs a row.
 */
function snapshotTables(company: Company, layout: QuoteLayoutName, fault: QuotePageFault): Pair[][][] {
  const labels = LAYOUT_LABELS[layout];
  const pairsPerRow = layout === '2026-06b' ? 1 : 6;
  // Six columns either way: six tables of a column each, or one table of six-pair rows.
  const rowsPerTable = labels.length / 6;
  const left = new Set(fault.withoutLabels ?? []);
  const tables: Pair[][][] = [];
  let rowsLeft = fault.snapshotRows ?? Number.POSITIVE_INFINITY;
  for (let start = 0; start < labels.length && rowsLeft > 0; start += rowsPerTable * pairsPerRow) {
    const rows: Pair[][] = [];
    for (let row = start; row < start + rowsPerTable * pairsPerRow && rowsLeft > 0; row += pairsPerRow) {
      const pairs = labels
        .slice(row, row + pairsPerRow)
        .filter((label) => !left.has(label))
        .map((label) => ({label, shown: fault.renamedLabels?.[label] ?? shownLabel(label), cell: cellOf(company, label, layout)}));
      if (pairs.length === 0) continue;
      rows.push(pairs);
      rowsLeft--;
    }
    if (rows.length > 0) tables.push(rows);
  }
  return tables;
}

/** `cssbody=[…] body=[tip] …`: the tooltip as boxover.js read it until 2025. */
function boxover(tip: string): string {
  return escapeHtml(`cssbody=[tooltip_short_bdy] cssheader=[tooltip_short_hdr] body=[${tip}] offsetx=[10] offsety=[20] delay=[300]`);
}

/** A label cell and its value cell, in the markup of `layout`. */
function pairHtml({label, shown, cell}: Pair, layout: QuoteLayoutName, t: string): string {
  const field = FIELDS.get(label);
  if (field === undefined) throw new Error(`Expected a tooltip for "${label}", got none`);
  const text = escapeHtml(shown);
  switch (layout) {
    case '2026-06b':
    case '2026-06': {
      const link = field.tab === undefined ? undefined : `<a href="stock?t=${t}&ta=1&p=d&ty=${field.tab}" class="hover:underline">`;
      const labelHtml = link === undefined ? text : `${link}${text}</a>`;
      const value = link === undefined || cell.dash === true ? cell.html : `${link}${cell.html}</a>`;
      const [labelWidth, valueClass] =
        layout === '2026-06b' ? ['max-xl:w-[4%] xl:w-px', 'max-xl:w-[8%] xl:w-full xl:max-w-0'] : ['w-[7%]', 'w-[8%] '];
      return (
        `<td class="snapshot-td2 cursor-pointer ${labelWidth}" align="left" data-boxover-html="${escapeHtml(field.tip)}"><div class="snapshot-td-label">${labelHtml}</div></td>` +
        `<td class="snapshot-td2 ${valueClass}" align="left" style=""><div class="snapshot-td-content">${value}</div></td>`
      );
    }
    case 'new':
      return `<td class="snapshot-td2 cursor-pointer w-[7%]" align="left" data-boxover="${boxover(field.tip)}">${text}</td><td class="snapshot-td2 w-[8%] " align="left" style="">${cell.html}</td>`;
    case 'old':
    case 'old/2023-05': {
      const tooltip = layout === 'old' ? 'title' : 'data-boxover';
      return `<td width="7%" class="snapshot-td2-cp" align="left" ${tooltip}="${boxover(field.tip)}">${text}</td><td width="8%" class="snapshot-td2" align="left">${cell.html}</td>`;
    }
  }
}

const TABLE_CLASSES: Readonly<Record<QuoteLayoutName, string>> = {
  '2026-06b': 'js-snapshot-table snapshot-table2 screener_snapshot-table-body max-xl:table-fixed xl:table-auto',
  '2026-06': 'js-snapshot-table snapshot-table2 screener_snapshot-table-body',
  new: 'js-snapshot-table snapshot-table2 screener_snapshot-table-body',
  old: 'snapshot-table2',
  'old/2023-05': 'snapshot-table2',
};

function snapshotHtml(company: Company, t: string, layout: QuoteLayoutName, fault: QuotePageFault): string {
  const out: string[] = [];
  const tableClass = fault.unknownMarkup === 'table class' ? TABLE_CLASSES[layout].replace('snapshot-table2', 'snapshot-table3') : TABLE_CLASSES[layout];
  for (const rows of snapshotTables(company, layout, fault)) {
    out.push(`<table width="100%" cellpadding="3" cellspacing="0" border="0" class="${tableClass}">\n`);
    for (const pairs of rows) {
      out.push('<tr class="table-dark-row">\n');
      for (const pair of pairs) {
        const html = pairHtml(pair, layout, t);
        out.push(fault.unknownMarkup === 'cell markup' ? withUnknownLabelMarkup(html) : html, '\n');
      }
      out.push('</tr>\n');
    }
    out.push('</table>\n');
  }
  return out.join('');
}

/** The label cell (the first of the pair) with a class and a tooltip attribute no layout has. */
function withUnknownLabelMarkup(pair: string): string {
  return pair.replace(/^<td ([^>]*?)class="snapshot-td2(-cp)?/, '<td $1class="snapshot-label').replace(/ (data-boxover-html|data-boxover|title)="/, ' data-tooltip="');
}

/** The header: ticker, company, sector, industry, country and exchange, in the markup of `layout`. */
function headerHtml(company: Company, t: string, layout: QuoteLayoutName, fault: QuotePageFault): string {
  const shows = (field: OmittableHeaderField): boolean => fault.withoutHeaderField !== field;
  switch (layout) {
    case '2026-06b':
      return header2026b(company, t, shows);
    case '2026-06':
    case 'new':
      return headerWithQuoteLinks(company, t, layout, shows);
    case 'old':
    case 'old/2023-05':
      return fullviewTitle(company, t, layout, shows);
  }
}

/** A header link to a screener filter, as all layouts show sector, industry, country and (since mid-2023) exchange. */
function filterLink(base: string, filter: string, text: string, attributes: string): string {
  return `<a href="${base}?v=111&f=${filter}_${slug(text)}" ${attributes}>${escapeHtml(text)}</a>`;
}

function header2026b(company: Company, t: string, shows: (field: OmittableHeaderField) => boolean): string {
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
  const tab = (ty: string, text: string): string => `                <a href="stock?t=${t}&ta=1&p=d&ty=${ty}" class="quote-tabs_tab">${text}</a>\n`;
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

/** 2024 to mid-June 2026: the price beside the ticker, the header fields as `a.tab-link` in div.quote-links. */
function headerWithQuoteLinks(company: Company, t: string, layout: '2026-06' | 'new', shows: (field: OmittableHeaderField) => boolean): string {
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

/**
 * To mid-2023: `table.fullview-title`. Until May 2023 the exchange is "[NASD]" beside the
 * ticker; the July 2023 page (old/2023-05 markup) has it as a link after the country instead.
 */
function fullviewTitle(company: Company, t: string, layout: 'old' | 'old/2023-05', shows: (field: OmittableHeaderField) => boolean): string {
  const links = [
    shows('sector') ? filterLink('screener.ashx', 'sec', company.sector, 'class="tab-link"') : '',
    shows('industry') ? filterLink('screener.ashx', 'ind', company.industry, 'class="tab-link"') : '',
    shows('country') ? filterLink('screener.ashx', 'geo', company.country, 'class="tab-link"') : '',
    layout === 'old/2023-05' && shows('exchange') ? filterLink('screener.ashx', 'exch', company.exchange, 'class="tab-link"') : '',
  ].filter((link) => link !== '');
  const name = shows('company') ? `<a href="${company.website}" target="_blank" class="tab-link"><b>${escapeHtml(company.name)}</b></a>` : '';
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

const PEER_POOL: readonly string[] = [
  'ALFA', 'BRVO', 'CHRL', 'DLTA', 'ECHO', 'FXTR', 'GOLF', 'HTLX', 'INDA', 'JLTT', 'KILO', 'LIMA', 'MIKE', 'NOVM', 'OSCR', 'PAPA',
];
const FUND_POOL: readonly string[] = ['VTIX', 'VOOX', 'IVVX', 'SPYX', 'QQQX', 'VUGX', 'XLKX', 'IWFX', 'SCHX', 'RSPX', 'DIAX', 'MDYX'];

function linkStrip(title: string, tickers: readonly string[], describe: (ticker: string) => string): string {
  const spans = tickers.map((peer) => {
    const rng = new Rng(hashString(peer));
    return ` <span class="inline-flex" data-boxover-ticker="${peer}" data-boxover-company="${escapeHtml(companyName(peer, rng))}" data-boxover-industry="${escapeHtml(describe(peer))}" data-boxover-country="USA" data-boxover-value="${abbreviated(rng.logBetween(1e9, 3e12))}"><a href="stock?t=${peer}&ty=c&ta=1&p=d" class="tab-link">${peer}</a></span>`;
  });
  return `<a class="tab-link" href="screener?t=${tickers.join(',')}">${title}</a>:<span style="font-size:11px">${spans.join('')}</span>`;
}

/** Where the snapshot tables sit: the grid of late June 2026, a plain wrapper since 2024, a table cell before. */
function snapshotWrapper(layout: QuoteLayoutName, tables: string): string {
  switch (layout) {
    case '2026-06b':
      return `<div style="overflow:hidden;" class="screener_snapshot-table-wrapper js-snapshot-table-wrapper grid grid-flow-col max-xl:grid-rows-2 max-xl:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)] xl:grid-cols-[minmax(0,1.3fr)_minmax(0,0.80fr)_minmax(0,1.15fr)_minmax(0,0.80fr)_minmax(0,1.05fr)_minmax(0,0.9fr)]">${tables}</div>`;
    case '2026-06':
    case 'new':
      return `<div style="overflow:hidden;" class="screener_snapshot-table-wrapper js-snapshot-table-wrapper">${tables}</div>`;
    case 'old':
    case 'old/2023-05':
      return `<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td>\n${tables}</td></tr></table>`;
  }
}

function fundamentalsHtml(company: Company, t: string, layout: QuoteLayoutName, fault: QuotePageFault): string {
  const rng = new Rng(hashString(`${company.ticker}/peers`));
  const peers = PEER_POOL.filter((peer) => peer !== company.ticker && rng.chance(0.6)).slice(0, 10);
  const funds = FUND_POOL.filter(() => rng.chance(0.8)).slice(0, 10);
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
${snapshotWrapper(layout, snapshotHtml(company, t, layout, fault))}
</div>
`;
}

function profileHtml(company: Company): string {
  const name = escapeHtml(company.name);
  const industry = escapeHtml(company.industry.toLowerCase());
  return `<td class="fullview-profile quote_profile" align="left" valign="top"><div class="quote_profile-bio">${name} engages in ${industry} and related services. The company operates through its Products and Services segments and sells to consumers, small and mid-sized businesses, and government customers. It was founded in ${1900 + (hashString(company.ticker) % 120)} and is headquartered in ${escapeHtml(company.country === 'USA' ? 'Wilmington, DE' : company.country)}. The company employs ${withCommas(company.employees)} people. Its products are sold through direct and indirect distribution channels, including its own retail and online stores, resellers, wholesalers and carriers. The ${industry} segment accounts for the majority of revenue, while the services business, which includes subscriptions, support, licensing and advertising, has grown faster over the last five years. Management has said it expects to keep investing in research and development, in its supply chain and in new markets, and to return capital to shareholders through buybacks${company.cells.get('Dividend Est.')?.dash === true ? '' : ' and dividends'}.</div>
</td>
`;
}

// ---------------------------------------------------------------------------------------------
// Shared filler, built once on first use

interface SharedPieces {
  readonly head: PagePiece;
  readonly bodyTop: PagePiece;
  readonly chart: PagePiece;
  readonly middle: PagePiece;
  readonly bottom: PagePiece;
  readonly notFoundHead: PagePiece;
  readonly notFoundTail: PagePiece;
}

let sharedPieces: SharedPieces | undefined;

function shared(text: string): PagePiece {
  return Object.freeze({ text, shared: true });
}

function getSharedPieces(): SharedPieces {
  sharedPieces ??= buildSharedPieces();
  return sharedPieces;
}

const NEWS_SOURCES: readonly string[] = ['Yahoo Finance', 'Reuters', 'Barrons.com', 'MarketWatch', 'Motley Fool', 'Zacks', 'GuruFocus.com', 'Investopedia', 'Stocktwits', 'Quartz', 'TipRanks'];
const NEWS_SUBJECTS: readonly string[] = ['Tech stocks', 'Chipmakers', 'Wall Street', 'The Nasdaq', 'Small caps', 'Dividend payers', 'Bank shares', 'Retailers', 'Energy names', 'Growth funds', 'Index futures', 'Value investors'];
const NEWS_VERBS: readonly string[] = ['rally', 'slip', 'rebound', 'stall', 'climb', 'tumble', 'drift higher', 'lose ground', 'extend gains', 'trade mixed'];
const NEWS_REASONS: readonly string[] = [
  'as investors weigh rate-cut odds', 'ahead of the jobs report', 'after a strong earnings season', 'amid supply-chain worries',
  'as bond yields ease', 'on renewed AI spending hopes', 'following a surprise guidance cut', 'as the dollar strengthens',
  'after upbeat retail sales data', 'as traders rotate out of megacaps', 'ahead of a busy week of central-bank meetings',
];
const ANALYSTS: readonly string[] = ['Morgan Stanley', 'Goldman Sachs', 'JP Morgan', 'Citigroup', 'Barclays', 'UBS', 'Evercore ISI', 'Wedbush', 'Jefferies', 'Bernstein', 'Raymond James', 'Piper Sandler'];
const RATINGS: readonly string[] = ['Buy', 'Overweight', 'Outperform', 'Neutral', 'Hold', 'Equal Weight', 'Underweight', 'Sell'];
const FIRST_NAMES: readonly string[] = ['Maria', 'James', 'Wei', 'Priya', 'Daniel', 'Olga', 'Samuel', 'Grace', 'Tomas', 'Aisha', 'Kenji', 'Laura'];
const LAST_NAMES: readonly string[] = ['Lopez', 'Chen', 'Okafor', 'Novak', 'Schmidt', 'Patel', 'Brennan', 'Haddad', 'Kowalski', 'Ito', 'Silva', 'Moreau'];
const ROLES: readonly string[] = ['Chief Executive Officer', 'Chief Financial Officer', 'Director', 'SVP, General Counsel', 'Chief Operating Officer', 'Principal Accounting Officer', 'Chief Technology Officer'];

function newsTime(index: number, rng: Rng): string {
  const hour = 11 - (index % 10);
  const minute = String(rng.int(0, 59)).padStart(2, '0');
  const clock = `${String(hour > 12 ? hour - 12 : hour).padStart(2, '0')}:${minute}${hour >= 12 ? 'PM' : 'AM'}`;
  if (index === 0) return `Today ${clock}`;
  if (index % 10 !== 0) return clock;
  const { month, day, year } = dateParts(AS_OF - (index / 10) * DAY_MS);
  return `${month}-${String(day).padStart(2, '0')}-${String(year).slice(2)} ${clock}`;
}

function newsRows(count: number, rng: Rng): string {
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

function ratingRows(count: number, rng: Rng): string {
  const rows: string[] = [];
  for (let index = 0; index < count; index++) {
    const { month, day, year } = dateParts(AS_OF - (index * 9 + rng.int(1, 8)) * DAY_MS);
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

function insiderRows(count: number, rng: Rng): string {
  const rows: string[] = [];
  for (let index = 0; index < count; index++) {
    const name = `${rng.pick(LAST_NAMES)} ${rng.pick(FIRST_NAMES)}`;
    const kind = rng.pick(['Sale', 'Sale', 'Proposed Sale', 'Option Exercise', 'Buy']);
    const { month, day } = dateParts(AS_OF - (index * 6 + rng.int(0, 5)) * DAY_MS);
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

function chartData(rng: Rng): string {
  const days = 560;
  const firstDay = Math.floor((AS_OF - days * 1.45 * DAY_MS) / 1000);
  const dates: string[] = [];
  for (let index = 0; index < days; index++) dates.push(String(firstDay + Math.floor(index * 1.45) * 86_400));
  const walk = (previous: number): number => Math.max(1, previous * (1 + rng.between(-0.025, 0.026)));
  const close = jsonSeries(days, 100, walk, 2);
  const events: string[] = [];
  for (let index = 0; index < 80; index++) {
    events.push(`{"eventType":"${rng.pick(['rating', 'earnings', 'dividend'])}","dateTimestamp":${firstDay + index * 3 * 86_400 * 3},"analyst":"${rng.pick(ANALYSTS)}","action":"${rng.pick(['Reiterated', 'Upgrade', 'Downgrade'])}","rating":"${rng.pick(RATINGS)}"}`);
  }
  return `"volume":[${jsonSeries(days, 4e7, () => rng.int(2e7, 9e7), 0)}],"date":[${dates.join(',')}],"open":[${jsonSeries(days, 100, walk, 2)}],"high":[${jsonSeries(days, 102, walk, 2)}],"low":[${jsonSeries(days, 98, walk, 2)}],"close":[${close}],"lastOpen":101.2,"lastHigh":102.9,"lastLow":100.4,"lastClose":101.8,"lastVolume":3803656,"prevClose":100.7,"afterClose":null,"afterChange":null,"afterTime":null,"chartEvents":[${events.join(',')}],"patterns":[],"patternsMinRange":0,"patternsMaxRange":0}`;
}

function settingsScript(rng: Rng, name: string, entries: number): string {
  const parts: string[] = [];
  for (let index = 0; index < entries; index++) {
    parts.push(`"${name}_${index.toString(36)}":{"enabled":${rng.chance(0.5)},"ratio":${fixed(rng.next(), 4)},"variant":"${rng.pick(['control', 'a', 'b', 'c'])}","rev":${rng.int(1000, 99999)}}`);
  }
  return `<script>window.${name} = {${parts.join(',')}};</script>\n`;
}

function navHtml(): string {
  const links = ['Home', 'News', 'Screener', 'Charts', 'Maps', 'Groups', 'Portfolio', 'Insider', 'Futures', 'Forex', 'Crypto', 'Backtests', 'Pricing'];
  const cells = links.map((link, index) => `<td><a class="nav-link${index === 0 ? ' is-first' : ''}" href="/${index === 0 ? '' : link.toLowerCase()}">${link}</a></td>`).join('');
  return `<div id="notifications-container"></div><div id="notifications-react-root"></div><div id="dialogs-react-root"></div><table class="header sticky-w-full">
    <tr class="align-top">
        <td>
            <table class="header-container">
                <tr>
                    <td class="w-[30%]">
                        <table class="w-full">
                            <tr><td class="h-[50px] align-middle"><a href="/" class="logo"><svg width="225" height="32" class="block"><use href="/img/logo.svg#free"/></svg></a></td></tr>
                            <tr><td id="search" style="padding-top: 7px"><div class="navbar-search-placeholder"><input placeholder="Search ticker, company or profile" class="search-input is-free"/></div></td></tr>
                        </table>
                    </td>
                    <td class="relative w-[730px] text-right"><div id="banner_position" class="overflow-hidden absolute top-0 right-0 w-full h-[96px]"></div></td>
                </tr>
            </table>
        </td>
    </tr>
</table>
            <table class="navbar sticky-w-full">
                <tr>
                    <td class="h-[30px]">
                        <table class="header-container">
                            <tr>${cells}
                <td><a href="/login" class="nav-link sign-in">Login</a></td>
                <td><a href="/register" class="nav-link sign-up">Register</a></td>
                            </tr>
                        </table>
                    </td>
                </tr>
            </table>
`;
}

function footerHtml(): string {
  const links = ['Affiliate', 'Advertise', 'Careers', 'Contact', 'Blog', 'Help', 'Privacy'];
  return `            <div class="footer" style="margin-top: 20px;padding-bottom: 215px">
                <div class="footer_links">
${links.map((link) => `                    <a class="tab-link" href="/${link.toLowerCase()}">${link}</a>`).join('\n                    <span class="footer_dot"> &bull; </span>\n')}
                </div>
    Quotes delayed 15 minutes for NASDAQ, NYSE and AMEX.
    <br>
    Copyright &copy; 2007-2026 Finviz.com. All Rights Reserved.
            </div>
`;
}

const HEAD_SCRIPT = `
            <link rel="preload" href="/fonts/sans-latin-normal.woff2" as="font" type="font/woff2" crossorigin>
            <link rel="preload" href="/fonts/sans-latin-italic.woff2" as="font" type="font/woff2" crossorigin>
            <script>
        window.pendingNotices = [];
        window.onAssetFailed = function (element) {
            window.pendingNotices.push(element);
            window.onAssetFailed = function () {};
        };
        window.showMessage ??= (message) => alert(message);
        window.askConfirm ??= (message) => new Promise((resolve) => resolve(confirm(message) || undefined));
    </script><link rel="stylesheet" href="/assets/dist/redesign.css" type="text/css" onerror="window.onAssetFailed(this)">
<link rel="stylesheet" href="/assets/dist/main.css" type="text/css" onerror="window.onAssetFailed(this)">
<script src="/assets/dist/vendor.v1.js" onerror="window.onAssetFailed(this)" defer></script>
<script>
    window.dataLayer = window.dataLayer || [];
    function trackEvent(name, params) {
        window.dataLayer.push(Object.assign({ event: name }, params || {}));
    }
    function trackAndOpenNews(event, source, url) {
        trackEvent('news_click', { source: source });
        if (event.target.tagName !== 'A') window.open(url, '_blank');
    }
</script><link rel="icon" type="image/png" href="/favicon_2x.png" sizes="32x32">
<link rel="icon" type="image/png" href="/favicon.png" sizes="16x16">
`;

const PROMO_BANNER = `
<div class="py-4.5 bg-secondary" data-fv-notice="promo-banner-stock">
    <div class="relative flex min-h-110 items-start justify-center overflow-hidden rounded-lg bg-gray-900 fv-container">
        <div class="relative z-10 flex max-w-160 flex-col items-center px-4 pt-18 pb-12 text-center font-sans">
            <p class="m-0 text-3xl font-extrabold leading-tight md:text-4xl">Screen smarter this summer</p>
            <p class="m-0 mt-3 text-base leading-relaxed">Real-time quotes, advanced charts, backtests and alerts in one place.</p>
            <a href="/elite?utm_source=finviz&utm_medium=banner&utm_campaign=summer" class="mt-6 inline-flex items-center rounded-md px-5 py-2.5 text-sm font-semibold">See plans</a>
        </div>
        <button type="button" class="absolute right-3 top-3 js-notice-close" aria-label="Close">&times;</button>
    </div>
</div>
<script>
    (function () {
        var notice = document.querySelector('[data-fv-notice="promo-banner-stock"]');
        var close = notice && notice.querySelector('.js-notice-close');
        if (close) close.addEventListener('click', function () { notice.remove(); });
    })();
</script>
`;

const ELITE_MODAL = `<div id="modal-elite-ad" class="modal-elite-ad">
    <div id="modal-elite-ad_content" class="modal-elite-ad_content">
        <button id="modal-elite-ad-close" type="button" class="modal-elite-ad_close">&times;</button>
        <div id="modal-elite-ad-content-1" style="display: block">
            <h2>Go further with Elite</h2>
            <p>
                Real-time data, intraday charts, screener exports and backtesting for active investors.
            </p>
            <a href="/elite?utm_source=finviz&utm_medium=banner&utm_campaign=modal-1" id="modal-elite-ad-btn-1" class="modal-elite_button" target="_blank">Learn more</a>
        </div>
    </div>
</div>
`;

function buildSharedPieces(): SharedPieces {
  const rng = new Rng(hashString('finviz stand-in filler'));
  const head = shared(
    HEAD_SCRIPT +
      settingsScript(rng, 'FinvizFeatureFlags', 140) +
      `<script>FinvizSettings = {hasUserPremium: false, name: "", chartsDomain: "https://charts.example.com", hoverCharts: {timeframe: "d", width: 466, height: 219}};</script>\n`,
  );
  const bodyTop = shared(
    `</head>
          <body class="m-0 is-quote min-w-[1009px] table w-full"><div id="js-elite-features-root"></div>
${settingsScript(rng, 'FinvizAdSlots', 110)}${navHtml()}<div id="js-feature-discovery-root"></div><div class="content ">
${PROMO_BANNER}`,
  );
  const chart = shared(`${chartData(rng)};
                        data.instrument = 'stock';
                        window.globalChartConfig.quoteData = data;
                    </script></div><div class="sticky-w-full">
<div class="fv-container">
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td align="center" valign="top">
<div class="content" data-testid="stock-data-content"><table style="table-layout:fixed" width="100%"><tr>
<td align="center" valign="top">
<div class="mt-1"><div id="IC_D_970x91_1" class="relative overflow-hidden flex items-center justify-center w-full mx-auto" style="width:970px;height:100px;max-height:100px"></div></div>`);

  const fundamentals: string[] = [];
  for (let index = 0; index < 12; index++) fundamentals.push(`{"name":"${2015 + index}","value":${fixed(rng.between(1, 500), 3)}}`);
  const middle = shared(`</td>
</tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td style="height:10px;font-size:0"><img src="gfx/nic2x2.gif" style="width:685px;height:10px"></td></tr>
<tr>
<td width="100%" align="center">
<script id="fa-init-data-0" type="application/json">{"annual":{"values":[[${fundamentals.join(',')}],[${fundamentals.join(',')}]]}}</script><div class="js-fa-root"></div></td>
</tr>
<tr><td style="height:10px;font-size:0"><img src="gfx/nic2x2.gif" style="width:685px;height:10px"></td></tr>
<tr class="js-ratings-row">
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
            </thead>${ratingRows(22, rng)}</table>
</td>
</tr>
<tr><td style="height:10px;font-size:0"><img src="gfx/nic2x2.gif" style="width:685px;height:10px"></td></tr>
<tr>
<td>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td><div class="body-table-news-wrapper news-table_wrapper"><table width="100%" cellpadding="1" cellspacing="0" border="0" id="news-table" class="fullview-news-outer news-table">
${newsRows(100, rng)}</table>
</div>
</td><td width="300" valign="top" style="padding-left: 10px"><div id="stocktwits-widget-news" class="fullview-news-outer quote_stocktwits box-content w-[300px]"></div></td></tr></table></td>
</tr>
<tr><td style="height:10px;font-size:0"><img src="gfx/nic2x2.gif" style="width:685px;height:10px"></td></tr>
<tr><td><table cellspacing="0" cellpading="0" border="0" width="100%" class="h-px">
<tr class="table-light3-row" height="1px">
`);

  const managers: string[] = [];
  for (let index = 0; index < 30; index++) {
    const name = `${rng.pick(LAST_NAMES)} ${rng.pick(['Capital Management LLC', 'Advisors Inc', 'Asset Management', 'Investment Partners LP'])}`;
    managers.push(`{"investorId":"${rng.int(10_000, 9_999_999)}","name":"${name}","slug":"${slug(name)}","percOwnership":${rng.between(0.05, 8)}}`);
  }
  const insiderMonths: string[] = [];
  for (let index = 0; index < 13; index++) {
    insiderMonths.push(`{"date":${AS_OF - (12 - index) * 30 * DAY_MS},"saleAggregated":${fixed(rng.between(0, 5e7), 1)},"saleTransactionCount":${rng.int(0, 9)},"buyAggregated":0,"buyTransactionCount":0}`);
  }
  const bottom = shared(`<script id="institutional-ownership-init-data-0" type="application/json">{"managersOwnership":[${managers.join(',')}]}</script>
</tr>
</table>
</td>
</tr>
<tr><td style="height:10px;font-size:0"><img src="gfx/nic2x2.gif" style="width:685px;height:10px"></td></tr>
<tr><td width="100%"><div id="statements"></div></td></tr>
                <tr><td>
                    <script id="insider-init-data-0" type="application/json">[${insiderMonths.join(',')}]</script>
                    <div class="insider-trading-chart"></div>
                </td></tr>
            <tr>
<td>
<table cellpadding="0" cellspacing="0" width="100%" class="body-table styled-table-new is-rounded p-0 mt-2">
<thead>
<tr>
<th class="" align="left">Insider Trading</th>
<th class="" align="left">Relationship</th>
<th class="" align="left">Date</th>
<th class="" align="center">Transaction</th>
<th class="" align="right">Cost</th>
<th class="" align="right">#Shares</th>
<th class="" align="right">Value ($)</th>
<th class="" align="right">#Shares Total</th>
<th class="" align="center">SEC Form 4</th>
</tr>
</thead>
${insiderRows(30, rng)}</table>
</td>
</tr>
</table>
</td></tr>
</table>
</div>
</div>
</div>
</div>
${footerHtml()}${ELITE_MODAL}${settingsScript(rng, 'FinvizDeferred', 110)}<script src="/assets/dist/quote.v1.js" onerror="window.onAssetFailed(this)" defer></script>
</body>
</html>
`);

  const notFoundHead = shared(
    `<meta charset="UTF-8"><meta name="viewport" content="width=1024"><meta name="description" content="Stock screener for investors and traders, financial visualizations.">
${HEAD_SCRIPT}</head>
<body class="m-0 min-w-[1009px] table w-full">
${navHtml()}`,
  );
  const notFoundTail = shared(
    `${footerHtml()}${settingsScript(new Rng(hashString('not found filler')), 'FinvizDeferred', 60)}</body>
</html>
`,
  );
  return { head, bodyTop, chart, middle, bottom, notFoundHead, notFoundTail };
}

// ---------------------------------------------------------------------------------------------
// Pages

/**
 * The quote page for `ticker` in `layout` (the newest by default), split into pieces: shared
 * pieces are module-level objects (the same for every ticker and layout: the filler around the
 * header and snapshot), the others are built for this ticker. Joining the texts gives
 * {@link renderQuotePage}. `fault` makes a page a parser must refuse (./faulty-quote-pages.ts).
 */
export function quotePagePieces(ticker: string, layout: QuoteLayoutName = NEWEST_LAYOUT, fault: QuotePageFault = {}): readonly PagePiece[] {
  const pieces = getSharedPieces();
  const company = makeCompany(ticker);
  const t = escapeHtml(ticker);
  const name = escapeHtml(company.name);
  const own = (text: string): PagePiece => ({ text, shared: false });
  // "Stock Price and Quote" since May 2023, "Stock Quote" before; the canonical address is /stock since 2026.
  const title = layout === 'old' ? `${t} ${name} Stock Quote` : `${t} - ${name} Stock Price and Quote`;
  const canonical = layout === '2026-06b' || layout === '2026-06' ? `/stock?t=${t}` : `/quote.ashx?t=${t}`;
  return [
    own(`<!DOCTYPE html>
<html lang="en" class=" dark">
<head>
<title>${title}</title>
<meta charset="UTF-8"><meta name="viewport" content="width=1024"><meta name="description" content="${t} - ${name} - Stock screener for investors and traders, financial visualizations.">
<link rel="canonical" href="${canonical}">
`),
    pieces.head,
    pieces.bodyTop,
    own(`${headerHtml(company, t, layout, fault)}
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
    own(fundamentalsHtml(company, t, layout, fault)),
    pieces.middle,
    own(profileHtml(company)),
    pieces.bottom,
  ];
}

/** A full quote page for `ticker` in `layout` (the newest by default), the same every time for the same ticker. */
export function renderQuotePage(ticker: string, layout: QuoteLayoutName = NEWEST_LAYOUT, fault: QuotePageFault = {}): string {
  return quotePagePieces(ticker, layout, fault)
    .map((piece) => piece.text)
    .join('');
}

/** The page Finviz answers (with status 404) for a ticker it does not know, split like {@link quotePagePieces}. */
export function notFoundPagePieces(ticker: string): readonly PagePiece[] {
  const pieces = getSharedPieces();
  const t = escapeHtml(ticker);
  const query = encodeURIComponent(ticker);
  return [
    { text: `<!DOCTYPE html>\n<html lang="en" class=" dark">\n<head>\n<title>${t} Stock Quote</title>\n`, shared: false },
    pieces.notFoundHead,
    {
      text: `<div class="content "><div class="fv-container"><script>window.location = '/search.ashx?p=${query}';</script><tr><td align="center" class="body-text">Ticker <b>"${t}"</b> not found.<br><a href="search.ashx?p=${query}" class="tab-link-u">Search <b>"${t}"</b></a><br><br><br><br>We cover only stocks and ETFs listed on NYSE, NASDAQ, and AMEX. International and OTC/PK are not available.</td></tr></div></div>\n`,
      shared: false,
    },
    pieces.notFoundTail,
  ];
}

/** The not-found page for `ticker`, modelled on the saved not-found pages: no quote header, no snapshot. */
export function renderNotFoundPage(ticker: string): string {
  return notFoundPagePieces(ticker)
    .map((piece) => piece.text)
    .join('');
}
