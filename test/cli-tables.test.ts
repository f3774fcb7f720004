import assert from 'node:assert/strict';
import {mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, beforeEach, describe, test} from 'node:test';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';

const TICKERS = ['MSFT', 'AAPL', 'ZZBAD', 'NVDA', 'AMZN', 'GOOGL', 'META', 'TSLA', 'JPM', 'XOM', 'KO', 'PG'];
const TABLES = ['snapshot', 'news', 'ratings', 'insider', 'profile'];

/** The tickers of a CSV's rows, each once, in the order their rows come (a ticker's rows must be together). */
function tickerGroups(rows: readonly string[][]): string[] {
  const groups: string[] = [];
  for (const [ticker = ''] of rows) {
    if (groups.at(-1) === ticker) continue;
    assert.ok(!groups.includes(ticker), `${ticker}'s rows are not together`);
    groups.push(ticker);
  }
  return groups;
}

describe("the quote page's tables (--table, --tables)", () => {
  let server: StandInServer;
  let dir: string;
  let list: string;
  before(async () => {
    server = await startStandInServer();
    dir = await mkdtemp(join(tmpdir(), 'screener-tables-'));
    list = join(dir, 'tickers.txt');
    await writeFile(list, TICKERS.join('\n'));
  });
  beforeEach(() => server.stats.byTicker.clear());
  after(() => server.close());

  test('--tables … -o DIR: every table from one request a ticker, in input order, a failed ticker in each', async () => {
    const out = join(dir, 'all');
    const result = await runCli(['scrape', list, '--tables', TABLES.join(','), '-o', out, '--base-url', server.origin]);
    assert.equal(result.code, 1, result.stderr); // ZZBAD is not found
    assert.equal(result.stdout, '');
    assert.deepEqual(
      [...server.stats.byTicker.values()],
      TICKERS.map(() => 1),
      'one request a ticker for all five tables',
    );
    assert.deepEqual((await readdir(out)).sort(), TABLES.map((table) => `${table}.csv`).sort());
    for (const table of TABLES) {
      const [header = [], ...rows] = parseCsv(await readFile(join(out, `${table}.csv`), 'utf8'));
      assert.equal(header[0], 'Ticker');
      assert.equal(header.at(-1), 'Error');
      const groups = tickerGroups(rows);
      // Input order; a ticker without such a table has no rows, so the groups are a subsequence of the list.
      assert.deepEqual(
        groups,
        TICKERS.filter((ticker) => groups.includes(ticker)),
      );
      const failed = rows.filter((row) => row[0] === 'ZZBAD');
      assert.equal(failed.length, 1, `${table}: the failed ticker's one row`);
      assert.match(failed[0]!.at(-1)!, /not found/);
      assert.ok(failed[0]!.slice(1, -1).every((value) => value === ''));
      const good = rows.filter((row) => row[0] !== 'ZZBAD');
      assert.ok(
        good.every((row) => row.at(-1) === ''),
        `${table}: good rows have no Error`,
      );
      if (table === 'snapshot') assert.equal(rows.length, TICKERS.length);
    }
    const news = parseCsv(await readFile(join(out, 'news.csv'), 'utf8'));
    const dateAt = news[0]!.indexOf('Date');
    assert.ok(news.length > TICKERS.length, 'many news items a ticker');
    for (const row of news.slice(1).filter((row) => row[0] !== 'ZZBAD')) {
      assert.match(row[dateAt]!, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[-+]\d{2}:\d{2}$/, 'every item has its full date and time');
    }
    assert.match(result.stderr, /^tables: news \d+ items, ratings \d+ items, insider \d+ items, profile \d+ items$/m);
  });

  test('--table NAME to stdout writes what --tables wrote to its file, byte for byte', async () => {
    const out = join(dir, 'again');
    await runCli(['scrape', list, '--tables', 'news,ratings', '-o', out, '--base-url', server.origin]);
    for (const table of ['news', 'ratings']) {
      const streamed = await runCli(['scrape', list, '--table', table, '--base-url', server.origin]);
      assert.equal(streamed.stdout, await readFile(join(out, `${table}.csv`), 'utf8'));
    }
  });

  test('--fields and --format work for a table; an unknown field names the closest', async () => {
    const json = await runCli([
      'scrape',
      list,
      '--table',
      'ratings',
      '--fields',
      'Ticker,Analyst,Price Target To',
      '--format',
      'jsonl',
      '--base-url',
      server.origin,
    ]);
    const rows = json.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.ok(rows.length > 0);
    assert.deepEqual(Object.keys(rows[0]!), ['Ticker', 'Analyst', 'Price Target To']);
    assert.ok(
      rows.some((row) => typeof row['Price Target To'] === 'number'),
      'targets are JSON numbers',
    );
    const bad = await runCli(['scrape', list, '--table', 'news', '--fields', 'Headlin', '--base-url', server.origin]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown field "Headlin".*"Headline"/);
  });

  test('--resume finishes every table file of a folder, fetching only what is missing', async () => {
    const out = join(dir, 'resumed');
    const first = await runCli(['scrape', list, '--tables', 'snapshot,news', '-o', out, '--base-url', server.origin]);
    assert.equal(first.code, 1);
    const before = await readFile(join(out, 'news.csv'), 'utf8');
    server.stats.byTicker.clear();
    const second = await runCli(['scrape', list, '--tables', 'snapshot,news', '-o', out, '--resume', '--base-url', server.origin]);
    assert.equal(second.code, 1);
    // Only the failed ticker is asked for again.
    assert.deepEqual([...server.stats.byTicker.keys()], ['ZZBAD']);
    assert.equal(await readFile(join(out, 'news.csv'), 'utf8'), before);
  });

  test("screener fields --table lists that table's columns, Ticker first and Error last", async () => {
    const result = await runCli(['fields', '--table', 'insider']);
    assert.equal(result.code, 0);
    const names = result.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(/\s{2,}/)[0]);
    assert.equal(names[0], 'Ticker');
    assert.equal(names.at(-1), 'Error');
    assert.ok(names.includes('SEC Form 4 URL'));
  });

  test('options that cannot apply are usage errors, before any request', async () => {
    server.stats.requests = 0;
    for (const [args, message] of [
      [['--tables', 'news'], /name their folder with -o DIR/],
      [['--tables', 'news', '-o', join(dir, 'x'), '--fields', 'Ticker'], /--fields chooses the columns of one table/],
      [['--table', 'news', '--via', 'screener'], /--via screener gives the snapshot only/],
      [['--tables', 'news,nothing', '-o', join(dir, 'y')], /unknown table "nothing"/],
      [['--table', 'news', '--tables', 'news', '-o', join(dir, 'z')], /cannot be used with/],
    ] as const) {
      const result = await runCli(['scrape', list, ...args, '--base-url', server.origin]);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1);
    }
    assert.equal(server.stats.requests, 0);
  });
});
