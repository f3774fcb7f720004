import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {generateScreenerRow, renderScreenerPage} from '../src/demo/screener-page.js';
import {STAND_IN_FILTERS} from '../src/demo/stand-in-filters.js';
import {UsageError} from '../src/errors.js';
import {parseScreenerPanel, type ScreenerPanel} from '../src/finviz/screener-panel.js';
import {checkScreenCodes} from '../src/screen/check-codes.js';

/** The saved pages are read in place: CI clones the repository with ../shared beside it. */
const PAGES = new URL('../../shared/finviz-pages/', import.meta.url);
const panelOf = (name: string) => parseScreenerPanel(readFileSync(new URL(name, PAGES), 'utf8'));

describe('the filter panel of the saved screener pages', () => {
  // Counted by hand (a select with data-filter a filter; its options less "Any", the "Custom
  // (Elite only)" entries and a value listed twice), and the tab marked selected.
  const expected = [
    ['screener-new-v111-overview-2025-09-hu0573.html', {filters: 85, codes: 2766, allFilters: true, signals: 33, orders: 130}],
    ['screener-new-v161-financial-2025-10-jensengelke.html', {filters: 20, codes: 494, allFilters: false, signals: 33, orders: 130}],
    ['screener-2024-v141-performance-AAPL-2024-01-openbb.html', {filters: 70, codes: 1710, allFilters: true, signals: 33, orders: 91}],
    ['screener-old-v411-tickers-2021-08-knicola.html', {filters: 67, codes: 1599, allFilters: true, signals: 33, orders: 70}],
    ['screener-old-v111-overview-2018-12-11k.html', {filters: 17, codes: 479, allFilters: false, signals: 33, orders: 70}],
  ] as const;
  for (const [name, counts] of expected) {
    test(name, () => {
      const panel = panelOf(name);
      assert.deepEqual(
        {
          filters: panel.filters?.length,
          codes: panel.filters?.reduce((sum, menu) => sum + menu.choices.length, 0),
          allFilters: panel.allFilters,
          signals: panel.signals?.length,
          orders: panel.orders?.length,
        },
        counts,
      );
      const cap = panel.filters?.find((menu) => menu.id === 'cap');
      assert.equal(cap?.name, 'Market Cap.');
      assert.deepEqual(cap?.choices[0], {code: 'cap_mega', name: 'Mega ($200bln and more)'});
      assert.equal(cap?.custom, true, 'Market Cap. has a custom range');
      assert.deepEqual(
        panel.filters?.find((menu) => menu.id === 'exch')?.choices.find((choice) => choice.code === 'exch_nasd'),
        {code: 'exch_nasd', name: 'NASDAQ'},
      );
      assert.deepEqual(panel.signals?.[0], {code: 'ta_topgainers', name: 'Top Gainers'});
      assert.deepEqual(panel.orders?.[0], {code: 'ticker', name: 'Ticker'});
    });
  }

  test('the P/E menu of 2025, with its raw "<" in an option', () => {
    const pe = panelOf('screener-new-v111-overview-2025-09-hu0573.html').filters?.find((menu) => menu.id === 'fa_pe');
    assert.equal(pe?.name, 'P/E');
    assert.deepEqual(pe?.choices.slice(0, 4), [
      {code: 'fa_pe_low', name: 'Low (<15)'},
      {code: 'fa_pe_profitable', name: 'Profitable (>0)'},
      {code: 'fa_pe_high', name: 'High (>50)'},
      {code: 'fa_pe_u5', name: 'Under 5'},
    ]);
  });

  test('a view with its filters hidden (v=110, 410) still has its signal and order selects', () => {
    for (const name of ['screener-old-v110-overview-p1-2021-05-d3an.html', 'screener-old-v410-nyse-p1-1000tickers-2021-06-d3an.html']) {
      const panel = panelOf(name);
      assert.equal(panel.filters, undefined, name);
      assert.equal(panel.signals?.length, 33, name);
      // The page is sorted by -volume: its order links carry the '-', the codes do not.
      assert.ok(panel.orders?.some((choice) => choice.code === 'volume'));
      assert.ok(!panel.orders?.some((choice) => choice.code.startsWith('-')));
    }
  });

  test("the stand-in's panel, in every layout, as the stand-in implements it", () => {
    for (const layout of ['old', '2025', '2026-07'] as const) {
      for (const allFilters of [true, false]) {
        const html = renderScreenerPage({
          layout,
          view: 111,
          rows: ['AAPL'].map(generateScreenerRow),
          total: 1,
          panel: {filters: 'cap_mega', signal: '', order: '', allFilters},
        });
        const panel = parseScreenerPanel(html);
        const shown = STAND_IN_FILTERS.filter((filter) => allFilters || filter.tab === 'Descriptive');
        assert.equal(panel.allFilters, allFilters);
        assert.deepEqual(
          panel.filters?.map((menu) => [menu.id, menu.name, menu.choices.length]),
          shown.map((filter) => [filter.id, filter.title, filter.options.length]),
          `${layout}, all filters: ${allFilters}`,
        );
      }
    }
  });
});

describe('checking codes against the panel', () => {
  const panel = panelOf('screener-new-v111-overview-2025-09-hu0573.html');
  const refusal = (query: Parameters<typeof checkScreenCodes>[0], from: ScreenerPanel = panel) => {
    try {
      checkScreenCodes(query, from);
    } catch (error) {
      assert.ok(error instanceof UsageError);
      return error.message;
    }
    return undefined;
  };

  test('listed codes, ranges where the menu has a custom entry, and orders with a "-" pass', () => {
    const check = checkScreenCodes(
      {
        filters: ['cap_mega', 'fa_pe_u15', 'sh_price_o5', 'fa_pe_10to20', 'cap_0.5to10', 'sh_price_5to', 'fa_roe_to-10', 'ta_perf2_dup'],
        signal: 'ta_topgainers',
        order: '-marketcap',
      },
      panel,
    );
    assert.deepEqual(check.unchecked, []);
  });

  test('an unknown code is refused with the closest known ones', () => {
    assert.match(refusal({filters: ['sec_tecnology']}) ?? '', /unknown filter code "sec_tecnology": Sector offers "sec_technology"/);
    assert.match(
      refusal({filters: ['sec_nonexistent']}) ?? '',
      /unknown filter code "sec_nonexistent": Sector offers "sec_basicmaterials", /,
    );
    assert.match(refusal({filters: ['capp_mega']}) ?? '', /unknown filter code "capp_mega": did you mean "cap_mega"\?/);
    assert.match(refusal({filters: [], signal: 'ta_topgainer'}) ?? '', /unknown signal code "ta_topgainer": did you mean "ta_topgainers"/);
    assert.match(refusal({filters: [], order: '-marketcapp'}) ?? '', /unknown order code "-marketcapp": did you mean "-marketcap"/);
    // Every problem in one line.
    const both = refusal({filters: ['cap_huge', 'sec_tech'], order: 'nothing'}) ?? '';
    assert.match(both, /"cap_huge".*; .*"sec_tech".*; unknown order code "nothing"/);
    assert.ok(!both.includes('\n'));
  });

  test('a range is refused where the menu has no custom entry, and a value that is no range everywhere', () => {
    const noCustom: ScreenerPanel = {
      ...panel,
      filters: panel.filters?.map((menu) => (menu.id === 'cap' ? {...menu, custom: false} : menu)),
    };
    assert.match(refusal({filters: ['cap_1to10']}, noCustom) ?? '', /unknown filter code "cap_1to10"/);
    assert.match(refusal({filters: ['fa_pe_u15x']}) ?? '', /unknown filter code "fa_pe_u15x"/);
    assert.match(refusal({filters: ['fa_pe_to']}) ?? '', /unknown filter code "fa_pe_to"/);
  });

  test('a filter one tab of the panel does not show is not refused, but unchecked; nor are codes of a page without a panel', () => {
    const descriptive = panelOf('screener-new-v161-financial-2025-10-jensengelke.html');
    assert.deepEqual(checkScreenCodes({filters: ['fa_pe_u15', 'cap_mega']}, descriptive).unchecked, ['fa_pe_u15']);
    assert.match(refusal({filters: ['cap_huge']}, descriptive) ?? '', /"cap_huge"/);
    const hidden = panelOf('screener-old-v110-overview-p1-2021-05-d3an.html');
    assert.deepEqual(checkScreenCodes({filters: ['cap_mega'], order: '-volume'}, hidden).unchecked, ['cap_mega']);
    assert.match(refusal({filters: ['cap_mega'], signal: 'ta_nope'}, hidden) ?? '', /unknown signal code "ta_nope"/);
  });
});
