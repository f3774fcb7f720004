import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {parseQuotePage, type QuotePage} from '../src/finviz/parse-quote.js';
import {SNAPSHOT_LABELS} from '../src/finviz/snapshot-labels.js';
import {SCHEMA, SCHEMA_BY_NAME} from '../src/schema/columns.js';
import {LABEL_RULES} from '../src/schema/label-rules.js';
import {normalizeQuote} from '../src/schema/normalize-quote.js';
import type {CalendarDate} from '../src/schema/value-readers.js';

/** The saved pages are read in place: CI clones the repository with ../shared beside it. */
const PAGES = new URL('../../shared/finviz-pages/', import.meta.url);

const QUOTE_PAGES = readdirSync(PAGES)
  .filter((name) => name.startsWith('quote-') && !name.startsWith('quote-notfound-') && name.endsWith('.html'))
  .sort();

interface Expected {
  readonly ticker: string;
  /** The page's date, from SOURCES.md: the scrape date for the earnings year. */
  readonly scraped: CalendarDate;
  /** Column -> value; null for empty. Read by eye in the saved HTML. */
  readonly values: Record<string, string | null>;
}

const day = (year: number, month: number, date: number): CalendarDate => ({year, month, day: date});

const HAND_CHECKED: Record<string, Expected> = {
  'quote-new-AAPL-2026-06-29-diversen.html': {
    ticker: 'AAPL',
    scraped: day(2026, 6, 29),
    values: {
      Company: 'Apple Inc',
      Index: 'DJIA, NDX, S&P 500',
      'Market Cap': '4183770000000', // 4183.77B
      'Enterprise Value': '4199970000000',
      'Dividend Est.': '1.08', // 1.08 (0.38%)
      'Dividend Est. Yield': '0.38',
      'Dividend TTM': '1.05', // 1.05 (0.37%)
      'Dividend TTM Yield': '0.37',
      'Dividend Ex-Date': '2026-05-11', // May 11, 2026
      'Dividend Gr. 3Y': '4.26', // 4.26% 4.98%
      'Dividend Gr. 5Y': '4.98',
      Employees: '166000',
      IPO: '1980-12-12', // Dec 12, 1980
      'P/E': '34.46',
      'EV/Sales': '9.3', // 9.30
      Optionable: 'true', // Yes / Yes
      Shortable: 'true',
      'EPS next Y': '9.65',
      'EPS growth next Y': '10.15',
      'EPS past 3Y': '6.89', // 6.89% 17.91%
      'EPS past 5Y': '17.91',
      'Sales past 3Y': '1.81',
      'Earnings Date': '2026-04-30', // Apr 30 AMC, two months before the page
      'Earnings Time': 'AMC',
      'EPS Surprise': '3.3', // 3.30% 1.58%
      'Sales Surprise': '1.58',
      'Insider Trans': '-2.21',
      SMA50: '-2.42',
      Trades: null, // a lock icon
      'Short Float': '0.98',
      'Short Ratio': '2.76',
      'Short Interest': '144250000', // 144.25M
      '52W High': '317.4', // 317.40 -10.25%
      '52W High Distance': '-10.25',
      '52W Low': '199.26', // 199.26 42.96%
      '52W Low Distance': '42.96',
      'Volatility Week': '3.31', // 3.31% 2.71%
      'Volatility Month': '2.71',
      'Avg Volume': '52300000', // 52.30M
      Volume: '3803656', // 3,803,656
      'Perf 10Y': '1107.01',
      Recom: '2', // 2.00
      Change: '0.38',
      ROI: null,
      'Dividend Annual': null,
    },
  },
  'quote-new-AAPL-2026-06-12-diversen.html': {
    ticker: 'AAPL',
    scraped: day(2026, 6, 12),
    values: {
      'Market Cap': '4282540000000', // 4282.54B
      'Dividend Est. Yield': '0.37', // 1.08 (0.37%)
      'Dividend TTM Yield': '0.36',
      'Perf Month': '-0.38',
      '52W High': '317.4', // 317.40 -8.13%
      '52W High Distance': '-8.13',
      '52W Low': '195.07',
      'Volatility Week': '3.27',
      'Volatility Month': '2.16',
      'Earnings Date': '2026-04-30',
      Volume: '52789244', // 52,789,244
      IPO: '1980-12-12',
      'ATR (14)': '7.3', // 7.30
    },
  },
  'quote-new-AAPL-2026-04-bullpen.html': {
    ticker: 'AAPL',
    scraped: day(2026, 4, 18),
    values: {
      Company: 'Apple Inc',
      Exchange: 'NASD',
      'Market Cap': '3967280000000', // 3967.28B
      'Enterprise Value': '3990890000000', // 3990.89B
      'Dividend Est.': '1.08', // 1.08 (0.40%)
      'Dividend Est. Yield': '0.4',
      'Dividend TTM': '1.04', // 1.04 (0.38%)
      'Dividend TTM Yield': '0.38',
      'Dividend Ex-Date': '2026-02-09', // Feb 09, 2026
      'Dividend Gr. 3Y': '4.26', // 4.26% 4.98%
      'Dividend Gr. 5Y': '4.98',
      Employees: '166000',
      IPO: '1980-12-12',
      'P/E': '34.19',
      'EPS growth next Y': '9.88',
      'EPS past 3Y': '6.89', // 6.89% 17.91%
      'EPS past 5Y': '17.91',
      'Sales past 5Y': '8.71', // 1.81% 8.71%
      'Earnings Date': '2026-04-30', // Apr 30 AMC, twelve days after the page
      'Earnings Time': 'AMC',
      'EPS Surprise': '6.24', // 6.24% 3.88%
      'Sales Surprise': '3.88',
      'Short Interest': '126770000', // 126.77M
      '52W High': '288.62', // 288.62 -6.37%
      '52W High Distance': '-6.37',
      '52W Low': '189.81', // 189.81 42.37%
      '52W Low Distance': '42.37',
      'Volatility Week': '2.19', // 2.19% 2.12%
      'Volatility Month': '2.12',
      'Avg Volume': '46770000', // 46.77M
      Volume: '61221866', // 61,221,866
      Trades: null, // a lock icon
      'Perf YTD': '-0.6', // -0.60%
      'Perf 10Y': '884', // 884.00%
      Recom: '1.89',
      'Target Price': '301.37',
      Price: '270.23',
      Change: '2.59',
      ROI: null,
      'Dividend Annual': null,
      'Page Ticker': null,
    },
  },
  'quote-new-ADMA-2024-11-rjs7273.html': {
    ticker: 'ADMA',
    scraped: day(2024, 11, 13),
    values: {
      Index: 'RUT',
      'Market Cap': '5080000000', // 5.08B
      'Dividend Est.': null, // -
      'Dividend Est. Yield': null,
      'Dividend Ex-Date': null,
      Payout: null,
      'EPS this Y': '494.23',
      'EPS Q/Q': '1233.64',
      'EPS past 5Y': '38.68', // old label "EPS past 5Y"
      'EPS past 3Y': null, // this layout has no 3-year growth
      'Sales past 5Y': '73.26',
      'EPS Surprise': '25.38', // old label "EPS Surprise"
      'Sales Surprise': '13.25',
      ROI: '19.92', // its own column: not ROIC
      ROIC: null,
      '52W Low': '3.6', // 52W Range 3.60 - 23.64
      '52W High': '23.64',
      '52W High Distance': '-9.18', // 52W High -9.18%
      '52W Low Distance': '496.39',
      'Short Interest': '15200000',
      Optionable: 'true',
      'Earnings Date': '2024-11-07', // Nov 07 AMC
      'Earnings Time': 'AMC',
      Volume: '2435281',
      Change: '-1.42',
    },
  },
  'quote-new-AACT-2025-06-finvizor_rust.html': {
    ticker: 'AACT',
    scraped: day(2025, 6, 14),
    values: {
      Index: null, // -
      'Market Cap': '696850000', // 696.85M
      Sales: '0', // 0.00M
      'Sales past 5Y': '0', // 0.00%
      'Forward P/E': null,
      Beta: '-0.01',
      Optionable: 'false', // No / Yes
      Shortable: 'true',
      'Short Interest': '480000', // 0.48M
      'Avg Volume': '869280', // 869.28K
      Volume: '20312', // 20,312
      'Earnings Date': null, // -
      'Earnings Time': null,
      'Target Price': null,
      'Insider Trans': '0', // 0.00%
      '52W Low': '10.58',
      '52W High': '11.29',
      'EPS Q/Q': '-13.04',
      Employees: '4',
    },
  },
  'quote-old-AAPL-2018-11-joseraul.html': {
    ticker: 'AAPL',
    scraped: day(2018, 11, 26),
    values: {
      Sector: 'Consumer Goods',
      Index: 'DJIA S&P500',
      'Market Cap': '817580000000', // 817.58B
      'Dividend Annual': '2.92', // Dividend 2.92
      'Dividend Annual Yield': '1.69', // Dividend % 1.69%
      'Dividend TTM': null,
      'ATR (14)': '6.94', // old label "ATR"
      Optionable: 'true', // Optionable Yes
      Shortable: 'true', // Shortable Yes
      'Earnings Date': '2018-11-01', // Nov 01 AMC
      'Earnings Time': 'AMC',
      'Perf Week': '-9.99',
      Volume: '23623423',
      IPO: null, // not on this layout
    },
  },
  'quote-old-AAPL-2020-11-d3an.html': {
    ticker: 'AAPL',
    scraped: day(2020, 11, 24),
    values: {
      'Market Cap': '1957100000000', // 1957.10B
      Volume: '76239268', // 76,239,268
      'Inst Trans': null, // -
      'Dividend Annual': '0.82',
      'Dividend Annual Yield': '0.72',
      '52W Low': '53.15', // 53.15 - 137.98
      '52W High': '137.98',
      'Earnings Date': '2020-10-29',
      SMA50: '0.08',
    },
  },
  'quote-old-AAPL-2021-12-d3an.html': {
    ticker: 'AAPL',
    scraped: day(2021, 12, 27),
    values: {
      'Market Cap': '2881620000000', // 2881.62B
      Income: '94680000000',
      'Shs Outstand': '16490000000',
      'EPS past 5Y': '22', // 22.00%
      'Dividend Annual': '0.88', // the forward rate: 4 x 0.22
      'Earnings Date': '2021-10-28',
      Volume: '59633816',
      ROI: '50',
    },
  },
  'quote-old-AEZS-2020-11-d3an.html': {
    ticker: 'AEZS',
    scraped: day(2020, 11, 24),
    values: {
      'Market Cap': '21300000', // 21.30M
      Income: '-4800000', // -4.80M
      'P/E': null,
      'EPS (ttm)': '-0.18',
      'EPS this Y': '-240.5',
      ROI: '628.4',
      'Earnings Date': null,
      'Earnings Time': null,
      Recom: null,
      'Dividend Annual': null,
      'Volatility Week': '13.92',
      Price: '0.4', // 0.40
    },
  },
  'quote-old-AAPL-2023-07-stonksjs.html': {
    ticker: 'AAPL',
    scraped: day(2023, 7, 4),
    values: {
      Company: 'Apple Inc.',
      Exchange: 'NASD', // a link in td.fullview-links
      'Market Cap': '3021720000000', // 3021.72B
      'Short Float': '0.77', // Short Float / Ratio: 0.77% / 2.12
      'Short Ratio': '2.12',
      'Short Interest': '121250000', // 121.25M
      '52W Low': '124.17', // 52W Range 124.17 - 194.48
      '52W High': '194.48',
      '52W High Distance': '-1.04', // 52W High -1.04%
      '52W Low Distance': '55', // 55.00%
      'Dividend Annual': '0.96', // Dividend 0.96
      'Dividend Annual Yield': '0.5', // Dividend % 0.50%
      'Dividend TTM': null,
      'ATR (14)': '2.76', // old label "ATR"
      Optionable: 'true',
      Shortable: 'true',
      'EPS past 5Y': '21.6',
      ROI: '58.3',
      'EPS Q/Q': '0', // 0.00%
      'Earnings Date': '2023-05-04', // May 04 AMC, two months before the page
      'Earnings Time': 'AMC',
      Volume: '31456587',
      Price: '192.46',
      Change: '-0.78',
      IPO: null,
      'Page Ticker': null,
    },
  },
  'quote-old-AMZN-2023-05-bs4normalized-pyfinviz.html': {
    ticker: 'AMZN',
    scraped: day(2023, 5, 26),
    values: {
      'Short Float': '0.71', // Short Float / Ratio: 0.71% / 1.07
      'Short Ratio': '1.07',
      'Short Interest': '65540000',
      'Market Cap': '1179940000000',
      PEG: null,
      'EPS past 5Y': '-26',
      Employees: '1541000',
      Payout: '0',
      'Earnings Date': '2023-04-27',
      Optionable: 'true',
    },
  },
  'quote-old-META-2023-05-bs4normalized-pyfinviz.html': {
    ticker: 'META',
    scraped: day(2023, 5, 26),
    values: {
      'Short Float': '1.25', // 1.25% / 1.07
      'Short Ratio': '1.07',
      'Market Cap': '647580000000',
      'Forward P/E': '18', // 18.00
      '52W High Distance': '2.51',
      'Earnings Date': '2023-04-26',
      'Dividend Annual': null,
    },
  },
  'quote-old-ATHE-2020-11-d3an.html': {
    ticker: 'ATHE',
    scraped: day(2020, 11, 24),
    values: {
      Country: 'Australia',
      Index: null,
      Optionable: 'false', // Optionable No
      Shortable: 'true',
      Sales: null,
      'Cash/sh': null,
      Income: '-9800000',
      'Perf Half Y': '152.31',
      'Debt/Eq': '0', // 0.00
      'Earnings Date': null,
    },
  },
  'quote-old-GOOG-2020-11-d3an.html': {
    ticker: 'GOOG',
    scraped: day(2020, 11, 24),
    values: {
      Income: null,
      Beta: null,
      'Target Price': '1839.17',
      '52W Low': '1013.54', // 1013.54 - 1818.06
      '52W High': '1818.06',
      'ATR (14)': '42.77',
      Volume: '680321',
    },
  },
  'quote-old-NFLX-2020-11-d3an.html': {
    ticker: 'NFLX',
    scraped: day(2020, 11, 24),
    values: {
      'Dividend Annual': null, // -
      'Dividend Annual Yield': null,
      'P/FCF': '323.82',
      'Earnings Date': '2020-10-20',
      'Short Ratio': '1.69',
    },
  },
  'quote-old-TSLA-2021-12-d3an.html': {
    ticker: 'TSLA',
    scraped: day(2021, 12, 27),
    values: {
      '52W High': '1243.49', // 539.49 - 1243.49
      'Market Cap': '1027870000000',
      'Insider Trans': '-88.75',
      'Prev Close': '1067', // 1067.00
      'Earnings Date': '2021-10-20',
    },
  },
  'quote-old-A-multiticker-2021-09-kvokka.html': {
    ticker: 'A',
    scraped: day(2021, 9, 1),
    values: {
      Company: 'Agilent Technologies, Inc.',
      'Dividend Annual': '0.78',
      'Dividend Annual Yield': '0.44',
      'Earnings Date': '2021-08-17', // Aug 17 AMC
      'Earnings Time': 'AMC',
      'RSI (14)': '85.3',
      'Inst Own': '90',
    },
  },
  'quote-old-C-multiticker-2021-09-kvokka.html': {
    ticker: 'C',
    scraped: day(2021, 9, 1),
    values: {
      'Earnings Date': '2021-07-14', // Jul 14 BMO
      'Earnings Time': 'BMO',
      'Quick Ratio': null,
      'Cash/sh': '480.37',
      'Debt/Eq': '0',
      'Sales past 5Y': '-0.2',
    },
  },
};

describe('normalized values of every saved quote page, checked by hand', () => {
  test('every saved quote page has hand-checked values', () => {
    assert.deepEqual(QUOTE_PAGES, Object.keys(HAND_CHECKED).sort());
  });

  for (const name of QUOTE_PAGES) {
    test(name, () => {
      const expected = HAND_CHECKED[name];
      assert.ok(expected, `no hand-checked values for ${name}`);
      const page = parseQuotePage(readFileSync(new URL(name, PAGES), 'utf8'), expected.ticker);
      const quote = normalizeQuote(page, {scrapeDate: expected.scraped});
      for (const [column, value] of Object.entries(expected.values)) {
        assert.ok(SCHEMA_BY_NAME.has(column), `${column} is a column`);
        assert.equal(quote.values.get(column) ?? null, value, column);
      }
      assert.equal(quote.values.get('Ticker'), expected.ticker);
      assert.deepEqual(quote.unreadable, [], 'every value reads');
      assert.deepEqual(quote.unknown, [], 'every label is known');
    });
  }

  test("every value of every page is in its column's form", () => {
    const forms: Record<string, RegExp> = {
      number: /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/,
      date: /^\d{4}-\d{2}-\d{2}$/,
      boolean: /^(true|false)$/,
      text: /^\S(.*\S)?$/,
    };
    for (const name of QUOTE_PAGES) {
      const expected = HAND_CHECKED[name]!;
      const quote = normalizeQuote(parseQuotePage(readFileSync(new URL(name, PAGES), 'utf8'), expected.ticker), {
        scrapeDate: expected.scraped,
      });
      for (const [column, value] of quote.values) {
        const type = SCHEMA_BY_NAME.get(column)?.type ?? 'missing';
        assert.match(value, forms[type] ?? /^$/, `${name}: ${column} (${type})`);
      }
    }
  });
});

describe('the schema covers every label', () => {
  test('every known Finviz label has a rule, and no rule is for a label never seen', () => {
    assert.deepEqual([...LABEL_RULES.keys()].sort(), [...SNAPSHOT_LABELS].sort());
  });

  test('every rule fills existing columns, and every snapshot column has a rule', () => {
    const filled = new Set([...LABEL_RULES.values()].flatMap((rule) => rule.columns));
    for (const column of filled) assert.ok(SCHEMA_BY_NAME.has(column), column);
    const header = ['Ticker', 'Company', 'Sector', 'Industry', 'Country', 'Exchange', 'Page Ticker', 'Error'];
    for (const column of SCHEMA) assert.ok(filled.has(column.name) !== header.includes(column.name), column.name);
  });

  test('Ticker first, Error last, no name twice, no comma in a name', () => {
    assert.equal(SCHEMA[0]?.name, 'Ticker');
    assert.equal(SCHEMA.at(-1)?.name, 'Error');
    assert.equal(new Set(SCHEMA.map((column) => column.name)).size, SCHEMA.length);
    for (const column of SCHEMA) assert.doesNotMatch(column.name, /,/);
  });
});

describe('unreadable and unknown', () => {
  const page = {
    ticker: 'TEST',
    company: 'Test Corp',
    sector: '',
    industry: '',
    country: '',
    exchange: 'NYSE',
    snapshot: {
      'P/E': 'abc',
      'Market Cap': '12.3Q',
      Volatility: '3.27% x',
      Earnings: 'Apr 30 XYZ',
      'Dividend TTM': '1.05 (0.36%) extra',
      Price: '10.00',
      'Shiny New Field': '42.00',
    },
  };
  const quote = normalizeQuote(page, {scrapeDate: day(2026, 6, 29)});

  test('what does not read is left empty and reported, never guessed', () => {
    assert.equal(quote.values.get('P/E'), undefined);
    assert.equal(quote.values.get('Market Cap'), undefined);
    assert.equal(quote.values.get('Volatility Week'), '3.27');
    assert.equal(quote.values.get('Volatility Month'), undefined);
    assert.equal(quote.values.get('Earnings Date'), '2026-04-30');
    assert.equal(quote.values.get('Earnings Time'), undefined);
    assert.equal(quote.values.get('Price'), '10');
    assert.deepEqual(
      quote.unreadable.map(({column, text}) => [column, text]),
      [
        ['P/E', 'abc'],
        ['Market Cap', '12.3Q'],
        ['Volatility Month', 'x'],
        ['Earnings Time', 'XYZ'],
        ['Dividend TTM', '1.05 (0.36%) extra'],
        ['Dividend TTM Yield', '1.05 (0.36%) extra'],
      ],
    );
  });

  test('an unknown label is kept aside with its text', () => {
    assert.deepEqual(quote.unknown, [['Shiny New Field', '42.00']]);
    assert.equal(quote.values.get('Sector'), undefined, 'an empty header field is empty');
  });
});

describe('Page Ticker', () => {
  const aapl = readFileSync(new URL('quote-old-AAPL-2020-11-d3an.html', PAGES), 'utf8');
  const pageTicker = (page: QuotePage): string | null =>
    normalizeQuote(page, {scrapeDate: day(2020, 11, 24)}).values.get('Page Ticker') ?? null;

  test('is the ticker the page shows when it is not the one asked for', () => {
    assert.equal(pageTicker(parseQuotePage(aapl, 'FB')), 'AAPL');
  });

  test('is empty when the page shows the ticker asked for, case and share-class spelling aside', () => {
    assert.equal(pageTicker(parseQuotePage(aapl, 'AAPL')), null);
    assert.equal(pageTicker(parseQuotePage(aapl, 'aapl')), null);
    const brk = {...parseQuotePage(aapl, 'AAPL'), ticker: 'BRK.B', shownTicker: 'BRK-B'};
    assert.equal(pageTicker(brk), null);
    assert.equal(pageTicker({...brk, shownTicker: 'BRK-A'}), 'BRK-A');
  });

  test('is empty for a row of the screener, which shows no page of its own', () => {
    const {layout: _layout, shownTicker: _shown, ...row} = parseQuotePage(aapl, 'AAPL');
    assert.equal(pageTicker({...row, ticker: 'MSFT'}), null);
  });

  test('comes just before Error', () => {
    assert.deepEqual(
      SCHEMA.slice(-2).map((column) => column.name),
      ['Page Ticker', 'Error'],
    );
  });
});
