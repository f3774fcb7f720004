import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {DuckDBInstance} from '@duckdb/node-api';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {COLUMNS, RAW_COLUMNS} from '../src/output/columns.js';
import {SCRAPED_AT} from '../src/output/scraped-at.js';
import {snakeName} from '../src/output/snake-names.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';

/** Every column screener can write: the normalized ones with Scraped At, and --raw's. */
const NORMALIZED = [...COLUMNS.slice(0, -1), SCRAPED_AT, 'Error'];

describe('snake names (--header snake)', () => {
  test('the examples, and names a later table might add', () => {
    const examples = {
      'P/E': 'pe',
      'Market Cap': 'market_cap',
      'EPS (ttm)': 'eps_ttm',
      'EPS next Y': 'eps_next_y',
      '52W High': 'high_52w',
      'Perf YTD': 'perf_ytd',
      Ticker: 'ticker',
      Error: 'error',
      'Book/sh': 'book_sh',
      'EPS Q/Q': 'eps_qq',
      'Dividend %': 'dividend_pct',
      'Rating From': 'rating_from',
      'SEC Form 4 URL': 'sec_form_4_url',
      'R&D': 'r_and_d',
      '2026': 'column_2026',
    };
    assert.deepEqual(Object.fromEntries(Object.keys(examples).map((name) => [name, snakeName(name)])), examples);
  });

  test('every column has a unique one, a valid unquoted SQL identifier that DuckDB takes as it is', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const duckdb = await instance.connect();
    try {
      for (const [set, names] of [
        ['normalized', NORMALIZED],
        ['raw', [...RAW_COLUMNS.slice(0, -1), SCRAPED_AT, 'Error']],
      ] as const) {
        const snake = names.map(snakeName);
        assert.equal(new Set(snake).size, snake.length, `${set}: unique`);
        for (const name of snake) assert.match(name, /^[a-z_][a-z0-9_]*$/);
        // Unquoted: a reserved word or a bad character would be a syntax error here.
        await duckdb.run(`CREATE TABLE ${set} (${snake.map((name) => `${name} VARCHAR`).join(', ')})`);
        const described = await duckdb.runAndReadAll(`DESCRIBE ${set}`);
        assert.deepEqual(
          described.getRowObjectsJS().map((row) => row['column_name']),
          snake,
        );
      }
    } finally {
      duckdb.closeSync();
      instance.closeSync();
    }
  });

  test("the README's table is the rule's output, for every column", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Column names for SQL'), readme.indexOf('### When each row was fetched'));
    const rows = [...section.matchAll(/^\| `(.+?)` \| `(.+?)` \|$/gm)].map(([, page = '', snake = '']) => [page, snake]);
    const expected = [...NORMALIZED, ...RAW_COLUMNS.filter((name) => !COLUMNS.includes(name))];
    assert.deepEqual(
      rows,
      expected.map((name) => [name, snakeName(name)]),
    );
  });
});

describe('--header snake and --scraped-at, through the CLI', () => {
  let site: StandInServer;
  let dir: string;
  before(async () => {
    site = await startStandInServer();
    dir = await mkdtemp(join(tmpdir(), 'screener-header-'));
  });
  after(async () => {
    await site.close();
    await rm(dir, {recursive: true, force: true});
  });

  test('scrape: snake header, Scraped At before Error in UTC, failed rows without one; DuckDB reads it as a time', async () => {
    await writeFile(join(dir, 'tickers.txt'), 'AAPL\nZZNOPE\nMSFT\n');
    const started = new Date(Math.floor(Date.now() / 1000) * 1000);
    const output = join(dir, 'out.csv');
    const result = await runCli([
      'scrape',
      join(dir, 'tickers.txt'),
      '--header',
      'snake',
      '--scraped-at',
      '-o',
      output,
      '--workers',
      '2',
      '--base-url',
      site.origin,
    ]);
    assert.equal(result.code, 1, result.stderr); // ZZNOPE is not found
    const [header = [], ...rows] = parseCsv(await readFile(output, 'utf8'));
    assert.deepEqual(header, NORMALIZED.map(snakeName));
    assert.deepEqual(header.slice(-3), ['page_ticker', 'scraped_at', 'error']);
    const at = header.indexOf('scraped_at');
    for (const row of rows) {
      if (row[0] === 'ZZNOPE') assert.equal(row[at], '');
      else {
        assert.match(row[at] ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        const time = new Date(row[at] ?? '');
        assert.ok(time >= started && time <= new Date(), `${row[at]} within the run`);
      }
    }
    const instance = await DuckDBInstance.create(':memory:');
    const duckdb = await instance.connect();
    try {
      const reader = await duckdb.runAndReadAll(
        `SELECT typeof(scraped_at) AS type, ticker FROM read_csv('${output}') WHERE market_cap > 0 ORDER BY ticker`,
      );
      assert.deepEqual(reader.getRowObjectsJS(), [
        {type: 'TIMESTAMP WITH TIME ZONE', ticker: 'AAPL'},
        {type: 'TIMESTAMP WITH TIME ZONE', ticker: 'MSFT'},
      ]);
    } finally {
      duckdb.closeSync();
      instance.closeSync();
    }
  });

  test('--fields takes either name; JSON keys are snake; resume keeps the earlier rows and their time, in the same naming only', async () => {
    await writeFile(join(dir, 'list.txt'), 'AAPL\nMSFT\n');
    const output = join(dir, 'out.jsonl');
    const args = [
      'scrape',
      join(dir, 'list.txt'),
      '--format',
      'jsonl',
      '--header',
      'snake',
      '--scraped-at',
      '--fields',
      'Ticker,pe,Scraped At',
      '-o',
      output,
      '--base-url',
      site.origin,
    ];
    const first = await runCli(args);
    assert.equal(first.code, 0, first.stderr);
    const rows = (await readFile(output, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(Object.keys(rows[0] ?? {}), ['ticker', 'pe', 'scraped_at']);
    // A resume of a finished file fetches nothing: the rows, and their times, are the earlier run's.
    const before = site.stats.requests;
    const again = await runCli([...args, '--resume']);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(site.stats.requests, before);
    assert.deepEqual(
      (await readFile(output, 'utf8'))
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
      rows,
    );
    const otherNaming = await runCli([...args.filter((arg) => arg !== 'snake' && arg !== '--header'), '--resume']);
    assert.equal(otherNaming.code, 2);
    assert.match(otherNaming.stderr, /its columns differ from this run's; resume with the same --fields, --raw, --header and --scraped-at/);
  });

  test('options that cannot apply are usage errors', async () => {
    for (const args of [
      ['screen', '--tickers-only', '--header', 'snake'],
      ['screen', '--tickers-only', '--scraped-at'],
      ['quote', 'AAPL', '--format', 'table', '--scraped-at'],
    ]) {
      const result = await runCli([...args, '--base-url', site.origin]);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.stdout, '');
    }
  });
});
