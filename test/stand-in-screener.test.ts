import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {screenUniverse, universeTickers} from '../src/demo/screener-universe.js';
import {parseScreenerPage} from '../src/finviz/parse-screener.js';

async function page(url: string): Promise<{status: number; text: string}> {
  const response = await fetch(url);
  return {status: response.status, text: await response.text()};
}

describe("the stand-in's screener", () => {
  let site: StandInServer;
  before(async () => {
    site = await startStandInServer({screenerUniverseSize: 1500});
  });
  after(() => site.close());

  test("answers in today's layout unless told otherwise: the logo link in the Ticker cell, stock?t= links", async () => {
    const {status, text} = await page(`${site.origin}/screener.ashx?v=111&o=-marketcap`);
    assert.equal(status, 200);
    assert.match(text, /<a class="company-ticker" href="stock\?t=/);
    assert.doesNotMatch(text, /quote\.ashx/);
    const read = parseScreenerPage(text);
    assert.deepEqual(
      read.rows.map((row) => row[1]),
      screenUniverse('', '', '-marketcap', 1500).slice(0, 20),
    );
    assert.equal(read.total, 1500);
  });

  test('serves the tickers view 1,000 a page, r=1001 the second', async () => {
    const second = parseScreenerPage((await page(`${site.origin}/screener.ashx?v=411&f=&o=-volume&r=1001`)).text);
    assert.deepEqual(
      second.rows.map(([ticker]) => ticker),
      screenUniverse('', '', '-volume', 1500).slice(1000),
    );
    assert.equal(second.total, 1500);
    const past = parseScreenerPage((await page(`${site.origin}/screener.ashx?v=411&r=2001`)).text);
    assert.deepEqual(past, {headers: ['Ticker'], rows: [], total: 1500});
  });

  test('answers a view it does not serve with a 500', async () => {
    assert.equal((await page(`${site.origin}/screener.ashx?v=211`)).status, 500);
  });

  test('has as many distinct tickers as asked for, none starting with ZZ', () => {
    const tickers = universeTickers(20_000);
    assert.equal(new Set(tickers).size, 20_000);
    assert.ok(tickers.every((ticker) => /^[A-Y][A-Z]{2,4}$/.test(ticker)));
    assert.deepEqual(universeTickers(400), tickers.slice(0, 400));
  });

  test('checks its screener options', async () => {
    await assert.rejects(startStandInServer({screenerUniverseSize: 0}), /screenerUniverseSize/);
    await assert.rejects(startStandInServer({screenerShownTicker: 'AAPL' as never}), /screenerShownTicker/);
  });
});
