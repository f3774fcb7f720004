import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {
  generateScreenerRow,
  renderCustomScreenerPage,
  renderScreenerPage,
  screenerPageContent,
  type ScreenerPageOptions,
} from '../src/demo/screener-page.js';
import {customColumnName} from '../src/demo/screener-view-columns.js';
import {generateQuote, renderQuotePage} from '../src/demo/quote-page.js';
import {ParseError, PageNotRecognisedError} from '../src/errors.js';
import {loadHtml} from '../src/finviz/load-html.js';
import {parseQuotePage} from '../src/finviz/parse-quote.js';
import {parseScreenerPage, parseScreenerPageFullDocument, type ScreenerPage} from '../src/finviz/parse-screener.js';
import {
  ALL_CUSTOM_COLUMNS,
  CUSTOM_VIEW_COLUMNS,
  SCREENER_COLUMNS,
  SCREENER_HEADER_FIELDS,
  SCREENER_ONLY_COLUMNS,
  screenerRowToSnapshot,
} from '../src/finviz/screener-columns.js';
import {SNAPSHOT_LABELS} from '../src/finviz/snapshot-labels.js';
import {LABEL_RULES} from '../src/schema/label-rules.js';
import {normalizeQuote} from '../src/schema/normalize-quote.js';

/** The saved pages are read in place: CI clones the repository with ../shared beside it. */
const PAGES = new URL('../../shared/finviz-pages/', import.meta.url);

/** Every saved screener page, so that a page added to the folder must be added below too. */
const SCREENER_PAGES = readdirSync(PAGES)
  .filter((name) => name.startsWith('screener-') && name.endsWith('.html'))
  .sort();

function readPage(name: string): string {
  return readFileSync(new URL(name, PAGES), 'utf8');
}

const OVERVIEW = ['No.', 'Ticker', 'Company', 'Sector', 'Industry', 'Country', 'Market Cap', 'P/E', 'Price', 'Change', 'Volume'];

/** As the May 2021 page heads them: its request asked for c=0,1,3,2,4,…,70, so Sector comes before Company. */
const CUSTOM_2021 = [
  'No.',
  'Ticker',
  'Sector',
  'Company',
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

/** The table views' 2021 page: d3an/finviz's recorded screen, v=1x0&s=ta_unusualvolume&f=exch_nyse,cap_largeunder&o=-volume. */
const SCREEN_2021 = {rows: 20, total: 31, first: 1, firstTicker: 'NYT', lastTicker: 'FDP'} as const;

interface Expected {
  readonly headers: readonly string[];
  readonly rows: number;
  readonly total: number;
  /** The "No." of the first row (the page's offset), for table views. */
  readonly first?: number;
  readonly firstTicker?: string;
  readonly lastTicker?: string;
  /** Ticker -> header -> text, read by eye in the saved HTML. */
  readonly cells?: Record<string, Record<string, string>>;
}

const HAND_CHECKED: Record<string, Expected> = {
  'screener-old-v111-overview-2018-12-11k.html': {
    headers: OVERVIEW,
    rows: 20,
    total: 7529,
    first: 1,
    firstTicker: 'A',
    lastTicker: 'AB',
    cells: {
      AAPL: {'No.': '14', Company: 'Apple Inc.', Sector: 'Consumer Goods', 'Market Cap': '834.58B', Price: '169.60', Volume: '61,729,767'},
      AAAU: {Company: 'Perth Mint Physical Gold ETF', 'Market Cap': '-', 'P/E': '-'},
    },
  },
  'screener-old-v110-overview-p1-2021-05-d3an.html': {
    headers: OVERVIEW,
    rows: 20,
    total: 31,
    first: 1,
    firstTicker: 'NYT',
    lastTicker: 'FDP',
    cells: {
      NYT: {Company: 'The New York Times Company', 'Market Cap': '7.29B', 'P/E': '72.43', Change: '-3.75%', Volume: '9,448,297'},
      KAR: {'P/E': '-', Change: '15.99%'},
      FDP: {Country: 'Cayman Islands'},
    },
  },
  'screener-old-v110-overview-p2-r21-2021-05-d3an.html': {
    headers: OVERVIEW,
    rows: 11,
    total: 31,
    first: 21,
    firstTicker: 'SYX',
    lastTicker: 'NBO',
    cells: {
      TREC: {'Market Cap': '187.54M', Change: '-0.92%'},
      NBO: {'No.': '31', Company: 'Neuberger Berman New York Municipal Fund, Inc.', Volume: '26,563'},
    },
  },
  'screener-old-v150-custom-allcols-p1-2021-05-d3an.html': {
    headers: CUSTOM_2021,
    rows: 20,
    total: 31,
    first: 1,
    firstTicker: 'NYT',
    lastTicker: 'FDP',
    cells: {
      NYT: {
        Sector: 'Communication Services',
        Dividend: '0.65%',
        'EPS next Y': '31.37%',
        Outstanding: '167.37M',
        'Volatility W': '2.84%',
        'Volatility M': '2.31%',
        '52W High': '-26.49%',
        'Avg Volume': '1.65M',
        Earnings: 'May 05/b',
        'IPO Date': '5/3/1973',
      },
      KAR: {Dividend: '-', 'Inst Own': '-', Earnings: 'May 04/a', 'IPO Date': '12/11/2009'},
      MNR: {Earnings: 'Feb 04/a'},
      CVII: {Company: 'Churchill Capital Corp VII', Earnings: '-', 'IPO Date': '4/5/2021'},
    },
  },
  'screener-old-v411-tickers-2021-08-knicola.html': {
    headers: ['Ticker'],
    rows: 1000,
    total: 8232,
    firstTicker: 'A',
    lastTicker: 'BRO',
  },
  'screener-new-v111-overview-2025-09-hu0573.html': {
    headers: OVERVIEW,
    rows: 20,
    total: 10425,
    first: 1,
    firstTicker: 'A',
    lastTicker: 'AAPD',
    cells: {
      A: {
        Company: 'Agilent Technologies Inc',
        Industry: 'Diagnostics & Research',
        'Market Cap': '36.06B',
        Price: '127.19',
        Change: '1.24%',
        Volume: '1,721,123',
      },
      AACT: {'No.': '9', Company: 'Ares Acquisition Corporation II', 'Market Cap': '705.20M', 'P/E': '43.63', Volume: '517,836'},
      AAPD: {Sector: 'Financial', 'P/E': '-', Change: '-0.59%'},
    },
  },
  'screener-old-v120-valuation-2021-05-d3an.html': {
    headers: [
      'No.',
      'Ticker',
      'Market Cap',
      'P/E',
      'Fwd P/E',
      'PEG',
      'P/S',
      'P/B',
      'P/C',
      'P/FCF',
      'EPS this Y',
      'EPS next Y',
      'EPS past 5Y',
      'EPS next 5Y',
      'Sales past 5Y',
      'Price',
      'Change',
      'Volume',
    ],
    ...SCREEN_2021,
    cells: {
      NYT: {'P/E': '72.43', 'Fwd P/E': '35.18', PEG: '3.52', 'P/FCF': '32.38', 'EPS this Y': '-28.70%', 'EPS next Y': '31.37%'},
      KAR: {'No.': '2', 'P/E': '-', PEG: '-', 'P/S': '0.97', 'EPS this Y': '-123.50%', 'Sales past 5Y': '-4.10%', Volume: '8,442,565'},
    },
  },
  'screener-old-v130-ownership-2021-05-d3an.html': {
    headers: [
      'No.',
      'Ticker',
      'Market Cap',
      'Outstanding',
      'Float',
      'Insider Own',
      'Insider Trans',
      'Inst Own',
      'Inst Trans',
      'Float Short',
      'Short Ratio',
      'Avg Volume',
      'Price',
      'Change',
      'Volume',
    ],
    ...SCREEN_2021,
    cells: {
      NYT: {Outstanding: '167.37M', Float: '147.59M', 'Float Short': '8.71%', 'Short Ratio': '7.78'},
      KAR: {'Inst Own': '-', 'Insider Trans': '0.40%', 'Avg Volume': '2.62M'},
      FDP: {'Insider Own': '21.80%', 'Avg Volume': '157.21K'},
    },
  },
  'screener-old-v140-performance-2021-05-d3an.html': {
    headers: [
      'No.',
      'Ticker',
      'Perf Week',
      'Perf Month',
      'Perf Quart',
      'Perf Half',
      'Perf Year',
      'Perf YTD',
      'Volatility W',
      'Volatility M',
      'Recom',
      'Avg Volume',
      'Rel Volume',
      'Price',
      'Change',
      'Volume',
    ],
    ...SCREEN_2021,
    cells: {
      NYT: {'Perf Week': '-5.82%', 'Perf YTD': '-16.61%', 'Volatility W': '2.84%', Recom: '2.30', 'Rel Volume': '5.72'},
      KAR: {'Perf Quart': '-11.70%', 'Volatility M': '3.00%', 'Rel Volume': '3.23'},
    },
  },
  'screener-old-v170-technical-2021-05-d3an.html': {
    headers: [
      'No.',
      'Ticker',
      'Beta',
      'ATR',
      'SMA20',
      'SMA50',
      'SMA200',
      '52W High',
      '52W Low',
      'RSI',
      'Price',
      'Change',
      'from Open',
      'Gap',
      'Volume',
    ],
    ...SCREEN_2021,
    cells: {
      NYT: {Beta: '0.78', ATR: '1.26', '52W High': '-26.49%', RSI: '23.21', 'from Open': '-2.73%', Gap: '-1.05%'},
      FDP: {SMA200: '36.98%', '52W Low': '71.01%', RSI: '76.80'},
    },
  },
  'screener-2024-v141-performance-AAPL-2024-01-openbb.html': {
    headers: [
      'No.',
      'Ticker',
      'Perf Week',
      'Perf Month',
      'Perf Quart',
      'Perf Half',
      'Perf Year',
      'Perf YTD',
      'Volatility W',
      'Volatility M',
      'Recom',
      'Avg Volume',
      'Rel Volume',
      'Price',
      'Change',
      'Volume',
    ],
    rows: 1, // t=AAPL
    total: 1,
    first: 1,
    firstTicker: 'AAPL',
    lastTicker: 'AAPL',
    cells: {
      AAPL: {
        'Perf Week': '3.22%',
        'Perf Month': '-2.21%',
        'Perf Year': '41.68%',
        'Perf YTD': '-0.50%',
        'Volatility M': '1.43%',
        Recom: '2.11',
        'Avg Volume': '54.41M',
        Price: '191.56',
        Change: '1.55%',
        Volume: '68,713,330',
      },
    },
  },
  // The tickers view (1,000 a page) and the bulk views (500) of one screen: exch_nyse, o=-volume.
  'screener-old-v410-nyse-p1-1000tickers-2021-06-d3an.html': {
    headers: ['Ticker'],
    rows: 1000,
    total: 3831,
    firstTicker: 'AMC',
    lastTicker: 'MDLA',
  },
  'screener-old-v510-nyse-p1-500tickers-2021-06-d3an.html': {
    headers: ['Ticker', 'Change'],
    rows: 500,
    total: 3831,
    firstTicker: 'AMC',
    lastTicker: 'SXC',
    cells: {AMC: {Change: '+10.76%'}, GE: {Change: '-2.19%'}, X: {Change: '-5.25%'}, SXC: {Change: '-7.78%'}},
  },
  'screener-old-v520-nyse-p1-500tickers-2021-06-d3an.html': {
    headers: ['Ticker', 'Price', 'Change', 'Volume', 'Rel Volume'],
    rows: 500,
    total: 3831,
    firstTicker: 'AMC',
    lastTicker: 'SXC',
    cells: {
      AMC: {Price: '61.12', Change: '10.76%', Volume: '120965040', 'Rel Volume': '2.4'},
      BAC: {Price: '40.34', Change: '-3.08%', Volume: '26307875', 'Rel Volume': '1.6'},
      SXC: {Price: '6.76', Change: '-7.78%', Volume: '822239', 'Rel Volume': '2.5'},
    },
  },
  'screener-new-v161-financial-2025-10-jensengelke.html': {
    headers: [
      'No.',
      'Ticker',
      'Market Cap',
      'Dividend',
      'ROA',
      'ROE',
      'ROIC',
      'Curr R',
      'Quick R',
      'LTDebt/Eq',
      'Debt/Eq',
      'Gross M',
      'Oper M',
      'Profit M',
      'Earnings',
      'Price',
      'Change',
      'Volume',
    ],
    rows: 0, // r=181, past the last page: the header and no rows
    total: 168,
  },
};

function column(page: ScreenerPage, header: string): number {
  const index = page.headers.indexOf(header);
  assert.notEqual(index, -1, `no column ${header}`);
  return index;
}

function rowOf(page: ScreenerPage, ticker: string): readonly string[] {
  const row = page.rows.find((cells) => cells[column(page, 'Ticker')] === ticker);
  assert.ok(row, `no row for ${ticker}`);
  return row;
}

describe('parseScreenerPage on the saved pages', () => {
  test('every saved screener page is hand-checked below', () => {
    assert.deepEqual(SCREENER_PAGES, Object.keys(HAND_CHECKED).sort());
  });

  for (const name of SCREENER_PAGES) {
    test(name, () => {
      const html = readPage(name);
      const expected = HAND_CHECKED[name];
      assert.ok(expected, `no hand-checked values for ${name}`);
      const page = parseScreenerPage(html);

      assert.deepEqual(page.headers, expected.headers);
      assert.equal(page.rows.length, expected.rows);
      assert.equal(page.total, expected.total);
      const ticker = column(page, 'Ticker');
      for (const row of page.rows) {
        assert.equal(row.length, page.headers.length);
        // Clean tickers: the new layout's stray '"' in its links must not reach the text.
        assert.match(row[ticker] ?? '', /^[A-Z0-9.-]{1,10}$/);
        for (const cell of row) assert.doesNotMatch(cell, /["<>]|^\s|\s$|\s\s/, `cell ${JSON.stringify(cell)}`);
      }
      if (expected.first !== undefined) {
        const number = column(page, 'No.');
        page.rows.forEach((row, index) => assert.equal(row[number], String((expected.first ?? 1) + index)));
      }
      assert.equal(page.rows[0]?.[ticker], expected.firstTicker);
      assert.equal(page.rows.at(-1)?.[ticker], expected.lastTicker);
      for (const [symbol, cells] of Object.entries(expected.cells ?? {})) {
        const row = rowOf(page, symbol);
        for (const [header, text] of Object.entries(cells)) assert.equal(row[column(page, header)], text, `${symbol} ${header}`);
      }

      // The fast path (the table cut out of the page) reads what the whole document says.
      assert.deepEqual(page, parseScreenerPageFullDocument(html));
    });
  }

  test('the tickers view (v=411) has one ticker a span, in page order', () => {
    const page = parseScreenerPage(readPage('screener-old-v411-tickers-2021-08-knicola.html'));
    assert.deepEqual(
      page.rows.slice(0, 4).map(([ticker]) => ticker),
      ['A', 'AA', 'AAAU', 'AAC'],
    );
    assert.equal(new Set(page.rows.map(([ticker]) => ticker)).size, 1000);
  });

  test("the bulk views are read row by row across their columns, in the screen's order", () => {
    // v=510 has 10 columns of 50 rows: the 2nd result heads the 2nd column, the 11th is under the 1st.
    const change = parseScreenerPage(readPage('screener-old-v510-nyse-p1-500tickers-2021-06-d3an.html'));
    assert.deepEqual(
      change.rows.slice(0, 4).map(([ticker]) => ticker),
      ['AMC', 'F', 'SLV', 'EDU'],
    );
    assert.equal(change.rows[10]?.[0], 'GE');
    // v=520 has 4 columns of 125 rows: the 5th result is under the 1st.
    const full = parseScreenerPage(readPage('screener-old-v520-nyse-p1-500tickers-2021-06-d3an.html'));
    assert.deepEqual(
      full.rows.slice(0, 5).map(([ticker]) => ticker),
      ['AMC', 'F', 'SLV', 'EDU', 'XLF'],
    );
    // The same screen in both views.
    assert.deepEqual(
      full.rows.map(([ticker]) => ticker),
      change.rows.map(([ticker]) => ticker),
    );
  });

  test('every other saved page is no screener page: not recognised', () => {
    const others = readdirSync(PAGES).filter((name) => !name.startsWith('screener-') && name !== 'SOURCES.md');
    assert.ok(others.length >= 30);
    for (const name of others) {
      assert.throws(() => parseScreenerPage(readFileSync(new URL(name, PAGES), 'utf8')), PageNotRecognisedError, name);
    }
  });

  test('the "Too many requests." answer and a Cloudflare challenge say what they are', () => {
    for (const [name, says] of [
      ['error-too-many-requests-2021-05-kvokka.txt', /the body is "Too many requests\."/],
      ['error-cloudflare-challenge-2026-08-lit26.html', /page titled "Just a moment\.\.\."/],
    ] as const) {
      assert.throws(
        () => parseScreenerPage(readFileSync(new URL(name, PAGES), 'utf8')),
        (error: unknown) => {
          assert.ok(error instanceof PageNotRecognisedError);
          assert.match(error.message, /screener result table or ticker grid/);
          assert.match(error.message, says);
          return true;
        },
      );
    }
  });

  test('a row with fewer cells than headers is not recognised, not a shifted row', () => {
    const html = readPage('screener-old-v110-overview-p2-r21-2021-05-d3an.html').replace(
      /<td height="10" align="right" class="screener-body-table-nw"><a href="quote\.ashx\?t=NBO&ty=c&p=d&b=1" class="screener-link">26,563<\/a><\/td>/,
      '',
    );
    assert.throws(() => parseScreenerPage(html), {
      name: 'PageNotRecognisedError',
      message: /Expected 11 cells in screener row 11 \(one per header\), got 10/,
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('whose row it is: from the links, never from the text', () => {
  const OLD_PAGE = 'screener-old-v110-overview-p2-r21-2021-05-d3an.html';
  const rows = ['AAPL', 'ABNB', 'A', 'AA', 'BRK-B'].map(generateScreenerRow);
  const july2026 = (): string => renderScreenerPage({layout: '2026-07', view: 111, rows, total: 5});

  test('July 2026: the Ticker cell reads "AAAPL" as text, and AAPL from its links', () => {
    const html = july2026();
    const $ = loadHtml(html);
    const cellTexts = $('table.screener_table tr.styled-row')
      .toArray()
      .map((row) => $(row).children('td').eq(1).text());
    assert.deepEqual(cellTexts, ['AAAPL', 'AABNB', 'AA', 'AAA', 'BBRK-B']);
    const page = parseScreenerPage(html);
    assert.deepEqual(
      page.rows.map((row) => row[1]),
      ['AAPL', 'ABNB', 'A', 'AA', 'BRK-B'],
    );
    assert.deepEqual(page, parseScreenerPageFullDocument(html));
  });

  test("what hides the logo's letter is read from the markup: the logo link, hidden, display:none", () => {
    const logo = /<a class="company-ticker" href="[^"]*"><img [^>]*><span>(\w)<\/span><\/a>/g;
    for (const hidden of ['<span hidden>$1</span>', '<span class="sr hidden">$1</span>', '<span style="display: none">$1</span>']) {
      const html = july2026().replace(logo, hidden);
      assert.deepEqual(
        parseScreenerPage(html).rows.map((row) => row[1]),
        ['AAPL', 'ABNB', 'A', 'AA', 'BRK-B'],
        hidden,
      );
    }
    // Were the logo link no longer marked as such, its letter would be shown: not recognised, never "AAAPL".
    const unmarked = july2026().replaceAll('class="company-ticker"', 'class="company-logo"');
    assert.throws(() => parseScreenerPage(unmarked), {
      name: 'PageNotRecognisedError',
      message: /screener row 1 shows the ticker "AAAPL" but its links name AAPL/,
    });
  });

  for (const layout of ['old', '2025', '2026-07'] as const) {
    test(`${layout} layout: a Ticker cell that shows another ticker than its links is not recognised`, () => {
      const shownTicker = (ticker: string): string => (ticker === 'AA' ? 'AAL' : ticker);
      assert.throws(() => parseScreenerPage(renderScreenerPage({layout, view: 111, rows, total: 5, shownTicker})), {
        name: 'PageNotRecognisedError',
        message: /screener row 4 shows the ticker "AAL" but its links name AA/,
      });
      assert.throws(() => parseScreenerPage(renderScreenerPage({layout, view: 411, rows, total: 5, shownTicker})), {
        name: 'PageNotRecognisedError',
        message: /ticker 4 of the tickers view shows the ticker "AAL" but its links name AA/,
      });
    });
  }

  test('a row whose links and data-boxover-ticker name two tickers is not recognised', () => {
    const html = july2026().replace('data-boxover-ticker="ABNB"', 'data-boxover-ticker="AIRB"');
    assert.throws(() => parseScreenerPage(html), {
      name: 'PageNotRecognisedError',
      message: /screener row 2 names several tickers: (ABNB, AIRB|AIRB, ABNB)/,
    });
    // A cell linking to another row's quote page, in a saved page.
    const saved = readPage(OLD_PAGE).replace(
      '<a href="quote.ashx?t=NBO&ty=c&p=d&b=1" class="screener-link">26,563',
      '<a href="quote.ashx?t=TREC&ty=c&p=d&b=1" class="screener-link">26,563',
    );
    assert.throws(() => parseScreenerPage(saved), {
      name: 'PageNotRecognisedError',
      message: /screener row 11 names several tickers: NBO, TREC/,
    });
  });

  test('a row with no link to a quote page is not recognised', () => {
    const html = readPage(OLD_PAGE).replaceAll('href="quote.ashx?t=NBO&ty=c&p=d&b=1"', 'href="#"');
    assert.throws(() => parseScreenerPage(html), {
      name: 'PageNotRecognisedError',
      message: /screener row 11 has no link to a quote page and no data-boxover-ticker/,
    });
  });

  test("rows that disagree with the page's own ticker list are not recognised", () => {
    const html = readPage(OLD_PAGE).replace(/\nSYX\|([^\n]*)\nTREC\|/, '\nTREC|$1\nSYX|');
    assert.notEqual(html, readPage(OLD_PAGE));
    assert.throws(() => parseScreenerPage(html), {
      name: 'PageNotRecognisedError',
      message: /own ticker list .* at row 1: TREC against SYX/,
    });
  });

  test('a bulk view whose columns are not filled row by row is not recognised', () => {
    // The first column loses its last row: the order across the columns could no longer be told.
    const html = readPage('screener-old-v510-nyse-p1-500tickers-2021-06-d3an.html').replace(
      /<tr[^>]*onclick="window\.location='quote\.ashx\?t=MTG&[^']*'">[\s\S]*?<\/tr>/,
      '',
    );
    assert.throws(() => parseScreenerPage(html), {name: 'PageNotRecognisedError', message: /filled row by row, got columns of 49, 50/});
  });

  test('a tickers view past its last page has no tickers and still its total', () => {
    for (const layout of ['old', '2025', '2026-07'] as const) {
      const page = parseScreenerPage(renderScreenerPage({layout, view: 411, rows: [], total: 3831, offset: 4001}));
      assert.deepEqual(page, {headers: ['Ticker'], rows: [], total: 3831}, layout);
    }
  });
});

// ---------------------------------------------------------------------------------------------

const TICKERS = ['AAPL', 'MSFT', 'NVDA', 'BRK-B', 'T', 'GOOGL', 'XOM', 'ZZZQ'];
const VIEWS = [111, 121, 131, 141, 161, 171, 152];
const LAYOUTS = ['old', '2025', '2026-07'] as const;

describe('generated screener pages', () => {
  for (const layout of LAYOUTS) {
    test(`${layout} layout: every view parses back to what was generated`, () => {
      const rows = TICKERS.map(generateScreenerRow);
      for (const view of VIEWS) {
        const options: ScreenerPageOptions = {layout, view, rows, total: 168, offset: 161, order: '-marketcap'};
        const html = renderScreenerPage(options);
        const page = parseScreenerPage(html);
        assert.deepEqual(page, {...screenerPageContent(options), total: 168}, `v=${view}`);
        assert.deepEqual(page, parseScreenerPageFullDocument(html), `v=${view}`);
        assert.equal(page.rows[0]?.[0], '161');
      }
      const tickers = {layout, view: 411, rows, total: 2168, offset: 2001};
      const page = parseScreenerPage(renderScreenerPage(tickers));
      assert.deepEqual(page, {headers: ['Ticker'], rows: TICKERS.map((ticker) => [ticker]), total: 2168});
      assert.deepEqual(page, {...screenerPageContent(tickers), total: 2168});
    });

    test(`${layout} layout: the markup is the real page's`, () => {
      const html = renderScreenerPage({layout, view: 111, rows: TICKERS.map(generateScreenerRow), total: 8});
      const tickersView = renderScreenerPage({layout, view: 411, rows: TICKERS.map(generateScreenerRow), total: 8});
      if (layout === 'old') {
        assert.match(html, /<b>Total: <\/b>8 #1<\/td>/);
        assert.match(html, /<td class="table-top" onmouseover="this\.className='table-top-h';"[^>]*>No\.<\/td>/);
        assert.match(html, /<tr valign="top" class="table-dark-row-cp" {2}onmouseover=/);
        assert.match(html, /class="screener-link-primary">AAPL<\/a><\/td>/);
      } else {
        assert.match(html, /<div id="screener-total" class="count-text whitespace-nowrap">#1 \/ 8 Total<\/div>/);
        assert.match(html, /<table class="styled-table-new is-rounded is-tabular-nums w-full screener_table">\n<thead>/);
        assert.match(html, /align="right"data-boxover="/); // the price cell's tooltip, no space before it
      }
      if (layout === '2025') {
        assert.match(html, /<a href="quote\.ashx\?t=AAPL&ty=c&p=d&b=1" ">1<\/a>/); // the stray quote
        assert.match(html, /align="left"data-boxover="[^"]*"><a href="quote\.ashx\?t=AAPL&ty=c&p=d&b=1" class="tab-link">AAPL<\/a><\/td>/);
      }
      if (layout === '2026-07') {
        assert.match(
          html,
          /<td height="10" align="left" data-boxover-ticker="AAPL" data-boxover-company="[^"]+"[^>]*><span class="flex items-center gap-1 pl-0\.5"><a class="company-ticker" href="stock\?t=AAPL&ty=c&p=d&b=1"><img [^>]*><span>A<\/span><\/a><a href="stock\?t=AAPL&ty=c&p=d&b=1" class="tab-link">AAPL<\/a><\/span><\/td>/,
        );
        assert.match(html, /<a href="stock\?t=AAPL&ty=c&p=d&b=1">1<\/a>/);
        assert.doesNotMatch(html, /quote\.ashx/);
        assert.match(tickersView, /<span onclick="window\.location='stock\?t=AAPL&ty=c&p=d&b=1'" data-boxover-ticker="AAPL" {2}title="/);
      } else {
        assert.match(
          tickersView,
          /<span onclick="window\.location='quote\.ashx\?t=AAPL&ty=c&p=d&b=1'" {2}title="cssbody=\[tabchrtbdy\][^"]*" style="[^"]*"><b>&nbsp;AAPL<\/b>&nbsp;<\/span> <span /,
        );
      }
      assert.match(tickersView, /<title>Stock Screener - Tickers<\/title>/);
      assert.match(html, /<!-- TS\nAAPL\|/);
    });

    test(`${layout} layout: a page past the end has the header and no rows`, () => {
      const html = renderScreenerPage({layout, view: 161, rows: [], total: 168, offset: 181});
      const page = parseScreenerPage(html);
      assert.equal(page.rows.length, 0);
      assert.equal(page.total, 168);
      assert.equal(page.headers[6], layout === 'old' ? 'ROI' : 'ROIC');
    });
  }

  test("rows show the generated quote page's values", () => {
    const page = parseScreenerPage(renderCustomScreenerPage(['AAPL', 'MSFT']));
    for (const ticker of ['AAPL', 'MSFT']) {
      const quote = new Map(generateQuote(ticker).snapshot);
      const row = rowOf(page, ticker);
      for (const [header, label] of [
        ['Market Cap', 'Market Cap'],
        ['Price', 'Price'],
        ['Volume', 'Volume'],
        ['Curr R', 'Current Ratio'],
      ] as const) {
        assert.equal(row[column(page, header)], quote.get(label), `${ticker} ${header}`);
      }
      assert.equal(row[column(page, 'Company')], generateQuote(ticker).company);
    }
  });

  test('batch mode: the custom view holds the tickers asked for, in order, with the columns asked for', () => {
    const page = parseScreenerPage(renderCustomScreenerPage(['XOM', 'AAPL', 'T'], [0, 1, 65, 6]));
    assert.deepEqual(page.headers, ['No.', 'Ticker', 'Price', 'Market Cap']);
    assert.deepEqual(
      page.rows.map((row) => row[1]),
      ['XOM', 'AAPL', 'T'],
    );
    assert.equal(page.total, 3);
  });
});

// ---------------------------------------------------------------------------------------------

describe('screener columns -> quote labels', () => {
  test('there are 71 custom columns, ids 0 to 70, "No." to "IPO Date"', () => {
    assert.equal(CUSTOM_VIEW_COLUMNS.length, 71);
    assert.deepEqual(ALL_CUSTOM_COLUMNS, [...Array(71).keys()]);
    // The saved page asked for 0,1,3,2,4,…: Sector and Company swap places.
    const requested = [0, 1, 3, 2, ...Array.from({length: 67}, (_, index) => index + 4)];
    assert.deepEqual(
      requested.map((id) => customColumnName(id, 'old')),
      CUSTOM_2021,
    );
    assert.equal(customColumnName(34, '2025'), 'ROIC');
    assert.equal(customColumnName(34, '2026-07'), 'ROIC');
    assert.equal(customColumnName(71, 'old'), undefined);
  });

  test('every column is mapped to a label, a header field, or listed as screener-only: exactly one', () => {
    const saved = Object.values(HAND_CHECKED).flatMap((expected) => expected.headers);
    const names = new Set([...CUSTOM_VIEW_COLUMNS, ...ALL_CUSTOM_COLUMNS.map((id) => customColumnName(id, '2026-07') ?? ''), ...saved]);
    for (const name of names) {
      const places = [SCREENER_COLUMNS.has(name), SCREENER_HEADER_FIELDS.has(name), SCREENER_ONLY_COLUMNS.includes(name)];
      assert.equal(places.filter(Boolean).length, 1, name);
    }
  });

  test('every label mapped to is a quote label the normalizer reads', () => {
    for (const {name, label} of SCREENER_COLUMNS.values()) {
      assert.ok(SNAPSHOT_LABELS.includes(label), `${name} -> ${label}`);
      assert.ok(LABEL_RULES.has(label), `${name} -> ${label}`);
    }
  });

  test('the quote labels no screener column fills are those the README lists for batch mode, and old spellings', () => {
    const mapped = new Set([...SCREENER_COLUMNS.values()].map(({label}) => label));
    assert.deepEqual(
      SNAPSHOT_LABELS.filter((label) => !mapped.has(label)),
      [
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
        // labels of older layouts; "ATR" and "Short Float / Ratio" are old spellings of labels the screener fills
        '52W Range',
        'Sales Surprise',
        'EPS Surprise',
        'Dividend',
        'ATR',
        'Optionable',
        'Shortable',
        'Short Float / Ratio',
      ],
    );
  });

  test("a real custom-view row becomes the quote page's shape and formats", () => {
    const page = parseScreenerPage(readPage('screener-old-v150-custom-allcols-p1-2021-05-d3an.html'));
    const nyt = screenerRowToSnapshot(page.headers, rowOf(page, 'NYT'));
    assert.equal(nyt.ticker, 'NYT');
    assert.equal(nyt.company, 'The New York Times Company');
    assert.equal(nyt.sector, 'Communication Services');
    assert.equal(nyt.industry, 'Publishing');
    assert.equal(nyt.country, 'USA');
    assert.equal(nyt.exchange, '');
    assert.deepEqual(
      {
        Earnings: nyt.snapshot['Earnings'],
        IPO: nyt.snapshot['IPO'],
        Volatility: nyt.snapshot['Volatility'],
        'EPS growth next Y': nyt.snapshot['EPS growth next Y'],
        'EPS next Y': nyt.snapshot['EPS next Y'],
        'Dividend %': nyt.snapshot['Dividend %'],
        'Shs Outstand': nyt.snapshot['Shs Outstand'],
        'Short Float': nyt.snapshot['Short Float'],
        'Current Ratio': nyt.snapshot['Current Ratio'],
        '52W High': nyt.snapshot['52W High'],
        'ATR (14)': nyt.snapshot['ATR (14)'],
        Volume: nyt.snapshot['Volume'],
      },
      {
        Earnings: 'May 05 BMO',
        IPO: 'May 03, 1973',
        Volatility: '2.84% 2.31%',
        'EPS growth next Y': '31.37%',
        'EPS next Y': undefined, // the estimate: the screener does not show it
        'Dividend %': '0.65%',
        'Shs Outstand': '167.37M',
        'Short Float': '8.71%',
        'Current Ratio': '1.70',
        '52W High': '-26.49%',
        'ATR (14)': '1.26',
        Volume: '9,448,297',
      },
    );
    for (const name of SCREENER_ONLY_COLUMNS) assert.equal(nyt.snapshot[name], undefined, name);
    // 71 columns: 5 header fields, 5 screener-only, Volatility W and M in one label.
    assert.equal(Object.keys(nyt.snapshot).length, 71 - 5 - 5 - 1);

    const kar = screenerRowToSnapshot(page.headers, rowOf(page, 'KAR'));
    assert.equal(kar.snapshot['Earnings'], 'May 04 AMC');
    assert.equal(kar.snapshot['IPO'], 'Dec 11, 2009');
    assert.equal(screenerRowToSnapshot(page.headers, rowOf(page, 'CVII')).snapshot['Earnings'], '-');
  });

  test('the normalizer reads every converted cell of every saved page', () => {
    const context = {scrapeDate: {year: 2021, month: 5, day: 6}};
    for (const name of SCREENER_PAGES) {
      const page = parseScreenerPage(readPage(name));
      for (const row of page.rows) {
        const normalized = normalizeQuote(screenerRowToSnapshot(page.headers, row), context);
        assert.deepEqual(normalized.unreadable, [], `${name} ${row[1]}`);
        assert.deepEqual(normalized.unknown, [], `${name} ${row[1]}`);
      }
    }
  });

  test('a column the mapping does not know keeps its name', () => {
    const snapshot = screenerRowToSnapshot(['Ticker', 'Book/sh', 'Volatility M'], ['X', '3.83', '2.31%']).snapshot;
    assert.deepEqual(snapshot, {'Book/sh': '3.83', Volatility: '- 2.31%'});
  });

  test('rows must match their headers and have a ticker', () => {
    assert.throws(() => screenerRowToSnapshot(['Ticker', 'Price'], ['X']), ParseError);
    assert.throws(() => screenerRowToSnapshot(['No.', 'Price'], ['1', '2.00']), /ticker/);
  });

  for (const layout of LAYOUTS) {
    test(`${layout} layout: a generated v=152 row equals the generated quote on the labels both have`, () => {
      const page = parseScreenerPage(renderCustomScreenerPage(TICKERS, ALL_CUSTOM_COLUMNS, layout));
      for (const row of page.rows) {
        const fromScreener = screenerRowToSnapshot(page.headers, row);
        const generated = generateQuote(fromScreener.ticker);
        assert.equal(fromScreener.company, generated.company);
        assert.equal(fromScreener.sector, generated.sector);
        assert.equal(fromScreener.industry, generated.industry);
        assert.equal(fromScreener.country, generated.country);
        // The quote parser's reading of the generated page: the second "EPS next Y" is the growth.
        const quote = parseQuotePage(renderQuotePage(fromScreener.ticker), fromScreener.ticker).snapshot;

        const shared = Object.keys(fromScreener.snapshot).filter((label) => label in quote);
        assert.equal(shared.length, layout === 'old' ? 56 : 57, fromScreener.ticker);
        for (const label of shared) {
          const screener = fromScreener.snapshot[label];
          // The screener shows the distance from the 52-week high or low, not the level before it.
          const expected = label === '52W High' || label === '52W Low' ? quote[label]?.split(' ').at(-1) : quote[label];
          assert.equal(screener, expected, `${fromScreener.ticker} ${label}`);
        }
        // The labels of older layouts that the screener still fills.
        assert.deepEqual(
          Object.keys(fromScreener.snapshot)
            .filter((label) => !(label in quote))
            .sort(),
          ['Dividend %', 'EPS past 5Y', 'Sales past 5Y', ...(layout === 'old' ? ['ROI'] : [])].sort(),
        );
      }
    });
  }

  test('batch mode and quote mode write the same normalized values on the columns both fill', () => {
    const context = {scrapeDate: {year: 2026, month: 6, day: 29}};
    const page = parseScreenerPage(renderCustomScreenerPage(TICKERS));
    for (const row of page.rows) {
      const fromScreener = normalizeQuote(screenerRowToSnapshot(page.headers, row), context);
      const ticker = fromScreener.values.get('Ticker') ?? '';
      const fromQuote = normalizeQuote(parseQuotePage(renderQuotePage(ticker), ticker), context);
      assert.deepEqual(fromScreener.unreadable, []);
      for (const [name, value] of fromScreener.values) {
        // Columns of older layouts only the screener fills here, from the stand-in's own choices.
        if (name === 'Dividend Annual Yield') continue;
        assert.equal(value, fromQuote.values.get(name), `${ticker} ${name}`);
      }
    }
  });
});
