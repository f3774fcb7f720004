import {generateQuote} from './quote-page.js';

/** The stand-in's made-up market: a few hundred tickers by default, each with its generated quote. */
export const UNIVERSE_SIZE = 400;

interface Stock {
  readonly ticker: string;
  readonly sector: string;
  readonly exchange: string;
  readonly country: string;
  readonly capCategory: string;
  readonly numbers: ReadonlyMap<string, number>;
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

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const CAP_ORDER = ['Nano', 'Micro', 'Small', 'Mid', 'Large', 'Mega'];

/** One Finviz filter code as a test on a stock; unknown codes match everything, as Finviz ignores them. */
function filterOf(code: string): (stock: Stock) => boolean {
  const [family, value = ''] = [code.slice(0, code.indexOf('_')), code.slice(code.indexOf('_') + 1)];
  switch (family) {
    case 'sec':
      return (stock) => slug(stock.sector) === value;
    case 'exch':
      return (stock) => slug(stock.exchange) === value;
    case 'geo':
      return (stock) => slug(stock.country) === value;
    case 'cap': {
      const over = value.endsWith('over');
      const under = value.endsWith('under');
      const name = value.replace(/(over|under)$/, '');
      const at = CAP_ORDER.findIndex((category) => category.toLowerCase() === name);
      return (stock) => {
        const rank = CAP_ORDER.indexOf(stock.capCategory);
        return over ? rank >= at : under ? rank <= at : rank === at;
      };
    }
    case 'fa':
    case 'sh': {
      const match = /^(pe|price)_([uo])(\d+(\.\d+)?)$/.exec(value);
      if (match === null) return () => true;
      const [, field, side, limit] = match;
      return (stock) => {
        const number = stock.numbers.get(field!) ?? Number.NaN;
        return side === 'u' ? number < Number(limit) : number > Number(limit);
      };
    }
    default:
      return () => true;
  }
}

/** Signals the stand-in knows; others match everything. */
function signalOf(signal: string): (stock: Stock) => boolean {
  if (signal === 'ta_topgainers') return (stock) => (stock.numbers.get('change') ?? 0) > 0;
  if (signal === 'ta_toplosers') return (stock) => (stock.numbers.get('change') ?? 0) < 0;
  return () => true;
}

/**
 * The tickers a screen matches, in its order: `filters` as in `f=` (comma-separated codes),
 * `signal` as in `s=`, `order` as in `o=` (a field, '-' first for descending; default ticker),
 * in a market of `size` stocks.
 */
export function screenUniverse(filters: string, signal: string, order: string, size = UNIVERSE_SIZE): string[] {
  const tests = [
    ...filters
      .split(',')
      .filter((code) => code !== '')
      .map(filterOf),
    signalOf(signal),
  ];
  const descending = order.startsWith('-');
  const field = descending ? order.slice(1) : order;
  const matches = universe(size).filter((stock) => tests.every((test) => test(stock)));
  const key = (stock: Stock): number | string =>
    field === '' || field === 'ticker' ? stock.ticker : (stock.numbers.get(field) ?? stock.ticker);
  matches.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const compare =
      typeof x === 'number' && typeof y === 'number'
        ? Number.isNaN(x)
          ? 1
          : Number.isNaN(y)
            ? -1
            : x - y
        : String(x).localeCompare(String(y));
    return (descending ? -compare : compare) || a.ticker.localeCompare(b.ticker);
  });
  return matches.map((stock) => stock.ticker);
}
