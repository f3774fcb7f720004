import assert from 'node:assert/strict';
import {once} from 'node:events';
import {readFileSync} from 'node:fs';
import {createServer, type RequestListener} from 'node:http';
import type {AddressInfo} from 'node:net';
import {after, before, describe, test} from 'node:test';
import {generateScreenerRow, renderScreenerPage} from '../src/demo/screener-page.js';
import {STAND_IN_FILTERS, STAND_IN_ORDERS, STAND_IN_SIGNALS} from '../src/demo/stand-in-filters.js';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';
import {sendHtml} from './helpers/scripted-server.js';

const PAGES = new URL('../../shared/finviz-pages/', import.meta.url);

async function withSite(handler: RequestListener, run: (origin: string) => Promise<void>): Promise<void> {
  const site = createServer(handler).listen(0, '127.0.0.1');
  await once(site, 'listening');
  try {
    await run(`http://127.0.0.1:${(site.address() as AddressInfo).port}`);
  } finally {
    site.closeAllConnections();
    site.close();
  }
}

describe('screener filters, against the stand-in', () => {
  let site: StandInServer;
  before(async () => {
    site = await startStandInServer();
  });
  after(() => site.close());

  test('text: one code a line, the filter before its name, grouped; one request', async () => {
    const before = site.stats.screenerRequests;
    const result = await runCli(['filters', '--base-url', site.origin]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(site.stats.screenerRequests - before, 1);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines[0], '# Filters (--filters, comma-separated)');
    assert.ok(lines.includes('cap_mega                   Market Cap.: Mega ($200bln and more)'), result.stdout);
    assert.ok(lines.some((line) => /^fa_pe_\{from\}to\{to\} +P\/E: a custom range/.test(line)));
    assert.ok(lines.includes('ta_topgainers              Top Gainers'));
    assert.ok(lines.includes("# Orders (--order; a '-' first sorts descending, e.g. -marketcap)"));
  });

  test('csv and json: every code the stand-in implements', async () => {
    const csv = await runCli(['filters', '--format', 'csv', '--base-url', site.origin]);
    assert.equal(csv.code, 0, csv.stderr);
    const [header, ...rows] = parseCsv(csv.stdout);
    assert.deepEqual(header, ['kind', 'filter', 'group', 'code', 'name']);
    const ranges = STAND_IN_FILTERS.filter((filter) => filter.custom === 'frange').length;
    const options = STAND_IN_FILTERS.reduce((sum, filter) => sum + filter.options.length, 0);
    assert.equal(rows.length, options + ranges + STAND_IN_SIGNALS.length + STAND_IN_ORDERS.length);
    assert.deepEqual(rows[0], ['filter', 'exch', 'Exchange', 'exch_amex', 'AMEX']);
    const json = await runCli(['filters', '--format', 'json', '--base-url', site.origin]);
    assert.equal(json.code, 0, json.stderr);
    const document = JSON.parse(json.stdout) as {filters: {id: string; choices: unknown[]}[]; signals: unknown[]; orders: unknown[]};
    assert.deepEqual(
      document.filters.map((menu) => [menu.id, menu.choices.length]),
      STAND_IN_FILTERS.map((filter) => [filter.id, filter.options.length]),
    );
    assert.deepEqual(
      document.signals,
      STAND_IN_SIGNALS.map(({code, name}) => ({code, name})),
    );
  });
});

test('screener filters lists the codes of a real page (Finviz, September 2025)', async () => {
  const page = readFileSync(new URL('screener-new-v111-overview-2025-09-hu0573.html', PAGES), 'utf8');
  await withSite(
    (_request, response) => sendHtml(response, page),
    async (origin) => {
      const result = await runCli(['filters', '--format', 'csv', '--base-url', origin]);
      assert.equal(result.code, 0, result.stderr);
      const rows = parseCsv(result.stdout).slice(1);
      // 2766 codes of 85 filters, 51 of which take a custom range; 33 signals; 130 orders (counted by hand).
      assert.equal(rows.length, 2766 + 51 + 33 + 130);
      assert.ok(rows.some((row) => row.join() === 'filter,cap,Market Cap.,cap_mega,Mega ($200bln and more)'));
    },
  );
});

test('a page without a filter panel is not recognised: exit 4, one line', async () => {
  await withSite(
    (_request, response) =>
      sendHtml(response, renderScreenerPage({layout: '2026-07', view: 111, rows: ['AAPL'].map(generateScreenerRow), total: 1})),
    async (origin) => {
      const result = await runCli(['filters', '--base-url', origin]);
      assert.equal(result.code, 4);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^screener: the screener page \(screener\?v=111&ft=4&r=1\) shows no filter panel screener recognises/);
      assert.equal(result.stderr.trimEnd().split('\n').length, 1);
    },
  );
});
