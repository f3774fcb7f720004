import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {renderQuotePage} from '../src/demo/quote-page.js';
import {COLUMNS} from '../src/output/columns.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';
import {sendHtml, startScriptedServer, type ScriptedServer} from './helpers/scripted-server.js';

const TICKERS = Array.from({length: 40}, (_, i) => `T${i}`);
const GOOD = 10;
/**
 * Requests the block may take before the run stops: the 403s it needs to see (3), the requests in
 * flight (2 workers) and the answers waiting for a parsing thread (as many). Each keeps its own
 * reason; only tickers never asked for are marked blocked.
 */
const AT_MOST_TRIED = 3 + 2 + 2;

/** The site serves the first GOOD tickers, then answers every request with `block`. */
function blockingServer(block: (response: import('node:http').ServerResponse) => void): Promise<ScriptedServer> {
  return startScriptedServer((ticker, _attempt, response) => {
    if (TICKERS.indexOf(ticker) < GOOD) sendHtml(response, renderQuotePage(ticker));
    else block(response);
  });
}

const blocks = {
  'a Cloudflare 403 (error code: 1010)': (response: import('node:http').ServerResponse) => {
    response.writeHead(403, {'content-type': 'text/plain'});
    response.end('error code: 1010');
  },
  'plain 403s in a row': (response: import('node:http').ServerResponse) => sendHtml(response, '<html><body>Forbidden</body></html>', 403),
};

for (const [what, block] of Object.entries(blocks)) {
  let server: ScriptedServer;
  before(async () => {
    server = await blockingServer(block);
  });
  after(() => server.close());

  test(`blocked by ${what}: stops within a few requests, keeps the rows done, exits 3`, async () => {
    const result = await runCli(['scrape', '-', '--workers', '2', '--base-url', server.origin], {stdin: TICKERS.join(' ')});
    assert.equal(result.code, 3, result.stderr);
    const rows = parseCsv(result.stdout).slice(1);
    const error = COLUMNS.indexOf('Error');
    assert.deepEqual(
      rows.map((row) => row[0]),
      TICKERS,
    );
    assert.ok(
      rows.slice(0, GOOD).every((row) => row[error] === ''),
      'rows done before the block are kept',
    );
    assert.ok(
      rows.slice(GOOD + AT_MOST_TRIED).every((row) => row[error] === 'blocked'),
      `the rest are marked blocked: ${rows.map((row) => `${row[0]}=${row[error]}`).join(' ')}`,
    );
    assert.ok(server.requests() <= GOOD + AT_MOST_TRIED, `${server.requests()} requests`);
    assert.match(result.stderr, /blocked this run.*--rate.*--proxy/);
  });
}
