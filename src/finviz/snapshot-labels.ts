/**
 * The snapshot labels of every Finviz quote layout screener knows, each layout's complete set
 * written once, as the saved pages show it (../shared/finviz-pages, checked label by label by
 * test/parse-quote.test.ts). Every layout lays its labels out as a grid of six label/value
 * pairs a row; the grids below are those rows, in the page's order. The second "EPS next Y" of
 * a page (a percent: the growth rate) is written "EPS growth next Y", as the parser names it.
 * What each label holds is written once, in ./snapshot-fields.ts, which has every label of these
 * grids and no other (test/snapshot-fields.test.ts).
 */
import {SNAPSHOT_FIELDS} from './snapshot-fields.js';

/** 2026 (April to late June): 14 rows, with Enterprise Value, EV/EBITDA, IPO, ROIC, Perf 3Y/5Y/10Y… */
const GRID_2026: readonly (readonly string[])[] = [
  ['Index', 'P/E', 'EPS (ttm)', 'Insider Own', 'Shs Outstand', 'Perf Week'],
  ['Market Cap', 'Forward P/E', 'EPS next Y', 'Insider Trans', 'Shs Float', 'Perf Month'],
  ['Enterprise Value', 'PEG', 'EPS next Q', 'Inst Own', 'Short Float', 'Perf Quarter'],
  ['Income', 'P/S', 'EPS this Y', 'Inst Trans', 'Short Ratio', 'Perf Half Y'],
  ['Sales', 'P/B', 'EPS growth next Y', 'ROA', 'Short Interest', 'Perf YTD'],
  ['Book/sh', 'P/C', 'EPS next 5Y', 'ROE', '52W High', 'Perf Year'],
  ['Cash/sh', 'P/FCF', 'EPS past 3/5Y', 'ROIC', '52W Low', 'Perf 3Y'],
  ['Dividend Est.', 'EV/EBITDA', 'Sales past 3/5Y', 'Gross Margin', 'Volatility', 'Perf 5Y'],
  ['Dividend TTM', 'EV/Sales', 'EPS Y/Y TTM', 'Oper. Margin', 'ATR (14)', 'Perf 10Y'],
  ['Dividend Ex-Date', 'Quick Ratio', 'Sales Y/Y TTM', 'Profit Margin', 'RSI (14)', 'Recom'],
  ['Dividend Gr. 3/5Y', 'Current Ratio', 'EPS Q/Q', 'SMA20', 'Beta', 'Target Price'],
  ['Payout', 'Debt/Eq', 'Sales Q/Q', 'SMA50', 'Rel Volume', 'Prev Close'],
  ['Employees', 'LT Debt/Eq', 'Earnings', 'SMA200', 'Avg Volume', 'Price'],
  ['IPO', 'Option/Short', 'EPS/Sales Surpr.', 'Trades', 'Volume', 'Change'],
];

/** 2024–2025: 13 rows, with 52W Range, ROI, EPS past 5Y and the two surprises apart. */
const GRID_2024: readonly (readonly string[])[] = [
  ['Index', 'P/E', 'EPS (ttm)', 'Insider Own', 'Shs Outstand', 'Perf Week'],
  ['Market Cap', 'Forward P/E', 'EPS next Y', 'Insider Trans', 'Shs Float', 'Perf Month'],
  ['Income', 'PEG', 'EPS next Q', 'Inst Own', 'Short Float', 'Perf Quarter'],
  ['Sales', 'P/S', 'EPS this Y', 'Inst Trans', 'Short Ratio', 'Perf Half Y'],
  ['Book/sh', 'P/B', 'EPS growth next Y', 'ROA', 'Short Interest', 'Perf Year'],
  ['Cash/sh', 'P/C', 'EPS next 5Y', 'ROE', '52W Range', 'Perf YTD'],
  ['Dividend Est.', 'P/FCF', 'EPS past 5Y', 'ROI', '52W High', 'Beta'],
  ['Dividend TTM', 'Quick Ratio', 'Sales past 5Y', 'Gross Margin', '52W Low', 'ATR (14)'],
  ['Dividend Ex-Date', 'Current Ratio', 'EPS Y/Y TTM', 'Oper. Margin', 'RSI (14)', 'Volatility'],
  ['Employees', 'Debt/Eq', 'Sales Y/Y TTM', 'Profit Margin', 'Recom', 'Target Price'],
  ['Option/Short', 'LT Debt/Eq', 'EPS Q/Q', 'Payout', 'Rel Volume', 'Prev Close'],
  ['Sales Surprise', 'EPS Surprise', 'Sales Q/Q', 'Earnings', 'Avg Volume', 'Price'],
  ['SMA20', 'SMA50', 'SMA200', 'Trades', 'Volume', 'Change'],
];

/** 2018 to early 2023: 12 rows, with Dividend and Dividend %, ATR, Optionable and Shortable. */
const GRID_2018: readonly (readonly string[])[] = [
  ['Index', 'P/E', 'EPS (ttm)', 'Insider Own', 'Shs Outstand', 'Perf Week'],
  ['Market Cap', 'Forward P/E', 'EPS next Y', 'Insider Trans', 'Shs Float', 'Perf Month'],
  ['Income', 'PEG', 'EPS next Q', 'Inst Own', 'Short Float', 'Perf Quarter'],
  ['Sales', 'P/S', 'EPS this Y', 'Inst Trans', 'Short Ratio', 'Perf Half Y'],
  ['Book/sh', 'P/B', 'EPS growth next Y', 'ROA', 'Target Price', 'Perf Year'],
  ['Cash/sh', 'P/C', 'EPS next 5Y', 'ROE', '52W Range', 'Perf YTD'],
  ['Dividend', 'P/FCF', 'EPS past 5Y', 'ROI', '52W High', 'Beta'],
  ['Dividend %', 'Quick Ratio', 'Sales past 5Y', 'Gross Margin', '52W Low', 'ATR'],
  ['Employees', 'Current Ratio', 'Sales Q/Q', 'Oper. Margin', 'RSI (14)', 'Volatility'],
  ['Optionable', 'Debt/Eq', 'EPS Q/Q', 'Profit Margin', 'Rel Volume', 'Prev Close'],
  ['Shortable', 'LT Debt/Eq', 'Earnings', 'Payout', 'Avg Volume', 'Price'],
  ['Recom', 'SMA20', 'SMA50', 'SMA200', 'Volume', 'Change'],
];

/** May to July 2023: the 2018 grid, with "Short Float / Ratio" merged and "Short Interest" in the freed cell. */
const GRID_2023: readonly (readonly string[])[] = GRID_2018.map((row) =>
  row.map((label) => (label === 'Short Float' ? 'Short Float / Ratio' : label === 'Short Ratio' ? 'Short Interest' : label)),
);

/** The grid read row by row (one snapshot table). */
function rowMajor(grid: readonly (readonly string[])[]): readonly string[] {
  return grid.flat();
}

/** The grid read column by column (late June 2026: one table per column). */
function columnMajor(grid: readonly (readonly string[])[]): readonly string[] {
  const columns = grid[0]?.length ?? 0;
  return Array.from({length: columns}, (_, column) => grid.map((row) => row[column] ?? '')).flat();
}

/**
 * Each layout's labels in the page's document order. The layouts' names and how they are told
 * apart are in ./quote-layouts.ts.
 */
export const LAYOUT_LABELS = {
  '2026-06b': columnMajor(GRID_2026),
  '2026-06': rowMajor(GRID_2026),
  new: rowMajor(GRID_2024),
  old: rowMajor(GRID_2018),
  'old/2023-05': rowMajor(GRID_2023),
} as const satisfies Record<string, readonly string[]>;

/** Every snapshot label of every layout, each once, in the order of the `--raw` columns: see ./snapshot-fields.ts. */
export const SNAPSHOT_LABELS: readonly string[] = SNAPSHOT_FIELDS.map(({label}) => label);

/** Finviz labels two fields "EPS next Y": the estimate first, then the growth rate, read as this name. */
export const SECOND_OCCURRENCE: ReadonlyMap<string, string> = new Map([['EPS next Y', 'EPS growth next Y']]);

/** The text a page shows for a label as SNAPSHOT_LABELS names it ("EPS growth next Y" is shown "EPS next Y"). */
export function shownLabel(label: string): string {
  for (const [shown, renamed] of SECOND_OCCURRENCE) if (renamed === label) return shown;
  return label;
}
