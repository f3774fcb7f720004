/**
 * Generated Finviz quote pages for the stand-in server (`screener demo`, `screener bench`, tests).
 *
 * The header and the snapshot block follow the markup of the newest real page
 * (../shared/finviz-pages/quote-new-AAPL-2026-06-29-diversen.html, layout "new/2026-06b"):
 * `div.quote-header` with `a.quote-header_category` links, and 6 `table.snapshot-table2` column tables
 * of 14 label/value rows each (column-major), cells wrapped in `div.snapshot-td-label` /
 * `div.snapshot-td-content`. Values are made up but use the page's formats. Everything else
 * (news, ratings, insider table, scripts) is simplified filler of about the real size and shape.
 *
 * Pages are deterministic: every number comes from a PRNG seeded by the ticker string.
 * Most of the page is filler that is the same for every ticker; {@link quotePagePieces} returns
 * the page as shared and per-ticker pieces so that the server can compress the shared ones once.
 */

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
  /** The 84 snapshot cells in page order (column-major), with their visible text. */
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

const MONTHS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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

interface FieldSpec {
  readonly label: string;
  readonly tip: string;
  /** Quote-page tab the label and value link to. */
  readonly tab?: 'dv' | 'si' | 'ea' | 'fc';
}

/** The 84 snapshot fields, column by column, as on the 2026-06-29 page. */
const FIELDS: readonly FieldSpec[] = [
  { label: 'Index', tip: 'Major index membership' },
  { label: 'Market Cap', tip: 'Market capitalization' },
  { label: 'Enterprise Value', tip: 'Enterprise Value' },
  { label: 'Income', tip: 'Income (ttm)' },
  { label: 'Sales', tip: 'Revenue (ttm)' },
  { label: 'Book/sh', tip: 'Book value per share (mrq)' },
  { label: 'Cash/sh', tip: 'Cash per share (mrq)' },
  { label: 'Dividend Est.', tip: "Analysts' Dividend Estimate (Fiscal Year)", tab: 'dv' },
  { label: 'Dividend TTM', tip: 'Trailing 12 Months Dividend', tab: 'dv' },
  { label: 'Dividend Ex-Date', tip: 'Ex-Dividend Date', tab: 'dv' },
  { label: 'Dividend Gr. 3/5Y', tip: 'Dividend growth over 3 and 5 years', tab: 'dv' },
  { label: 'Payout', tip: 'Dividend Payout Ratio (ttm)', tab: 'dv' },
  { label: 'Employees', tip: 'Full time employees' },
  { label: 'IPO', tip: 'IPO Date' },

  { label: 'P/E', tip: 'Price-to-Earnings (ttm)' },
  { label: 'Forward P/E', tip: 'Forward Price-to-Earnings (next fiscal year)' },
  { label: 'PEG', tip: 'Price-to-Earnings-to-Growth' },
  { label: 'P/S', tip: 'Price-to-Sales (ttm)' },
  { label: 'P/B', tip: 'Price-to-Book (mrq)' },
  { label: 'P/C', tip: 'Price to cash per share (mrq)' },
  { label: 'P/FCF', tip: 'Price to Free Cash Flow (ttm)' },
  { label: 'EV/EBITDA', tip: 'Enterprise Value to EBITDA' },
  { label: 'EV/Sales', tip: 'Enterprise Value to Revenues' },
  { label: 'Quick Ratio', tip: 'Quick Ratio (mrq)' },
  { label: 'Current Ratio', tip: 'Current Ratio (mrq)' },
  { label: 'Debt/Eq', tip: 'Total Debt to Equity (mrq)' },
  { label: 'LT Debt/Eq', tip: 'Long Term Debt to Equity (mrq)' },
  { label: 'Option/Short', tip: 'Stock has options trading on a market exchange / Stock is available to sell short' },

  { label: 'EPS (ttm)', tip: 'Diluted EPS (ttm)' },
  { label: 'EPS next Y', tip: 'EPS estimate for next year' },
  { label: 'EPS next Q', tip: 'EPS estimate for next quarter' },
  { label: 'EPS this Y', tip: 'EPS growth this year' },
  { label: 'EPS next Y', tip: 'EPS growth next year' },
  { label: 'EPS next 5Y', tip: 'Long term annual growth estimate (5 years)' },
  { label: 'EPS past 3/5Y', tip: 'Annual EPS growth past 3 and 5 years' },
  { label: 'Sales past 3/5Y', tip: 'Annual sales growth past 3 and 5 years' },
  { label: 'EPS Y/Y TTM', tip: 'EPS growth TTM' },
  { label: 'Sales Y/Y TTM', tip: 'Sales growth TTM' },
  { label: 'EPS Q/Q', tip: 'Quarterly earnings growth (YoY)' },
  { label: 'Sales Q/Q', tip: 'Quarterly revenue growth (YoY)' },
  { label: 'Earnings', tip: 'Earnings date<br><br>BMO = Before Market Open<br>AMC = After Market Close', tab: 'ea' },
  { label: 'EPS/Sales Surpr.', tip: 'Last quarter EPS and Revenue surprise', tab: 'ea' },

  { label: 'Insider Own', tip: 'Insider ownership' },
  { label: 'Insider Trans', tip: 'Insider transactions (6-Month change in Insider Ownership)' },
  { label: 'Inst Own', tip: 'Institutional ownership' },
  { label: 'Inst Trans', tip: 'Institutional transactions (3-Month change in Institutional Ownership)' },
  { label: 'ROA', tip: 'Return on Assets (ttm)' },
  { label: 'ROE', tip: 'Return on Equity (ttm)' },
  { label: 'ROIC', tip: 'Return on Invested Capital (ttm)' },
  { label: 'Gross Margin', tip: 'Gross Margin (ttm)' },
  { label: 'Oper. Margin', tip: 'Operating Margin (ttm)' },
  { label: 'Profit Margin', tip: 'Net Profit Margin (ttm)' },
  { label: 'SMA20', tip: 'Distance from 20-Day Simple Moving Average' },
  { label: 'SMA50', tip: 'Distance from 50-Day Simple Moving Average' },
  { label: 'SMA200', tip: 'Distance from 200-Day Simple Moving Average' },
  { label: 'Trades', tip: 'Trades' },

  { label: 'Shs Outstand', tip: 'Shares outstanding' },
  { label: 'Shs Float', tip: 'Shares float' },
  { label: 'Short Float', tip: 'Short interest share', tab: 'si' },
  { label: 'Short Ratio', tip: 'Short interest ratio', tab: 'si' },
  { label: 'Short Interest', tip: 'Short interest', tab: 'si' },
  { label: '52W High', tip: 'Distance from 52-Week High' },
  { label: '52W Low', tip: 'Distance from 52-Week Low' },
  { label: 'Volatility', tip: 'Volatility (Week, Month)' },
  { label: 'ATR (14)', tip: 'Average True Range (14)' },
  { label: 'RSI (14)', tip: 'Relative Strength Index' },
  { label: 'Beta', tip: 'Beta' },
  { label: 'Rel Volume', tip: 'Relative volume' },
  { label: 'Avg Volume', tip: 'Average volume (3 month)' },
  { label: 'Volume', tip: 'Volume' },

  { label: 'Perf Week', tip: 'Performance (Week, Excl. Dividends)' },
  { label: 'Perf Month', tip: 'Performance (Month, Excl. Dividends)' },
  { label: 'Perf Quarter', tip: 'Performance (Quarter, Excl. Dividends)' },
  { label: 'Perf Half Y', tip: 'Performance (Half Year, Excl. Dividends)' },
  { label: 'Perf YTD', tip: 'Performance (Year To Date, Excl. Dividends)' },
  { label: 'Perf Year', tip: 'Performance (Year, Excl. Dividends)' },
  { label: 'Perf 3Y', tip: 'Performance (3 Years, Excl. Dividends)' },
  { label: 'Perf 5Y', tip: 'Performance (5 Years, Excl. Dividends)' },
  { label: 'Perf 10Y', tip: 'Performance (10 Years, Excl. Dividends)' },
  { label: 'Recom', tip: "Analysts' mean recommendation (1=Buy 5=Sell)", tab: 'fc' },
  { label: 'Target Price', tip: "Analysts' mean target price", tab: 'fc' },
  { label: 'Prev Close', tip: 'Previous close' },
  { label: 'Price', tip: 'Current stock price' },
  { label: 'Change', tip: 'Performance (today)' },
];

const ROWS_PER_TABLE = 14;

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
  readonly cells: readonly Cell[];
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

  const cells: Cell[] = [
    // Index, Market Cap, Enterprise Value, Income, Sales, Book/sh, Cash/sh
    marketCap >= 200e9
      ? small(exchange === 'NASD' ? 'DJIA, NDX, S&P 500' : 'DJIA, S&P 500')
      : marketCap >= 15e9
        ? plain(exchange === 'NASD' && rng.chance(0.5) ? 'NDX, S&P 500' : 'S&P 500')
        : marketCap >= 300e6 && rng.chance(0.7)
          ? plain('RUT')
          : dashCell,
    plain(abbreviated(marketCap)),
    plain(abbreviated(enterpriseValue)),
    plain(abbreviated(income)),
    plain(abbreviated(sales)),
    numberCell(bookPerShare),
    numberCell(cashPerShare),
    // Dividend Est., TTM, Ex-Date, Gr. 3/5Y, Payout, Employees, IPO
    paysDividend ? plain(`${fixed(dividendEst)} (${percent(dividendYield)})`) : dashCell,
    paysDividend ? plain(`${fixed(dividendTtm)} (${percent((dividendTtm / price) * 100)})`) : dashCell,
    paysDividend ? plain(longDate(exDate)) : dashCell,
    paysDividend ? percentPair(rng.between(-3, 15), yearsListed > 5 ? rng.between(-3, 15) : undefined) : dashCell,
    paysDividend && eps > 0 ? percentCell((dividendTtm / eps) * 100) : percentCell(0),
    plain(String(employees)),
    plain(longDate(ipoTime)),
    // P/E ... Option/Short
    numberCell(pe, (value) => thresholdTone(value, 10, 50, false)),
    numberCell(forwardPe, (value) => thresholdTone(value, 10, 50, false)),
    numberCell(peg, (value) => thresholdTone(value, 1, 2, false)),
    numberCell(priceToSales),
    numberCell(priceToBook, (value) => thresholdTone(value, 1, 5, false)),
    numberCell(priceToCash, (value) => thresholdTone(value, 3, 50, false)),
    numberCell(priceToFcf, (value) => thresholdTone(value, 15, 50, false)),
    numberCell(ebitda > 0 ? enterpriseValue / ebitda : undefined, (value) => thresholdTone(value, 8, 20, false)),
    numberCell(enterpriseValue / sales),
    numberCell(quickRatio),
    numberCell(currentRatio),
    numberCell(debtToEquity, (value) => thresholdTone(value, 0.1, 0.5, false)),
    numberCell(ltDebtToEquity, (value) => thresholdTone(value, 0.1, 0.5, false)),
    small(`${optionable ? 'Yes' : 'No'} / Yes`),
    // EPS (ttm) ... EPS/Sales Surpr.
    numberCell(eps),
    numberCell(epsNextY),
    numberCell(epsNextQ),
    percentCell(covered ? rng.between(-30, 60) : undefined),
    percentCell(epsNextY === undefined ? undefined : growthNextY * 100),
    percentCell(epsNext5Y),
    percentPair(yearsListed > 3 ? rng.between(-20, 40) : undefined, yearsListed > 5 ? rng.between(-20, 40) : undefined),
    percentPair(yearsListed > 3 ? rng.between(-10, 35) : undefined, yearsListed > 5 ? rng.between(-10, 35) : undefined),
    percentCell(rng.between(-60, 80), (value) => thresholdTone(value, 0, 25, true)),
    percentCell(rng.between(-25, 45), (value) => thresholdTone(value, 0, 25, true)),
    percentCell(rng.between(-60, 80)),
    percentCell(rng.between(-25, 45)),
    covered ? small(`${shortDate(earningsTime)} ${rng.chance(0.5) ? 'AMC' : 'BMO'}`) : dashCell,
    covered ? tonedPair(rng.between(-25, 25), rng.between(-8, 8)) : dashCell,
    // Insider Own ... Trades
    percentCell(rng.logBetween(0.02, 35)),
    percentCell(rng.between(-15, 4)),
    percentCell(rng.between(tiny ? 2 : 35, 95)),
    percentCell(rng.between(-6, 6)),
    percentCell(roa, (value) => thresholdTone(value, 0, 15, true)),
    percentCell(roe, (value) => thresholdTone(value, 0, 20, true)),
    percentCell(roic, (value) => thresholdTone(value, 0, 15, true)),
    percentCell(grossMargin * 100),
    percentCell(operMargin * 100, (value) => thresholdTone(value, 0, 25, true)),
    percentCell(profitMargin * 100, (value) => thresholdTone(value, 0, 20, true)),
    percentCell(rng.between(-9, 9), signTone),
    percentCell(rng.between(-15, 15), signTone),
    percentCell(rng.between(-30, 35), signTone),
    { text: '', html: LOCK_SVG },
    // Shs Outstand ... Volume
    plain(abbreviated(shares)),
    plain(abbreviated(floatShares)),
    percentCell(shortFloat),
    numberCell(shortRatio),
    {
      text: abbreviated(shortInterest),
      html: `<b data-boxover-html="Settlement Date: ${numericDate(AS_OF - 14 * DAY_MS)}">${abbreviated(shortInterest)}</b>`,
    },
    levelCell(high52, (price / high52 - 1) * 100),
    levelCell(low52, (price / low52 - 1) * 100),
    small(`${percent(volatilityWeek)} ${percent(volatilityMonth)}`),
    numberCell((price * volatilityMonth) / 100),
    numberCell(rng.between(22, 78)),
    numberCell(rng.between(-0.2, 2.6)),
    numberCell(relVolume),
    plain(abbreviated(avgVolume)),
    plain(withCommas(avgVolume * relVolume * rng.between(0.05, 1))),
    // Perf Week ... Change
    percentCell(perf(0.06), signTone),
    percentCell(perf(0.12), signTone),
    percentCell(perf(0.25), signTone),
    percentCell(perf(0.4), signTone),
    percentCell(perf(0.35), signTone),
    percentCell(perf(0.6), signTone),
    percentCell(yearsListed > 3 ? perf(1) : undefined, signTone),
    percentCell(yearsListed > 5 ? perf(1.4) : undefined, signTone),
    percentCell(yearsListed > 10 ? perf(2.2) : undefined, signTone),
    covered ? numberCell(rng.between(1, 3.6)) : dashCell,
    covered ? numberCell(target, (value) => signTone(value - price)) : dashCell,
    numberCell(prevClose),
    numberCell(price),
    percentCell(changePercent, signTone),
  ];
  if (cells.length !== FIELDS.length) throw new Error(`Expected ${FIELDS.length} snapshot cells, got ${cells.length}`);

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
    employees,
  };
}

/** The facts a generated page shows for `ticker`, for tests that parse the page back. */
export function generateQuote(ticker: string): GeneratedQuote {
  const company = makeCompany(ticker);
  return {
    ticker,
    company: company.name,
    sector: company.sector,
    industry: company.industry,
    country: company.country,
    capCategory: company.capCategory,
    exchange: company.exchange,
    snapshot: FIELDS.map((field, index) => [field.label, company.cells[index]?.text ?? ''] as const),
  };
}

// ---------------------------------------------------------------------------------------------
// Per-ticker markup

function snapshotHtml(company: Company, t: string): string {
  const out: string[] = [];
  for (let index = 0; index < FIELDS.length; index++) {
    const field = FIELDS[index];
    const cell = company.cells[index];
    if (field === undefined || cell === undefined) continue;
    if (index % ROWS_PER_TABLE === 0) {
      out.push(
        '<table width="100%" cellpadding="3" cellspacing="0" border="0" class="js-snapshot-table snapshot-table2 screener_snapshot-table-body max-xl:table-fixed xl:table-auto">\n',
      );
    }
    const link = field.tab === undefined ? undefined : `<a href="stock?t=${t}&ta=1&p=d&ty=${field.tab}" class="hover:underline">`;
    const label = link === undefined ? field.label : `${link}${field.label}</a>`;
    const value = link === undefined || cell.dash === true ? cell.html : `${link}${cell.html}</a>`;
    out.push(
      '<tr class="table-dark-row">\n',
      `<td class="snapshot-td2 cursor-pointer max-xl:w-[4%] xl:w-px" align="left" data-boxover-html="${escapeHtml(field.tip)}"><div class="snapshot-td-label">${label}</div></td>`,
      `<td class="snapshot-td2 max-xl:w-[8%] xl:w-full xl:max-w-0" align="left" style=""><div class="snapshot-td-content">${value}</div></td>\n`,
      '</tr>\n',
    );
    if (index % ROWS_PER_TABLE === ROWS_PER_TABLE - 1) out.push('</table>\n');
  }
  return out.join('');
}

function headerHtml(company: Company, t: string): string {
  const name = escapeHtml(company.name);
  const up = company.change >= 0;
  const sign = up ? '+' : '';
  const categories = [
    `<a href="screener?v=111&f=sec_${slug(company.sector)}" class="quote-header_category">${escapeHtml(company.sector)}</a>`,
    `<a href="screener?v=111&f=ind_${slug(company.industry)}" class="quote-header_category" title="${escapeHtml(company.industry)}"><span class="min-w-0 truncate">${escapeHtml(company.industry)}</span></a>`,
    `<a href="screener?v=111&f=geo_${slug(company.country)}" class="quote-header_category">${escapeHtml(company.country)}</a>`,
    `    <a href="screener?v=111&f=cap_${slug(company.capCategory)}" class="quote-header_category">${company.capCategory}</a>`,
    `<a href="screener?v=111&f=exch_${slug(company.exchange)}" class="quote-header_category">${company.exchange}</a>`,
  ];
  const tab = (ty: string, text: string): string => `                <a href="stock?t=${t}&ta=1&p=d&ty=${ty}" class="quote-tabs_tab">${text}</a>\n`;
  const icon = (name: string): string =>
    `<svg width="16" height="16" class="fill-current">\n    <use href="/assets/dist-icons/icons.svg?rev=2445753073#${name}"/>\n</svg>`;
  return `<div class="ticker-wrapper gradient-fade" data-ticker="${t}">
<div class="js-ticker-header-container bg-secondary/80 sticky sticky-0 sticky-w-full z-sticky backdrop-blur-md"><div class="fv-container pt-2.5 pb-2.5">
    <div class="quote-header-wrapper">
        <div class="quote-header">
            <div class="quote-header_left">
                <div class="quote-header_ticker-wrapper">
                    <h1 class="js-recent-quote-ticker quote-header_ticker-wrapper_ticker" data-ticker="${t}">${t}</h1>
                    <h2 class="quote-header_ticker-wrapper_company text-lg">
                        <a class="tab-link block truncate" href="${company.website}" target="_blank" rel="nofollow">
                        ${name}
                        </a>
                    </h2>
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

function fundamentalsHtml(company: Company, t: string): string {
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
<div style="overflow:hidden;" class="screener_snapshot-table-wrapper js-snapshot-table-wrapper grid grid-flow-col max-xl:grid-rows-2 max-xl:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)] xl:grid-cols-[minmax(0,1.3fr)_minmax(0,0.80fr)_minmax(0,1.15fr)_minmax(0,0.80fr)_minmax(0,1.05fr)_minmax(0,0.9fr)]">${snapshotHtml(company, t)}</div>
</div>
`;
}

function profileHtml(company: Company): string {
  const name = escapeHtml(company.name);
  const industry = escapeHtml(company.industry.toLowerCase());
  return `<td class="fullview-profile quote_profile" align="left" valign="top"><div class="quote_profile-bio">${name} engages in ${industry} and related services. The company operates through its Products and Services segments and sells to consumers, small and mid-sized businesses, and government customers. It was founded in ${1900 + (hashString(company.ticker) % 120)} and is headquartered in ${escapeHtml(company.country === 'USA' ? 'Wilmington, DE' : company.country)}. The company employs ${withCommas(company.employees)} people. Its products are sold through direct and indirect distribution channels, including its own retail and online stores, resellers, wholesalers and carriers. The ${industry} segment accounts for the majority of revenue, while the services business, which includes subscriptions, support, licensing and advertising, has grown faster over the last five years. Management has said it expects to keep investing in research and development, in its supply chain and in new markets, and to return capital to shareholders through buybacks${company.cells[7]?.dash === true ? '' : ' and dividends'}.</div>
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
 * The quote page for `ticker`, split into pieces: shared pieces are module-level objects
 * (the same for every ticker), the others are built for this ticker. Joining the texts
 * gives {@link renderQuotePage}.
 */
export function quotePagePieces(ticker: string): readonly PagePiece[] {
  const pieces = getSharedPieces();
  const company = makeCompany(ticker);
  const t = escapeHtml(ticker);
  const name = escapeHtml(company.name);
  const own = (text: string): PagePiece => ({ text, shared: false });
  return [
    own(`<!DOCTYPE html>
<html lang="en" class=" dark">
<head>
<title>${t} - ${name} Stock Price and Quote</title>
<meta charset="UTF-8"><meta name="viewport" content="width=1024"><meta name="description" content="${t} - ${name} - Stock screener for investors and traders, financial visualizations.">
<link rel="canonical" href="/stock?t=${t}">
`),
    pieces.head,
    pieces.bodyTop,
    own(`${headerHtml(company, t)}
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
    own(fundamentalsHtml(company, t)),
    pieces.middle,
    own(profileHtml(company)),
    pieces.bottom,
  ];
}

/** A full quote page for `ticker` in the 2026-06-29 layout, the same every time for the same ticker. */
export function renderQuotePage(ticker: string): string {
  return quotePagePieces(ticker)
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
