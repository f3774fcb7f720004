import assert from 'node:assert/strict';
import {mkdtemp, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {STATEMENT_COLUMNS} from '../src/schema/statement-columns.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';

const COLUMNS = STATEMENT_COLUMNS.map((column) => column.name);
/** The stand-in's annual income statement: TTM and 4 fiscal years, 8 lines. */
const INCOME_ROWS = 5 * 8;

describe('screener statements, end to end against the stand-in', () => {
  let server: StandInServer;
  let dir: string;
  /** Tickers the stand-in answers "no data" for, besides ZZ… */
  const missing = new Set<string>();
  before(async () => {
    server = await startStandInServer({
      isUnknown: (ticker) => ticker.startsWith('ZZ') || missing.has(ticker),
      misshapenStatements: (ticker) => ticker.startsWith('ODD'),
    });
    dir = await mkdtemp(join(tmpdir(), 'screener-statements-'));
  });
  after(() => server.close());

  /** The stand-in's own answer, as JSON. */
  async function answerOf(ticker: string, code: string): Promise<{data: Record<string, (string | null)[]>}> {
    const response = await fetch(`${server.origin}/api/statement.ashx?t=${ticker}&s=${code}`);
    return (await response.json()) as {data: Record<string, (string | null)[]>};
  }

  test('a few tickers: their rows in input order, a line and period a row, the failed one with its Error, exit 1', async () => {
    const result = await runCli(['statements', '-', '--base-url', server.origin, '--workers', '3'], {stdin: 'MSFT ZZNONE aapl\n'});
    assert.equal(result.code, 1, result.stderr);
    assert.equal(server.stats.statementRequests, 3);
    const [header, ...rows] = parseCsv(result.stdout);
    assert.deepEqual(header, COLUMNS);
    assert.deepEqual([...new Set(rows.map((row) => row[0]))], ['MSFT', 'ZZNONE', 'AAPL']);
    assert.equal(rows.filter((row) => row[0] === 'MSFT').length, INCOME_ROWS);
    assert.deepEqual(
      rows.find((row) => row[0] === 'ZZNONE'),
      ['ZZNONE', '', '', '', '', '', '', '', 'no statement data (Finviz: "no data")'],
    );
    // The first rows: Total Revenue's TTM (no end) then the latest fiscal year, exactly as the answer has them, without separators.
    const answer = await answerOf('MSFT', 'IA');
    const revenue = answer.data['Total Revenue']!;
    assert.deepEqual(rows[0], [
      'MSFT',
      'income',
      'TTM',
      '',
      '12 Months',
      'Total Revenue',
      revenue[0]!.replaceAll(',', '').replace(/\.?0+$/, ''),
      'USD',
      '',
    ]);
    const [month, day, year] = answer.data['Period End Date']![1]!.split('/');
    assert.equal(rows[1]![3], `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`);
    assert.equal(rows[1]![2], answer.data['Period']![1]);
    assert.match(result.stderr, /^screener: ZZNONE: no statement data \(Finviz: "no data"\)$/m);
    assert.match(result.stderr, /^pool: 3 tickers \(2 ok, 1 failed\) in /m);
  });

  test('--statement balance --period quarterly --format json: valid JSON, numbers bare, no TTM on a balance sheet', async () => {
    const result = await runCli(
      ['statements', '-', '--base-url', server.origin, '--statement', 'balance', '--period', 'quarterly', '--format', 'json'],
      {stdin: 'NVDA\n'},
    );
    assert.equal(result.code, 0, result.stderr);
    const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
    assert.equal(rows.length, 8 * 7);
    assert.deepEqual(Object.keys(rows[0]!), COLUMNS);
    assert.ok(rows.every((row) => row['Statement'] === 'balance' && row['Period'] !== 'TTM' && row['Error'] === null));
    assert.equal(typeof rows[0]!['Value'], 'number');
    assert.match(String(rows[0]!['Period End']), /^\d{4}-\d\d-\d\d$/);
    assert.match(result.stdout, /"Value":-?\d+(\.\d+)?,/); // written with its digits, not quoted
  });

  test('-o FILE and --resume: only the failed ticker is fetched again, every row written once in input order', async () => {
    const out = join(dir, 'income.csv');
    const args = ['statements', '-', '--base-url', server.origin, '-o', out, '--fields', 'Ticker,Period,Item,Value,Error'];
    missing.add('GOOG');
    const first = await runCli(args, {stdin: 'MSFT GOOG TSLA\n'});
    assert.equal(first.code, 1, first.stderr);
    missing.clear();
    const before = server.stats.statementRequests;
    const second = await runCli([...args, '--resume'], {stdin: 'MSFT GOOG TSLA\n'});
    assert.equal(second.code, 0, second.stderr);
    assert.equal(server.stats.statementRequests - before, 1);
    assert.match(second.stderr, /resumed: 2 rows kept from the earlier run, 1 tickers fetched/);
    const rows = parseCsv(await readFile(out, 'utf8'));
    assert.deepEqual(rows[0], ['Ticker', 'Period', 'Item', 'Value', 'Error']);
    assert.equal(rows.length, 1 + 3 * INCOME_ROWS);
    assert.deepEqual([...new Set(rows.slice(1).map((row) => row[0]))], ['MSFT', 'GOOG', 'TSLA']);
    assert.ok(rows.slice(1).every((row) => row[4] === ''));
  });

  test('an answer of an unknown shape: the Error says so, never "not found"; three tickers in a row stop the run, exit 4', async () => {
    const one = await runCli(['statements', '-', '--base-url', server.origin, '--retries', '0'], {stdin: 'AAPL ODD1\n'});
    assert.equal(one.code, 1, one.stderr);
    const failed = parseCsv(one.stdout).find((row) => row[0] === 'ODD1')!;
    assert.match(failed.at(-1)!, /^statement not recognised: data\["EPS \(Diluted\)"\] has 4 values for 5 periods$/);

    const three = await runCli(['statements', '-', '--base-url', server.origin, '--retries', '0', '--workers', '1'], {
      stdin: 'ODD1 ODD2 ODD3 ODD4 AAPL\n',
    });
    assert.equal(three.code, 4, three.stderr);
    assert.match(three.stderr, /stopped: 3 different pages in a row were not recognised/);
    const errors = parseCsv(three.stdout)
      .slice(1)
      .map((row) => row.at(-1));
    assert.match(errors[0]!, /^statement not recognised: /);
    assert.equal(errors.at(-1), 'not fetched: the run stopped (pages not recognised)');
  });

  test('screener fields --statement lists the columns; an unknown --fields name is a usage error before any request', async () => {
    const fields = await runCli(['fields', '--statement']);
    assert.equal(fields.code, 0);
    for (const name of COLUMNS) assert.match(fields.stdout, new RegExp(`^${name.replace(/[()]/g, '\\$&')}\\s`, 'm'));
    const before = server.stats.requests;
    const bad = await runCli(['statements', '-', '--base-url', server.origin, '--fields', 'Ticker,Values'], {stdin: 'AAPL\n'});
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown field "Values" in --fields\. Did you mean "Value"/);
    assert.equal(server.stats.requests, before);
  });
});
