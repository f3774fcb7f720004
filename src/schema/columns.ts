import {ERROR_COLUMN, HEADER_COLUMNS, PAGE_TICKER_COLUMN} from './header-columns.js';

/**
 * The one column list of the normalized output, the same for every page
 * layout. Values are compute-ready: numbers without multipliers, separators or
 * "%", ISO dates, true/false, and empty for "-" or a field the page lacks.
 * label-rules.ts says which Finviz label fills which column.
 */

/** How a value is written: JSON numbers and booleans are bare, the rest are strings. */
export type ColumnType = 'text' | 'number' | 'date' | 'boolean';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  /**
   * `%` means percent points (5.32 for "5.32%"); `USD` and `USD/share` are
   * dollars; `shares` and `count` are whole numbers; `ratio` has no unit.
   */
  readonly unit: string;
  readonly meaning: string;
}

const text = (name: string, meaning: string): Column => ({name, type: 'text', unit: 'text', meaning});
const number = (name: string, unit: string, meaning: string): Column => ({name, type: 'number', unit, meaning});
const percent = (name: string, meaning: string): Column => ({name, type: 'number', unit: '%', meaning});
const date = (name: string, meaning: string): Column => ({name, type: 'date', unit: 'date', meaning});
const boolean = (name: string, meaning: string): Column => ({name, type: 'boolean', unit: 'true/false', meaning});

/** In output order: the page header, the 2026 snapshot with its two-value fields split, older-only fields, Page Ticker, Error. */
export const SCHEMA: readonly Column[] = [
  ...HEADER_COLUMNS.map(({name, meaning}) => text(name, meaning)),

  // 2026, column 1: size, dividend, company
  text('Index', 'major index membership as shown, e.g. "DJIA, NDX, S&P 500"'),
  number('Market Cap', 'USD', 'market capitalization'),
  number('Enterprise Value', 'USD', 'enterprise value'),
  number('Income', 'USD', 'net income (ttm)'),
  number('Sales', 'USD', 'revenue (ttm)'),
  number('Book/sh', 'USD/share', 'book value per share (mrq)'),
  number('Cash/sh', 'USD/share', 'cash per share (mrq)'),
  number('Dividend Est.', 'USD/share', "analysts' dividend estimate (fiscal year)"),
  percent('Dividend Est. Yield', "yield of the analysts' dividend estimate"),
  number('Dividend TTM', 'USD/share', 'dividend of the trailing 12 months'),
  percent('Dividend TTM Yield', 'yield of the trailing-12-months dividend'),
  date('Dividend Ex-Date', 'ex-dividend date'),
  percent('Dividend Gr. 3Y', 'annual dividend growth over 3 years'),
  percent('Dividend Gr. 5Y', 'annual dividend growth over 5 years'),
  percent('Payout', 'dividend payout ratio (ttm)'),
  number('Employees', 'count', 'full-time employees'),
  date('IPO', 'IPO date'),

  // column 2: valuation and balance sheet
  number('P/E', 'ratio', 'price to earnings (ttm)'),
  number('Forward P/E', 'ratio', 'price to earnings (next fiscal year)'),
  number('PEG', 'ratio', 'price to earnings to growth'),
  number('P/S', 'ratio', 'price to sales (ttm)'),
  number('P/B', 'ratio', 'price to book (mrq)'),
  number('P/C', 'ratio', 'price to cash per share (mrq)'),
  number('P/FCF', 'ratio', 'price to free cash flow (ttm)'),
  number('EV/EBITDA', 'ratio', 'enterprise value to EBITDA'),
  number('EV/Sales', 'ratio', 'enterprise value to revenue'),
  number('Quick Ratio', 'ratio', 'quick ratio (mrq)'),
  number('Current Ratio', 'ratio', 'current ratio (mrq)'),
  number('Debt/Eq', 'ratio', 'total debt to equity (mrq)'),
  number('LT Debt/Eq', 'ratio', 'long-term debt to equity (mrq)'),
  boolean('Optionable', 'options on the stock trade on an exchange'),
  boolean('Shortable', 'the stock is available to sell short'),

  // column 3: earnings and growth
  number('EPS (ttm)', 'USD/share', 'diluted EPS (ttm)'),
  number('EPS next Y', 'USD/share', 'EPS estimate for next year'),
  number('EPS next Q', 'USD/share', 'EPS estimate for next quarter'),
  percent('EPS this Y', 'EPS growth this year'),
  percent('EPS growth next Y', 'EPS growth next year (the second "EPS next Y" on the page)'),
  percent('EPS next 5Y', 'long-term annual EPS growth estimate (5 years)'),
  percent('EPS past 3Y', 'annual EPS growth over the past 3 years'),
  percent('EPS past 5Y', 'annual EPS growth over the past 5 years'),
  percent('Sales past 3Y', 'annual sales growth over the past 3 years'),
  percent('Sales past 5Y', 'annual sales growth over the past 5 years'),
  percent('EPS Y/Y TTM', 'EPS growth, trailing 12 months year over year'),
  percent('Sales Y/Y TTM', 'sales growth, trailing 12 months year over year'),
  percent('EPS Q/Q', 'quarterly EPS growth, year over year'),
  percent('Sales Q/Q', 'quarterly sales growth, year over year'),
  date('Earnings Date', 'next or last earnings date; its year is inferred (README)'),
  text('Earnings Time', 'BMO (before market open) or AMC (after market close)'),
  percent('EPS Surprise', 'last quarter EPS surprise'),
  percent('Sales Surprise', 'last quarter revenue surprise'),

  // column 4: ownership, returns, margins, moving averages
  percent('Insider Own', 'insider ownership'),
  percent('Insider Trans', 'insider transactions (6-month change in insider ownership)'),
  percent('Inst Own', 'institutional ownership'),
  percent('Inst Trans', 'institutional transactions (3-month change in institutional ownership)'),
  percent('ROA', 'return on assets (ttm)'),
  percent('ROE', 'return on equity (ttm)'),
  percent('ROIC', 'return on invested capital (ttm)'),
  percent('Gross Margin', 'gross margin (ttm)'),
  percent('Oper. Margin', 'operating margin (ttm)'),
  percent('Profit Margin', 'net profit margin (ttm)'),
  percent('SMA20', 'distance of the price from its 20-day simple moving average'),
  percent('SMA50', 'distance of the price from its 50-day simple moving average'),
  percent('SMA200', 'distance of the price from its 200-day simple moving average'),
  number('Trades', 'count', 'trades today (Finviz Elite only: empty on the free page)'),

  // column 5: shares, short interest, range, volatility, volume
  number('Shs Outstand', 'shares', 'shares outstanding'),
  number('Shs Float', 'shares', 'shares float'),
  percent('Short Float', 'short interest as a share of the float'),
  number('Short Ratio', 'days', 'short interest ratio: short interest / average daily volume'),
  number('Short Interest', 'shares', 'short interest'),
  number('52W High', 'USD', '52-week high price'),
  percent('52W High Distance', 'distance of the price from the 52-week high'),
  number('52W Low', 'USD', '52-week low price'),
  percent('52W Low Distance', 'distance of the price from the 52-week low'),
  percent('Volatility Week', 'volatility over the week'),
  percent('Volatility Month', 'volatility over the month'),
  number('ATR (14)', 'USD', 'average true range (14 days)'),
  number('RSI (14)', '0-100', 'relative strength index (14 days)'),
  number('Beta', 'ratio', 'beta'),
  number('Rel Volume', 'ratio', 'relative volume: volume / average volume'),
  number('Avg Volume', 'shares', 'average daily volume (3 months)'),
  number('Volume', 'shares', 'volume today'),

  // column 6: performance, analysts, price
  percent('Perf Week', 'performance over the week'),
  percent('Perf Month', 'performance over the month'),
  percent('Perf Quarter', 'performance over the quarter'),
  percent('Perf Half Y', 'performance over the half year'),
  percent('Perf YTD', 'performance year to date'),
  percent('Perf Year', 'performance over the year'),
  percent('Perf 3Y', 'performance over 3 years'),
  percent('Perf 5Y', 'performance over 5 years'),
  percent('Perf 10Y', 'performance over 10 years'),
  number('Recom', '1-5', "analysts' mean recommendation (1 = buy, 5 = sell)"),
  number('Target Price', 'USD', "analysts' mean target price"),
  number('Prev Close', 'USD', 'previous close'),
  number('Price', 'USD', 'current price'),
  percent('Change', 'change today'),

  // only on older pages, with no 2026 equivalent
  percent('ROI', 'return on investment (ttm); pages of 2018 to 2025'),
  number('Dividend Annual', 'USD/share', 'forward annual dividend rate; pages of 2018 to May 2023'),
  percent('Dividend Annual Yield', 'forward annual dividend yield; pages of 2018 to May 2023'),

  text(PAGE_TICKER_COLUMN.name, PAGE_TICKER_COLUMN.meaning),
  text(ERROR_COLUMN.name, ERROR_COLUMN.meaning),
];

export const SCHEMA_BY_NAME: ReadonlyMap<string, Column> = new Map(SCHEMA.map((column) => [column.name, column]));
