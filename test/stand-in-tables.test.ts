import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {WallTime} from '../src/demo/company-tables.js';
import {generateQuote, generateTables, renderQuotePage} from '../src/demo/quote-page.js';
import {parseQuoteTables, QUOTE_TABLE_NAMES, type QuoteTableName} from '../src/finviz/quote-tables/index.js';
import {QUOTE_LAYOUTS} from '../src/finviz/quote-layouts.js';
import {newYorkDateTime} from '../src/schema/new-york-time.js';
import {normalizeTable} from '../src/schema/tables/index.js';

/** The stand-in's day: its "Today". */
const SCRAPE_DATE = {year: 2026, month: 6, day: 29};

function isoDay(time: WallTime): string {
  return new Date(time).toISOString().slice(0, 10);
}

function isoTime(time: WallTime): string | undefined {
  const date = new Date(time);
  const day = {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()};
  return newYorkDateTime(day, date.getUTCHours(), date.getUTCMinutes());
}

/** An object without its undefined values, as a normalized row leaves empty columns out. */
function defined(values: Record<string, string | number | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
}

/** What the model says each table holds, in the normalized columns. */
function expectedTables(ticker: string): Record<QuoteTableName, Record<string, string>[]> {
  const {news, ratings = [], insider = [], peers, funds} = generateTables(ticker);
  const {company} = generateQuote(ticker);
  return {
    news: news.map((item) =>
      defined({Ticker: ticker, Date: isoTime(item.time), Headline: item.headline, Source: item.source, URL: item.url}),
    ),
    ratings: ratings.map((rating) =>
      defined({
        Ticker: ticker,
        Date: isoDay(rating.day),
        Action: rating.action,
        Analyst: rating.analyst,
        'Rating From': rating.ratingFrom,
        'Rating To': rating.ratingTo,
        'Price Target From': rating.targetFrom,
        'Price Target To': rating.targetTo,
      }),
    ),
    insider: insider.map((trade) =>
      defined({
        Ticker: ticker,
        Insider: trade.insider,
        Relationship: trade.relationship,
        Date: isoDay(trade.day),
        Transaction: trade.transaction,
        Cost: trade.costCents / 100,
        Shares: trade.shares,
        Value: Math.round((trade.costCents * trade.shares) / 100),
        'Shares Total': trade.sharesTotal,
        'SEC Form 4 Date': isoTime(trade.filed),
        'SEC Form 4 URL': trade.url,
      }),
    ),
    profile: [
      defined({Ticker: ticker, Description: company, Peers: peers.join(' ') || undefined, 'Held By': funds.join(' ') || undefined}),
    ],
  };
}

/** Tickers whose pages between them have tables of every kind, and lack the ratings or insider table. */
const TICKERS = ['AAPL', 'B0', 'B17', 'ZQ', 'MSFT', 'X'];

describe('the stand-in serves the tables of its model', () => {
  test('some tickers have no ratings or no insider table; counts vary', () => {
    const models = TICKERS.map(generateTables);
    assert.ok(models.some((model) => model.ratings === undefined));
    assert.ok(models.some((model) => model.insider === undefined));
    assert.ok(models.some((model) => model.ratings !== undefined && model.insider !== undefined));
    assert.ok(new Set(models.map((model) => model.news.length)).size > 1);
    assert.deepEqual(generateTables('B0'), generateTables('B0'));
  });

  for (const {name: layout} of QUOTE_LAYOUTS) {
    test(`pages in the ${layout} layout read back, normalized, to what the model says`, () => {
      for (const ticker of TICKERS) {
        const tables = parseQuoteTables(renderQuotePage(ticker, layout), QUOTE_TABLE_NAMES, ticker);
        const expected = expectedTables(ticker);
        for (const table of QUOTE_TABLE_NAMES) {
          const rows = normalizeTable(table, tables[table] ?? [], {ticker, scrapeDate: SCRAPE_DATE});
          assert.deepEqual(
            rows.flatMap(({unreadable}) => unreadable),
            [],
            `${ticker} ${table}`,
          );
          const values = rows.map(({values: row}) => Object.fromEntries(row));
          if (table === 'profile') {
            assert.ok(values[0]?.['Description']?.startsWith(`${expected.profile[0]?.['Description'] ?? ''} engages in`));
            assert.deepEqual({...values[0], Description: ''}, {...expected.profile[0], Description: ''}, `${ticker} profile`);
          } else assert.deepEqual(values, expected[table], `${ticker} ${table}`);
        }
      }
    });
  }

  test('news of the stand-in\'s day says "Today" on pages of 2024 on, and later items of a day carry its date', () => {
    const [first, second] = parseQuoteTables(renderQuotePage('B0'), ['news'], 'B0').news ?? [];
    assert.match(first?.[0] ?? '', /^Today \d\d:\d\d[AP]M$/);
    assert.match(second?.[0] ?? '', /^(\d\d:\d\d[AP]M|Jun-28-26 \d\d:\d\d[AP]M)$/);
    const news = parseQuoteTables(renderQuotePage('B0'), ['news'], 'B0').news ?? [];
    assert.ok(news.some(([date]) => /^\d\d:\d\d[AP]M$/.test(date ?? '')));
    assert.ok(news.slice(1).some(([date]) => /^[A-Z][a-z]{2}-\d\d-\d\d /.test(date ?? '')));
  });
});
