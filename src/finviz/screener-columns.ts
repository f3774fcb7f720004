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
 * Capital". The parser reads a table view's headers from the page; which
 * columns each table view shows matters only to the stand-in
 * (../demo/screener-view-columns.ts).
 *
 * Formats, compared on saved pages (same ticker where one exists: AAPL in the
 * 2018 overview vs the Nov 2018 quote, AACT in the 2025 overview vs the Jun
 * 2025 quote; otherwise the 2021 custom view vs the 2020–2021 quotes): Market
 * Cap, Avg Volume, Outstanding and Float carry K/M/B like the quote page
 * ("834.58B", "1.65M"), Volume has thousands separators ("61,729,767"),
 * percentages have "%", ratios and prices two decimals, "-" for none. Only the
 * dates and the volatility differ; see {@link ScreenerConversion}. Which column shows which
 * quote label is written with the label, in ./snapshot-fields.ts.
 */
import {ParseError} from '../errors.js';
import {MONTHS} from './months.js';
import type {QuotePage} from './parse-quote.js';
import {SNAPSHOT_FIELDS, type ScreenerConversion, type SnapshotField} from './snapshot-fields.js';

/**
 * The custom view's columns by id (index = the `c` value), as the old layout heads them; since
 * 2025 id 34 is headed "ROIC" (the stand-in's ../demo/screener-view-columns.ts shows both).
 */
export const CUSTOM_VIEW_COLUMNS: readonly string[] = [
  'No.',
  'Ticker',
  'Company',
  'Sector',
  'Industry',
  'Country',
  'Market Cap',
  'P/E',
  'Fwd P/E',
  'PEG',
  'P/S',
  'P/B',
  'P/C',
  'P/FCF',
  'Dividend',
  'Payout Ratio',
  'EPS',
  'EPS this Y',
  'EPS next Y',
  'EPS past 5Y',
  'EPS next 5Y',
  'Sales past 5Y',
  'EPS Q/Q',
  'Sales Q/Q',
  'Outstanding',
  'Float',
  'Insider Own',
  'Insider Trans',
  'Inst Own',
  'Inst Trans',
  'Float Short',
  'Short Ratio',
  'ROA',
  'ROE',
  'ROI',
  'Curr R',
  'Quick R',
  'LTDebt/Eq',
  'Debt/Eq',
  'Gross M',
  'Oper M',
  'Profit M',
  'Perf Week',
  'Perf Month',
  'Perf Quart',
  'Perf Half',
  'Perf Year',
  'Perf YTD',
  'Beta',
  'ATR',
  'Volatility W',
  'Volatility M',
  'SMA20',
  'SMA50',
  'SMA200',
  '50D High',
  '50D Low',
  '52W High',
  '52W Low',
  'RSI',
  'from Open',
  'Gap',
  'Recom',
  'Avg Volume',
  'Rel Volume',
  'Price',
  'Change',
  'Volume',
  'Earnings',
  'Target Price',
  'IPO Date',
];

/** Every custom-view column, in id order: the `c` parameter of a batch request (`v=152&t=…&c=…`). */
export const ALL_CUSTOM_COLUMNS: readonly number[] = CUSTOM_VIEW_COLUMNS.map((_, id) => id);

// ---------------------------------------------------------------------------
// Screener column -> quote page

export interface ScreenerColumn {
  /** The header, as the screener shows it. */
  readonly name: string;
  /** The quote page's snapshot label the cell fills. */
  readonly label: string;
  readonly conversion: ScreenerConversion;
}

const same = (name: string, label = name): ScreenerColumn => ({name, label, conversion: 'same'});

/**
 * Every screener column that fills a quote-page snapshot label, by its header: the screener
 * columns each label of `fields` lists (./snapshot-fields.ts). Throws if two labels list one column.
 */
export function screenerColumnsOf(fields: readonly SnapshotField[]): ReadonlyMap<string, ScreenerColumn> {
  const columns = new Map<string, ScreenerColumn>();
  for (const {label, screener = []} of fields) {
    for (const source of screener) {
      const column = typeof source === 'string' ? same(source, label) : {...source, label};
      const taken = columns.get(column.name);
      if (taken !== undefined)
        throw new Error(`Expected screener column "${column.name}" to fill one label, got "${taken.label}" and "${label}"`);
      columns.set(column.name, column);
    }
  }
  return columns;
}

/** Every screener column that fills a quote-page snapshot label, by its header. */
export const SCREENER_COLUMNS: ReadonlyMap<string, ScreenerColumn> = screenerColumnsOf(SNAPSHOT_FIELDS);

/** A header field of the quote page that a screener column fills. */
export type ScreenerHeaderField = 'ticker' | 'company' | 'sector' | 'industry' | 'country';

/** Screener columns that fill the quote page's header fields instead of its snapshot. */
export const SCREENER_HEADER_FIELDS: ReadonlyMap<string, ScreenerHeaderField> = new Map([
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
 * `columns` maps the screener's columns to quote labels: {@link SCREENER_COLUMNS} unless a test
 * passes the map of another table. Throws ParseError when the row and headers differ in length,
 * or the row has no ticker.
 */
export function screenerRowToSnapshot(
  headers: readonly string[],
  row: readonly string[],
  columns: ReadonlyMap<string, ScreenerColumn> = SCREENER_COLUMNS,
): QuotePage {
  if (row.length !== headers.length) {
    throw new ParseError('', `Expected ${headers.length} cells in the screener row (one per header), got ${row.length}`);
  }
  const header = {ticker: '', company: '', sector: '', industry: '', country: ''};
  const snapshot = new Map<string, string>();
  /** The two halves of the one label the volatility columns fill ("Volatility"). */
  const volatility: {label?: string; week?: string; month?: string} = {};
  headers.forEach((name, index) => {
    const text = row[index] ?? '';
    const field = SCREENER_HEADER_FIELDS.get(name);
    if (field !== undefined) {
      if (header[field] === '') header[field] = text;
      return;
    }
    if (SCREENER_ONLY.has(name)) return;
    const column = columns.get(name) ?? same(name);
    if (column.conversion === 'volatility-week' || column.conversion === 'volatility-month') {
      const half = column.conversion === 'volatility-week' ? 'week' : 'month';
      volatility[half] ??= text;
      volatility.label ??= column.label;
      if (!snapshot.has(column.label)) snapshot.set(column.label, ''); // keeps its place; filled below
      return;
    }
    if (!snapshot.has(column.label)) snapshot.set(column.label, convert(column.conversion, text));
  });
  if (volatility.label !== undefined) snapshot.set(volatility.label, `${volatility.week ?? '-'} ${volatility.month ?? '-'}`);
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
