import assert from 'node:assert/strict';
import {mkdtemp, readdir, readFile} from 'node:fs/promises';
import {createServer, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {renderQuotePage} from '../src/demo/quote-page.js';
import {COLUMNS} from '../src/output/columns.js';
import {UNREACHABLE_IN_A_ROW} from '../src/scrape/run-guard.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';
import {sendHtml, startScriptedServer} from './helpers/scripted-server.js';

const PAGES = new URL('../../shared/finviz-pages/', import.meta.url);
const ERROR = COLUMNS.indexOf('Error');
const tickers = (count: number): string[] => Array.from({length: count}, (_, i) => `T${i}`);

/** A whole page in a layout screener does not know: today's page with its structure renamed. */
function redesignedPage(ticker: string): string {
  return renderQuotePage(ticker)
    .replaceAll('snapshot-table2', 'stats-grid')
    .replaceAll('snapshot-td', 'stats-cell')
    .replaceAll('quote-header', 'ticker-head');
}

test('a site whose pages screener does not know: stops within a few requests, exit 4, never "not found"', async () => {
  const server = await startScriptedServer((ticker, _attempt, response) => sendHtml(response, redesignedPage(ticker)));
  const saved = await mkdtemp(join(tmpdir(), 'screener-save-'));
  try {
    const list = tickers(40);
    const result = await runCli(['scrape', '-', '--workers', '2', '--base-url', server.origin, '--save-pages', saved], {
      stdin: list.join('\n'),
    });
    assert.equal(result.code, 4, result.stderr);
    assert.ok(server.requests() <= 8, `${server.requests()} requests`);
    const rows = parseCsv(result.stdout).slice(1);
    assert.deepEqual(
      rows.map((row) => row[0]),
      list,
      'every ticker has its row, in order',
    );
    assert.ok(
      rows.every((row) => row[ERROR] !== ''),
      'no row passes for good',
    );
    assert.ok(
      rows.every((row) => /not recognised/.test(row[ERROR] ?? '')),
      rows.map((row) => row[ERROR]).join('\n'),
    );
    assert.doesNotMatch(result.stdout + result.stderr, /not found/);
    assert.match(result.stderr, /stopped: .*not recognised.*screener doctor.*--save-pages/);
    assert.ok(result.stderr.trim().split('\n').length <= 12, result.stderr);
    // The pages that were not recognised are kept, byte for byte, named by ticker.
    const files = (await readdir(saved)).sort();
    assert.ok(files.length >= 3 && files.every((name) => /^T\d+(-\d+)?\.html$/.test(name)), files.join(' '));
    const first = files[0]!;
    assert.equal(await readFile(join(saved, first), 'utf8'), redesignedPage(first.replace(/(-\d+)?\.html$/, '')));
  } finally {
    await server.close();
  }
});

test('a dead site: exit 5 within seconds, with a few lines on stderr, in pool and single mode', {timeout: 20_000}, async () => {
  // A port that was just free: nothing listens there.
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const {port} = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  for (const mode of ['pool', 'single']) {
    const result = await runCli(['scrape', '-', '--mode', mode, '--base-url', `http://127.0.0.1:${port}`], {stdin: tickers(200).join(' ')});
    assert.equal(result.code, 5, result.stderr);
    assert.match(result.stderr, /stopped: the site is unreachable \(.*connection refused\)/);
    assert.ok(result.stderr.trim().split('\n').length <= 5, result.stderr);
    const rows = parseCsv(result.stdout).slice(1);
    assert.equal(rows.length, 200);
    // The tickers that were tried say why; the rest, that they were not fetched.
    const errors = rows.map((row) => row[ERROR]);
    const tried = errors.filter((error) => /^connection refused/.test(error ?? '')).length;
    // At most those in flight (8 workers) and those sent before the stop was known.
    assert.ok(tried >= 1 && tried <= 8 + UNREACHABLE_IN_A_ROW, errors.join('\n'));
    assert.equal(errors.filter((error) => error === 'not fetched: the run stopped (site unreachable)').length, 200 - tried);
  }
});

test('the real Cloudflare challenge page stops the run at once, exit 3, whatever its status', async () => {
  const challenge = await readFile(new URL('error-cloudflare-challenge-2026-08-lit26.html', PAGES), 'utf8');
  for (const status of [403, 503]) {
    const list = tickers(30);
    const server = await startScriptedServer((ticker, _attempt, response) => {
      if (list.indexOf(ticker) < 5) sendHtml(response, renderQuotePage(ticker));
      else sendHtml(response, challenge, status);
    });
    try {
      const result = await runCli(['scrape', '-', '--mode', 'single', '--base-url', server.origin], {stdin: list.join(' ')});
      assert.equal(result.code, 3, result.stderr);
      assert.equal(server.requests(), 6, 'the first challenge stops the run');
      const rows = parseCsv(result.stdout).slice(1);
      assert.ok(rows.slice(0, 5).every((row) => row[ERROR] === ''));
      assert.equal(rows[5]?.[ERROR], `HTTP ${status}: blocked by Cloudflare (a "Just a moment" challenge)`);
      assert.ok(rows.slice(6).every((row) => row[ERROR] === 'blocked'));
      assert.match(result.stderr, /blocked this run.*--rate 1.*--proxy/);
    } finally {
      await server.close();
    }
  }
});

test('cookies the site sets are sent back on the next requests', async () => {
  const seen: Array<string | undefined> = [];
  const server = await startScriptedServer((ticker, _attempt, response, request) => {
    seen.push(request.headers.cookie);
    if (seen.length === 1) response.setHeader('set-cookie', ['session=abc123; Path=/; HttpOnly', 'pref=dark; Path=/']);
    sendHtml(response, renderQuotePage(ticker));
  });
  try {
    const result = await runCli(['scrape', '-', '--mode', 'single', '--base-url', server.origin], {stdin: 'AAPL MSFT NVDA'});
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(seen, [undefined, 'session=abc123; pref=dark', 'session=abc123; pref=dark']);
  } finally {
    await server.close();
  }
});

test('a site that moved its quote path costs one extra request a run, not one a page', async () => {
  const paths: string[] = [];
  const server = await startScriptedServer((ticker, _attempt, response, request) => {
    const url = new URL(request.url ?? '/', 'http://x');
    paths.push(url.pathname);
    if (url.pathname === '/stock') redirect(response, `/quote.ashx${url.search}`);
    else sendHtml(response, renderQuotePage(ticker));
  });
  try {
    for (const [mode, workers] of [
      ['single', 1],
      ['pool', 4],
    ] as const) {
      paths.length = 0;
      const list = tickers(30);
      const result = await runCli(['scrape', '-', '--mode', mode, '--workers', String(workers), '--base-url', server.origin], {
        stdin: list.join(' '),
      });
      assert.equal(result.code, 0, result.stderr);
      assert.equal(parseCsv(result.stdout).length, 31);
      const redirected = paths.filter((path) => path === '/stock').length;
      // Requests sent before the first redirect came back may each meet it once.
      assert.ok(redirected >= 1 && redirected <= workers, `${mode}: ${redirected} redirected`);
      assert.equal(paths.length, 30 + redirected, mode);
    }
  } finally {
    await server.close();
  }
});

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, {location, 'content-length': '0'});
  response.end();
}
