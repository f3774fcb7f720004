import assert from 'node:assert/strict';
import {mkdtemp, readdir, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {renderQuotePage} from '../src/demo/quote-page.js';
import {startStandInServer} from '../src/demo/stand-in-server.js';
import {runCli} from './helpers/run-cli.js';
import {sendHtml, startScriptedServer} from './helpers/scripted-server.js';

test('doctor against the stand-in: both pages recognised, exit 0, answers saved with --save', async () => {
  const server = await startStandInServer();
  const saved = await mkdtemp(join(tmpdir(), 'screener-doctor-'));
  try {
    const result = await runCli(['doctor', '--base-url', server.origin, '--ticker', 'msft', '--save', saved]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /quote page: GET http:\/\/127\.0\.0\.1:\d+\/stock\?t=MSFT&p=d\n {2}answer {4}HTTP 200 in \d+ ms/);
    assert.match(result.stdout, /page {6}recognised: a quote page/);
    assert.match(result.stdout, /page {6}recognised: a screener page, .*20 tickers read of 20 rows/);
    assert.match(result.stdout, /verdict: every page was recognised/);
    assert.equal(server.stats.requests, 2, 'one request a page, no retries');
    assert.deepEqual((await readdir(saved)).sort(), ['MSFT.html', 'screener_v=111_r=1.html']);
    assert.equal(await readFile(join(saved, 'MSFT.html'), 'utf8'), renderQuotePage('MSFT'));
  } finally {
    await server.close();
  }
});

test('doctor against a site of an unknown layout: exit 4, and what to do', async () => {
  const server = await startScriptedServer((ticker, _attempt, response) =>
    sendHtml(
      response,
      renderQuotePage(ticker)
        .replaceAll('snapshot-table2', 'stats-grid')
        .replaceAll('snapshot-td', 'stats-cell')
        .replaceAll('quote-header', 'ticker-head'),
    ),
  );
  try {
    const result = await runCli(['doctor', '--base-url', server.origin]);
    assert.equal(result.code, 4, result.stdout + result.stderr);
    assert.match(result.stdout, /page {6}page not recognised: Finviz may have changed its layout/);
    assert.match(result.stdout, /verdict: a page was not recognised: .*Update screener/);
  } finally {
    await server.close();
  }
});

test('doctor against a dead site: exit 5', async () => {
  const result = await runCli(['doctor', '--base-url', 'http://127.0.0.1:9']);
  assert.equal(result.code, 5, result.stdout + result.stderr);
  assert.match(result.stdout, /answer {4}none after \d+ ms: connection refused/);
});
