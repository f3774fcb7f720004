import assert from 'node:assert/strict';
import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {DuckDBInstance, type DuckDBConnection} from '@duckdb/node-api';
import {generateQuote} from '../src/demo/quote-page.js';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {readDayNearScrapeDate, scrapeDateOf, type CalendarDate} from '../src/schema/value-readers.js';
import {runCli} from './helpers/run-cli.js';

// Enough made-up tickers that every main column has values of its kind (dividends, Option/Short "No", ...),
// and one the site does not know, so that Error has a value too.
const TICKERS = ['AAPL', 'MSFT', 'ZZNOPE', 'NVDA', 'JPM', 'XOM', 'KO', ...Array.from({length: 34}, (_, index) => `T${index}`)];

/** What DuckDB should infer for the main columns of the default CSV. */
const EXPECTED_TYPES: Record<string, string> = {
  Ticker: 'VARCHAR',
  'Market Cap': 'BIGINT',
  Income: 'BIGINT',
  Employees: 'BIGINT',
  Volume: 'BIGINT',
  'Avg Volume': 'BIGINT',
  'Shs Float': 'BIGINT',
  'P/E': 'DOUBLE',
  Price: 'DOUBLE',
  'EPS (ttm)': 'DOUBLE',
  'Dividend TTM': 'DOUBLE',
  // percent columns
  Change: 'DOUBLE',
  'Perf Week': 'DOUBLE',
  ROE: 'DOUBLE',
  'Short Float': 'DOUBLE',
  'Dividend TTM Yield': 'DOUBLE',
  'EPS past 3Y': 'DOUBLE',
  '52W High Distance': 'DOUBLE',
  'Volatility Week': 'DOUBLE',
  // booleans
  Optionable: 'BOOLEAN',
  Shortable: 'BOOLEAN',
  // dates
  'Earnings Date': 'DATE',
  'Dividend Ex-Date': 'DATE',
  IPO: 'DATE',
  'Earnings Time': 'VARCHAR',
  Error: 'VARCHAR',
};

function shown(ticker: string, label: string): string {
  const cell = generateQuote(ticker).snapshot.find(([name]) => name === label);
  assert.ok(cell, label);
  return cell[1];
}

/** A path as an SQL string literal. */
function literal(path: string): string {
  return `'${path.replaceAll("'", "''")}'`;
}

describe('a real consumer: DuckDB reads the default CSV with the right types', () => {
  let server: StandInServer;
  let dir: string;
  let csvPath: string;
  let jsonlPath: string;
  let instance: DuckDBInstance;
  let duckdb: DuckDBConnection;
  let datesAround: string[];

  before(async () => {
    server = await startStandInServer({isUnknown: (ticker) => ticker.startsWith('ZZ')});
    dir = await mkdtemp(join(tmpdir(), 'screener-duckdb-'));
    const listPath = join(dir, 'tickers.txt');
    await writeFile(listPath, `${TICKERS.join(' ')}\n`);
    csvPath = join(dir, 'fundamentals.csv');
    jsonlPath = join(dir, 'fundamentals.jsonl');
    const started = new Date();
    const csv = await runCli(['scrape', listPath, '--base-url', server.origin, '-o', csvPath]);
    assert.equal(csv.code, 1, csv.stderr);
    const jsonl = await runCli(['scrape', listPath, '--base-url', server.origin, '--format', 'jsonl', '-o', jsonlPath]);
    assert.equal(jsonl.code, 1, jsonl.stderr);
    assert.doesNotMatch(csv.stderr + jsonl.stderr, /warning/);
    // The earnings year depends on the day of the run: accept the day it started or ended.
    datesAround = [started, new Date()].map((instant) => JSON.stringify(scrapeDateOf(instant)));
    instance = await DuckDBInstance.create(':memory:');
    duckdb = await instance.connect();
  });
  after(async () => {
    duckdb?.closeSync();
    instance?.closeSync();
    await server.close();
  });

  async function types(source: string): Promise<Map<string, string>> {
    const reader = await duckdb.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
    return new Map(reader.getRowObjectsJson().map((row) => [row['column_name'] as string, row['column_type'] as string]));
  }

  test('CSV: numbers, percents, booleans and dates are inferred as such', async () => {
    const inferred = await types(`read_csv(${literal(csvPath)})`);
    for (const [column, type] of Object.entries(EXPECTED_TYPES)) assert.equal(inferred.get(column), type, column);
  });

  test('CSV: the values DuckDB reads are the page values', async () => {
    const reader = await duckdb.runAndReadAll(
      `SELECT Ticker, "Market Cap"::VARCHAR AS cap, Price::VARCHAR AS price, Volume::VARCHAR AS volume, Change::VARCHAR AS change,
              Optionable::VARCHAR AS optionable, strftime("Earnings Date", '%Y-%m-%d') AS earnings, "Earnings Time" AS session, Error AS error
       FROM read_csv(${literal(csvPath)}) ORDER BY Ticker`,
    );
    const rows = reader.getRowObjectsJson();
    assert.equal(rows.length, TICKERS.length);
    for (const row of rows) {
      const ticker = row['Ticker'] as string;
      if (ticker === 'ZZNOPE') {
        assert.deepEqual([row['cap'], row['price'], row['error']], [null, null, 'HTTP 404: ticker not found']);
        continue;
      }
      assert.equal(row['error'], null);
      const cap = /^(\d+)\.(\d\d)([KMB])$/.exec(shown(ticker, 'Market Cap'));
      assert.ok(cap);
      const zeros = {K: 1, M: 4, B: 7}[cap[3] as 'K' | 'M' | 'B'];
      assert.equal(row['cap'], `${cap[1]}${cap[2]}${'0'.repeat(zeros)}`.replace(/^0+(?=\d)/, ''), `${ticker} Market Cap`);
      assert.equal(Number(row['price']), Number(shown(ticker, 'Price')), `${ticker} Price`);
      assert.equal(row['volume'], shown(ticker, 'Volume').replaceAll(',', ''), `${ticker} Volume`);
      assert.equal(Number(row['change']), Number(shown(ticker, 'Change').replace('%', '')), `${ticker} Change`);
      assert.equal(row['optionable'], String(shown(ticker, 'Option/Short').startsWith('Yes')), `${ticker} Optionable`);
      const earnings = shown(ticker, 'Earnings');
      if (earnings === '-') {
        assert.equal(row['earnings'], null);
        continue;
      }
      const [month, date, session] = earnings.split(' ');
      const candidates = datesAround.map((day) => readDayNearScrapeDate(`${month} ${date}`, {scrapeDate: JSON.parse(day) as CalendarDate}));
      const written = row['earnings'] as string;
      assert.ok(candidates.includes(written), `${ticker} Earnings ${earnings} -> ${written}`);
      assert.equal(row['session'], session);
    }
  });

  test('JSON Lines: the same types', async () => {
    const inferred = await types(`read_json(${literal(jsonlPath)})`);
    for (const [column, type] of Object.entries(EXPECTED_TYPES)) {
      // read_json picks HUGEINT for some whole-number columns (Income, with its big losses): an integer all the same.
      const accepted = type === 'BIGINT' ? ['BIGINT', 'HUGEINT'] : [type];
      assert.ok(accepted.includes(inferred.get(column) ?? ''), `${column}: ${String(inferred.get(column))}`);
    }
    assert.equal(inferred.get('extra'), 'MAP(VARCHAR, JSON)');
  });
});
