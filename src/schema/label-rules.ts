import {
  readDayNearScrapeDate,
  readLongDate,
  readMarketSession,
  readNumber,
  readPercentPoints,
  readText,
  readYesNo,
  type Reader,
} from './value-readers.js';

/**
 * How one Finviz snapshot label fills the output columns: the cell is split
 * into one part per column, and each part is read by its column's reader.
 */
export interface LabelRule {
  readonly columns: readonly string[];
  readonly readers: readonly Reader[];
  /** One part per column, or undefined if the cell does not have the expected shape. */
  readonly split: (text: string) => readonly string[] | undefined;
}

function one(column: string, reader: Reader): LabelRule {
  return {columns: [column], readers: [reader], split: (text) => [text]};
}

function two(columns: readonly [string, string], readers: readonly [Reader, Reader], split: LabelRule['split']): LabelRule {
  return {columns, readers, split};
}

/** The parts a pattern captured; a part it did not capture counts as "-" (not shown). */
function parts(pattern: RegExp): LabelRule['split'] {
  return (text) => {
    const match = pattern.exec(text);
    return match === null ? undefined : match.slice(1).map((part) => part ?? '-');
  };
}

/** "4.26% 4.98%", "3.27% 2.16%", "- -". */
const SPACE_PAIR = parts(/^(\S+) (\S+)$/);
/** "Yes / Yes", "0.71% / 1.07". */
const SLASH_PAIR = parts(/^(\S+) \/ (\S+)$/);
/** "10.58 - 11.29" (old 52W Range). */
const RANGE = parts(/^(\S+) - (\S+)$/);
/** "1.08 (0.38%)": an amount and its yield. */
const AMOUNT_AND_YIELD = parts(/^(\S+)(?: \((\S+)\))?$/);
/** "Apr 30 AMC": a day without its year, and when in the day. */
const DAY_AND_SESSION = parts(/^(\S+ \S+)(?: (\S+))?$/);
/**
 * "317.40 -10.25%" on 2026 pages: the 52-week level and the distance from it.
 * Older pages show only the distance ("-0.93%") under the same label.
 */
const LEVEL_AND_DISTANCE = parts(/^(?:(\S+) )?(\S+%|-)$/);

const number = (column: string) => one(column, readNumber);
const percent = (column: string) => one(column, readPercentPoints);
const percentPair = (columns: readonly [string, string]) => two(columns, [readPercentPoints, readPercentPoints], SPACE_PAIR);

/**
 * Every label of every layout. Labels of older layouts fill the 2026 columns
 * when the old tooltip says the same thing (e.g. old "ATR" and "ATR (14)" are
 * both "Average True Range (14)"), and keep their own columns when it does not
 * (README, "Labels of older layouts").
 */
export const LABEL_RULES: ReadonlyMap<string, LabelRule> = new Map<string, LabelRule>([
  // 2026, column 1
  ['Index', one('Index', readText)],
  ['Market Cap', number('Market Cap')],
  ['Enterprise Value', number('Enterprise Value')],
  ['Income', number('Income')],
  ['Sales', number('Sales')],
  ['Book/sh', number('Book/sh')],
  ['Cash/sh', number('Cash/sh')],
  ['Dividend Est.', two(['Dividend Est.', 'Dividend Est. Yield'], [readNumber, readPercentPoints], AMOUNT_AND_YIELD)],
  ['Dividend TTM', two(['Dividend TTM', 'Dividend TTM Yield'], [readNumber, readPercentPoints], AMOUNT_AND_YIELD)],
  ['Dividend Ex-Date', one('Dividend Ex-Date', readLongDate)],
  ['Dividend Gr. 3/5Y', percentPair(['Dividend Gr. 3Y', 'Dividend Gr. 5Y'])],
  ['Payout', percent('Payout')],
  ['Employees', number('Employees')],
  ['IPO', one('IPO', readLongDate)],
  // column 2
  ['P/E', number('P/E')],
  ['Forward P/E', number('Forward P/E')],
  ['PEG', number('PEG')],
  ['P/S', number('P/S')],
  ['P/B', number('P/B')],
  ['P/C', number('P/C')],
  ['P/FCF', number('P/FCF')],
  ['EV/EBITDA', number('EV/EBITDA')],
  ['EV/Sales', number('EV/Sales')],
  ['Quick Ratio', number('Quick Ratio')],
  ['Current Ratio', number('Current Ratio')],
  ['Debt/Eq', number('Debt/Eq')],
  ['LT Debt/Eq', number('LT Debt/Eq')],
  ['Option/Short', two(['Optionable', 'Shortable'], [readYesNo, readYesNo], SLASH_PAIR)],
  // column 3
  ['EPS (ttm)', number('EPS (ttm)')],
  ['EPS next Y', number('EPS next Y')],
  ['EPS next Q', number('EPS next Q')],
  ['EPS this Y', percent('EPS this Y')],
  ['EPS growth next Y', percent('EPS growth next Y')],
  ['EPS next 5Y', percent('EPS next 5Y')],
  ['EPS past 3/5Y', percentPair(['EPS past 3Y', 'EPS past 5Y'])],
  ['Sales past 3/5Y', percentPair(['Sales past 3Y', 'Sales past 5Y'])],
  ['EPS Y/Y TTM', percent('EPS Y/Y TTM')],
  ['Sales Y/Y TTM', percent('Sales Y/Y TTM')],
  ['EPS Q/Q', percent('EPS Q/Q')],
  ['Sales Q/Q', percent('Sales Q/Q')],
  ['Earnings', two(['Earnings Date', 'Earnings Time'], [readDayNearScrapeDate, readMarketSession], DAY_AND_SESSION)],
  ['EPS/Sales Surpr.', percentPair(['EPS Surprise', 'Sales Surprise'])],
  // column 4
  ['Insider Own', percent('Insider Own')],
  ['Insider Trans', percent('Insider Trans')],
  ['Inst Own', percent('Inst Own')],
  ['Inst Trans', percent('Inst Trans')],
  ['ROA', percent('ROA')],
  ['ROE', percent('ROE')],
  ['ROIC', percent('ROIC')],
  ['Gross Margin', percent('Gross Margin')],
  ['Oper. Margin', percent('Oper. Margin')],
  ['Profit Margin', percent('Profit Margin')],
  ['SMA20', percent('SMA20')],
  ['SMA50', percent('SMA50')],
  ['SMA200', percent('SMA200')],
  ['Trades', number('Trades')],
  // column 5
  ['Shs Outstand', number('Shs Outstand')],
  ['Shs Float', number('Shs Float')],
  ['Short Float', percent('Short Float')],
  ['Short Ratio', number('Short Ratio')],
  ['Short Interest', number('Short Interest')],
  ['52W High', two(['52W High', '52W High Distance'], [readNumber, readPercentPoints], LEVEL_AND_DISTANCE)],
  ['52W Low', two(['52W Low', '52W Low Distance'], [readNumber, readPercentPoints], LEVEL_AND_DISTANCE)],
  ['Volatility', percentPair(['Volatility Week', 'Volatility Month'])],
  ['ATR (14)', number('ATR (14)')],
  ['RSI (14)', number('RSI (14)')],
  ['Beta', number('Beta')],
  ['Rel Volume', number('Rel Volume')],
  ['Avg Volume', number('Avg Volume')],
  ['Volume', number('Volume')],
  // column 6
  ['Perf Week', percent('Perf Week')],
  ['Perf Month', percent('Perf Month')],
  ['Perf Quarter', percent('Perf Quarter')],
  ['Perf Half Y', percent('Perf Half Y')],
  ['Perf YTD', percent('Perf YTD')],
  ['Perf Year', percent('Perf Year')],
  ['Perf 3Y', percent('Perf 3Y')],
  ['Perf 5Y', percent('Perf 5Y')],
  ['Perf 10Y', percent('Perf 10Y')],
  ['Recom', number('Recom')],
  ['Target Price', number('Target Price')],
  ['Prev Close', number('Prev Close')],
  ['Price', number('Price')],
  ['Change', percent('Change')],

  // Older layouts. Same tooltip as a 2026 field, so the same columns:
  // "52-Week trading range": the low and high that 2026 shows in 52W Low and 52W High.
  ['52W Range', two(['52W Low', '52W High'], [readNumber, readNumber], RANGE)],
  // "Annual EPS (sales) growth past 5 years": the second half of 2026's "past 3 and 5 years".
  ['EPS past 5Y', percent('EPS past 5Y')],
  ['Sales past 5Y', percent('Sales past 5Y')],
  // "Last quarter EPS surprise" / "Last quarter revenue surprise": 2026's "EPS and Revenue surprise".
  ['EPS Surprise', percent('EPS Surprise')],
  ['Sales Surprise', percent('Sales Surprise')],
  // "Average True Range (14)", as 2026's ATR (14).
  ['ATR', number('ATR (14)')],
  // "Stock has options trading on a market exchange" / "Stock available to sell short".
  ['Optionable', one('Optionable', readYesNo)],
  ['Shortable', one('Shortable', readYesNo)],
  // May 2023: "Short interest share / ratio".
  ['Short Float / Ratio', two(['Short Float', 'Short Ratio'], [readPercentPoints, readNumber], SLASH_PAIR)],

  // Older layouts, with columns of their own:
  // "Return on Investment (ttm)" is not 2026's "Return on Invested Capital (ttm)".
  ['ROI', percent('ROI')],
  // "Dividend (annual)" / "Dividend yield (annual)": the forward rate (AAPL Dec 2021: 0.88 = 4 x 0.22,
  // while its trailing 12 months paid 0.865), neither the analysts' estimate nor the TTM dividend.
  ['Dividend', number('Dividend Annual')],
  ['Dividend %', percent('Dividend Annual Yield')],
]);
