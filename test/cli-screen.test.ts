import assert from 'node:assert/strict';
import {once} from 'node:events';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {after, before, describe, test} from 'node:test';
import {renderScreenerPage, generateScreenerRow} from '../src/demo/screener-page.js';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {screenUniverse} from '../src/demo/screener-universe.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';
import {sendHtml} from './helpers/scripted-server.js';

const tickersOf = (csv: string) =>
  parseCsv(csv)
    .slice(1)
    .map((row) => row[0]);

/** undefined: the stand-in's default, today's layout (July 2026, the logo link in the Ticker cell). */
for (const layout of [undefined, '2025', 'old'] as const) {
  describe(`screener screen against the stand-in's ${layout ?? 'default (2026-07)'} screener layout`, () => {
    let site: StandInServer;
    before(async () => {
      site = await startStandInServer({latencyMs: 30, screenerLayout: layout});
    });
    after(() => site.close());

    test('every page, in screener order; pages after the first fetched in parallel', async () => {
      const expected = screenUniverse('cap_large', '', '-marketcap');
      assert.ok(expected.length > 60 && expected.length % 20 !== 0, `a screen of ${expected.length} rows ends on a part page`);
      const before = site.stats.screenerRequests;
      const result = await runCli([
        'screen',
        '--filters',
        'cap_large',
        '--order',
        '-marketcap',
        '--workers',
        '4',
        '--base-url',
        site.origin,
      ]);
      assert.equal(result.code, 0, result.stderr);
      // The tickers the links name: in July 2026's layout the cell's text would be "A" + the ticker.
      assert.deepEqual(tickersOf(result.stdout), expected);
      assert.equal(site.stats.screenerRequests - before, Math.ceil(expected.length / 20));
      assert.ok(site.stats.peakInFlight >= 2, `peak in flight ${site.stats.peakInFlight}`);
      const header = parseCsv(result.stdout)[0]!;
      const marketCap = header.indexOf('Market Cap');
      const caps = parseCsv(result.stdout)
        .slice(1)
        .map((row) => Number(row[marketCap]));
      assert.deepEqual(
        caps,
        [...caps].sort((a, b) => b - a),
        'values are normalized numbers, in the order asked',
      );
    });

    test('--limit, and --tickers-only (the tickers view) piped into scrape', async () => {
      const views = new Map(site.stats.screenerViews);
      const screen = await runCli([
        'screen',
        '--filters',
        'cap_mid',
        '--limit',
        '25',
        '--tickers-only',
        '--workers',
        '2',
        '--base-url',
        site.origin,
      ]);
      assert.equal(screen.code, 0, screen.stderr);
      assert.equal((site.stats.screenerViews.get(411) ?? 0) - (views.get(411) ?? 0), 1, 'one page of the tickers view');
      const tickers = screen.stdout.trimEnd().split('\n');
      assert.deepEqual(tickers, screenUniverse('cap_mid', '', '').slice(0, 25));
      const scrape = await runCli(['scrape', '-', '--workers', '2', '--base-url', site.origin], {stdin: screen.stdout});
      assert.equal(scrape.code, 0, scrape.stderr);
      assert.deepEqual(tickersOf(scrape.stdout), tickers);
    });
  });
}

describe('screen --tickers-only: 1,000 tickers a request', () => {
  const SIZE = 2345;
  let site: StandInServer;
  before(async () => {
    site = await startStandInServer({screenerUniverseSize: SIZE});
  });
  after(() => site.close());

  test("every page of the tickers view, r=1, 1001, 2001, in the screen's order", async () => {
    const expected = screenUniverse('', '', '-volume', SIZE);
    assert.equal(expected.length, SIZE);
    const result = await runCli(['screen', '--order', '-volume', '--tickers-only', '--workers', '4', '--base-url', site.origin]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.stdout.trimEnd().split('\n'), expected);
    assert.deepEqual([...site.stats.screenerViews], [[411, 3]]);
  });
});

describe('scrape --via screener: 20 tickers a request', () => {
  let site: StandInServer;
  before(async () => {
    site = await startStandInServer(); // today's layout
  });
  after(() => site.close());

  test('the same values as quote mode in the columns both have, in input order, with far fewer requests', async () => {
    const tickers = [...screenUniverse('', '', '').slice(0, 44), 'ZZNOPE'];
    const stdin = tickers.join('\n');
    const screenerBefore = site.stats.screenerRequests;
    const batch = await runCli(['scrape', '-', '--via', 'screener', '--workers', '2', '--base-url', site.origin], {stdin});
    assert.equal(site.stats.screenerRequests - screenerBefore, 3);
    const quote = await runCli(['scrape', '-', '--workers', '2', '--base-url', site.origin], {stdin});
    assert.equal(batch.code, 1, batch.stderr);
    assert.equal(quote.code, 1, quote.stderr);
    const [header, ...batchRows] = parseCsv(batch.stdout);
    const [quoteHeader, ...quoteRows] = parseCsv(quote.stdout);
    assert.deepEqual(header, quoteHeader);
    assert.deepEqual(tickersOf(batch.stdout), tickers);
    let compared = 0;
    for (const [i, row] of batchRows.entries()) {
      for (const [column, value] of row.entries()) {
        // Old-layout columns (ROI, Dividend Annual Yield) only the screener fills: nothing to compare with.
        if (value === '' || quoteRows[i]![column] === '' || header![column] === 'Error') continue;
        assert.equal(value, quoteRows[i]![column], `${row[0]} ${header![column]}`);
        compared++;
      }
    }
    assert.ok(compared > 44 * 40, `${compared} values compared`);
    const error = header!.indexOf('Error');
    assert.deepEqual(
      batchRows.slice(0, 44).map((row) => row[error]),
      Array(44).fill(''),
    );
    assert.equal(batchRows.at(-1)![error], "not in the screener's answer: ticker not found");
  });
});

describe('a screener page whose Ticker cell shows another ticker than its links', () => {
  const universe = screenUniverse('', '', '');
  // The 25th ticker, on page 2 of a table view, shows its first letter twice, as "AAAPL" would.
  const bad = universe[24]!;
  const shown = `${bad.slice(0, 1)}${bad}`;
  let site: StandInServer;
  before(async () => {
    site = await startStandInServer({screenerShownTicker: (ticker) => (ticker === bad ? shown : ticker)});
  });
  after(() => site.close());

  /** Every ticker written is one of the screen's, in its place, and none is the text shown. */
  function assertNoWrongTicker(written: readonly (string | undefined)[]): void {
    assert.ok(!written.includes(shown), `${shown} was written`);
    assert.deepEqual(written, universe.slice(0, written.length));
  }

  test('screen writes the rows before that page, never a wrong ticker, and exits 4', async () => {
    const result = await runCli(['screen', '--workers', '2', '--retries', '0', '--base-url', site.origin]);
    assert.equal(result.code, 4, result.stderr);
    assert.match(result.stderr, /page not recognised: Finviz may have changed its layout/);
    const written = tickersOf(result.stdout);
    assertNoWrongTicker(written);
    assert.equal(written.length, 20, 'page 1 only');
    assert.match(result.stderr, new RegExp(`shows the ticker "${shown}" but its links name ${bad}`));
  });

  test('screen --tickers-only neither', async () => {
    const result = await runCli(['screen', '--tickers-only', '--workers', '2', '--retries', '0', '--base-url', site.origin]);
    assert.equal(result.code, 4, result.stderr);
    assert.equal(result.stdout, '', 'the one page of the tickers view is the bad one');
  });

  test("scrape --via screener gives that batch's tickers an Error, never a wrong row", async () => {
    const tickers = universe.slice(0, 45);
    const result = await runCli(['scrape', '-', '--via', 'screener', '--workers', '2', '--retries', '0', '--base-url', site.origin], {
      stdin: tickers.join('\n'),
    });
    assert.equal(result.code, 1, result.stderr);
    const [header, ...rows] = parseCsv(result.stdout);
    assert.deepEqual(
      rows.map((row) => row[0]),
      tickers,
    );
    const error = header!.indexOf('Error');
    const company = header!.indexOf('Company');
    // The batch of tickers 21 to 40 holds the bad one: all 20 fail; the others are good rows.
    rows.forEach((row, index) => {
      const inBadBatch = index >= 20 && index < 40;
      assert.equal(row[error] !== '', inBadBatch, `${row[0]}: ${row[error]}`);
      assert.equal(row[company] === '', inBadBatch, `${row[0]}`);
    });
  });
});

test('a page with no data rows ends the screen, whatever the total said', async () => {
  const tickers = screenUniverse('', '', '').slice(0, 40);
  let requests = 0;
  const site = createServer((request, response) => {
    requests++;
    const offset = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('r') ?? '1');
    const rows = offset > 40 ? [] : tickers.slice(offset - 1, offset + 19).map(generateScreenerRow);
    // Page 1 claims 100 results, but the screen shrank: rows 41 on are gone.
    sendHtml(response, renderScreenerPage({layout: '2026-07', view: 111, rows, total: 100, offset}));
  }).listen(0, '127.0.0.1');
  await once(site, 'listening');
  try {
    const {port} = site.address() as AddressInfo;
    const result = await runCli(['screen', '--workers', '2', '--base-url', `http://127.0.0.1:${port}`]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(tickersOf(result.stdout), tickers);
    // Pages 2 to 5 go out in parallel: how many have left when page 3 turns out empty depends on timing.
    assert.ok(requests >= 3 && requests <= 5, `${requests} requests: pages 1 to 3 (the empty one), and at most the 5 the total names`);
  } finally {
    site.closeAllConnections();
    site.close();
  }
});

test('a filter, signal or order code with other characters is a usage error', async () => {
  for (const args of [
    ['--filters', 'cap_large,f=x&t=AAPL'],
    ['--signal', 'ta topgainers'],
    ['--order', '-marketcap;'],
  ]) {
    const result = await runCli(['screen', ...args, '--base-url', 'http://127.0.0.1:9']);
    assert.equal(result.code, 2, args.join(' '));
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^screener: .*letters, digits/);
  }
});
