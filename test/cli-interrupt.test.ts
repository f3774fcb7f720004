import assert from 'node:assert/strict';
import type {ServerResponse} from 'node:http';
import {after, before, test} from 'node:test';
import {renderQuotePage} from '../src/demo/quote-page.js';
import {parseCsv} from './helpers/csv.js';
import {startCli} from './helpers/run-cli.js';
import {sendHtml, startScriptedServer, type ScriptedServer} from './helpers/scripted-server.js';

// The first three tickers answer at once; the rest hang until the client gives up.
const FAST = ['AAA', 'BBB', 'CCC'];
const HANGING = ['DDD', 'EEE', 'FFF', 'GGG', 'HHH'];
let server: ScriptedServer;
const held: ServerResponse[] = [];

before(async () => {
  server = await startScriptedServer((ticker, _attempt, response) => {
    if (FAST.includes(ticker)) sendHtml(response, renderQuotePage(ticker));
    else held.push(response);
  });
});
after(() => server.close());

for (const mode of ['pool', 'single'] as const) {
  test(`${mode} mode: Ctrl-C aborts in-flight requests, writes the complete rows in order, exits 130`, async () => {
    const before = server.requests();
    const cli = startCli(['scrape', '-', '--mode', mode, '--workers', '2', '--base-url', server.origin], {
      stdin: [...FAST, ...HANGING].join('\n'),
    });
    // Wait until the three fast rows are out and a hanging request has arrived.
    await cli.waitForStdout((text) => text.split('\n').length >= 5);
    await server.waitForRequests(before + 4);
    cli.child.kill('SIGINT');
    const result = await cli.result;
    assert.equal(result.code, 130, result.stderr);
    assert.deepEqual(
      parseCsv(result.stdout)
        .slice(1)
        .map((row) => row[0]),
      FAST,
    );
    assert.match(result.stderr, /interrupted: 3 of 8 tickers done, written to stdout/);
    // Nothing was dispatched after the interrupt: at most the in-flight ones beyond the fast three.
    const sent = server.requests() - before;
    assert.ok(sent <= FAST.length + (mode === 'pool' ? 2 : 1), `${sent} requests`);
  });
}

test('--format json: an interrupted run still leaves one valid array of its complete rows', async () => {
  const before = server.requests();
  const cli = startCli(['scrape', '-', '--format', 'json', '--fields', 'Ticker,Price', '--workers', '2', '--base-url', server.origin], {
    stdin: [...FAST, ...HANGING].join('\n'),
  });
  await cli.waitForStdout((text) => text.includes(`"${FAST.at(-1)}"`));
  await server.waitForRequests(before + FAST.length + 1);
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
