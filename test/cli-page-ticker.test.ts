import assert from 'node:assert/strict';
import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {COLUMNS, RAW_COLUMNS} from '../src/output/columns.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';

describe('a page that shows another ticker, end to end', () => {
  let server: StandInServer;
  let listPath: string;
  before(async () => {
    // FB's page is META's, as Finviz shows a renamed ticker; BRK.B's shows the same listing spelt BRK-B.
    server = await startStandInServer({renamedTickers: {FB: 'META', 'BRK.B': 'BRK-B'}});
    const dir = await mkdtemp(join(tmpdir(), 'screener-page-ticker-'));
    listPath = join(dir, 'tickers.txt');
    await writeFile(listPath, 'AAPL\nFB\nBRK.B\n');
  });
  after(() => server.close());

  const WARNING = 'screener: warning: FB: the page shows META (renamed?)';

  for (const mode of ['pool', 'single'] as const) {
    test(`${mode}: the row is written, with the shown ticker in Page Ticker, and one warning`, async () => {
      const result = await runCli(['scrape', listPath, '--mode', mode, '--base-url', server.origin]);
      assert.equal(result.code, 0, result.stderr);
      const [header, ...rows] = parseCsv(result.stdout);
      assert.deepEqual(header, [...COLUMNS]);
      const column = (name: string): number => COLUMNS.indexOf(name);
      assert.deepEqual(
        rows.map((row) => [row[column('Ticker')], row[column('Page Ticker')], row[column('Error')]]),
        [
          ['AAPL', '', ''],
          ['FB', 'META', ''],
          ['BRK.B', '', ''],
        ],
      );
      assert.notEqual(rows[1]?.[column('Market Cap')], '');
      assert.equal(
        result.stderr
          .split('\n')
          .filter((line) => line.includes('the page shows'))
          .join('\n'),
        WARNING,
      );
    });
  }

  test('--raw has Page Ticker just before Error too', async () => {
    const result = await runCli(['scrape', listPath, '--raw', '--base-url', server.origin]);
    assert.equal(result.code, 0, result.stderr);
    const [header, ...rows] = parseCsv(result.stdout);
    assert.deepEqual(header, [...RAW_COLUMNS]);
    assert.deepEqual(header?.slice(-2), ['Page Ticker', 'Error']);
    assert.deepEqual(
      rows.map((row) => row.slice(-2)),
      [
        ['', ''],
        ['META', ''],
        ['', ''],
      ],
    );
    assert.ok(result.stderr.includes(WARNING));
  });

  test('JSON: "Page Ticker" is a string, or null', async () => {
    const result = await runCli(['scrape', listPath, '--format', 'jsonl', '--fields', 'Ticker,Page Ticker', '--base-url', server.origin]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
      [
        {Ticker: 'AAPL', 'Page Ticker': null},
        {Ticker: 'FB', 'Page Ticker': 'META'},
        {Ticker: 'BRK.B', 'Page Ticker': null},
      ],
    );
  });
});
