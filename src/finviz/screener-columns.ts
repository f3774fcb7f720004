/**
 * Finviz screener columns, and how a screener row becomes the same shape as a
 * quote page (QuotePage), so that screener rows and quote pages go through the
 * same normalization (src/schema/).
 *
 * Column names and ids: the custom view's 71 columns, requested as
 * `c=0,1,…,70` (the `c` value is the column id; Finviz shows the columns in the
 * order requested), as the May 2021 page heads them
 * (screener-old-v150-custom-allcols-p1-2021-05-d3an.html; its request asked
 * for 0,1,3,2,4,…: so Sector comes before Company there). The new layout of
 * 2025 heads them the same, except id 34: "ROI" became "ROIC" (the financial
 * view of Oct 2025), and its sort order is now called "Return on Invested
 * Capital".
 *
 * Formats, compared on saved pages (same ticker where one exists: AAPL in the
 * 2018 overview vs the Nov 2018 quote, AACT in the 2025 overview vs the Jun
 * 2025 quote; otherwise the 2021 custom view vs the 2020–2021 quotes): Market
 * Cap, Avg Volume, Outstanding and Float carry K/M/B like the quote page
 * ("834.58B", "1.65M"), Volume has thousands separators ("61,729,767"),
 * percentages have "%", ratios and prices two decimals, "-" for none. Only the
 * dates and the volatility differ; see {@link ScreenerConversion}.
 */
import {ParseError} from '../errors.js';
import {MONTHS} from './months.js';
import type {QuotePage} from './parse-quote.js';

/**
 * The screener's markups: `old` (2018 to 2023: plain tables), `2025` (`table.screener_table`,
 * as in 2024 and 2025) and `2026-07` (the same table with July 2026's Ticker cell: a logo link
 * before the ticker's link, and `stock?t=` links).
 */
export type ScreenerLayout = 'old' | '2025' | '2026-07';

/**
 * The custom view's columns by id (index = the `c` value), as the old layout heads them.
 * {@link customColumnName} gives the new layout's name.
 */
export const CUSTOM_VIEW_COLUMNS: readonly string[] = [
  'No.', 'Ticker', 'Company', 'Sector', 'Industry', 'Country',
  'Market Cap', 'P/E', 'Fwd P/E', 'PEG', 'P/S', 'P/B', 'P/C', 'P/FCF',
  'Dividend', 'Payout Ratio',
  'EPS', 'EPS this Y', 'EPS next Y', 'EPS past 5Y', 'EPS next 5Y', 'Sales past 5Y', 'EPS Q/Q', 'Sales Q/Q',
  'Outstanding', 'Float', 'Insider Own', 'Insider Trans', 'Inst Own', 'Inst Trans', 'Float Short', 'Short Ratio',
  'ROA', 'ROE', 'ROI', 'Curr R', 'Quick R', 'LTDebt/Eq', 'Debt/Eq', 'Gross M', 'Oper M', 'Profit M',
  'Perf Week', 'Perf Month', 'Perf Quart', 'Perf Half', 'Perf Year', 'Perf YTD',
  'Beta', 'ATR', 'Volatility W', 'Volatility M', 'SMA20', 'SMA50', 'SMA200',
  '50D High', '50D Low', '52W High', '52W Low', 'RSI', 'from Open', 'Gap',
  'Recom', 'Avg Volume', 'Rel Volume', 'Price', 'Change', 'Volume', 'Earnings', 'Target Price', 'IPO Date',
];

/** Every custom-view column, in id order: the `c` parameter of a batch request (`v=152&t=…&c=…`). */
export const ALL_CUSTOM_COLUMNS: readonly number[] = CUSTOM_VIEW_COLUMNS.map((_, id) => id);

/** Columns the layouts since 2025 head differently. */
const NEW_LAYOUT_NAMES: ReadonlyMap<number, string> = new Map([[34, 'ROIC']]);

/** The header of custom-view column `id` in `layout`, or undefined for an id beyond the 71 known. */
export function customColumnName(id: number, layout: ScreenerLayout): string | undefined {
  return (layout === 'old' ? undefined : NEW_LAYOUT_NAMES.get(id)) ?? CUSTOM_VIEW_COLUMNS[id];
}

/**
 * The column ids each view shows, by view number without its last digit
 * (v=110 and v=111 are both the overview). From the 2021 pages (d3an/finviz's
 * recorded tests); the overview is the same in 2018 and 2025, the performance
 * view in 2024 and the financial view in Oct 2025 (with "ROIC" for "ROI").
 *
 * The tickers view and the bulk views have no header row: their columns are
 * named here by what their cells show on the June 2021 pages (v=410: the
 * ticker; v=510: ticker and change, "+10.76%"; v=520: ticker, price, change,
 * volume without separators, relative volume).
 */
const VIEW_COLUMNS: ReadonlyMap<number, readonly number[]> = new Map([
  [11, [0, 1, 2, 3, 4, 5, 6, 7, 65, 66, 67]], // overview
  [12, [0, 1, 6, 7, 8, 9, 10, 11, 12, 13, 17, 18, 19, 20, 21, 65, 66, 67]], // valuation
  [13, [0, 1, 6, 24, 25, 26, 27, 28, 29, 30, 31, 63, 65, 66, 67]], // ownership
  [14, [0, 1, 42, 43, 44, 45, 46, 47, 50, 51, 62, 63, 64, 65, 66, 67]], // performance
  [16, [0, 1, 6, 14, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 68, 65, 66, 67]], // financial
  [17, [0, 1, 48, 49, 52, 53, 54, 57, 58, 59, 65, 66, 60, 61, 67]], // technical
  [41, [1]], // tickers
  [51, [1, 66]], // bulk: change only
  [52, [1, 65, 66, 67, 64]], // bulk: full, with relative volume
]);

/** The column ids view `view` shows (e.g. 111, 121, 161, 411, 520), or undefined for the custom view (15x) and views not read. */
export function viewColumns(view: number): readonly number[] | undefined {
  return VIEW_COLUMNS.get(Math.floor(view / 10));
}

// ---------------------------------------------------------------------------
// Screener column -> quote page

/**
 * How a screener cell's text becomes the quote page's text:
 * - `same`: shown the same way on both pages;
 * - `earnings`: "May 05/b" -> "May 05 BMO", "May 04/a" -> "May 04 AMC" (b = before market open, a = after close);
 * - `date`: "5/3/1973" -> "May 03, 1973" (the quote page pads the day);
 * - `volatility-week`, `volatility-month`: the two halves of the quote page's one
 *   "Volatility" cell, "2.84% 2.31%" ("-" for a half the row lacks);
 * - `distance`: the screener shows only the distance from the 52-week high or low
 *   ("-26.49%"), as quote pages did until 2025; 2026 pages put the price level
 *   before it ("317.40 -10.25%"), which the screener does not show.
 */
export type ScreenerConversion = 'same' | 'earnings' | 'date' | 'volatility-week' | 'volatility-month' | 'distance';

export interface ScreenerColumn {
  /** The header, as the screener shows it. */
  readonly name: string;
  /** The quote page's snapshot label (src/finviz/snapshot-labels.ts) the cell fills. */
  readonly label: string;
  readonly conversion: ScreenerConversion;
}

const same = (name: string, label = name): ScreenerColumn => ({name, label, conversion: 'same'});

/** Every screener column that fills a quote-page snapshot label, in custom-view id order. */
export const SCREENER_COLUMNS: readonly ScreenerColumn[] = [
  same('Market Cap'),
  same('P/E'),
  same('Fwd P/E', 'Forward P/E'),
  same('PEG'),
  same('P/S'),
  same('P/B'),
  same('P/C'),
  same('P/FCF'),
  // Sorted as "Dividend Yield": the forward annual yield, the old quote page's "Dividend %"
  // ("Dividend yield (annual)"); 2026 quote pages show only the estimate's and the TTM's yields.
  same('Dividend', 'Dividend %'),
  same('Payout Ratio', 'Payout'),
  same('EPS', 'EPS (ttm)'),
  same('EPS this Y'),
  // The growth rate (sorted as "EPS growth next year"), not the quote page's first "EPS next Y", the estimate.
  same('EPS next Y', 'EPS growth next Y'),
  // The 5-year halves of 2026's "EPS past 3/5Y" and "Sales past 3/5Y", under the labels of 2018–2025.
  same('EPS past 5Y'),
  same('EPS next 5Y'),
  same('Sales past 5Y'),
  same('EPS Q/Q'),
  same('Sales Q/Q'),
  same('Outstanding', 'Shs Outstand'),
  same('Float', 'Shs Float'),
  same('Insider Own'),
  same('Insider Trans'),
  same('Inst Own'),
  same('Inst Trans'),
  same('Float Short', 'Short Float'),
  same('Short Ratio'),
  same('ROA'),
  same('ROE'),
  // Column 34: "Return on Investment" until 2025, "Return on Invested Capital" since, like the quote page.
  same('ROI'),
  same('ROIC'),
  same('Curr R', 'Current Ratio'),
  same('Quick R', 'Quick Ratio'),
  same('LTDebt/Eq', 'LT Debt/Eq'),
  same('Debt/Eq'),
  same('Gross M', 'Gross Margin'),
  same('Oper M', 'Oper. Margin'),
  same('Profit M', 'Profit Margin'),
  same('Perf Week'),
  same('Perf Month'),
  same('Perf Quart', 'Perf Quarter'),
  same('Perf Half', 'Perf Half Y'),
  same('Perf Year'),
  same('Perf YTD'),
  same('Beta'),
  same('ATR', 'ATR (14)'),
  {name: 'Volatility W', label: 'Volatility', conversion: 'volatility-week'},
  {name: 'Volatility M', label: 'Volatility', conversion: 'volatility-month'},
  same('SMA20'),
  same('SMA50'),
  same('SMA200'),
  {name: '52W High', label: '52W High', conversion: 'distance'},
  {name: '52W Low', label: '52W Low', conversion: 'distance'},
  same('RSI', 'RSI (14)'),
  same('Recom'),
  same('Avg Volume'),
  same('Rel Volume'),
  same('Price'),
  same('Change'),
  same('Volume'),
  {name: 'Earnings', label: 'Earnings', conversion: 'earnings'},
  same('Target Price'),
  {name: 'IPO Date', label: 'IPO', conversion: 'date'},
];

const BY_NAME: ReadonlyMap<string, ScreenerColumn> = new Map(SCREENER_COLUMNS.map((column) => [column.name, column]));

/** Screener column name -> quote-page snapshot label. */
export const SCREENER_TO_QUOTE_LABEL: ReadonlyMap<string, string> = new Map(
  SCREENER_COLUMNS.map((column) => [column.name, column.label]),
);

/** Screener columns that fill the quote page's header fields instead of its snapshot. */
export const SCREENER_HEADER_FIELDS: ReadonlyMap<string, 'ticker' | 'company' | 'sector' | 'industry' | 'country'> =
  new Map([
    ['Ticker', 'ticker'],
    ['Company', 'company'],
    ['Sector', 'sector'],
    ['Industry', 'industry'],
    ['Country', 'country'],
  ] as const);

/**
 * Screener columns no quote page shows: the row number, the distance from the
 * 50-day high and low, the change from today's open, and the opening gap.
 */
export const SCREENER_ONLY_COLUMNS: readonly string[] = ['No.', '50D High', '50D Low', 'from Open', 'Gap'];

/**
 * Snapshot labels (src/finviz/snapshot-labels.ts) that none of the 71 custom
 * columns fills, so a batch-mode row leaves them out; besides these, the
 * screener shows only part of "52W High" and "52W Low" (the distance, not the
 * level), of "EPS past 3/5Y" and "Sales past 3/5Y" (the 5-year half, as "EPS
 * past 5Y" and "Sales past 5Y"), and never the header's exchange. Old
 * spellings of labels it does fill ("ATR", "Short Float / Ratio") are not listed.
 */
export const QUOTE_ONLY_LABELS: readonly string[] = [
  // 2026 labels
  'Index',
  'Enterprise Value',
  'Income',
  'Sales',
  'Book/sh',
  'Cash/sh',
  'Dividend Est.',
  'Dividend TTM',
  'Dividend Ex-Date',
  'Dividend Gr. 3/5Y',
  'Employees',
  'EV/EBITDA',
  'EV/Sales',
  'Option/Short',
  'EPS next Y',
  'EPS next Q',
  'EPS past 3/5Y',
  'Sales past 3/5Y',
  'EPS Y/Y TTM',
  'Sales Y/Y TTM',
  'EPS/Sales Surpr.',
  'Trades',
  'Short Interest',
  'Perf 3Y',
  'Perf 5Y',
  'Perf 10Y',
  'Prev Close',
  // labels of older layouts
  '52W Range',
  'Sales Surprise',
  'EPS Surprise',
  'Dividend',
  'Optionable',
  'Shortable',
];

const SCREENER_ONLY = new Set(SCREENER_ONLY_COLUMNS);

/**
 * One screener row as a quote page: the header fields from the Ticker,
 * Company, Sector, Industry and Country columns (`exchange` is '': no
 * screener column shows it), and the snapshot under the quote page's labels,
 * converted to the quote page's formats (see {@link ScreenerConversion}).
 *
 * Screener-only columns ({@link SCREENER_ONLY_COLUMNS}) are left out. A
 * column this module does not know is kept under its own name, since Finviz
 * names most of its newer columns as the quote page does ("Book/sh", "Sales",
 * "Prev Close"); the normalizer reports it if no label rule knows it either.
 * When a name repeats, the first cell wins.
 *
 * Throws ParseError when the row and headers differ in length, or the row has no ticker.
 */
export function screenerRowToSnapshot(headers: readonly string[], row: readonly string[]): QuotePage {
  if (row.length !== headers.length) {
    throw new ParseError('', `Expected ${headers.length} cells in the screener row (one per header), got ${row.length}`);
  }
  const header = {ticker: '', company: '', sector: '', industry: '', country: ''};
  const snapshot = new Map<string, string>();
  const volatility: {week?: string; month?: string} = {};
  headers.forEach((name, index) => {
    const text = row[index] ?? '';
    const field = SCREENER_HEADER_FIELDS.get(name);
    if (field !== undefined) {
      if (header[field] === '') header[field] = text;
      return;
    }
    if (SCREENER_ONLY.has(name)) return;
    const column = BY_NAME.get(name) ?? same(name);
    if (column.conversion === 'volatility-week' || column.conversion === 'volatility-month') {
      const half = column.conversion === 'volatility-week' ? 'week' : 'month';
      volatility[half] ??= text;
      if (!snapshot.has(column.label)) snapshot.set(column.label, ''); // keeps its place; filled below
      return;
    }
    if (!snapshot.has(column.label)) snapshot.set(column.label, convert(column.conversion, text));
  });
  if (volatility.week !== undefined || volatility.month !== undefined) {
    snapshot.set('Volatility', `${volatility.week ?? '-'} ${volatility.month ?? '-'}`);
  }
  if (header.ticker === '') throw new ParseError('', 'Expected a ticker in the screener row\'s "Ticker" column, got none');
  // fromEntries defines own properties, so even a name like "__proto__" stays data.
  return {...header, exchange: '', snapshot: Object.fromEntries(snapshot)};
}

function convert(conversion: ScreenerConversion, text: string): string {
  switch (conversion) {
    case 'earnings':
      return earningsText(text);
    case 'date':
      return longDateText(text);
    default:
      return text;
  }
}

const SESSIONS: ReadonlyMap<string, string> = new Map([
  ['b', 'BMO'],
  ['a', 'AMC'],
]);

/** "May 05/b" -> "May 05 BMO"; anything else (a "-", a form not seen yet) is kept for the normalizer to judge. */
function earningsText(text: string): string {
  const match = /^([A-Z][a-z]{2} \d{1,2})\/([a-z])$/.exec(text);
  const session = match?.[2] === undefined ? undefined : SESSIONS.get(match[2]);
  return match?.[1] === undefined || session === undefined ? text : `${match[1]} ${session}`;
}

/** "5/3/1973" (month/day/year) -> "May 03, 1973"; anything else is kept. */
function longDateText(text: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match === null) return text;
  const [, month = '', day = '', year = ''] = match;
  const name = MONTHS[Number(month) - 1];
  return name === undefined ? text : `${name} ${day.padStart(2, '0')}, ${year}`;
}
