/**
 * The stand-in's made-up company: its header fields, figures that agree with one another (a
 * profitable company has a P/E, the enterprise value follows from the debt and the cash, …) and
 * each snapshot label's cell, keyed by label, in the page's formats. The same figures show in
 * every layout; only the 52-week high and low read otherwise before 2026.
 */

import type {QuoteLayoutName} from '../finviz/quote-layouts.js';
import type {SnapshotField} from '../finviz/snapshot-fields.js';
import {genericCell} from './generic-cell.js';
import {abbreviated, fixed, longDate, numericDate, percent, shortDate, slug, withCommas} from './page-formats.js';
import {hashString, Rng} from './random.js';
import {AS_OF, COUNTRIES, DAY_MS, EXCHANGES, NAME_SUFFIXES, NAME_WORDS, SECTORS} from './reference-data.js';
import {
  dashCell,
  levelCell,
  lockedCell,
  numberCell,
  percentCell,
  percentPair,
  plain,
  signTone,
  small,
  thresholdTone,
  tonedPair,
  type Cell,
} from './snapshot-cell.js';

/** A made-up company: its header fields and figures, and each snapshot label's cell. */
export interface Company {
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
  /** The cell of each snapshot label the model draws, labels as SNAPSHOT_LABELS names them. */
  readonly cells: ReadonlyMap<string, Cell>;
  /** Cells that layouts before 2026 show otherwise. */
  readonly cellsBefore2026: ReadonlyMap<string, Cell>;
  readonly employees: number;
  /** Whether the snapshot shows a dividend. */
  readonly paysDividend: boolean;
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

/** A made-up company name for `ticker`. */
export function companyName(ticker: string, rng: Rng): string {
  return `${rng.pick(NAME_WORDS)} ${ticker} ${rng.pick(NAME_SUFFIXES)}`;
}

/** The company of `ticker`: the same every time, its figures drawn from a generator seeded by the ticker. */
export function makeCompany(ticker: string): Company {
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
  add(
    'P/E',
    numberCell(pe, (value) => thresholdTone(value, 10, 50, false)),
  );
  add(
    'Forward P/E',
    numberCell(forwardPe, (value) => thresholdTone(value, 10, 50, false)),
  );
  add(
    'PEG',
    numberCell(peg, (value) => thresholdTone(value, 1, 2, false)),
  );
  add('P/S', numberCell(priceToSales));
  add(
    'P/B',
    numberCell(priceToBook, (value) => thresholdTone(value, 1, 5, false)),
  );
  add(
    'P/C',
    numberCell(priceToCash, (value) => thresholdTone(value, 3, 50, false)),
  );
  add(
    'P/FCF',
    numberCell(priceToFcf, (value) => thresholdTone(value, 15, 50, false)),
  );
  add(
    'EV/EBITDA',
    numberCell(ebitda > 0 ? enterpriseValue / ebitda : undefined, (value) => thresholdTone(value, 8, 20, false)),
  );
  add('EV/Sales', numberCell(enterpriseValue / sales));
  add('Quick Ratio', numberCell(quickRatio));
  add('Current Ratio', numberCell(currentRatio));
  add(
    'Debt/Eq',
    numberCell(debtToEquity, (value) => thresholdTone(value, 0.1, 0.5, false)),
  );
  add(
    'LT Debt/Eq',
    numberCell(ltDebtToEquity, (value) => thresholdTone(value, 0.1, 0.5, false)),
  );
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
  add(
    'EPS Y/Y TTM',
    percentCell(rng.between(-60, 80), (value) => thresholdTone(value, 0, 25, true)),
  );
  add(
    'Sales Y/Y TTM',
    percentCell(rng.between(-25, 45), (value) => thresholdTone(value, 0, 25, true)),
  );
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
  add(
    'ROA',
    percentCell(roa, (value) => thresholdTone(value, 0, 15, true)),
  );
  add(
    'ROE',
    percentCell(roe, (value) => thresholdTone(value, 0, 20, true)),
  );
  add(
    'ROIC',
    percentCell(roic, (value) => thresholdTone(value, 0, 15, true)),
  );
  add('Gross Margin', percentCell(grossMargin * 100));
  add(
    'Oper. Margin',
    percentCell(operMargin * 100, (value) => thresholdTone(value, 0, 25, true)),
  );
  add(
    'Profit Margin',
    percentCell(profitMargin * 100, (value) => thresholdTone(value, 0, 20, true)),
  );
  add('SMA20', percentCell(rng.between(-9, 9), signTone));
  add('SMA50', percentCell(rng.between(-15, 15), signTone));
  add('SMA200', percentCell(rng.between(-30, 35), signTone));
  add('Trades', lockedCell);
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
  add(
    'ROI',
    percentCell(roic * older.between(0.6, 0.95), (value) => thresholdTone(value, 0, 15, true)),
  );
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
    paysDividend,
  };
}

/**
 * The cell `field` shows in `layout`: the one the model draws, else (a label the model does not
 * know yet) a made-up value of the kinds the table gives it.
 */
export function cellOf(company: Company, field: SnapshotField, layout: QuoteLayoutName): Cell {
  const before2026 = layout !== '2026-06' && layout !== '2026-06b';
  return (
    (before2026 ? company.cellsBefore2026.get(field.label) : undefined) ??
    company.cells.get(field.label) ??
    genericCell(field, company.ticker)
  );
}
