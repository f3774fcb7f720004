/**
 * Every Finviz snapshot label, written once: what the label holds, and everything screener
 * derives from that. Adding a label is adding its entry here; from this table come
 * - the `--raw` columns (SNAPSHOT_LABELS, in this order: ./snapshot-labels.ts, ../output/columns.ts),
 * - the normalized columns, in the order first defined here, and how each label fills them
 *   (../schema/columns.ts, ../schema/label-rules.ts),
 * - the screener's column map (./screener-columns.ts),
 * - the stand-in's label cells: their tooltip, and a value of each column's kind for a label the
 *   stand-in's company model does not draw (../demo/).
 * Which labels each quote layout shows, and where, are facts about the layouts: their grids are
 * in ./snapshot-labels.ts, and a test holds the grids and this table to the same labels.
 *
 * The table is data only (names, kinds and words), so it lives here, in the parsers' layer, which
 * imports nothing above it: the screener's column map, a parser's concern, derives from it, and
 * each layer above adds what it does with a kind (schema/ the readers, demo/ made-up values).
 */

/**
 * What a part of a cell holds, as the page shows it; each kind has its reader
 * (../schema/label-rules.ts) and its made-up values (../demo/generic-cell.ts):
 * - `text`: any text ("DJIA, NDX, S&P 500");
 * - `number`: "4183.77B", "76,239,268", "-0.18" (K, M, B, T and separators allowed), with a unit;
 * - `percent`: "5.32%", written in percent points;
 * - `date`: "May 11, 2026";
 * - `day`: "Apr 30", a day without its year, which the scrape date gives (README);
 * - `session`: "BMO" (before market open) or "AMC" (after market close);
 * - `yes/no`: "Yes" or "No".
 */
export type ValueKind = 'text' | 'number' | 'percent' | 'date' | 'day' | 'session' | 'yes/no';

/** The unit of a number column: `shares` and `count` are whole numbers, `ratio` has no unit. */
export type NumberUnit = 'USD' | 'USD/share' | 'shares' | 'count' | 'ratio' | 'days' | '0-100' | '1-5';

/** One output column: its name, what its values are, and what they mean. */
export type ColumnSpec = {readonly name: string; readonly meaning: string} & (
  {readonly kind: 'number'; readonly unit: NumberUnit} | {readonly kind: Exclude<ValueKind, 'number'>}
);

/**
 * How a cell holds its parts, one per column:
 * - `one`: the whole cell;
 * - `space pair`: "4.26% 4.98%", "- -";
 * - `slash pair`: "Yes / Yes", "0.71% / 1.07";
 * - `range`: "10.58 - 11.29";
 * - `amount and yield`: "1.08 (0.38%)", or the amount alone ("-");
 * - `day and session`: "Apr 30 AMC", or the day alone;
 * - `level and distance`: "317.40 -10.25%", or the distance alone ("-0.93%").
 */
export type CellShape = 'one' | 'space pair' | 'slash pair' | 'range' | 'amount and yield' | 'day and session' | 'level and distance';

/** How many parts (so columns) each shape has. */
export const SHAPE_PARTS: Readonly<Record<CellShape, number>> = {
  one: 1,
  'space pair': 2,
  'slash pair': 2,
  range: 2,
  'amount and yield': 2,
  'day and session': 2,
  'level and distance': 2,
};

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

/** A screener column that shows a label's value: its header, and how its text differs (`same` if written as a bare name). */
export type ScreenerSource = string | {readonly name: string; readonly conversion: ScreenerConversion};

/** The quote-page tab a 2026 page links a label and its value to: dividends, short interest, earnings, forecasts. */
export type QuoteTab = 'dv' | 'si' | 'ea' | 'fc';

/** One Finviz snapshot label and what it holds. */
export interface SnapshotField {
  /** As the parser names it: the page's text, but "EPS growth next Y" for the second "EPS next Y" (./snapshot-labels.ts). */
  readonly label: string;
  /** Finviz's tooltip for it: what it means, in Finviz's words (the stand-in shows it). */
  readonly tip: string;
  /** The tab a 2026 page links it to, if any. */
  readonly tab?: QuoteTab;
  /** @default 'one' */
  readonly shape?: CellShape;
  /**
   * The column each part fills, in order: defined here, or named, when another label defines it
   * (an older label that means what a 2026 one does fills the 2026 label's columns).
   */
  readonly columns: readonly (ColumnSpec | string)[];
  /** The screener columns that show its value; none if the screener does not. */
  readonly screener?: readonly ScreenerSource[];
}

const text = (name: string, meaning: string): ColumnSpec => ({name, kind: 'text', meaning});
const number = (name: string, unit: NumberUnit, meaning: string): ColumnSpec => ({name, kind: 'number', unit, meaning});
const percent = (name: string, meaning: string): ColumnSpec => ({name, kind: 'percent', meaning});
const date = (name: string, meaning: string): ColumnSpec => ({name, kind: 'date', meaning});
const day = (name: string, meaning: string): ColumnSpec => ({name, kind: 'day', meaning});
const session = (name: string, meaning: string): ColumnSpec => ({name, kind: 'session', meaning});
const yesNo = (name: string, meaning: string): ColumnSpec => ({name, kind: 'yes/no', meaning});

/**
 * Every snapshot label of every layout, in the order of the `--raw` columns, which never
 * changes: the 84 of 2026 as the late-June page reads them (column by column), then those only
 * older pages have. Each label's columns, where first defined, set the order of the normalized
 * columns.
 */
export const SNAPSHOT_FIELDS: readonly SnapshotField[] = [
  // 2026, column 1: size, dividend, company
  {label: 'Index', tip: 'Major index membership', columns: [text('Index', 'major index membership as shown, e.g. "DJIA, NDX, S&P 500"')]},
  {
    label: 'Market Cap',
    tip: 'Market capitalization',
    columns: [number('Market Cap', 'USD', 'market capitalization')],
    screener: ['Market Cap'],
  },
  {label: 'Enterprise Value', tip: 'Enterprise Value', columns: [number('Enterprise Value', 'USD', 'enterprise value')]},
  {label: 'Income', tip: 'Income (ttm)', columns: [number('Income', 'USD', 'net income (ttm)')]},
  {label: 'Sales', tip: 'Revenue (ttm)', columns: [number('Sales', 'USD', 'revenue (ttm)')]},
  {label: 'Book/sh', tip: 'Book value per share (mrq)', columns: [number('Book/sh', 'USD/share', 'book value per share (mrq)')]},
  {label: 'Cash/sh', tip: 'Cash per share (mrq)', columns: [number('Cash/sh', 'USD/share', 'cash per share (mrq)')]},
  {
    label: 'Dividend Est.',
    tip: "Analysts' Dividend Estimate (Fiscal Year)",
    tab: 'dv',
    shape: 'amount and yield',
    columns: [
      number('Dividend Est.', 'USD/share', "analysts' dividend estimate (fiscal year)"),
      percent('Dividend Est. Yield', "yield of the analysts' dividend estimate"),
    ],
  },
  {
    label: 'Dividend TTM',
    tip: 'Trailing 12 Months Dividend',
    tab: 'dv',
    shape: 'amount and yield',
    columns: [
      number('Dividend TTM', 'USD/share', 'dividend of the trailing 12 months'),
      percent('Dividend TTM Yield', 'yield of the trailing-12-months dividend'),
    ],
  },
  {label: 'Dividend Ex-Date', tip: 'Ex-Dividend Date', tab: 'dv', columns: [date('Dividend Ex-Date', 'ex-dividend date')]},
  {
    label: 'Dividend Gr. 3/5Y',
    tip: 'Dividend growth over 3 and 5 years',
    tab: 'dv',
    shape: 'space pair',
    columns: [
      percent('Dividend Gr. 3Y', 'annual dividend growth over 3 years'),
      percent('Dividend Gr. 5Y', 'annual dividend growth over 5 years'),
    ],
  },
  {
    label: 'Payout',
    tip: 'Dividend Payout Ratio (ttm)',
    tab: 'dv',
    columns: [percent('Payout', 'dividend payout ratio (ttm)')],
    screener: ['Payout Ratio'],
  },
  {label: 'Employees', tip: 'Full time employees', columns: [number('Employees', 'count', 'full-time employees')]},
  {label: 'IPO', tip: 'IPO Date', columns: [date('IPO', 'IPO date')], screener: [{name: 'IPO Date', conversion: 'date'}]},

  // column 2: valuation and balance sheet
  {label: 'P/E', tip: 'Price-to-Earnings (ttm)', columns: [number('P/E', 'ratio', 'price to earnings (ttm)')], screener: ['P/E']},
  {
    label: 'Forward P/E',
    tip: 'Forward Price-to-Earnings (next fiscal year)',
    columns: [number('Forward P/E', 'ratio', 'price to earnings (next fiscal year)')],
    screener: ['Fwd P/E'],
  },
  {label: 'PEG', tip: 'Price-to-Earnings-to-Growth', columns: [number('PEG', 'ratio', 'price to earnings to growth')], screener: ['PEG']},
  {label: 'P/S', tip: 'Price-to-Sales (ttm)', columns: [number('P/S', 'ratio', 'price to sales (ttm)')], screener: ['P/S']},
  {label: 'P/B', tip: 'Price-to-Book (mrq)', columns: [number('P/B', 'ratio', 'price to book (mrq)')], screener: ['P/B']},
  {
    label: 'P/C',
    tip: 'Price to cash per share (mrq)',
    columns: [number('P/C', 'ratio', 'price to cash per share (mrq)')],
    screener: ['P/C'],
  },
  {
    label: 'P/FCF',
    tip: 'Price to Free Cash Flow (ttm)',
    columns: [number('P/FCF', 'ratio', 'price to free cash flow (ttm)')],
    screener: ['P/FCF'],
  },
  {label: 'EV/EBITDA', tip: 'Enterprise Value to EBITDA', columns: [number('EV/EBITDA', 'ratio', 'enterprise value to EBITDA')]},
  {label: 'EV/Sales', tip: 'Enterprise Value to Revenues', columns: [number('EV/Sales', 'ratio', 'enterprise value to revenue')]},
  {label: 'Quick Ratio', tip: 'Quick Ratio (mrq)', columns: [number('Quick Ratio', 'ratio', 'quick ratio (mrq)')], screener: ['Quick R']},
  {
    label: 'Current Ratio',
    tip: 'Current Ratio (mrq)',
    columns: [number('Current Ratio', 'ratio', 'current ratio (mrq)')],
    screener: ['Curr R'],
  },
  {
    label: 'Debt/Eq',
    tip: 'Total Debt to Equity (mrq)',
    columns: [number('Debt/Eq', 'ratio', 'total debt to equity (mrq)')],
    screener: ['Debt/Eq'],
  },
  {
    label: 'LT Debt/Eq',
    tip: 'Long Term Debt to Equity (mrq)',
    columns: [number('LT Debt/Eq', 'ratio', 'long-term debt to equity (mrq)')],
    screener: ['LTDebt/Eq'],
  },
  {
    label: 'Option/Short',
    tip: 'Stock has options trading on a market exchange / Stock is available to sell short',
    shape: 'slash pair',
    columns: [yesNo('Optionable', 'options on the stock trade on an exchange'), yesNo('Shortable', 'the stock is available to sell short')],
  },

  // column 3: earnings and growth
  {label: 'EPS (ttm)', tip: 'Diluted EPS (ttm)', columns: [number('EPS (ttm)', 'USD/share', 'diluted EPS (ttm)')], screener: ['EPS']},
  {label: 'EPS next Y', tip: 'EPS estimate for next year', columns: [number('EPS next Y', 'USD/share', 'EPS estimate for next year')]},
  {
    label: 'EPS next Q',
    tip: 'EPS estimate for next quarter',
    columns: [number('EPS next Q', 'USD/share', 'EPS estimate for next quarter')],
  },
  {label: 'EPS this Y', tip: 'EPS growth this year', columns: [percent('EPS this Y', 'EPS growth this year')], screener: ['EPS this Y']},
  // The page's second "EPS next Y", a percent (see SECOND_OCCURRENCE). The screener's "EPS next Y" is this growth
  // rate (it sorts as "EPS growth next year"), not the first, the estimate.
  {
    label: 'EPS growth next Y',
    tip: 'EPS growth next year',
    columns: [percent('EPS growth next Y', 'EPS growth next year (the second "EPS next Y" on the page)')],
    screener: ['EPS next Y'],
  },
  {
    label: 'EPS next 5Y',
    tip: 'Long term annual growth estimate (5 years)',
    columns: [percent('EPS next 5Y', 'long-term annual EPS growth estimate (5 years)')],
    screener: ['EPS next 5Y'],
  },
  {
    label: 'EPS past 3/5Y',
    tip: 'Annual EPS growth past 3 and 5 years',
    shape: 'space pair',
    columns: [
      percent('EPS past 3Y', 'annual EPS growth over the past 3 years'),
      percent('EPS past 5Y', 'annual EPS growth over the past 5 years'),
    ],
  },
  {
    label: 'Sales past 3/5Y',
    tip: 'Annual sales growth past 3 and 5 years',
    shape: 'space pair',
    columns: [
      percent('Sales past 3Y', 'annual sales growth over the past 3 years'),
      percent('Sales past 5Y', 'annual sales growth over the past 5 years'),
    ],
  },
  {label: 'EPS Y/Y TTM', tip: 'EPS growth TTM', columns: [percent('EPS Y/Y TTM', 'EPS growth, trailing 12 months year over year')]},
  {label: 'Sales Y/Y TTM', tip: 'Sales growth TTM', columns: [percent('Sales Y/Y TTM', 'sales growth, trailing 12 months year over year')]},
  {
    label: 'EPS Q/Q',
    tip: 'Quarterly earnings growth (YoY)',
    columns: [percent('EPS Q/Q', 'quarterly EPS growth, year over year')],
    screener: ['EPS Q/Q'],
  },
  {
    label: 'Sales Q/Q',
    tip: 'Quarterly revenue growth (YoY)',
    columns: [percent('Sales Q/Q', 'quarterly sales growth, year over year')],
    screener: ['Sales Q/Q'],
  },
  {
    label: 'Earnings',
    tip: 'Earnings date<br><br>BMO = Before Market Open<br>AMC = After Market Close',
    tab: 'ea',
    shape: 'day and session',
    columns: [
      day('Earnings Date', 'next or last earnings date; its year is inferred (README)'),
      session('Earnings Time', 'BMO (before market open) or AMC (after market close)'),
    ],
    screener: [{name: 'Earnings', conversion: 'earnings'}],
  },
  {
    label: 'EPS/Sales Surpr.',
    tip: 'Last quarter EPS and Revenue surprise',
    tab: 'ea',
    shape: 'space pair',
    columns: [percent('EPS Surprise', 'last quarter EPS surprise'), percent('Sales Surprise', 'last quarter revenue surprise')],
  },

  // column 4: ownership, returns, margins, moving averages
  {label: 'Insider Own', tip: 'Insider ownership', columns: [percent('Insider Own', 'insider ownership')], screener: ['Insider Own']},
  {
    label: 'Insider Trans',
    tip: 'Insider transactions (6-Month change in Insider Ownership)',
    columns: [percent('Insider Trans', 'insider transactions (6-month change in insider ownership)')],
    screener: ['Insider Trans'],
  },
  {label: 'Inst Own', tip: 'Institutional ownership', columns: [percent('Inst Own', 'institutional ownership')], screener: ['Inst Own']},
  {
    label: 'Inst Trans',
    tip: 'Institutional transactions (3-Month change in Institutional Ownership)',
    columns: [percent('Inst Trans', 'institutional transactions (3-month change in institutional ownership)')],
    screener: ['Inst Trans'],
  },
  {label: 'ROA', tip: 'Return on Assets (ttm)', columns: [percent('ROA', 'return on assets (ttm)')], screener: ['ROA']},
  {label: 'ROE', tip: 'Return on Equity (ttm)', columns: [percent('ROE', 'return on equity (ttm)')], screener: ['ROE']},
  // The screener's column 34 is "ROI" until 2025 and "ROIC" since, like the quote page.
  {
    label: 'ROIC',
    tip: 'Return on Invested Capital (ttm)',
    columns: [percent('ROIC', 'return on invested capital (ttm)')],
    screener: ['ROIC'],
  },
  {label: 'Gross Margin', tip: 'Gross Margin (ttm)', columns: [percent('Gross Margin', 'gross margin (ttm)')], screener: ['Gross M']},
  {
    label: 'Oper. Margin',
    tip: 'Operating Margin (ttm)',
    columns: [percent('Oper. Margin', 'operating margin (ttm)')],
    screener: ['Oper M'],
  },
  {
    label: 'Profit Margin',
    tip: 'Net Profit Margin (ttm)',
    columns: [percent('Profit Margin', 'net profit margin (ttm)')],
    screener: ['Profit M'],
  },
  {
    label: 'SMA20',
    tip: 'Distance from 20-Day Simple Moving Average',
    columns: [percent('SMA20', 'distance of the price from its 20-day simple moving average')],
    screener: ['SMA20'],
  },
  {
    label: 'SMA50',
    tip: 'Distance from 50-Day Simple Moving Average',
    columns: [percent('SMA50', 'distance of the price from its 50-day simple moving average')],
    screener: ['SMA50'],
  },
  {
    label: 'SMA200',
    tip: 'Distance from 200-Day Simple Moving Average',
    columns: [percent('SMA200', 'distance of the price from its 200-day simple moving average')],
    screener: ['SMA200'],
  },
  {label: 'Trades', tip: 'Trades', columns: [number('Trades', 'count', 'trades today (Finviz Elite only: empty on the free page)')]},

  // column 5: shares, short interest, range, volatility, volume
  {
    label: 'Shs Outstand',
    tip: 'Shares outstanding',
    columns: [number('Shs Outstand', 'shares', 'shares outstanding')],
    screener: ['Outstanding'],
  },
  {label: 'Shs Float', tip: 'Shares float', columns: [number('Shs Float', 'shares', 'shares float')], screener: ['Float']},
  {
    label: 'Short Float',
    tip: 'Short interest share',
    tab: 'si',
    columns: [percent('Short Float', 'short interest as a share of the float')],
    screener: ['Float Short'],
  },
  {
    label: 'Short Ratio',
    tip: 'Short interest ratio',
    tab: 'si',
    columns: [number('Short Ratio', 'days', 'short interest ratio: short interest / average daily volume')],
    screener: ['Short Ratio'],
  },
  {label: 'Short Interest', tip: 'Short interest', tab: 'si', columns: [number('Short Interest', 'shares', 'short interest')]},
  // "317.40 -10.25%" since 2026: the level and the distance from it; until 2025 the distance alone, under the same
  // tooltip (the prices were in "52W Range"). The screener shows the distance alone.
  {
    label: '52W High',
    tip: 'Distance from 52-Week High',
    shape: 'level and distance',
    columns: [number('52W High', 'USD', '52-week high price'), percent('52W High Distance', 'distance of the price from the 52-week high')],
    screener: [{name: '52W High', conversion: 'distance'}],
  },
  {
    label: '52W Low',
    tip: 'Distance from 52-Week Low',
    shape: 'level and distance',
    columns: [number('52W Low', 'USD', '52-week low price'), percent('52W Low Distance', 'distance of the price from the 52-week low')],
    screener: [{name: '52W Low', conversion: 'distance'}],
  },
  {
    label: 'Volatility',
    tip: 'Volatility (Week, Month)',
    shape: 'space pair',
    columns: [percent('Volatility Week', 'volatility over the week'), percent('Volatility Month', 'volatility over the month')],
    screener: [
      {name: 'Volatility W', conversion: 'volatility-week'},
      {name: 'Volatility M', conversion: 'volatility-month'},
    ],
  },
  {
    label: 'ATR (14)',
    tip: 'Average True Range (14)',
    columns: [number('ATR (14)', 'USD', 'average true range (14 days)')],
    screener: ['ATR'],
  },
  {
    label: 'RSI (14)',
    tip: 'Relative Strength Index',
    columns: [number('RSI (14)', '0-100', 'relative strength index (14 days)')],
    screener: ['RSI'],
  },
  {label: 'Beta', tip: 'Beta', columns: [number('Beta', 'ratio', 'beta')], screener: ['Beta']},
  {
    label: 'Rel Volume',
    tip: 'Relative volume',
    columns: [number('Rel Volume', 'ratio', 'relative volume: volume / average volume')],
    screener: ['Rel Volume'],
  },
  {
    label: 'Avg Volume',
    tip: 'Average volume (3 month)',
    columns: [number('Avg Volume', 'shares', 'average daily volume (3 months)')],
    screener: ['Avg Volume'],
  },
  {label: 'Volume', tip: 'Volume', columns: [number('Volume', 'shares', 'volume today')], screener: ['Volume']},

  // column 6: performance, analysts, price
  {
    label: 'Perf Week',
    tip: 'Performance (Week, Excl. Dividends)',
    columns: [percent('Perf Week', 'performance over the week')],
    screener: ['Perf Week'],
  },
  {
    label: 'Perf Month',
    tip: 'Performance (Month, Excl. Dividends)',
    columns: [percent('Perf Month', 'performance over the month')],
    screener: ['Perf Month'],
  },
  {
    label: 'Perf Quarter',
    tip: 'Performance (Quarter, Excl. Dividends)',
    columns: [percent('Perf Quarter', 'performance over the quarter')],
    screener: ['Perf Quart'],
  },
  {
    label: 'Perf Half Y',
    tip: 'Performance (Half Year, Excl. Dividends)',
    columns: [percent('Perf Half Y', 'performance over the half year')],
    screener: ['Perf Half'],
  },
  {
    label: 'Perf YTD',
    tip: 'Performance (Year To Date, Excl. Dividends)',
    columns: [percent('Perf YTD', 'performance year to date')],
    screener: ['Perf YTD'],
  },
  {
    label: 'Perf Year',
    tip: 'Performance (Year, Excl. Dividends)',
    columns: [percent('Perf Year', 'performance over the year')],
    screener: ['Perf Year'],
  },
  {label: 'Perf 3Y', tip: 'Performance (3 Years, Excl. Dividends)', columns: [percent('Perf 3Y', 'performance over 3 years')]},
  {label: 'Perf 5Y', tip: 'Performance (5 Years, Excl. Dividends)', columns: [percent('Perf 5Y', 'performance over 5 years')]},
  {label: 'Perf 10Y', tip: 'Performance (10 Years, Excl. Dividends)', columns: [percent('Perf 10Y', 'performance over 10 years')]},
  {
    label: 'Recom',
    tip: "Analysts' mean recommendation (1=Buy 5=Sell)",
    tab: 'fc',
    columns: [number('Recom', '1-5', "analysts' mean recommendation (1 = buy, 5 = sell)")],
    screener: ['Recom'],
  },
  {
    label: 'Target Price',
    tip: "Analysts' mean target price",
    tab: 'fc',
    columns: [number('Target Price', 'USD', "analysts' mean target price")],
    screener: ['Target Price'],
  },
  {label: 'Prev Close', tip: 'Previous close', columns: [number('Prev Close', 'USD', 'previous close')]},
  {label: 'Price', tip: 'Current stock price', columns: [number('Price', 'USD', 'current price')], screener: ['Price']},
  {label: 'Change', tip: 'Performance (today)', columns: [percent('Change', 'change today')], screener: ['Change']},

  // Only on older pages. Where the old tooltip says what a 2026 label's does, the old label fills that label's
  // columns; where it does not, it has columns of its own (README, "Labels of older layouts").

  // "52-Week trading range": the low and high that 2026 shows in 52W Low and 52W High.
  {label: '52W Range', tip: '52-Week trading range', shape: 'range', columns: ['52W Low', '52W High']},
  // "Annual EPS (sales) growth past 5 years": the second half of 2026's "past 3 and 5 years". The screener still
  // shows these 5-year halves, under these labels.
  {label: 'EPS past 5Y', tip: 'Annual EPS growth past 5 years', columns: ['EPS past 5Y'], screener: ['EPS past 5Y']},
  // "Return on Investment (ttm)" is not 2026's "Return on Invested Capital (ttm)": a column of its own.
  {
    label: 'ROI',
    tip: 'Return on Investment (ttm)',
    columns: [percent('ROI', 'return on investment (ttm); pages of 2018 to 2025')],
    screener: ['ROI'],
  },
  {label: 'Sales past 5Y', tip: 'Annual sales growth past 5 years', columns: ['Sales past 5Y'], screener: ['Sales past 5Y']},
  // "Last quarter revenue surprise" / "Last quarter EPS surprise": 2026's "EPS and Revenue surprise".
  {label: 'Sales Surprise', tip: 'Last quarter revenue surprise', columns: ['Sales Surprise']},
  {label: 'EPS Surprise', tip: 'Last quarter EPS surprise', columns: ['EPS Surprise']},
  // "Dividend (annual)" / "Dividend yield (annual)": the forward rate (AAPL Dec 2021: 0.88 = 4 x 0.22, while its
  // trailing 12 months paid 0.865), neither the analysts' estimate nor the TTM dividend: columns of their own. The
  // screener's "Dividend" (sorted as "Dividend Yield") is this yield; 2026 quote pages show only the estimate's and
  // the TTM's.
  {
    label: 'Dividend',
    tip: 'Dividend (annual)',
    columns: [number('Dividend Annual', 'USD/share', 'forward annual dividend rate; pages of 2018 to May 2023')],
  },
  {
    label: 'Dividend %',
    tip: 'Dividend yield (annual)',
    columns: [percent('Dividend Annual Yield', 'forward annual dividend yield; pages of 2018 to May 2023')],
    screener: ['Dividend'],
  },
  // "Average True Range (14)", as 2026's ATR (14).
  {label: 'ATR', tip: 'Average True Range (14)', columns: ['ATR (14)']},
  // "Stock has options trading on a market exchange" / "Stock available to sell short": 2026's Option/Short.
  {label: 'Optionable', tip: 'Stock has options trading on a market exchange', columns: ['Optionable']},
  {label: 'Shortable', tip: 'Stock available to sell short', columns: ['Shortable']},
  // May 2023: "Short interest share / ratio", the two tooltips of the separate labels.
  {label: 'Short Float / Ratio', tip: 'Short interest share / ratio', shape: 'slash pair', columns: ['Short Float', 'Short Ratio']},
];

/** Each label's entry, by label. */
export const SNAPSHOT_FIELD_BY_LABEL: ReadonlyMap<string, SnapshotField> = new Map(SNAPSHOT_FIELDS.map((field) => [field.label, field]));

/**
 * Every column `fields` define, by name, in the order first defined. Throws if a column is
 * defined twice or named without being defined, if a label is listed twice, or if a label has
 * not one column per part of its shape: the table is wrong, whatever the page.
 */
export function columnSpecsOf(fields: readonly SnapshotField[]): ReadonlyMap<string, ColumnSpec> {
  const specs = new Map<string, ColumnSpec>();
  const labels = new Set<string>();
  for (const {label, columns, shape = 'one'} of fields) {
    if (labels.has(label)) throw new Error(`Expected each snapshot label once, got "${label}" twice`);
    labels.add(label);
    if (columns.length !== SHAPE_PARTS[shape])
      throw new Error(`Expected ${SHAPE_PARTS[shape]} columns for "${label}" (${shape}), got ${columns.length}`);
    for (const column of columns) {
      if (typeof column === 'string') continue;
      if (specs.has(column.name))
        throw new Error(`Expected column "${column.name}" to be defined once, got a second definition at "${label}"`);
      specs.set(column.name, column);
    }
  }
  for (const {label, columns} of fields) {
    for (const column of columns) {
      if (typeof column === 'string' && !specs.has(column))
        throw new Error(`Expected column "${column}" of "${label}" to be defined by a label, got none`);
    }
  }
  return specs;
}

/** The columns `field` fills, one per part of its cell, each as defined (`specs`: columnSpecsOf). */
export function columnsOfField(field: SnapshotField, specs: ReadonlyMap<string, ColumnSpec>): readonly ColumnSpec[] {
  return field.columns.map((column) => {
    const spec = typeof column === 'string' ? specs.get(column) : column;
    const name = typeof column === 'string' ? column : column.name;
    if (spec === undefined) throw new Error(`Expected column "${name}" of "${field.label}" to be defined by a label, got none`);
    return spec;
  });
}
