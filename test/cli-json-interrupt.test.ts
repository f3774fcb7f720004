import assert from 'node:assert/strict';
import type {ServerResponse} from 'node:http';
import {after, before, test} from 'node:test';
import {renderQuotePage} from '../src/demo/quote-page.js';
import {startCli} from './helpers/run-cli.js';
import {sendHtml, startScriptedServer, type ScriptedServer} from './helpers/scripted-server.js';

// The first two tickers answer at once; the rest hang until the client gives up.
const FAST = ['AAA', 'BBB'];
const HANGING = ['CCC', 'DDD', 'EEE'];
let server: ScriptedServer;
const held: ServerResponse[] = [];

before(async () => {
  server = await startScriptedServer((ticker, _attempt, response) => {
    if (FAST.includes(ticker)) sendHtml(response, renderQuotePage(ticker));
    else held.push(response);
  });
});
after(() => server.close());

test('--format json: an interrupted run still leaves one valid array of its complete rows', async () => {
  const cli = startCli(['scrape', '-', '--format', 'json', '--fields', 'Ticker,Price', '--workers', '2', '--base-url', server.origin], {
    stdin: [...FAST, ...HANGING].join('\n'),
  });
  await cli.waitForStdout((text) => text.includes('"BBB"'));
  await server.waitForRequests(FAST.length + 1);
  cli.child.kill('SIGINT');
  const result = await cli.result;
  assert.equal(result.code, 130, result.stderr);
  const rows = JSON.parse(result.stdout) as {Ticker: string; Price: unknown}[];
  assert.deepEqual(
    rows.map((row) => row.Ticker),
    FAST,
  );
  for (const row of rows) assert.equal(typeof row.Price, 'number');
});
