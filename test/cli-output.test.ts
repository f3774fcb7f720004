import assert from 'node:assert/strict';
import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {generateQuote} from '../src/demo/quote-page.js';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {COLUMNS, RAW_COLUMNS} from '../src/output/columns.js';
import {SCHEMA} from '../src/schema/columns.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';

// Made-up tickers; ZZNOPE is unknown to the stand-in site.
const TICKERS = ['AAPL', 'ZZNOPE', 'MSFT', 'BRK-B'];

/** What the generated page shows for `label`. */
function shown(ticker: string, label: string): string {
  const cell = generateQuote(ticker).snapshot.find(([name]) => name === label);
  assert.ok(cell, label);
  return cell[1];
}

/** "531.94B" -> 531940000000n, worked out apart from the code under test. */
function expand(text: string): bigint {
  const match = /^(-?\d+)\.(\d\d)([KMB])$/.exec(text);
  assert.ok(match, text);
  const [, whole = '', cents = '', suffix = ''] = match;
  const scale = {K: 10n, M: 10_000n, B: 10_000_000n}[suffix] ?? 0n;
  return BigInt(`${whole}${cents}`) * scale;
}

describe('output formats and --fields, end to end against the stand-in site', () => {
  let server: StandInServer;
  let listPath: string;
  before(async () => {
    server = await startStandInServer({isUnknown: (ticker) => ticker.startsWith('ZZ')});
    const dir = await mkdtemp(join(tmpdir(), 'screener-output-'));
    listPath = join(dir, 'tickers.txt');
    await writeFile(listPath, `${TICKERS.join('\n')}\n`);
  });
  after(() => server.close());

  test('--fields selects and orders the columns', async () => {
    const result = await runCli(['scrape', listPath, '--base-url', server.origin, '--fields', 'Market Cap, Ticker,Optionable,Error']);
    assert.equal(result.code, 1, result.stderr);
    const rows = parseCsv(result.stdout);
    assert.deepEqual(rows[0], ['Market Cap', 'Ticker', 'Optionable', 'Error']);
    assert.deepEqual(
      rows.slice(1).map((row) => row[1]),
      TICKERS,
    );
    for (const row of rows.slice(1)) {
      const [cap, ticker = '', optionable, error] = row;
      if (ticker === 'ZZNOPE') {
        assert.deepEqual(row, ['', 'ZZNOPE', '', 'HTTP 404: ticker not found']);
        continue;
      }
      assert.equal(cap, String(expand(shown(ticker, 'Market Cap'))));
      assert.equal(optionable, shown(ticker, 'Option/Short').startsWith('Yes') ? 'true' : 'false');
      assert.equal(error, '');
    }
  });

  test('an unknown --fields name: exit 2, one line naming the closest names, nothing on stdout, no request', async () => {
    const before = server.stats.requests;
    const result = await runCli(['scrape', listPath, '--base-url', server.origin, '--fields', 'Ticker,Markt Cap']);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(
      result.stderr,
      'screener: unknown field "Markt Cap" in --fields. Did you mean "Market Cap"? (`screener fields` lists them all)\n',
    );
    assert.equal(server.stats.requests, before, 'no request was sent');
  });

  test('an old label in --fields points to its columns', async () => {
    const result = await runCli(['scrape', listPath, '--base-url', server.origin, '--fields', 'Earnings']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^screener: unknown field "Earnings" in --fields\. Did you mean "Earnings Date", "Earnings Time"\?/);
  });

  test('a bad --format is a usage error', async () => {
    const result = await runCli(['scrape', listPath, '--base-url', server.origin, '--format', 'xml']);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /--format.*xml.*csv, jsonl, json/);
  });

  test('--format jsonl: numbers are numbers, booleans are booleans, empty is null', async () => {
    const result = await runCli(['scrape', listPath, '--base-url', server.origin, '--format', 'jsonl']);
    assert.equal(result.code, 1, result.stderr);
    const rows = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(
      rows.map((row) => row['Ticker']),
      TICKERS,
    );
    const [aapl, zznope] = rows;
    assert.deepEqual(Object.keys(aapl ?? {}), [...COLUMNS.slice(0, -1), 'extra', 'Error']);
    assert.equal(typeof aapl?.['Market Cap'], 'number');
    assert.equal(BigInt(aapl?.['Market Cap'] as number), expand(shown('AAPL', 'Market Cap')));
    assert.equal(aapl?.['Price'], Number(shown('AAPL', 'Price')));
    assert.equal(aapl?.['Change'], Number(shown('AAPL', 'Change').replace('%', '')));
    assert.equal(typeof aapl?.['Optionable'], 'boolean');
    assert.match(String(aapl?.['IPO']), /^\d{4}-\d\d-\d\d$/);
    assert.equal(aapl?.['Trades'], null);
    assert.equal(aapl?.['Error'], null);
    assert.deepEqual(aapl?.['extra'], {});
    assert.equal(zznope?.['Market Cap'], null);
    assert.equal(zznope?.['Error'], 'HTTP 404: ticker not found');
    for (const row of rows) {
      for (const column of SCHEMA) {
        const value = row[column.name];
        const expected = value === null ? 'object' : column.type === 'number' ? 'number' : column.type === 'boolean' ? 'boolean' : 'string';
        assert.equal(typeof value, expected, `${String(row['Ticker'])}: ${column.name}`);
      }
    }
  });

  test('--format json: one array, valid JSON', async () => {
    const result = await runCli([
      'scrape',
      listPath,
      '--base-url',
      server.origin,
      '--format',
      'json',
      '--fields',
      'Ticker,Volume,Shortable,Earnings Date',
    ]);
    assert.equal(result.code, 1, result.stderr);
    assert.match(
      result.stdout,
      /^\[\n\{"Ticker":"AAPL","Volume":\d+,"Shortable":(true|false),"Earnings Date":("\d{4}-\d\d-\d\d"|null)\},\n/,
    );
    const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
    assert.deepEqual(
      rows.map((row) => row['Ticker']),
      TICKERS,
    );
    assert.equal(rows[2]?.['Volume'], Number(shown('MSFT', 'Volume').replaceAll(',', '')));
    assert.deepEqual(rows[1], {Ticker: 'ZZNOPE', Volume: null, Shortable: null, 'Earnings Date': null});
  });

  test('--raw keeps the page labels and the strings as shown', async () => {
    const result = await runCli(['scrape', listPath, '--base-url', server.origin, '--raw']);
    assert.equal(result.code, 1, result.stderr);
    const rows = parseCsv(result.stdout);
    assert.deepEqual(rows[0], [...RAW_COLUMNS]);
    const aapl = rows[1] ?? [];
    for (const label of ['Market Cap', 'Volume', 'Option/Short', 'Earnings', 'Volatility', 'Change']) {
      assert.equal(aapl[RAW_COLUMNS.indexOf(label)], shown('AAPL', label), label);
    }
  });

  test('--raw with --fields selects among the raw columns', async () => {
    const result = await runCli(['scrape', listPath, '--base-url', server.origin, '--raw', '--fields', 'Ticker,Earnings,52W High']);
    assert.equal(result.code, 1, result.stderr);
    const rows = parseCsv(result.stdout);
    assert.deepEqual(rows[0], ['Ticker', 'Earnings', '52W High']);
    assert.deepEqual(rows[1], ['AAPL', shown('AAPL', 'Earnings'), shown('AAPL', '52W High')]);
  });
});

describe('screener fields', () => {
  test('prints every column with its unit and meaning, and exits 0', async () => {
    const result = await runCli(['fields']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    const lines = result.stdout.trimEnd().split('\n');
    assert.match(lines[0] ?? '', /^column\s+unit\s+meaning$/);
    assert.equal(lines.length, SCHEMA.length + 1);
    SCHEMA.forEach((column, index) => {
      const line = lines[index + 1] ?? '';
      assert.ok(line.startsWith(`${column.name} `), line);
      assert.ok(line.includes(` ${column.unit} `), line);
      assert.ok(line.includes(column.meaning), line);
    });
    assert.match(result.stdout, /^Market Cap\s+USD\s+market capitalization$/m);
    assert.match(result.stdout, /^Change\s+%\s+change today$/m);
    assert.match(result.stdout, /^Earnings Date\s+date\s+.*\(from Finviz "Earnings"\)$/m);
    assert.match(result.stdout, /^52W High\s+USD\s+.*\(from Finviz "52W High", "52W Range"\)$/m);
  });

  test('scrape --help lists the new options', async () => {
    const result = await runCli(['scrape', '--help']);
    assert.equal(result.code, 0);
    for (const option of ['--format', '--fields', '--raw']) assert.ok(result.stdout.includes(option), option);
  });
});
