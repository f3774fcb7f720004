import assert from 'node:assert/strict';
import {once} from 'node:events';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {after, before, describe, test} from 'node:test';
import {generateScreenerRow, renderScreenerPage} from '../src/demo/screener-page.js';
import {screenUniverse} from '../src/demo/screener-universe.js';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';
import {sendHtml} from './helpers/scripted-server.js';

describe("screen checks its codes against the stand-in's page 1", () => {
  let site: StandInServer;
  before(async () => {
    site = await startStandInServer();
  });
  after(() => site.close());

  // Each kind of code's messages are tested in screener-panel.test.ts; here, a filter, an order and the tickers view.
  test('an unknown code: exit 2, one line with the closest codes, nothing written, no page after page 1', async () => {
    for (const [args, message] of [
      [['--filters', 'cap_large,sec_tecnology'], /^screener: unknown filter code "sec_tecnology": Sector offers "sec_technology"/],
      [['--order', '-marketcapp'], /^screener: unknown order code "-marketcapp": did you mean "-marketcap"\?/],
      [['--filters', 'fa_pe_u15x', '--tickers-only'], /^screener: unknown filter code "fa_pe_u15x": P\/E offers "fa_pe_u15"/],
    ] as const) {
      const before = site.stats.screenerRequests;
      const result = await runCli(['screen', ...args, '--workers', '2', '--base-url', site.origin]);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
      assert.equal(result.stdout, '');
      assert.equal(site.stats.screenerRequests - before, 1, 'page 1 only');
    }
  });

  test('listed codes and custom ranges pass, and the stand-in applies them', async () => {
    const filters = 'cap_0.5to500,fa_pe_10to40,sh_price_o5';
    const expected = screenUniverse(filters, 'ta_topgainers', '-pe');
    assert.ok(expected.length > 20, `${expected.length} rows: more than one page`);
    const result = await runCli([
      'screen',
      '--filters',
      filters,
      '--signal',
      'ta_topgainers',
      '--order',
      '-pe',
      '--fields',
      'Ticker,P/E,Change',
      '--workers',
      '2',
      '--base-url',
      site.origin,
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /warning/);
    const rows = parseCsv(result.stdout).slice(1);
    assert.deepEqual(
      rows.map((row) => row[0]),
      expected,
    );
    for (const [, pe, change] of rows) {
      assert.ok(Number(pe) >= 10 && Number(pe) <= 40 && Number(change) > 0, `P/E ${pe}, change ${change}`);
    }
  });
});

test('a page 1 with no filter panel: the codes go unchecked, with a warning, and the screen runs', async () => {
  const tickers = screenUniverse('', '', '').slice(0, 30);
  const site = createServer((request, response) => {
    const offset = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('r') ?? '1');
    // No `panel`: a page whose panel screener does not recognise.
    sendHtml(
      response,
      renderScreenerPage({
        layout: '2026-07',
        view: 111,
        rows: tickers.slice(offset - 1, offset + 19).map(generateScreenerRow),
        total: 30,
        offset,
      }),
    );
  }).listen(0, '127.0.0.1');
  await once(site, 'listening');
  try {
    const {port} = site.address() as AddressInfo;
    const result = await runCli(['screen', '--filters', 'cap_whatever', '--workers', '2', '--base-url', `http://127.0.0.1:${port}`]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /^screener: warning: could not check cap_whatever: the screener page shows no menu of it/m);
    assert.equal(parseCsv(result.stdout).length, 31);
  } finally {
    site.closeAllConnections();
    site.close();
  }
});
