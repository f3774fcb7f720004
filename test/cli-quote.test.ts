import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {runCli} from './helpers/run-cli.js';

let server: StandInServer;
before(async () => {
  server = await startStandInServer();
});
after(() => server.close());

test('quote, piped: the rows scrape writes for the same tickers', async () => {
  const quoted = await runCli(['quote', 'aapl', 'MSFT', '--base-url', server.origin]);
  const scraped = await runCli(['scrape', '-', '--base-url', server.origin], {stdin: 'AAPL MSFT'});
  assert.equal(quoted.code, 0, quoted.stderr);
  assert.equal(quoted.stdout, scraped.stdout);
  const json = await runCli(['quote', 'AAPL', '--format', 'json', '--fields', 'Ticker,Market Cap', '--base-url', server.origin]);
  const [row] = JSON.parse(json.stdout) as Record<string, unknown>[];
  assert.deepEqual(Object.keys(row ?? {}), ['Ticker', 'Market Cap']);
  assert.equal(typeof row?.['Market Cap'], 'number', 'compute-ready, as scrape writes it');
});

test('quote --format table: the values as the page shows them, labels down the page', async () => {
  const result = await runCli([
    'quote',
    'AAPL',
    'ZZNOPE',
    '--format',
    'table',
    '--fields',
    'Ticker,Company,Market Cap,Error',
    '--base-url',
    server.origin,
  ]);
  assert.equal(result.code, 1, result.stderr);
  const lines = result.stdout.split('\n');
  assert.match(lines[0] ?? '', /^Ticker +AAPL +ZZNOPE$/);
  assert.match(lines[2] ?? '', /^Market Cap +\d+(\.\d+)?[BMT]$/, 'as shown, e.g. 531.94B');
  assert.match(lines[3] ?? '', /^Error +HTTP 404: ticker not found$/);
});

test('quote with something that is no ticker: exit 2 before any request', async () => {
  const requests = server.stats.requests;
  const result = await runCli(['quote', 'AAPL', 'not/a/ticker', '--base-url', server.origin]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /the tickers given:1: "not\/a\/ticker" is not a ticker/);
  assert.equal(server.stats.requests, requests);
});
