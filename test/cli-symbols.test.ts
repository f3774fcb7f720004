import assert from 'node:assert/strict';
import {mkdtemp, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {universeTickers} from '../src/demo/screener-universe.js';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import type {SitemapShape} from '../src/demo/sitemap-answer.js';
import {parseCsv} from './helpers/csv.js';
import {runCli, startShell} from './helpers/run-cli.js';

describe('screener symbols, end to end against the stand-in', () => {
  const servers: StandInServer[] = [];
  const serve = async (shape: SitemapShape, size?: number) => {
    const server = await startStandInServer({sitemapShape: shape, ...(size === undefined ? {} : {screenerUniverseSize: size})});
    servers.push(server);
    return server;
  };
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'screener-symbols-'));
  });
  after(() => Promise.all(servers.map((server) => server.close())));

  test("one ticker a line, each once, in the sitemap's order, from one request", async () => {
    const server = await serve('urlset');
    const result = await runCli(['symbols', '--base-url', server.origin]);
    assert.equal(result.code, 0, result.stderr);
    const tickers = result.stdout.split('\n').slice(0, -1);
    assert.deepEqual(tickers, universeTickers());
    assert.equal(tickers.length, 400);
    assert.equal(tickers[0], 'AAAX');
    assert.equal(tickers.at(-1), 'YPLX');
    assert.equal(server.stats.requests, 1);
    assert.match(result.stderr, /^symbols: 400 tickers from 1 sitemap \(800 addresses\) in \d+\.\d\d s$/m);
  });

  test("Finviz's size: 11,655 tickers (23,310 addresses, about 1 MB), to -o FILE", async () => {
    const server = await serve('urlset', 11_655);
    const out = join(dir, 'all.txt');
    const result = await runCli(['symbols', '--base-url', server.origin, '-o', out]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    const tickers = (await readFile(out, 'utf8')).split('\n').slice(0, -1);
    assert.equal(tickers.length, 11_655);
    assert.equal(new Set(tickers).size, 11_655);
    assert.deepEqual([tickers[0], tickers.at(-1)], [universeTickers(11_655)[0], universeTickers(11_655).at(-1)]);
  });

  test('piped into scrape --via screener -: a row for every ticker, in the same order', async () => {
    const server = await serve('urlset', 60);
    const run = startShell(
      `"$NODE" "$BIN" symbols --base-url ${server.origin} | "$NODE" "$BIN" scrape --via screener - --base-url ${server.origin} --fields Ticker,Price,Error`,
    );
    const result = await run.result;
    assert.equal(result.code, 0, result.stderr);
    const rows = parseCsv(result.stdout);
    assert.deepEqual(rows[0], ['Ticker', 'Price', 'Error']);
    assert.deepEqual(
      rows.slice(1).map((row) => row[0]),
      universeTickers(60),
    );
    assert.ok(rows.slice(1).every((row) => row[1] !== '' && row[2] === ''));
  });

  test('a sitemap index: its stock sitemaps are read, in order, and nothing else', async () => {
    const server = await serve('index');
    const result = await runCli(['symbols', '--base-url', server.origin]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.stdout.split('\n').slice(0, -1), universeTickers());
    assert.equal(server.stats.requests, 3);
    assert.match(result.stderr, /^symbols: 400 tickers from 2 sitemaps \(800 addresses\)/m);
  });

  test('a sitemap that lists no stock page is not recognised: exit 4, nothing on stdout', async () => {
    const server = await serve('not-stocks');
    const result = await runCli(['symbols', '--base-url', server.origin, '--retries', '0']);
    assert.equal(result.code, 4, result.stderr);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /sitemap not recognised: none of its 3 addresses is a stock page/);
    assert.match(result.stderr, /Finviz may have changed its layout/);
  });
});
