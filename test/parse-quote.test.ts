import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {ParseError, TickerNotFoundError} from '../src/errors.js';
import {parseQuotePage, parseQuotePageFastPath, parseQuotePageFullDocument, type QuotePage} from '../src/finviz/parse-quote.js';
import {SNAPSHOT_LABELS} from '../src/finviz/snapshot-labels.js';

/** The saved pages are read in place: CI clones the repository with ../shared beside it. */
const PAGES = new URL('../../shared/finviz-pages/', import.meta.url);

/** Every saved quote page, so that a page added to the folder is tested too. */
const QUOTE_PAGES = readdirSync(PAGES)
  .filter((name) => name.startsWith('quote-') && name.endsWith('.html'))
  .sort();

function readPage(name: string): string {
  return readFileSync(new URL(name, PAGES), 'utf8');
}

interface PageName {
  readonly layout: 'old' | 'new' | 'notfound';
  readonly ticker: string;
  readonly year: number;
}

/** quote-<layout>-<TICKER>-[multiticker-]<yyyy>-..., as SOURCES.md names them. */
function readPageName(name: string): PageName {
  const match = /^quote-(old|new|notfound)-([A-Z0-9.-]+?)-(?:multiticker-)?(\d{4})-/.exec(name);
  assert.ok(match, `Expected a page name like quote-new-AAPL-2026-06-29-source.html, got ${name}`);
  const [, layout, ticker, year] = match;
  return {layout: layout as PageName['layout'], ticker: ticker ?? '', year: Number(year)};
}

/** 12 rows of 6 pairs until May 2023, 13 rows in 2024–2025, 14 rows from 2026. */
function expectedPairs({layout, year}: PageName): number {
  if (layout === 'old') return 72;
  return year >= 2026 ? 84 : 78;
}

type Expected = Partial<Omit<QuotePage, 'snapshot'>> & {readonly snapshot: Record<string, string>};

/** Values read by eye in the saved HTML. */
const HAND_CHECKED: Record<string, Expected> = {
  'quote-new-AAPL-2026-06-29-diversen.html': {
    company: 'Apple Inc',
    sector: 'Technology',
    industry: 'Consumer Electronics',
    country: 'USA',
    exchange: 'NASD',
    snapshot: {
      'Market Cap': '4183.77B',
      'P/E': '34.46',
      'EPS next Y': '9.65',
      'EPS growth next Y': '10.15%',
      'Option/Short': 'Yes / Yes',
      Index: 'DJIA, NDX, S&P 500',
      Change: '0.38%',
      Trades: '', // a lock icon, no text
    },
  },
  'quote-new-AAPL-2026-06-12-diversen.html': {
    company: 'Apple Inc',
    exchange: 'NASD',
    snapshot: {
      'Market Cap': '4282.54B',
      'EPS next Y': '9.63',
      'EPS growth next Y': '10.08%',
      IPO: 'Dec 12, 1980',
    },
  },
  'quote-new-ADMA-2024-11-rjs7273.html': {
    company: 'Adma Biologics Inc',
    sector: 'Healthcare',
    industry: 'Biotechnology',
    exchange: 'NASD',
    snapshot: {
      Index: 'RUT',
      'Short Interest': '15.20M',
      'EPS next Y': '0.73',
      'EPS growth next Y': '41.95%',
      '52W Range': '3.60 - 23.64',
      'Sales Surprise': '13.25%',
    },
  },
  'quote-new-AACT-2025-06-finvizor_rust.html': {
    company: 'Ares Acquisition Corporation II',
    sector: 'Financial',
    industry: 'Shell Companies',
    exchange: 'NYSE',
    snapshot: {
      'Option/Short': 'No / Yes',
      Index: '-',
      'Target Price': '-',
      Employees: '4',
      'EPS next Y': '-',
      'EPS growth next Y': '-',
    },
  },
  'quote-old-AAPL-2018-11-joseraul.html': {
    company: 'Apple Inc.',
    sector: 'Consumer Goods',
    industry: 'Electronic Equipment',
    exchange: 'NASD',
    snapshot: {
      Index: 'DJIA S&P500',
      Optionable: 'Yes',
      Shortable: 'Yes',
      'Market Cap': '817.58B',
      'EPS next Y': '14.82',
      'EPS growth next Y': '9.94%',
    },
  },
  'quote-old-AAPL-2020-11-d3an.html': {
    sector: 'Technology',
    snapshot: {'Market Cap': '1957.10B', 'EPS next Y': '4.33', 'EPS growth next Y': '9.27%', Optionable: 'Yes'},
  },
  'quote-old-AAPL-2021-12-d3an.html': {
    snapshot: {'Market Cap': '2881.62B', 'P/E': '31.44', Optionable: 'Yes', Shortable: 'Yes'},
  },
  'quote-old-AEZS-2020-11-d3an.html': {
    company: 'Aeterna Zentaris Inc.',
    snapshot: {'Market Cap': '21.30M', Dividend: '-', 'Target Price': '-', Optionable: 'Yes'},
  },
  'quote-old-AMZN-2023-05-bs4normalized-pyfinviz.html': {
    company: 'Amazon.com, Inc.',
    sector: 'Consumer Cyclical',
    industry: 'Internet Retail',
    exchange: 'NASD',
    snapshot: {
      'Short Float / Ratio': '0.71% / 1.07',
      Index: 'NDX, S&P 500', // "&amp;" in the source
      'Market Cap': '1179.94B',
      Optionable: 'Yes',
      Shortable: 'Yes',
    },
  },
  'quote-old-META-2023-05-bs4normalized-pyfinviz.html': {
    company: 'Meta Platforms, Inc.',
    snapshot: {'Short Float / Ratio': '1.25% / 1.07', 'Market Cap': '647.58B'},
  },
  'quote-old-ATHE-2020-11-d3an.html': {
    country: 'Australia',
    snapshot: {Index: '-', Optionable: 'No', Shortable: 'Yes', 'Market Cap': '36.59M'},
  },
  'quote-old-GOOG-2020-11-d3an.html': {
    company: 'Alphabet Inc.',
    snapshot: {'Target Price': '1839.17', '52W Range': '1013.54 - 1818.06', 'Market Cap': '1190.92B'},
  },
  'quote-old-NFLX-2020-11-d3an.html': {
    snapshot: {Dividend: '-', 'Dividend %': '-', 'Market Cap': '209.03B'},
  },
  'quote-old-TSLA-2021-12-d3an.html': {
    company: 'Tesla, Inc.',
    snapshot: {'52W Range': '539.49 - 1243.49', Index: 'S&P 500', Price: '1088.45'},
  },
};

/** Both tickers of the pages that answer `quote.ashx?t=a,m` and `t=c,tap`. */
const MULTI_TICKER: Record<string, Record<string, Expected>> = {
  'quote-old-A-multiticker-2021-09-kvokka.html': {
    A: {
      company: 'Agilent Technologies, Inc.',
      sector: 'Healthcare',
      industry: 'Diagnostics & Research',
      exchange: 'NYSE',
      snapshot: {'Market Cap': '53.18B', Index: 'S&P 500'},
    },
    M: {
      company: "Macy's, Inc.",
      sector: 'Consumer Cyclical',
      industry: 'Department Stores',
      exchange: 'NYSE',
      snapshot: {'Market Cap': '6.85B', Index: '-'},
    },
  },
  'quote-old-C-multiticker-2021-09-kvokka.html': {
    C: {
      company: 'Citigroup Inc.',
      industry: 'Banks - Diversified',
      snapshot: {'Market Cap': '144.65B', 'P/E': '7.46'},
    },
    TAP: {
      company: 'Molson Coors Beverage Company',
      sector: 'Consumer Defensive',
      industry: 'Beverages - Brewers',
      snapshot: {'Market Cap': '10.28B', 'P/E': '-'},
    },
  },
};

function assertExpected(page: QuotePage, {snapshot, ...header}: Expected): void {
  for (const [field, value] of Object.entries(header)) {
    assert.equal(page[field as keyof typeof header], value, field);
  }
  for (const [label, value] of Object.entries(snapshot)) {
    assert.equal(page.snapshot[label], value, label);
  }
}

const KNOWN_LABELS = new Set(SNAPSHOT_LABELS);

describe('parseQuotePage on every saved quote page', () => {
  for (const name of QUOTE_PAGES) {
    const pageName = readPageName(name);

    if (pageName.layout === 'notfound') {
      test(`${name}: TickerNotFoundError`, () => {
        assert.throws(() => parseQuotePage(readPage(name), pageName.ticker), (error: unknown) => {
          assert.ok(error instanceof TickerNotFoundError);
          assert.equal(error.ticker, pageName.ticker);
          assert.equal(error.code, 'TICKER_NOT_FOUND');
          return true;
        });
      });
      continue;
    }

    test(`${name}: ${expectedPairs(pageName)} known labels, header and hand-checked values`, () => {
      const page = parseQuotePage(readPage(name), pageName.ticker);
      assert.equal(page.ticker, pageName.ticker);
      assert.equal(Object.keys(page.snapshot).length, expectedPairs(pageName));
      for (const label of Object.keys(page.snapshot)) {
        assert.ok(KNOWN_LABELS.has(label), `"${label}" is missing from SNAPSHOT_LABELS`);
      }
      for (const field of ['company', 'sector', 'industry', 'country', 'exchange'] as const) {
        assert.notEqual(page[field], '', field);
      }
      // The estimate is a number (or "-"), the growth rate a percent (or "-").
      assert.match(page.snapshot['EPS next Y'] ?? '', /^(-?[\d.]+|-)$/);
      assert.match(page.snapshot['EPS growth next Y'] ?? '', /^(-?[\d.]+%|-)$/);
      const expected = HAND_CHECKED[name] ?? MULTI_TICKER[name]?.[pageName.ticker];
      if (expected !== undefined) assertExpected(page, expected);
    });
  }

  test('every page name is one the tests understand, and the folder has pages of every layout', () => {
    const layouts = new Set(QUOTE_PAGES.map((name) => readPageName(name).layout));
    assert.deepEqual([...layouts].sort(), ['new', 'notfound', 'old']);
  });
});

describe('multi-ticker pages', () => {
  for (const [name, tickers] of Object.entries(MULTI_TICKER)) {
    for (const [ticker, expected] of Object.entries(tickers)) {
      test(`${name}: ${ticker} gets its own block`, () => {
        const html = readPage(name);
        const page = parseQuotePage(html, ticker);
        assert.equal(page.ticker, ticker);
        assert.equal(Object.keys(page.snapshot).length, 72);
        assertExpected(page, expected);
        assert.deepEqual(page, parseQuotePageFullDocument(html, ticker));
      });
    }
  }

  test('the ticker is matched case-insensitively and returned as given', () => {
    const page = parseQuotePage(readPage('quote-old-C-multiticker-2021-09-kvokka.html'), 'tap');
    assert.equal(page.ticker, 'tap');
    assert.equal(page.company, 'Molson Coors Beverage Company');
  });

  test('a ticker that is on neither block is a ParseError', () => {
    const html = readPage('quote-old-A-multiticker-2021-09-kvokka.html');
    assert.throws(() => parseQuotePage(html, 'ZZZZ'), {name: 'ParseError', ticker: 'ZZZZ', code: 'PARSE_ERROR'});
  });

  test('a single quote is used even when its header shows another ticker', () => {
    const page = parseQuotePage(readPage('quote-old-AAPL-2020-11-d3an.html'), 'FB');
    assert.equal(page.ticker, 'FB');
    assert.equal(page.company, 'Apple Inc.');
  });
});

describe('SNAPSHOT_LABELS', () => {
  test('has no duplicates', () => {
    assert.equal(KNOWN_LABELS.size, SNAPSHOT_LABELS.length);
  });

  test('starts with the 2026 labels in the order of the 2026-06-29 page', () => {
    const page = parseQuotePage(readPage('quote-new-AAPL-2026-06-29-diversen.html'), 'AAPL');
    assert.deepEqual(SNAPSHOT_LABELS.slice(0, 84), Object.keys(page.snapshot));
  });

  test('every label appears on some saved page', () => {
    const seen = new Set<string>();
    for (const name of QUOTE_PAGES) {
      const {layout, ticker} = readPageName(name);
      if (layout === 'notfound') continue;
      for (const label of Object.keys(parseQuotePage(readPage(name), ticker).snapshot)) seen.add(label);
    }
    assert.deepEqual(
      SNAPSHOT_LABELS.filter((label) => !seen.has(label)),
      [],
    );
  });
});

describe('small hand-written pages', () => {
  const headerFields =
    '<h1 class="quote-header_ticker-wrapper_ticker">XYZ</h1>' +
    '<h2 class="quote-header_ticker-wrapper_company"> Xyz  Corp </h2>' +
    '<a href="screener.ashx?v=111&f=sec_technology">Technology</a><a href="screener.ashx?v=111&f=exch_nyse">NYSE</a>';
  const header = `<div class="quote-header-wrapper">${headerFields}</div>`;

  test('a snapshot table without label/value pairs is a ParseError', () => {
    const html = `<html><body>${header}<table class="snapshot-table2"><tr><td>lonely</td></tr></table></body></html>`;
    assert.throws(() => parseQuotePage(html, 'XYZ'), (error: unknown) => error instanceof ParseError);
  });

  test('a page without a snapshot table is TickerNotFoundError', () => {
    assert.throws(() => parseQuotePage(`<html><body>${header}</body></html>`, 'XYZ'), TickerNotFoundError);
  });

  test('markup that looks like tags inside attributes, comments and scripts does not end a region early', () => {
    const html =
      '<html><body><div class="quote-header-wrapper" title="<div>"><!-- </div> -->' +
      '<script>document.write("</div>")</script><span data-tip=\'a > b\'>' +
      headerFields +
      '</span></div><p>snapshot-table2 in text</p>' +
      '<table class="js-snapshot-table snapshot-table2"><tr><td>P/E</td><td><b>12.5</b></td>' +
      '<td>Index</td><td><table><tr><td>nested</td></tr></table> S&amp;P&nbsp;500 </td></tr>' +
      '<tr><td>EPS next Y</td><td>1.5</td><td>EPS next Y</td><td>3%</td><td>P/E</td><td>99</td></tr></table></body></html>';
    const page = parseQuotePage(html, 'XYZ');
    assert.deepEqual(page, {
      ticker: 'XYZ',
      company: 'Xyz Corp',
      sector: 'Technology',
      industry: '',
      country: '',
      exchange: 'NYSE',
      snapshot: {'P/E': '12.5', Index: 'nested S&P 500', 'EPS next Y': '1.5', 'EPS growth next Y': '3%'},
    });
    assert.deepEqual(page, parseQuotePageFullDocument(html, 'XYZ'));
    assert.deepEqual(parseQuotePage(Buffer.from(html), 'XYZ'), page);
  });

  test('bytes: multi-byte characters and non-ASCII names read as in the text', () => {
    const html =
      '<html><body><div class="quote-header-wrapper" title="Préférences ✓">' +
      headerFields.replace('Xyz  Corp', 'Société Générale — 株式会社') +
      '<spän>ß</spän></div><table class="snapshot-table2"><tr><td>P/E</td><td>12,5 €</td><td>Index</td><td>\u00a0S&amp;P 500 ✓</td></tr></table></body></html>';
    const page = parseQuotePageFastPath(Buffer.from(html), 'XYZ');
    assert.ok(page !== undefined, 'read from the bytes');
    assert.deepEqual(page, parseQuotePageFullDocument(html, 'XYZ'));
    assert.equal(page.company, 'Société Générale — 株式会社');
    assert.equal(page.snapshot['P/E'], '12,5 €');
    assert.equal(page.snapshot['Index'], 'S&P 500 ✓');
    // A Uint8Array that is a window on a larger buffer.
    const padded = Buffer.concat([Buffer.from('xx'), Buffer.from(html), Buffer.from('yy')]);
    assert.deepEqual(parseQuotePage(new Uint8Array(padded.buffer, padded.byteOffset + 2, padded.length - 4), 'XYZ'), page);
  });

  test('a page cut off inside the snapshot tables still parses as the full document does', () => {
    const html = readPage('quote-new-AAPL-2026-06-29-diversen.html');
    const truncated = html.slice(0, html.indexOf('Shs Outstand'));
    const page = parseQuotePage(truncated, 'AAPL');
    assert.deepEqual(page, parseQuotePageFullDocument(truncated, 'AAPL'));
    assert.equal(page.snapshot['Market Cap'], '4183.77B');
    assert.equal(page.snapshot['Volume'], undefined);
    assert.deepEqual(parseQuotePage(Buffer.from(truncated), 'AAPL'), page);
  });
});
