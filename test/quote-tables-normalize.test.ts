import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {parseQuoteTables, type QuoteTableName, type RawTableRow} from '../src/finviz/quote-tables/index.js';
import {newYorkDateTime} from '../src/schema/new-york-time.js';
import {normalizeTable, rawTableRow, TABLE_SCHEMAS} from '../src/schema/tables/index.js';
import type {CalendarDate} from '../src/schema/value-readers.js';

const PAGES = new URL('../../shared/finviz-pages/', import.meta.url);

/** The rows of a saved page's table, normalized as scraped on `scrapeDate`, as plain objects. */
function normalized(page: string, table: QuoteTableName, ticker: string, scrapeDate: CalendarDate): Record<string, string>[] {
  const rows = parseQuoteTables(readFileSync(new URL(page, PAGES)), [table], ticker)[table] ?? [];
  return normalizeTable(table, rows, {ticker, scrapeDate}).map(({values, unreadable}) => {
    assert.deepEqual(unreadable, []);
    return Object.fromEntries(values);
  });
}

function one(table: QuoteTableName, row: RawTableRow, scrapeDate: CalendarDate = {year: 2026, month: 6, day: 29}) {
  const [normalizedRow] = normalizeTable(table, [row], {ticker: 'XYZ', scrapeDate});
  assert.ok(normalizedRow !== undefined);
  return {values: Object.fromEntries(normalizedRow.values), unreadable: normalizedRow.unreadable};
}

describe('news', () => {
  const news = normalized('quote-new-AAPL-2026-04-bullpen.html', 'news', 'AAPL', {year: 2026, month: 4, day: 18});

  test('"Today" is the scrape date; a time alone carries the date above it; New York summer time is -04:00', () => {
    assert.deepEqual(news[0], {
      Ticker: 'AAPL',
      Date: '2026-04-18T07:38:00-04:00', // "Today 07:38AM"
      Headline: "What the Allbirds 'Hail Mary' says about the AI trade right now",
      Source: 'Yahoo Finance', // "(Yahoo Finance)"
      URL: 'https://finance.yahoo.com/news/what-the-allbirds-hail-mary-says-about-the-ai-trade-right-now-113847747.html',
    });
    assert.equal(news[1]?.['Date'], '2026-04-18T00:24:00-04:00'); // "12:24AM", after Today's
    assert.equal(news[2]?.['Date'], '2026-04-17T19:16:00-04:00'); // "Apr-17-26 07:16PM"
    assert.equal(news[3]?.['Date'], '2026-04-17T18:18:00-04:00'); // "06:18PM"
    assert.equal(news.length, 100);
  });

  test('a page of November: -05:00; the source without parentheses before 2023 as after', () => {
    const old = normalized('quote-old-AAPL-2020-11-d3an.html', 'news', 'AAPL', {year: 2020, month: 11, day: 24});
    assert.equal(old[0]?.['Date'], '2020-11-24T12:57:00-05:00'); // "Nov-24-20 12:57PM"
    assert.equal(old[1]?.['Date'], '2020-11-24T12:04:00-05:00'); // "12:04PM"
    assert.equal(old[0]?.['Source'], "Investor's Business Daily");
  });

  test('an item before any date, or after a date that does not read, has no date: never a wrong one', () => {
    const rows = normalizeTable(
      'news',
      [
        ['09:00AM', 'A', '(S)', 'https://example.com/a'],
        ['Feb-30-26 09:00AM', 'B', '(S)', 'https://example.com/b'],
        ['08:00AM', 'C', '(S)', 'https://example.com/c'],
        ['Feb-27-26 07:00PM', 'D', '(S)', '/news/123'],
      ],
      {ticker: 'XYZ', scrapeDate: {year: 2026, month: 3, day: 1}},
    );
    assert.deepEqual(
      rows.map(({values}) => values.get('Date')),
      [undefined, undefined, undefined, '2026-02-27T19:00:00-05:00'],
    );
    assert.deepEqual(
      rows.map(({unreadable}) => unreadable.map(({column, text}) => `${column}: ${text}`)),
      [['Date: 09:00AM'], ['Date: Feb-30-26 09:00AM'], ['Date: 08:00AM'], []],
    );
    assert.equal(rows[3]?.values.get('URL'), 'https://finviz.com/news/123');
  });
});

describe('ratings', () => {
  test('a rating change and a target change split into From and To; one shown fills both', () => {
    const ratings = normalized('quote-new-AAPL-2026-04-bullpen.html', 'ratings', 'AAPL', {year: 2026, month: 4, day: 18});
    // "Apr-17-26", "Neutral → Outperform", no target.
    assert.deepEqual(ratings[0], {
      Ticker: 'AAPL',
      Date: '2026-04-17',
      Action: 'Upgrade',
      Analyst: 'BNP Paribas Exane',
      'Rating From': 'Neutral',
      'Rating To': 'Outperform',
    });
    // "Buy", "$320 → $325".
    assert.deepEqual(ratings[1], {
      Ticker: 'AAPL',
      Date: '2026-04-14',
      Action: 'Reiterated',
      Analyst: 'BofA Securities',
      'Rating From': 'Buy',
      'Rating To': 'Buy',
      'Price Target From': '320',
      'Price Target To': '325',
    });
  });

  test('old pages: a single target fills both, cents exact, two-digit years of the 2000s', () => {
    const ratings = normalized('quote-old-AAPL-2020-11-d3an.html', 'ratings', 'AAPL', {year: 2020, month: 11, day: 24});
    assert.equal(ratings[0]?.['Price Target From'], '150'); // "$150"
    assert.equal(ratings[0]?.['Price Target To'], '150');
    assert.equal(ratings[1]?.['Price Target From'], '112.5'); // "$112.50 → $125"
    assert.equal(ratings[1]?.['Price Target To'], '125');
    const aezs = normalized('quote-old-AEZS-2020-11-d3an.html', 'ratings', 'AEZS', {year: 2020, month: 11, day: 24});
    assert.equal(aezs.at(-1)?.['Date'], '2007-10-03'); // "Oct-03-07"
  });

  test('what does not read is left empty and reported', () => {
    const {values, unreadable} = one('ratings', ['Apr-31-26', 'Upgrade', 'UBS', 'Buy → Hold → Sell', '$n/a']);
    assert.deepEqual(values, {Ticker: 'XYZ', Action: 'Upgrade', Analyst: 'UBS'});
    assert.deepEqual(
      unreadable.map(({column, text}) => `${column}: ${text}`),
      ['Date: Apr-31-26', 'Rating To: Buy → Hold → Sell', 'Price Target From: $n/a', 'Price Target To: $n/a'],
    );
  });
});

describe('insider', () => {
  test("2024 on: the year shown (Apr 02 '26); the filing's time in New York", () => {
    const insider = normalized('quote-new-AAPL-2026-04-bullpen.html', 'insider', 'AAPL', {year: 2026, month: 4, day: 18});
    assert.deepEqual(insider[0], {
      Ticker: 'AAPL',
      Insider: "O'BRIEN DEIRDRE",
      Relationship: 'Senior Vice President',
      Date: '2026-04-02',
      Transaction: 'Sale',
      Cost: '255.35',
      Shares: '30002',
      Value: '7660875',
      'Shares Total': '136810',
      'SEC Form 4 Date': '2026-04-03T18:30:00-04:00', // "Apr 03 06:30 PM"
      'SEC Form 4 URL': 'http://www.sec.gov/Archives/edgar/data/320193/000114036126013192/xslF345X06/form4.xml',
    });
    assert.equal(insider[2]?.['Shares Total'], undefined); // a proposed sale shows none
  });

  test("before 2024: no year shown; the filing's from its accession number, the trade's nearest to it", () => {
    const insider = normalized('quote-old-AAPL-2018-11-joseraul.html', 'insider', 'AAPL', {year: 2018, month: 11, day: 25});
    assert.equal(insider[0]?.['Date'], '2018-11-19'); // "Nov 19", …/000032019318000149/…
    assert.equal(insider[0]?.['SEC Form 4 Date'], '2018-11-21T18:31:00-05:00');
    // The table reaches back more than a year: "Nov 30" is 2017's (…/000032019317000085/…), filed Dec 04.
    assert.equal(insider.at(-1)?.['Date'], '2017-11-30');
    assert.equal(insider.at(-1)?.['SEC Form 4 Date'], '2017-12-04T18:32:00-05:00');
    assert.equal(insider.at(-1)?.['Cost'], '171.6');
  });

  test('without an accession number: the latest such day not after the scrape date, the filing nearest to it', () => {
    const row = ['A', 'Director', 'Dec 30', 'Buy', '1.00', '1', '1', '1', 'Jan 02 06:30 PM', ''];
    const {values} = one('insider', row, {year: 2026, month: 6, day: 29});
    assert.equal(values['Date'], '2025-12-30');
    assert.equal(values['SEC Form 4 Date'], '2026-01-02T18:30:00-05:00');
  });
});

test('profile: the description, the peers and the funds, tickers separated by a space', () => {
  const [adma] = normalized('quote-new-ADMA-2024-11-rjs7273.html', 'profile', 'ADMA', {year: 2024, month: 11, day: 13});
  assert.ok(adma?.['Description']?.startsWith('ADMA Biologics, Inc. operates as a biopharmaceutical company'));
  assert.equal(adma?.['Peers'], 'CSL GRFS BAX BMY PFE JNJ MRK LLY COHR GILD');
  assert.equal(adma?.['Held By'], 'IJR VTI IWM XBI VXF IJT SPSM IWO IBB SLYG');
  const [old] = normalized('quote-old-AAPL-2020-11-d3an.html', 'profile', 'AAPL', {year: 2020, month: 11, day: 24});
  assert.deepEqual(Object.keys(old ?? {}), ['Ticker', 'Description']);
});

test("New York's offset follows daylight saving time, changes included", () => {
  const at = (month: number, day: number, hour: number, minute = 0) => newYorkDateTime({year: 2026, month, day}, hour, minute);
  assert.equal(at(1, 5, 9, 30), '2026-01-05T09:30:00-05:00');
  assert.equal(at(3, 8, 1, 59), '2026-03-08T01:59:00-05:00');
  assert.equal(at(3, 8, 3), '2026-03-08T03:00:00-04:00');
  assert.equal(at(11, 1, 1, 30), '2026-11-01T01:30:00-04:00'); // the first of the two 1:30s
  assert.equal(at(11, 1, 2), '2026-11-01T02:00:00-05:00');
});

test('every table: Ticker first and Error last; raw rows under the raw columns', () => {
  for (const {columns, rawColumns} of Object.values(TABLE_SCHEMAS)) {
    assert.equal(columns[0]?.name, 'Ticker');
    assert.equal(columns.at(-1)?.name, 'Error');
    assert.equal(rawColumns[0], 'Ticker');
    assert.equal(rawColumns.at(-1), 'Error');
  }
  assert.deepEqual(Object.fromEntries(rawTableRow('ratings', ['Apr-17-26', 'Upgrade', 'UBS', 'Buy → Hold', ''], 'XYZ')), {
    Ticker: 'XYZ',
    Date: 'Apr-17-26',
    Action: 'Upgrade',
    Analyst: 'UBS',
    'Rating Change': 'Buy → Hold',
  });
});
