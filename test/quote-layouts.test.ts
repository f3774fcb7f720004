import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {generateQuote, renderQuotePage} from '../src/demo/quote-page.js';
import {parseQuotePage} from '../src/finviz/parse-quote.js';
import {describeStructure, layoutOf, QUOTE_LAYOUTS, structureOf} from '../src/finviz/quote-layouts.js';
import {LAYOUT_LABELS, SNAPSHOT_LABELS} from '../src/finviz/snapshot-labels.js';

/**
 * The layouts themselves. That each one's labels are those of its saved pages, exactly and in
 * order, and that each saved page is told to be of its layout, is checked page by page in
 * parse-quote.test.ts.
 */
describe('quote layouts', () => {
  test('SNAPSHOT_LABELS, in the order of the table of labels, keeps the order the output columns have always had', () => {
    // The --raw columns follow this order: it must never change.
    assert.deepEqual(SNAPSHOT_LABELS, [
      'Index',
      'Market Cap',
      'Enterprise Value',
      'Income',
      'Sales',
      'Book/sh',
      'Cash/sh',
      'Dividend Est.',
      'Dividend TTM',
      'Dividend Ex-Date',
      'Dividend Gr. 3/5Y',
      'Payout',
      'Employees',
      'IPO',
      'P/E',
      'Forward P/E',
      'PEG',
      'P/S',
      'P/B',
      'P/C',
      'P/FCF',
      'EV/EBITDA',
      'EV/Sales',
      'Quick Ratio',
      'Current Ratio',
      'Debt/Eq',
      'LT Debt/Eq',
      'Option/Short',
      'EPS (ttm)',
      'EPS next Y',
      'EPS next Q',
      'EPS this Y',
      'EPS growth next Y',
      'EPS next 5Y',
      'EPS past 3/5Y',
      'Sales past 3/5Y',
      'EPS Y/Y TTM',
      'Sales Y/Y TTM',
      'EPS Q/Q',
      'Sales Q/Q',
      'Earnings',
      'EPS/Sales Surpr.',
      'Insider Own',
      'Insider Trans',
      'Inst Own',
      'Inst Trans',
      'ROA',
      'ROE',
      'ROIC',
      'Gross Margin',
      'Oper. Margin',
      'Profit Margin',
      'SMA20',
      'SMA50',
      'SMA200',
      'Trades',
      'Shs Outstand',
      'Shs Float',
      'Short Float',
      'Short Ratio',
      'Short Interest',
      '52W High',
      '52W Low',
      'Volatility',
      'ATR (14)',
      'RSI (14)',
      'Beta',
      'Rel Volume',
      'Avg Volume',
      'Volume',
      'Perf Week',
      'Perf Month',
      'Perf Quarter',
      'Perf Half Y',
      'Perf YTD',
      'Perf Year',
      'Perf 3Y',
      'Perf 5Y',
      'Perf 10Y',
      'Recom',
      'Target Price',
      'Prev Close',
      'Price',
      'Change',
      '52W Range',
      'EPS past 5Y',
      'ROI',
      'Sales past 5Y',
      'Sales Surprise',
      'EPS Surprise',
      'Dividend',
      'Dividend %',
      'ATR',
      'Optionable',
      'Shortable',
      'Short Float / Ratio',
    ]);
  });

  test('each layout has its number of fields, each label once', () => {
    const sizes = Object.fromEntries(QUOTE_LAYOUTS.map((layout) => [layout.name, layout.labels.length]));
    assert.deepEqual(sizes, {'2026-06b': 84, '2026-06': 84, new: 78, old: 72, 'old/2023-05': 72});
    for (const layout of QUOTE_LAYOUTS) assert.equal(new Set(layout.labels).size, layout.labels.length, layout.name);
  });

  test('the two 2026 layouts show one grid, read by rows in one table and by columns in six', () => {
    const rows = LAYOUT_LABELS['2026-06'];
    const columns = LAYOUT_LABELS['2026-06b'];
    assert.deepEqual([...rows].sort(), [...columns].sort());
    // Row 1, column 2 of the grid is P/E: the 2nd label read by rows, the 15th read by columns.
    assert.equal(rows[1], 'P/E');
    assert.equal(columns[14], 'P/E');
  });

  test('no two layouts have the same markup, so each page is of one layout at most', () => {
    const structures = QUOTE_LAYOUTS.map((layout) => describeStructure(layout.structure));
    assert.equal(new Set(structures).size, structures.length);
    for (const layout of QUOTE_LAYOUTS) assert.equal(layoutOf(layout.structure), layout);
  });

  test('the structure is read from the header element, the first cell and the rows', () => {
    /** Rows of as many cells as given. */
    const rowsOf = (...lengths: number[]): string[][] => lengths.map((length) => Array.from({length}, () => 'x'));
    const cell = {class: 'snapshot-td2 cursor-pointer w-[7%]', 'data-boxover-html': 'Major index membership'};
    assert.equal(layoutOf(structureOf('div', [{firstCell: cell, rows: rowsOf(12, 12, 12)}]))?.name, '2026-06');
    assert.equal(layoutOf(structureOf('div', [{firstCell: cell, rows: rowsOf(2, 2, 2)}]))?.name, '2026-06b');
    assert.equal(layoutOf(structureOf('div', [{firstCell: {class: 'snapshot-td2', 'data-boxover': 'x'}, rows: rowsOf(12)}]))?.name, 'new');
    assert.equal(layoutOf(structureOf('table', [{firstCell: {class: 'snapshot-td2-cp', title: 'x'}, rows: rowsOf(12)}]))?.name, 'old');
    assert.equal(
      layoutOf(structureOf('table', [{firstCell: {class: 'snapshot-td2-cp', 'data-boxover': 'x'}, rows: rowsOf(12)}]))?.name,
      'old/2023-05',
    );
    // A row with fewer pairs (fields left out) is still a row of the grid.
    assert.equal(layoutOf(structureOf('div', [{firstCell: cell, rows: rowsOf(2, 10, 12)}]))?.name, '2026-06');
    for (const unknown of [
      structureOf('table', [{firstCell: cell, rows: rowsOf(12)}]),
      structureOf('div', [{firstCell: {class: 'snapshot-td2-cp', title: 'x'}, rows: rowsOf(12)}]),
      structureOf('div', [{firstCell: {class: 'snapshot-cell', 'data-boxover-html': 'x'}, rows: rowsOf(12)}]),
      structureOf('div', [{firstCell: {class: 'snapshot-td2'}, rows: rowsOf(12)}]),
      structureOf('div', [{firstCell: undefined, rows: rowsOf()}]),
    ]) {
      assert.equal(layoutOf(unknown), undefined, describeStructure(unknown));
    }
  });

  test('every layout shows every header field', () => {
    for (const layout of QUOTE_LAYOUTS)
      assert.deepEqual(layout.headerFields, ['ticker', 'company', 'sector', 'industry', 'country', 'exchange'], layout.name);
  });

  for (const layout of QUOTE_LAYOUTS) {
    test(`the stand-in's ${layout.name} page is read as that layout, with the values it shows`, () => {
      const page = parseQuotePage(renderQuotePage('MSFT', layout.name), 'MSFT');
      assert.equal(page.layout, layout.name);
      const quote = generateQuote('MSFT', layout.name);
      assert.deepEqual(
        {company: page.company, sector: page.sector, industry: page.industry, country: page.country, exchange: page.exchange},
        {company: quote.company, sector: quote.sector, industry: quote.industry, country: quote.country, exchange: quote.exchange},
      );
      assert.deepEqual(
        Object.values(page.snapshot),
        quote.snapshot.map(([, text]) => text),
      );
      assert.deepEqual(Object.keys(page.snapshot), layout.labels);
    });
  }
});
