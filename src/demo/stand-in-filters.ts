/**
 * The filters, signals and orders the stand-in's screener implements, each once: its page 1 lists
 * them in its filter panel (./screener-panel-markup.ts) and its screen applies them
 * (./screener-universe.ts). Codes and names are Finviz's own, for the filters it has.
 */
import {COUNTRIES, EXCHANGES, SECTORS} from './reference-data.js';

/** What a filter sees of a stock. */
export interface FilteredStock {
  readonly sector: string;
  readonly exchange: string;
  readonly country: string;
  /** Nano, Micro, Small, Mid, Large or Mega. */
  readonly capCategory: string;
  /** marketcap (USD), price, pe, volume, change (%); NaN where the page shows "-". */
  readonly numbers: ReadonlyMap<string, number>;
}

export interface FilterOption {
  /** The code's value: `mega` in `cap_mega`. */
  readonly value: string;
  readonly name: string;
  readonly test: (stock: FilteredStock) => boolean;
}

export interface StandInFilter {
  /** The filter's id, its codes' prefix: `cap`, `fa_pe`. */
  readonly id: string;
  /** The title beside its select, as Finviz's. */
  readonly title: string;
  /** The filter panel's tab it is on. */
  readonly tab: 'Descriptive' | 'Fundamental';
  readonly options: readonly FilterOption[];
  /** A number filter: custom ranges `{from}to{to}` compare this number, in these units (Market Cap in $bln). */
  readonly range?: {readonly number: string; readonly unit: number};
  /** The select's last entry: Finviz's "Custom (Elite only)", a range (`frange`) or a dialog (`modal`). */
  readonly custom: 'frange' | 'modal';
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
const distinct = (items: readonly string[]) => [...new Set(items)];

/** Finviz's names of the exchanges, by the quote header's abbreviation. */
const EXCHANGE_NAMES: ReadonlyMap<string, string> = new Map([
  ['AMEX', 'AMEX'],
  ['NASD', 'NASDAQ'],
  ['NYSE', 'NYSE'],
]);

const CAP_ORDER = ['Nano', 'Micro', 'Small', 'Mid', 'Large', 'Mega'];
const CAP_BOUNDS: ReadonlyMap<string, string> = new Map([
  ['Mega', '$200bln and more'],
  ['Large', '$10bln to $200bln'],
  ['Mid', '$2bln to $10bln'],
  ['Small', '$300mln to $2bln'],
  ['Micro', '$50mln to $300mln'],
  ['Nano', 'under $50mln'],
]);
const CAP_EDGES: ReadonlyMap<string, string> = new Map([
  ['Large', '$10bln'],
  ['Mid', '$2bln'],
  ['Small', '$300mln'],
  ['Micro', '$50mln'],
]);

function capOptions(): FilterOption[] {
  const rank = (stock: FilteredStock) => CAP_ORDER.indexOf(stock.capCategory);
  const exactly = [...CAP_ORDER].reverse().map((category): FilterOption => ({
    value: slug(category),
    name: `${category} (${CAP_BOUNDS.get(category) ?? ''})`,
    test: (stock) => stock.capCategory === category,
  }));
  const over = ['Large', 'Mid', 'Small', 'Micro'].map((category): FilterOption => ({
    value: `${slug(category)}over`,
    name: `+${category} (over ${CAP_EDGES.get(category) ?? ''})`,
    test: (stock) => rank(stock) >= CAP_ORDER.indexOf(category),
  }));
  const under = ['Large', 'Mid', 'Small', 'Micro'].map((category): FilterOption => ({
    value: `${slug(category)}under`,
    name: `-${category} (under ${underEdge(category)})`,
    test: (stock) => rank(stock) <= CAP_ORDER.indexOf(category),
  }));
  return [...exactly, ...over, ...under];
}

/** "-Large (under $200bln)": the upper edge of the category. */
function underEdge(category: string): string {
  const above = CAP_ORDER[CAP_ORDER.indexOf(category) + 1];
  return above === undefined ? '' : (CAP_EDGES.get(above) ?? '$200bln');
}

/** "Under 5", "Over 50": the number below or above a limit. */
function limitOptions(
  number: string,
  under: readonly number[],
  over: readonly number[],
  format: (limit: number) => string = String,
): FilterOption[] {
  const value = (stock: FilteredStock) => stock.numbers.get(number) ?? Number.NaN;
  return [
    ...under.map((limit): FilterOption => ({value: `u${limit}`, name: `Under ${format(limit)}`, test: (stock) => value(stock) < limit})),
    ...over.map((limit): FilterOption => ({value: `o${limit}`, name: `Over ${format(limit)}`, test: (stock) => value(stock) > limit})),
  ];
}

/** "$1 to $5": a price range the menu lists. */
function priceRanges(ranges: readonly (readonly [number, number])[]): FilterOption[] {
  return ranges.map(([from, to]) => ({
    value: `${from}to${to}`,
    name: `$${from} to $${to}`,
    test: (stock) => inRange(stock.numbers.get('price') ?? Number.NaN, from, to),
  }));
}

function inRange(number: number, from: number | undefined, to: number | undefined): boolean {
  return (from === undefined || number >= from) && (to === undefined || number <= to);
}

const PE = (stock: FilteredStock) => stock.numbers.get('pe') ?? Number.NaN;

export const STAND_IN_FILTERS: readonly StandInFilter[] = [
  {
    id: 'exch',
    title: 'Exchange',
    tab: 'Descriptive',
    custom: 'modal',
    options: distinct(EXCHANGES)
      .sort()
      .map((exchange) => ({
        value: slug(exchange),
        name: EXCHANGE_NAMES.get(exchange) ?? exchange,
        test: (stock) => stock.exchange === exchange,
      })),
  },
  {
    id: 'sec',
    title: 'Sector',
    tab: 'Descriptive',
    custom: 'modal',
    options: SECTORS.map(([sector]) => sector)
      .sort()
      .map((sector) => ({value: slug(sector), name: sector, test: (stock) => stock.sector === sector})),
  },
  {
    id: 'geo',
    title: 'Country',
    tab: 'Descriptive',
    custom: 'modal',
    options: distinct(COUNTRIES)
      .sort()
      .map((country) => ({value: slug(country), name: country, test: (stock) => stock.country === country})),
  },
  {id: 'cap', title: 'Market Cap.', tab: 'Descriptive', custom: 'frange', range: {number: 'marketcap', unit: 1e9}, options: capOptions()},
  {
    id: 'sh_price',
    title: 'Price $',
    tab: 'Descriptive',
    custom: 'frange',
    range: {number: 'price', unit: 1},
    options: [
      ...limitOptions(
        'price',
        [1, 2, 3, 4, 5, 7, 10, 15, 20, 30, 40, 50],
        [1, 2, 3, 4, 5, 7, 10, 15, 20, 30, 40, 50, 60, 70, 80, 90, 100],
        (n) => `$${n}`,
      ),
      ...priceRanges([
        [1, 5],
        [1, 10],
        [1, 20],
        [5, 10],
        [5, 20],
        [5, 50],
        [10, 20],
        [10, 50],
        [20, 50],
        [50, 100],
      ]),
    ],
  },
  {
    id: 'fa_pe',
    title: 'P/E',
    tab: 'Fundamental',
    custom: 'frange',
    range: {number: 'pe', unit: 1},
    options: [
      {value: 'low', name: 'Low (<15)', test: (stock) => PE(stock) < 15},
      {value: 'profitable', name: 'Profitable (>0)', test: (stock) => PE(stock) > 0},
      {value: 'high', name: 'High (>50)', test: (stock) => PE(stock) > 50},
      ...limitOptions('pe', [5, 10, 15, 20, 25, 30, 35, 40, 45, 50], [5, 10, 15, 20, 25, 30, 35, 40, 45, 50]),
    ],
  },
];

/** The signals the stand-in implements, by code. */
export const STAND_IN_SIGNALS: readonly {readonly code: string; readonly name: string; readonly test: (stock: FilteredStock) => boolean}[] =
  [
    {code: 'ta_topgainers', name: 'Top Gainers', test: (stock) => (stock.numbers.get('change') ?? 0) > 0},
    {code: 'ta_toplosers', name: 'Top Losers', test: (stock) => (stock.numbers.get('change') ?? 0) < 0},
  ];

/** The orders the stand-in implements: `o=` codes and the number they sort by (none: the ticker). */
export const STAND_IN_ORDERS: readonly {readonly code: string; readonly name: string; readonly number?: string}[] = [
  {code: 'ticker', name: 'Ticker'},
  {code: 'marketcap', name: 'Market Cap.', number: 'marketcap'},
  {code: 'pe', name: 'P/E', number: 'pe'},
  {code: 'price', name: 'Price', number: 'price'},
  {code: 'change', name: 'Change', number: 'change'},
  {code: 'volume', name: 'Volume', number: 'volume'},
];

const RANGE = /^(-?\d+(?:\.\d+)?)?to(-?\d+(?:\.\d+)?)?$/;

/**
 * One filter code as a test on a stock: an option the panel lists, or a custom range of a
 * number filter; a code it does not know matches every stock, as Finviz ignores it.
 */
export function standInFilter(code: string): (stock: FilteredStock) => boolean {
  const filter = [...STAND_IN_FILTERS].sort((a, b) => b.id.length - a.id.length).find(({id}) => code.startsWith(`${id}_`));
  if (filter === undefined) return () => true;
  const value = code.slice(filter.id.length + 1);
  const option = filter.options.find((candidate) => candidate.value === value);
  if (option !== undefined) return option.test;
  const range = RANGE.exec(value);
  if (filter.range === undefined || range === null || (range[1] === undefined && range[2] === undefined)) return () => true;
  const {number, unit} = filter.range;
  const from = range[1] === undefined ? undefined : Number(range[1]) * unit;
  const to = range[2] === undefined ? undefined : Number(range[2]) * unit;
  return (stock) => inRange(stock.numbers.get(number) ?? Number.NaN, from, to);
}
