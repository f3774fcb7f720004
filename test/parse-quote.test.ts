import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {PageIncompleteError, PageNotRecognisedError, TickerNotFoundError} from '../src/errors.js';
import {parseQuotePage, parseQuotePageFastPath, parseQuotePageFullDocument, type ParsedQuotePage} from '../src/finviz/parse-quote.js';
import type {QuoteHeader} from '../src/finviz/quote-header.js';
import {QUOTE_LAYOUTS, type QuoteLayoutName} from '../src/finviz/quote-layouts.js';
import {sameTicker} from '../src/finviz/same-ticker.js';
import {SNAPSHOT_LABELS} from '../src/finviz/snapshot-labels.js';
import {HEADER_FIELDS, wholeQuotePage} from './helpers/whole-quote.js';

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
  readonly kind: 'old' | 'new' | 'notfound';
  readonly ticker: string;
}

/** quote-<old|new|notfound>-<TICKER>-..., as SOURCES.md names them. */
function readPageName(name: string): PageName {
  const match = /^quote-(old|new|notfound)-([A-Z0-9.-]+?)-/.exec(name);
  assert.ok(match, `Expected a page name like quote-new-AAPL-2026-06-29-source.html, got ${name}`);
  const [, kind, ticker] = match;
  return {kind: kind as PageName['kind'], ticker: ticker ?? ''};
}

/** What a saved page shows of one quote, read by eye in its HTML. */
interface Expected {
  readonly layout: QuoteLayoutName;
  /** Every header field, as shown (the exchange without brackets). */
  readonly header: QuoteHeader;
  /** Some of its snapshot values, as shown. */
  readonly snapshot: Record<string, string>;
}

const header = (ticker: string, company: string, sector: string, industry: string, country: string, exchange: string): QuoteHeader => ({
  ticker,
  company,
  sector,
  industry,
  country,
  exchange,
});

/** Every saved single-quote page, read by eye in the saved HTML. */
const HAND_CHECKED: Record<string, Expected> = {
  'quote-new-AAPL-2026-06-29-diversen.html': {
    layout: '2026-06b',
    header: header('AAPL', 'Apple Inc', 'Technology', 'Consumer Electronics', 'USA', 'NASD'),
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
    layout: '2026-06',
    header: header('AAPL', 'Apple Inc', 'Technology', 'Consumer Electronics', 'USA', 'NASD'),
    snapshot: {
      'Market Cap': '4282.54B',
      'EPS next Y': '9.63',
      'EPS growth next Y': '10.08%',
      IPO: 'Dec 12, 1980',
    },
  },
  'quote-new-AAPL-2026-04-bullpen.html': {
    layout: '2026-06',
    header: header('AAPL', 'Apple Inc', 'Technology', 'Consumer Electronics', 'USA', 'NASD'),
    snapshot: {
      Index: 'DJIA, NDX, S&P 500',
      'Market Cap': '3967.28B',
      'Enterprise Value': '3990.89B',
      'P/E': '34.19',
      'EPS next Y': '9.32',
      'EPS growth next Y': '9.88%',
      'Dividend Est.': '1.08 (0.40%)',
      'Dividend Ex-Date': 'Feb 09, 2026',
      'Dividend Gr. 3/5Y': '4.26% 4.98%',
      Employees: '166000',
      IPO: 'Dec 12, 1980',
      'Option/Short': 'Yes / Yes',
      Earnings: 'Apr 30 AMC',
      'EPS/Sales Surpr.': '6.24% 3.88%',
      '52W High': '288.62 -6.37%',
      '52W Low': '189.81 42.37%',
      Volatility: '2.19% 2.12%',
      Trades: '', // a lock icon, no text
      'Target Price': '301.37',
      Volume: '61,221,866',
      Price: '270.23',
      Change: '2.59%',
    },
  },
  'quote-new-ADMA-2024-11-rjs7273.html': {
    layout: 'new',
    header: header('ADMA', 'Adma Biologics Inc', 'Healthcare', 'Biotechnology', 'USA', 'NASD'),
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
    layout: 'new',
    header: header('AACT', 'Ares Acquisition Corporation II', 'Financial', 'Shell Companies', 'USA', 'NYSE'),
    snapshot: {
      'Option/Short': 'No / Yes',
      Index: '-',
      'Target Price': '-',
      Employees: '4',
      'EPS next Y': '-',
      'EPS growth next Y': '-',
    },
  },
  'quote-old-AAPL-2023-07-stonksjs.html': {
    layout: 'old/2023-05',
    // The exchange is a link after the country (td.fullview-links), no longer "[NASD]" beside the ticker.
    header: header('AAPL', 'Apple Inc.', 'Technology', 'Consumer Electronics', 'USA', 'NASD'),
    snapshot: {
      Index: 'DJIA, NDX, S&P 500',
      'Market Cap': '3021.72B',
      'P/E': '32.70',
      'EPS next Y': '6.57',
      'EPS growth next Y': '9.85%',
      'Short Float / Ratio': '0.77% / 2.12',
      'Short Interest': '121.25M',
      'Target Price': '188.47',
      '52W Range': '124.17 - 194.48',
      '52W High': '-1.04%',
      Dividend: '0.96',
      'Dividend %': '0.50%',
      ATR: '2.76',
      Optionable: 'Yes',
      Shortable: 'Yes',
      Earnings: 'May 04 AMC',
      Volume: '31,456,587',
      Change: '-0.78%',
    },
  },
  'quote-old-AAPL-2018-11-joseraul.html': {
    layout: 'old',
    header: header('AAPL', 'Apple Inc.', 'Consumer Goods', 'Electronic Equipment', 'USA', 'NASD'),
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
    layout: 'old',
    header: header('AAPL', 'Apple Inc.', 'Technology', 'Consumer Electronics', 'USA', 'NASD'),
    snapshot: {'Market Cap': '1957.10B', 'EPS next Y': '4.33', 'EPS growth next Y': '9.27%', Optionable: 'Yes'},
  },
  'quote-old-AAPL-2021-12-d3an.html': {
    layout: 'old',
    header: header('AAPL', 'Apple Inc.', 'Technology', 'Consumer Electronics', 'USA', 'NASD'),
    snapshot: {'Market Cap': '2881.62B', 'P/E': '31.44', Optionable: 'Yes', Shortable: 'Yes'},
  },
  'quote-old-AEZS-2020-11-d3an.html': {
    layout: 'old',
    header: header('AEZS', 'Aeterna Zentaris Inc.', 'Healthcare', 'Biotechnology', 'USA', 'NASD'),
    snapshot: {'Market Cap': '21.30M', Dividend: '-', 'Target Price': '-', Optionable: 'Yes'},
  },
  'quote-old-AMZN-2023-05-bs4normalized-pyfinviz.html': {
    layout: 'old/2023-05',
    header: header('AMZN', 'Amazon.com, Inc.', 'Consumer Cyclical', 'Internet Retail', 'USA', 'NASD'),
    snapshot: {
      'Short Float / Ratio': '0.71% / 1.07',
      Index: 'NDX, S&P 500', // "&amp;" in the source
      'Market Cap': '1179.94B',
      Optionable: 'Yes',
      Shortable: 'Yes',
    },
  },
  'quote-old-META-2023-05-bs4normalized-pyfinviz.html': {
    layout: 'old/2023-05',
    header: header('META', 'Meta Platforms, Inc.', 'Communication Services', 'Internet Content & Information', 'USA', 'NASD'),
    snapshot: {'Short Float / Ratio': '1.25% / 1.07', 'Market Cap': '647.58B'},
  },
  'quote-old-ATHE-2020-11-d3an.html': {
    layout: 'old',
    header: header('ATHE', 'Alterity Therapeutics Limited', 'Healthcare', 'Biotechnology', 'Australia', 'NASD'),
    snapshot: {Index: '-', Optionable: 'No', Shortable: 'Yes', 'Market Cap': '36.59M'},
  },
  'quote-old-GOOG-2020-11-d3an.html': {
    layout: 'old',
    header: header('GOOG', 'Alphabet Inc.', 'Communication Services', 'Internet Content & Information', 'USA', 'NASD'),
    snapshot: {'Target Price': '1839.17', '52W Range': '1013.54 - 1818.06', 'Market Cap': '1190.92B'},
  },
  'quote-old-NFLX-2020-11-d3an.html': {
    layout: 'old',
    header: header('NFLX', 'Netflix, Inc.', 'Communication Services', 'Entertainment', 'USA', 'NASD'),
    snapshot: {Dividend: '-', 'Dividend %': '-', 'Market Cap': '209.03B'},
  },
  'quote-old-TSLA-2021-12-d3an.html': {
    layout: 'old',
    header: header('TSLA', 'Tesla, Inc.', 'Consumer Cyclical', 'Auto Manufacturers', 'USA', 'NASD'),
    snapshot: {'52W Range': '539.49 - 1243.49', Index: 'S&P 500', Price: '1088.45'},
  },
};

/** Both tickers of the pages that answer `quote.ashx?t=a,m` and `t=c,tap`. */
const MULTI_TICKER: Record<string, Record<string, Expected>> = {
  'quote-old-A-multiticker-2021-09-kvokka.html': {
    A: {
      layout: 'old',
      header: header('A', 'Agilent Technologies, Inc.', 'Healthcare', 'Diagnostics & Research', 'USA', 'NYSE'),
      snapshot: {'Market Cap': '53.18B', Index: 'S&P 500'},
    },
    M: {
      layout: 'old',
      header: header('M', "Macy's, Inc.", 'Consumer Cyclical', 'Department Stores', 'USA', 'NYSE'),
      snapshot: {'Market Cap': '6.85B', Index: '-'},
    },
  },
  'quote-old-C-multiticker-2021-09-kvokka.html': {
    C: {
      layout: 'old',
      header: header('C', 'Citigroup Inc.', 'Financial', 'Banks - Diversified', 'USA', 'NYSE'),
      snapshot: {'Market Cap': '144.65B', 'P/E': '7.46'},
    },
    TAP: {
      layout: 'old',
      header: header('TAP', 'Molson Coors Beverage Company', 'Consumer Defensive', 'Beverages - Brewers', 'USA', 'NYSE'),
      snapshot: {'Market Cap': '10.28B', 'P/E': '-'},
    },
  },
};

/** Each quote of each saved page, with what was read by eye. */
const QUOTES: ReadonlyArray<{readonly name: string; readonly ticker: string; readonly expected: Expected | undefined}> = QUOTE_PAGES.filter(
  (name) => readPageName(name).kind !== 'notfound',
).flatMap((name) => {
  const multi = MULTI_TICKER[name];
  if (multi !== undefined) return Object.entries(multi).map(([ticker, expected]) => ({name, ticker, expected}));
  return [{name, ticker: readPageName(name).ticker, expected: HAND_CHECKED[name]}];
});

function assertExpected(page: ParsedQuotePage, {layout, header: shown, snapshot}: Expected): void {
  assert.equal(page.layout, layout, 'layout');
  const {ticker, ...fields} = shown;
  assert.equal(page.shownTicker, ticker, 'shown ticker');
  for (const [field, value] of Object.entries(fields)) assert.equal(page[field as keyof typeof fields], value, field);
  for (const [label, value] of Object.entries(snapshot)) assert.equal(page.snapshot[label], value, label);
}

const KNOWN_LABELS = new Set(SNAPSHOT_LABELS);

describe('parseQuotePage on every saved quote page', () => {
  test('every saved quote page, each quote of it, is checked by hand below: layout, every header field, values', () => {
    assert.deepEqual(
      QUOTES.filter(({expected}) => expected === undefined).map(({name}) => name),
      [],
    );
  });

  for (const {name, ticker, expected} of QUOTES) {
    test(`${name}${name.includes('multiticker') ? ` (${ticker})` : ''}: its layout's labels exactly, its header, hand-checked values`, () => {
      assert.ok(expected !== undefined);
      const page = parseQuotePage(readPage(name), ticker);
      assert.equal(page.ticker, ticker);
      assertExpected(page, expected);
      const layout = QUOTE_LAYOUTS.find((known) => known.name === expected.layout);
      assert.ok(layout !== undefined);
      assert.deepEqual(Object.keys(page.snapshot), layout.labels, 'the labels of its layout, in its order, and no other');
      for (const label of Object.keys(page.snapshot)) assert.ok(KNOWN_LABELS.has(label), `"${label}" is missing from SNAPSHOT_LABELS`);
      // The estimate is a number (or "-"), the growth rate a percent (or "-").
      assert.match(page.snapshot['EPS next Y'] ?? '', /^(-?[\d.]+|-)$/);
      assert.match(page.snapshot['EPS growth next Y'] ?? '', /^(-?[\d.]+%|-)$/);
    });
  }

  test('every saved quote page gives every header field its layout shows', () => {
    for (const {name, ticker} of QUOTES) {
      const page = parseQuotePage(readPage(name), ticker);
      const layout = QUOTE_LAYOUTS.find((known) => known.name === page.layout);
      for (const field of layout?.headerFields ?? [])
        assert.notEqual(page[field === 'ticker' ? 'shownTicker' : field], '', `${name}: ${field}`);
    }
  });

  for (const name of QUOTE_PAGES.filter((file) => readPageName(file).kind === 'notfound')) {
    const {ticker} = readPageName(name);
    test(`${name}: Finviz's not-found page, TickerNotFoundError (and only for the ticker it names)`, () => {
      const html = readPage(name);
      assert.throws(
        () => parseQuotePage(html, ticker),
        (error: unknown) => {
          assert.ok(error instanceof TickerNotFoundError);
          assert.equal(error.ticker, ticker);
          assert.equal(error.code, 'TICKER_NOT_FOUND');
          return true;
        },
      );
      assert.throws(() => parseQuotePage(html, ticker.toLowerCase()), TickerNotFoundError);
      assert.throws(() => parseQuotePage(html, 'OTHER'), {
        name: 'PageNotRecognisedError',
        message: `page not recognised: Finviz's "not found" page for ${ticker}, not OTHER`,
      });
    });
  }

  test('the folder has quote pages of every layout screener knows, and not-found pages', () => {
    const layouts = new Set(QUOTES.map(({expected}) => expected?.layout));
    assert.deepEqual([...layouts].sort(), QUOTE_LAYOUTS.map((layout) => layout.name).sort());
    assert.ok(QUOTE_PAGES.some((name) => readPageName(name).kind === 'notfound'));
  });
});

describe('multi-ticker pages', () => {
  for (const [name, tickers] of Object.entries(MULTI_TICKER)) {
    for (const ticker of Object.keys(tickers)) {
      test(`${name}: ${ticker} gets its own block, as the full document gives it`, () => {
        const html = readPage(name);
        assert.deepEqual(parseQuotePage(html, ticker), parseQuotePageFullDocument(html, ticker));
      });
    }
  }

  test('the ticker is matched case-insensitively and returned as given', () => {
    const page = parseQuotePage(readPage('quote-old-C-multiticker-2021-09-kvokka.html'), 'tap');
    assert.equal(page.ticker, 'tap');
    assert.equal(page.shownTicker, 'TAP');
    assert.equal(page.company, 'Molson Coors Beverage Company');
  });

  test('a ticker that is on neither quote: not recognised, never "not found"', () => {
    const html = readPage('quote-old-A-multiticker-2021-09-kvokka.html');
    assert.throws(() => parseQuotePage(html, 'ZZZZ'), {
      name: 'PageNotRecognisedError',
      code: 'PAGE_NOT_RECOGNISED',
      message: 'page not recognised: quotes for A, M, none for ZZZZ',
    });
  });
});

describe('a page showing another ticker', () => {
  test('a single quote is used whatever ticker it shows, and says which', () => {
    const page = parseQuotePage(readPage('quote-old-AAPL-2020-11-d3an.html'), 'FB');
    assert.equal(page.ticker, 'FB');
    assert.equal(page.shownTicker, 'AAPL');
    assert.equal(page.company, 'Apple Inc.');
  });

  test('share classes: "." and "-" are the same, and so is case', () => {
    for (const [a, b] of [
      ['BRK.B', 'BRK-B'],
      ['brk-b', 'BRK-B'],
      ['aapl', 'AAPL'],
    ] as const)
      assert.ok(sameTicker(a, b), `${a} ${b}`);
    for (const [a, b] of [
      ['BRK-B', 'BRK-A'],
      ['BRKB', 'BRK-B'],
      ['GOOG', 'GOOGL'],
    ] as const)
      assert.ok(!sameTicker(a, b), `${a} ${b}`);
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
    for (const {name, ticker} of QUOTES) {
      for (const label of Object.keys(parseQuotePage(readPage(name), ticker).snapshot)) seen.add(label);
    }
    assert.deepEqual(
      SNAPSHOT_LABELS.filter((label) => !seen.has(label)),
      [],
    );
  });
});

describe('pages that are not a whole quote of a known layout', () => {
  const AAPL_2026 = 'quote-new-AAPL-2026-06-29-diversen.html';

  /** The outcome of both parsers, which must agree: the error's name and message. */
  function refusal(html: string, ticker: string): string {
    const outcome = (parse: () => unknown): string => {
      try {
        parse();
        return 'parsed';
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    };
    const fast = outcome(() => parseQuotePage(html, ticker));
    assert.equal(
      fast,
      outcome(() => parseQuotePageFullDocument(html, ticker)),
      'both parsers',
    );
    return fast;
  }

  test('a saved page without some of its fields is incomplete, and says which', () => {
    const html = readPage(AAPL_2026);
    // Take out the rows (one pair each in this layout) of Target Price, Price and Change.
    let cut = html;
    for (const label of ['Target Price', 'Price', 'Change']) {
      const at = cut.indexOf(`>${label}</`);
      const start = cut.lastIndexOf('<tr', at);
      cut = cut.slice(0, start) + cut.slice(cut.indexOf('</tr>', at) + '</tr>'.length);
    }
    assert.throws(() => parseQuotePage(cut, 'AAPL'), PageIncompleteError);
    assert.equal(refusal(cut, 'AAPL'), 'PageIncompleteError: page incomplete: 3 of 84 fields missing (Target Price, Price, Change)');
  });

  test('a saved page cut inside its snapshot (closed there, or not at all) is incomplete', () => {
    const html = readPage(AAPL_2026);
    const cutAt = html.indexOf('<tr', html.indexOf('>Shs Outstand<') - 300);
    const closed = `${html.slice(0, cutAt)}</table></div></body></html>`;
    assert.match(
      refusal(closed, 'AAPL'),
      /^PageIncompleteError: page incomplete: 28 of 84 fields missing \(Shs Outstand, Shs Float, Short Float, …\)$/,
    );
    // Cut in transit: no end tags at all.
    assert.match(
      refusal(html.slice(0, html.indexOf('Shs Outstand')), 'AAPL'),
      /^PageIncompleteError: page incomplete: 2[89] of 84 fields missing/,
    );
  });

  test('a header field its layout shows but the page does not: incomplete', () => {
    const html = readPage('quote-old-AAPL-2021-12-d3an.html').replace(' <span class="body-table">[NASD]</span>', '');
    assert.equal(refusal(html, 'AAPL'), 'PageIncompleteError: page incomplete: the header shows no Exchange');
  });

  test('a label renamed (some of the layout missing, others there instead): not recognised', () => {
    const html = readPage(AAPL_2026).replace('>Oper. Margin<', '>Operating Margin<');
    assert.equal(
      refusal(html, 'AAPL'),
      'PageNotRecognisedError: page not recognised: the 2026-06b layout without 1 of its 84 fields (Oper. Margin) and with 1 it does not have (Operating Margin)',
    );
  });

  test('a label added: the quote is whole, and keeps it', () => {
    const page2026 = readPage(AAPL_2026);
    const end = page2026.indexOf('</table>', page2026.indexOf('snapshot-table2'));
    const html = `${page2026.slice(0, end)}<tr><td>Shiny New Field</td><td>42</td></tr>${page2026.slice(end)}`;
    const page = parseQuotePage(html, 'AAPL');
    assert.equal(page.snapshot['Shiny New Field'], '42');
    assert.deepEqual(page, parseQuotePageFullDocument(html, 'AAPL'));
  });

  test('markup of no known layout: not recognised', () => {
    const html = readPage(AAPL_2026);
    assert.equal(
      refusal(html.replaceAll('data-boxover-html=', 'data-tooltip='), 'AAPL'),
      'PageNotRecognisedError: page not recognised: a quote of no known layout (header div, first label td.snapshot-td2, no tooltip, one pair a row)',
    );
    assert.equal(
      refusal(html.replaceAll('snapshot-table2', 'snapshot-table3'), 'AAPL'),
      'PageNotRecognisedError: page not recognised: no quote header with a snapshot table',
    );
    assert.equal(
      refusal(html.replaceAll('quote-header-wrapper', 'quote-head'), 'AAPL'),
      'PageNotRecognisedError: page not recognised: no quote header with a snapshot table',
    );
  });

  test('anything else, "Too many requests." or a Cloudflare page among them: not recognised, never "not found"', () => {
    for (const html of [
      'Too many requests.',
      '',
      '<html><body><p>Hello</p></body></html>',
      readPage('quote-notfound-INVALID-2022-01-d3an.html').replace('not found', 'missing'),
    ]) {
      assert.throws(() => parseQuotePage(html, 'XYZ'), PageNotRecognisedError);
    }
    const cloudflare = readFileSync(new URL('error-cloudflare-challenge-2026-08-lit26.html', PAGES), 'utf8');
    assert.throws(() => parseQuotePage(cloudflare, 'XYZ'), PageNotRecognisedError);
  });
});

describe('small hand-written pages', () => {
  const header = `<div class="quote-header-wrapper">${HEADER_FIELDS}</div>`;

  test('a snapshot table without label/value pairs: not recognised', () => {
    const html = `<html><body>${header}<table class="snapshot-table2"><tr><td>lonely</td></tr></table></body></html>`;
    assert.throws(() => parseQuotePage(html, 'XYZ'), PageNotRecognisedError);
  });

  test('a header without a snapshot table: not recognised', () => {
    assert.throws(() => parseQuotePage(`<html><body>${header}</body></html>`, 'XYZ'), PageNotRecognisedError);
  });

  test('markup that looks like tags inside attributes, comments and scripts does not end a region early', () => {
    const html = wholeQuotePage(
      '<tr><td>P/E</td><td><b>12.5</b></td>' +
        '<td>Index</td><td><table><tr><td>nested</td></tr></table> S&amp;P&nbsp;500 </td></tr>' +
        '<tr><td>EPS next Y</td><td>1.5</td><td>EPS next Y</td><td>3%</td><td>P/E</td><td>99</td></tr>',
      '<div class="quote-header-wrapper" title="<div>"><!-- </div> -->' +
        '<script>document.write("</div>")</script><span data-tip=\'a > b\'>' +
        HEADER_FIELDS +
        '</span></div><p>snapshot-table2 in text</p>',
    );
    // The script in the header sends the page to cheerio: both parsers must find the regions whole.
    const page = parseQuotePage(html, 'XYZ');
    assert.deepEqual(
      {
        ...page,
        snapshot: {
          'P/E': page.snapshot['P/E'],
          Index: page.snapshot['Index'],
          'EPS next Y': page.snapshot['EPS next Y'],
          'EPS growth next Y': page.snapshot['EPS growth next Y'],
        },
      },
      {
        ticker: 'XYZ',
        shownTicker: 'XYZ',
        layout: '2026-06',
        company: 'Xyz Corp',
        sector: 'Technology',
        industry: 'Software',
        country: 'USA',
        exchange: 'NYSE',
        snapshot: {'P/E': '12.5', Index: 'nested S&P 500', 'EPS next Y': '1.5', 'EPS growth next Y': '3%'},
      },
    );
    assert.deepEqual(page, parseQuotePageFullDocument(html, 'XYZ'));
    assert.deepEqual(parseQuotePage(Buffer.from(html), 'XYZ'), page);
  });

  test('bytes: multi-byte characters and non-ASCII names read as in the text', () => {
    const html = wholeQuotePage(
      '<tr><td>P/E</td><td>12,5 €</td><td>Index</td><td>\u00a0S&amp;P 500 ✓</td></tr>',
      '<div class="quote-header-wrapper" title="Préférences ✓">' +
        HEADER_FIELDS.replace('Xyz  Corp', 'Société Générale — 株式会社') +
        '<spän>ß</spän></div>',
    );
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
});
