import assert from 'node:assert/strict';
import {mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {COLUMNS} from '../src/output/columns.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';

// Made-up tickers; those starting with ZZ are unknown to the stand-in site.
const TICKERS = ['MSFT', 'AAPL', 'ZZNOPE', 'NVDA', 'BRK-B', 'GOOG', 'ZZGONE', 'TSLA', 'AMZN', 'META', 'JPM', 'XOM'];

describe('screener scrape, end to end against a local stand-in site', () => {
  let server: StandInServer;
  let dir: string;
  let listPath: string;
  before(async () => {
    server = await startStandInServer({latencyMs: 5, isUnknown: (ticker) => ticker.startsWith('ZZ')});
    dir = await mkdtemp(join(tmpdir(), 'screener-scrape-'));
    listPath = join(dir, 'tickers.txt');
    await writeFile(listPath, `# test list\n${TICKERS.slice(0, 6).join(', ')}\n${TICKERS.slice(6).join(' ')}\nmsft\n`);
  });
  after(() => server.close());

  test('pool mode: one row per ticker in input order, failures in Error, exit 1', async () => {
    const result = await runCli(['scrape', listPath, '--workers', '4', '--base-url', server.origin]);
    assert.equal(result.code, 1, result.stderr);
    const rows = parseCsv(result.stdout);
    assert.deepEqual(rows[0], [...COLUMNS]);
    assert.deepEqual(
      rows.slice(1).map((row) => row[0]),
      TICKERS,
    );
    const error = COLUMNS.indexOf('Error');
    for (const row of rows.slice(1)) {
      assert.equal(row.length, COLUMNS.length);
      if (row[0]!.startsWith('ZZ')) {
        assert.equal(row[error], 'HTTP 404: ticker not found');
        assert.ok(
          row.slice(1, error).every((value) => value === ''),
          'a failed row has only Ticker and Error',
        );
      } else {
        assert.equal(row[error], '');
        assert.notEqual(row[COLUMNS.indexOf('Company')], '');
        assert.notEqual(row[COLUMNS.indexOf('Market Cap')], '');
        assert.notEqual(row[COLUMNS.indexOf('EPS growth next Y')], '');
      }
    }
    assert.match(result.stderr, /duplicate tickers kept once.*MSFT/);
    assert.match(result.stderr, /^screener: ZZNOPE: HTTP 404: ticker not found$/m);
    assert.match(result.stderr, /^pool: 12 tickers \(10 ok, 2 failed\) in \d+\.\d\d s, \d+ pages\/s, 4 workers$/m);
  });

  test('single and pool mode write byte-identical CSV', async () => {
    const single = await runCli(['scrape', listPath, '--mode', 'single', '--base-url', server.origin]);
    const pool = await runCli(['scrape', listPath, '--mode', 'pool', '--workers', '3', '--base-url', server.origin]);
    assert.equal(single.code, 1);
    assert.equal(pool.code, 1);
    assert.ok(single.stdout.length > 1000);
    assert.equal(single.stdout, pool.stdout);
    assert.match(single.stderr, /^single: 12 tickers \(10 ok, 2 failed\) .* one request at a time$/m);
  });

  test('reads stdin for "-" and exits 0 when every row is ok', async () => {
    const result = await runCli(['scrape', '-', '--base-url', server.origin], {stdin: 'aapl\nmsft,nvda\n'});
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      parseCsv(result.stdout)
        .slice(1)
        .map((row) => row[0]),
      ['AAPL', 'MSFT', 'NVDA'],
    );
  });

  test('--output writes the file and nothing to stdout, leaving no temporary file', async () => {
    const out = join(dir, 'out.csv');
    const result = await runCli(['scrape', listPath, '-o', out, '--base-url', server.origin]);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    const rows = parseCsv(await readFile(out, 'utf8'));
    assert.equal(rows.length, TICKERS.length + 1);
    assert.deepEqual(
      (await readdir(dir)).filter((name) => name.includes('partial')),
      [],
    );
  });

  test('never more requests in flight than --workers', async () => {
    const many = join(dir, 'many.txt');
    await writeFile(many, Array.from({length: 60}, (_, i) => `T${i}`).join('\n'));
    const slow = await startStandInServer({latencyMs: 20});
    try {
      const result = await runCli(['scrape', many, '--workers', '3', '--base-url', slow.origin]);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(slow.stats.requests, 60);
      assert.equal(slow.stats.peakInFlight, 3);
    } finally {
      await slow.close();
    }
  });

  test('--help exits 0 and lists every option', async () => {
    const result = await runCli(['scrape', '--help']);
    assert.equal(result.code, 0);
    for (const option of ['--workers', '--mode', '--base-url', '--timeout', '--output', '--raw']) {
      assert.ok(result.stdout.includes(option), option);
    }
  });
});
