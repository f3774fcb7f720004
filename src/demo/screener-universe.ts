import {generateQuote} from './quote-page.js';
import {standInFilter, STAND_IN_ORDERS, STAND_IN_SIGNALS, type FilteredStock} from './stand-in-filters.js';

/** The stand-in's made-up market: a few hundred tickers by default, each with its generated quote. */
export const UNIVERSE_SIZE = 400;

interface Stock extends FilteredStock {
  readonly ticker: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The first 650 tickers: 3 letters, every third with an X after them (the first letters of i differ for i < 650). */
const SHORT_TICKERS = 25 * 26;

/**
 * Deterministic tickers, none starting with ZZ (the stand-in's unknown ones): 3 and 4 letters
 * for the first 650, then 5 letters (i in base 26), so that any size has no repeats.
 */
export function universeTickers(size = UNIVERSE_SIZE): string[] {
  return Array.from({length: size}, (_, i) => {
    if (i >= SHORT_TICKERS) return Array.from({length: 5}, (_, place) => LETTERS[Math.floor(i / 26 ** (4 - place)) % 26]!).join('');
    const a = LETTERS[i % 25]!;
    const b = LETTERS[Math.floor(i / 25) % 26]!;
    const c = LETTERS[(i * 7) % 26]!;
    return i % 3 === 0 ? `${a}${b}${c}X` : `${a}${b}${c}`;
  });
}

/** Markets by size, each built once. */
const universes = new Map<number, Stock[]>();

function universe(size: number): Stock[] {
  let stocks = universes.get(size);
  if (stocks === undefined) {
    stocks = universeTickers(size).map(stockOf);
    universes.set(size, stocks);
  }
  return stocks;
}

function stockOf(ticker: string): Stock {
  const quote = generateQuote(ticker);
  const text = new Map(quote.snapshot);
  const numbers = new Map<string, number>();
  for (const [key, label] of [
    ['marketcap', 'Market Cap'],
    ['price', 'Price'],
    ['pe', 'P/E'],
    ['volume', 'Volume'],
    ['change', 'Change'],
  ] as const) {
    numbers.set(key, numberOf(text.get(label) ?? '-'));
  }
  return {ticker, sector: quote.sector, exchange: quote.exchange, country: quote.country, capCategory: quote.capCategory, numbers};
}

/** A display value as a number: "4183.77B" -> 4.18377e12, "1,234" -> 1234, "-0.38%" -> -0.38, "-" -> NaN. */
function numberOf(text: string): number {
  const match = /^(-?[\d,]*\.?\d+)([KMBT%]?)/.exec(text.split(' ')[0] ?? '');
  if (match === null) return Number.NaN;
  const scale = {K: 1e3, M: 1e6, B: 1e9, T: 1e12}[match[2] as 'K'] ?? 1;
  return Number(match[1]!.replace(/,/g, '')) * scale;
}

/**
 * The tickers a screen matches, in its order: `filters` as in `f=` (comma-separated codes),
 * `signal` as in `s=`, `order` as in `o=` (a field, '-' first for descending; default ticker),
 * in a market of `size` stocks: the filters, signals and orders of ./stand-in-filters.ts.
 */
export function screenUniverse(filters: string, signal: string, order: string, size = UNIVERSE_SIZE): string[] {
  const tests = [
    ...filters
      .split(',')
      .filter((code) => code !== '')
      .map(standInFilter),
    STAND_IN_SIGNALS.find(({code}) => code === signal)?.test ?? (() => true),
  ];
  const descending = order.startsWith('-');
  // An order it does not implement sorts by ticker, as Finviz does with one it does not know.
  const field = STAND_IN_ORDERS.find(({code}) => code === (descending ? order.slice(1) : order))?.number ?? '';
  const matches = universe(size).filter((stock) => tests.every((test) => test(stock)));
  const key = (stock: Stock): number | string =>
    field === '' || field === 'ticker' ? stock.ticker : (stock.numbers.get(field) ?? stock.ticker);
  matches.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    // A stock without the number ("-") comes last either way, as on Finviz.
    if (typeof x === 'number' && typeof y === 'number' && Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
    const compare = typeof x === 'number' && typeof y === 'number' ? x - y || 0 : String(x).localeCompare(String(y));
    return (descending ? -compare : compare) || a.ticker.localeCompare(b.ticker);
  });
  return matches.map((stock) => stock.ticker);
}
