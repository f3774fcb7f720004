import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import type {ServerResponse} from 'node:http';
import {after, before, describe, test} from 'node:test';
import {generateQuote, renderQuotePage} from '../src/demo/quote-page.js';
import {COLUMNS} from '../src/output/columns.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';
import {sendHtml, startScriptedServer, type ScriptedServer} from './helpers/scripted-server.js';

const TOO_MANY_REQUESTS = await readFile(
  new URL('../../shared/finviz-pages/error-too-many-requests-2021-05-kvokka.txt', import.meta.url),
  'utf8',
);

/** A fault, by name, for one attempt. */
const FAULTS: Record<string, (response: ServerResponse, page: string) => void> = {
  '503': (response) => sendHtml(response, '<html>Service Unavailable</html>', 503),
  reset: (response) => response.socket?.destroy(),
  truncated: (response, page) => {
    // Promise the whole page, send a third of it, then hang up.
    response.writeHead(200, {'content-type': 'text/html', 'content-length': Buffer.byteLength(page)});
    response.write(page.slice(0, page.length / 3), () => response.socket?.destroy());
  },
  'cut-html': (response, page) => sendHtml(response, page.slice(0, page.indexOf('snapshot-table2') + 2000)),
  stall: () => {}, // never answers: the client's timeout must end it
  '429': (response) => {
    response.writeHead(429, {'retry-after': '1', 'content-type': 'text/html'});
    response.end('<html>Too Many Requests</html>');
  },
  'too-many': (response) => sendHtml(response, TOO_MANY_REQUESTS),
  '404': (response, page) => sendHtml(response, page.replace(/snapshot-table2/g, 'gone'), 404),
};

/** Each ticker's script: the faults of its first attempts, then a good page. 'always' repeats its fault. */
const SCRIPTS: Record<string, {faults: string[]; always?: boolean}> = {
  OKAY: {faults: []},
  FIVEOH: {faults: ['503', '503']},
  RESET: {faults: ['reset']},
  TRUNC: {faults: ['truncated']},
  CUTHTML: {faults: ['cut-html']},
  STALL: {faults: ['stall']},
  SLOWDOWN: {faults: ['429']},
  TOOMANY: {faults: ['too-many', 'too-many', 'too-many', 'too-many', 'too-many', 'too-many']},
  NOPE: {faults: ['404'], always: true},
  DOWN: {faults: ['503'], always: true},
};

describe('retries: every row comes out right and in order through faults', () => {
  let server: ScriptedServer;
  const attemptTimes = new Map<string, number[]>();
  before(async () => {
    server = await startScriptedServer((ticker, attempt, response) => {
      attemptTimes.set(ticker, [...(attemptTimes.get(ticker) ?? []), performance.now()]);
      const script = SCRIPTS[ticker]!;
      const fault = script.always ? script.faults[0] : script.faults[attempt - 1];
      const page = renderQuotePage(ticker);
      if (fault === undefined) sendHtml(response, page);
      else FAULTS[fault]!(response, page);
    });
  });
  after(() => server.close());

  test('pool mode', async () => {
    const tickers = Object.keys(SCRIPTS);
    const result = await runCli(['scrape', '-', '--workers', '4', '--retries', '2', '--timeout', '1500', '--base-url', server.origin], {
      stdin: tickers.join('\n'),
    });
    assert.equal(result.code, 1, result.stderr);
    const rows = parseCsv(result.stdout);
    const error = COLUMNS.indexOf('Error');
    const price = COLUMNS.indexOf('Price');
    assert.deepEqual(
      rows.slice(1).map((row) => row[0]),
      tickers,
    );
    const expectedPrice = (ticker: string) => generateQuote(ticker).snapshot.find(([label]) => label === 'Price')?.[1];
    for (const row of rows.slice(1)) {
      const ticker = row[0]!;
      if (ticker === 'NOPE') assert.equal(row[error], 'HTTP 404: ticker not found');
      else if (ticker === 'DOWN') assert.equal(row[error], 'HTTP 503 (after 3 attempts)');
      else {
        assert.equal(row[error], '', `${ticker}: ${row[error]}`);
        assert.equal(row.filter((value) => value !== '').length > 80, true, `${ticker} has a full row`);
        assert.equal(Number(row[price]), Number(expectedPrice(ticker))); // the default output writes 16.40 as 16.4
      }
    }
    // Not found is final; a fault is retried --retries times; throttling does not use up retries.
    assert.equal(server.attempts.get('NOPE'), 1);
    assert.equal(server.attempts.get('DOWN'), 3);
    assert.equal(server.attempts.get('FIVEOH'), 3);
    assert.equal(server.attempts.get('TOOMANY'), 7);
    // Retry-After: 1 was honoured.
    const [first, second] = attemptTimes.get('SLOWDOWN')!;
    assert.ok(second! - first! >= 950, `retried after ${second! - first!} ms`);
    assert.match(result.stderr, /^requests: \d+ \(\d+ retries, 7 throttling answers\); HTTP status: .*200 ×\d+.*404 ×1.*429 ×1.*503 ×5/m);
    assert.match(result.stderr, /^errors: .*1 × HTTP 404: ticker not found/m);
  });
});
