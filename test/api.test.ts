import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
// As a user imports it: by the package's name, through its `exports`.
import {parseQuotePage, parseQuoteTables, scrape, screen, UsageError, type Row} from 'finviz-fundamentals';
import {renderQuotePage} from '../src/demo/quote-page.js';
import {screenUniverse} from '../src/demo/screener-universe.js';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';

let server: StandInServer;
before(async () => {
  server = await startStandInServer();
});
after(() => server.close());

test('scrape(): typed rows in input order, a failed ticker with its Error', async () => {
  const rows: Row[] = [];
  for await (const row of scrape(['msft', 'ZZNOPE', 'AAPL'], {
    baseUrl: server.origin,
    fields: ['Ticker', 'Market Cap', 'Optionable', 'Error'],
  })) {
    rows.push(row);
  }
  assert.deepEqual(
    rows.map((row) => row['Ticker']),
    ['MSFT', 'ZZNOPE', 'AAPL'],
  );
  assert.equal(typeof rows[0]?.['Market Cap'], 'number');
  assert.equal(typeof rows[0]?.['Optionable'], 'boolean');
  assert.equal(rows[0]?.['Error'], null);
  assert.deepEqual(rows[1], {Ticker: 'ZZNOPE', 'Market Cap': null, Optionable: null, Error: 'HTTP 404: ticker not found'});
});

test('scrape(): a bad ticker or field is a UsageError before any request', async () => {
  const requests = server.stats.requests;
  await assert.rejects(scrape(['AAPL', 'no/ticker'], {baseUrl: server.origin}).next(), UsageError);
  await assert.rejects(scrape(['AAPL'], {baseUrl: server.origin, fields: ['Earnings']}).next(), UsageError);
  assert.equal(server.stats.requests, requests);
});

test("scrape() with a table: its rows, a ticker's together, a failed ticker's one row", async () => {
  const rows: Row[] = [];
  for await (const row of scrape(['MSFT', 'ZZNOPE'], {baseUrl: server.origin, table: 'news'})) rows.push(row);
  const news = rows.filter((row) => row['Ticker'] === 'MSFT');
  assert.ok(news.length > 1);
  assert.ok(news.every((row) => typeof row['Date'] === 'string' && typeof row['Headline'] === 'string' && row['Error'] === null));
  assert.deepEqual(rows.at(-1)?.['Ticker'], 'ZZNOPE');
  assert.equal(rows.at(-1)?.['Error'], 'HTTP 404: ticker not found');
});

test('the parsers are exported too', () => {
  const page = parseQuotePage(renderQuotePage('NVDA'), 'NVDA');
  assert.equal(page.shownTicker, 'NVDA');
  assert.ok(Object.keys(page.snapshot).length >= 84);
  const tables = parseQuoteTables(renderQuotePage('NVDA'), ['news'], 'NVDA');
  assert.ok((tables.news?.length ?? 0) > 0);
});

test('screen(): typed rows in screener order, and tickers alone with tickersOnly', async () => {
  const expected = screenUniverse('cap_large', '', '-marketcap');
  const rows: Row[] = [];
  for await (const row of screen({
    filters: ['cap_large'],
    order: '-marketcap',
    fields: ['Ticker', 'Market Cap', 'Error'],
    baseUrl: server.origin,
  })) {
    rows.push(row);
  }
  assert.deepEqual(
    rows.map((row) => row['Ticker']),
    expected,
  );
  assert.equal(typeof rows[0]?.['Market Cap'], 'number');
  const tickers: string[] = [];
  for await (const ticker of screen({filters: ['cap_mid'], limit: 25, tickersOnly: true, baseUrl: server.origin})) tickers.push(ticker);
  assert.deepEqual(tickers, screenUniverse('cap_mid', '', '').slice(0, 25));
});

test('screen(): an unknown code or a bad option is a UsageError before any row', async () => {
  const requests = server.stats.screenerRequests;
  await assert.rejects(screen({filters: ['sec_tecnology'], baseUrl: server.origin}).next(), {
    name: 'UsageError',
    message: /unknown filter code "sec_tecnology": Sector offers "sec_technology"/,
  });
  assert.equal(server.stats.screenerRequests - requests, 1, 'page 1 only');
  await assert.rejects(screen({filters: ['a&b'], baseUrl: server.origin}).next(), UsageError);
  await assert.rejects(screen({tickersOnly: true, fields: ['Ticker'], baseUrl: server.origin}).next(), UsageError);
  assert.equal(server.stats.screenerRequests - requests, 1);
});
