import assert from 'node:assert/strict';
import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import type {ServerResponse} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, beforeEach, describe, test} from 'node:test';
import {renderQuotePage} from '../src/demo/quote-page.js';
import {parseCsv} from './helpers/csv.js';
import {journalTickers} from './helpers/journal.js';
import {runCli, startCli} from './helpers/run-cli.js';
import {sendHtml, startScriptedServer, type ScriptedServer} from './helpers/scripted-server.js';
import {waitForFile} from './helpers/wait-for-file.js';

const TICKERS = Array.from({length: 10}, (_, i) => `T${i}`);
const FIELDS = ['--fields', 'Ticker,Price,Error'];
/** An environment with no scheduler's variables, whatever the machine running the tests has. */
const CLEAN_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(SLURM_|JOB_COMPLETION_INDEX|AWS_BATCH_)/.test(name)),
);

describe('scrape --shard', () => {
  let server: ScriptedServer;
  let dir: string;
  let list: string;
  /** Tickers whose requests hang until the test lets them go. */
  let stuck = new Set<string>();
  const held: ServerResponse[] = [];
  before(async () => {
    server = await startScriptedServer((ticker, _attempt, response) => {
      if (stuck.has(ticker)) held.push(response);
      else sendHtml(response, renderQuotePage(ticker));
    });
    dir = await mkdtemp(join(tmpdir(), 'screener-shard-'));
    list = join(dir, 'tickers.txt');
    // A duplicate: every task cuts the list as read, each ticker once.
    await writeFile(list, `${TICKERS.slice(0, 5).join(' ')}\nT0\n${TICKERS.slice(5).join('\n')}\n`);
  });
  beforeEach(() => {
    server.attempts.clear();
    for (const response of held.splice(0)) response.destroy();
    stuck = new Set();
  });
  after(() => server.close());
  const scrape = (extra: readonly string[], env: NodeJS.ProcessEnv = CLEAN_ENV) =>
    runCli(['scrape', list, ...FIELDS, '--workers', '2', '--base-url', server.origin, ...extra], {env});
  const tickersOf = (csv: string) =>
    parseCsv(csv)
      .slice(1)
      .map((row) => row[0]);

  test('parts 0/4 to 3/4 are contiguous runs of the list; one after the other they are the list, each ticker fetched once', async () => {
    const parts: string[][] = [];
    for (let index = 0; index < 4; index++) {
      const result = await scrape(['--shard', `${index}/4`]);
      assert.equal(result.code, 0, result.stderr);
      parts.push(tickersOf(result.stdout).filter((ticker) => ticker !== undefined));
    }
    assert.deepEqual(parts, [
      ['T0', 'T1'],
      ['T2', 'T3', 'T4'],
      ['T5', 'T6'],
      ['T7', 'T8', 'T9'],
    ]);
    assert.deepEqual([...server.attempts.values()], Array<number>(10).fill(1));
  });

  test('the task says which part it took, and from what', async () => {
    const result = await scrape(['--shard', '1/4']);
    assert.match(result.stderr, /^screener: shard 1\/4 \(--shard 1\/4\): tickers 3 to 5 of 10$/m);
  });

  test("--shard auto takes the scheduler's part: a Slurm array --array=1-4", async () => {
    const env = {...CLEAN_ENV, SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '4', SLURM_ARRAY_TASK_COUNT: '4'};
    const result = await scrape(['--shard', 'auto'], env);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(tickersOf(result.stdout), ['T5', 'T6']);
    assert.match(result.stderr, /shard 2\/4 \(Slurm: SLURM_ARRAY_TASK_ID=3 /);
  });

  test("a scheduler's variables without --shard cut nothing", async () => {
    const env = {...CLEAN_ENV, SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: '4', JOB_COMPLETION_INDEX: '1'};
    const result = await scrape([], env);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(tickersOf(result.stdout), TICKERS);
    assert.doesNotMatch(result.stderr, /shard/);
  });

  test('--shard auto with no scheduler, or with schedulers that disagree, is a usage error before any request', async () => {
    const none = await scrape(['--shard', 'auto']);
    assert.equal(none.code, 2);
    assert.match(
      none.stderr,
      /^screener: --shard auto: no scheduler's array index in the environment; looked for JOB_COMPLETION_INDEX .*SLURM_ARRAY_TASK_ID .*AWS_BATCH_JOB_ARRAY_INDEX/,
    );
    const two = await scrape(['--shard', 'auto/4'], {...CLEAN_ENV, JOB_COMPLETION_INDEX: '0', AWS_BATCH_JOB_ARRAY_INDEX: '1'});
    assert.equal(two.code, 2);
    assert.match(two.stderr, /two different parts/);
    const bad = await scrape(['--shard', '4/4']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /K counts from 0/);
    assert.equal(none.stdout + two.stdout + bad.stdout, '');
    assert.equal(server.attempts.size, 0);
  });

  test('a part with no tickers (more parts than tickers) is a file with just its header', async () => {
    const out = join(dir, 'empty-part.csv');
    const few = join(dir, 'few.txt');
    await writeFile(few, 'A B\n');
    const result = await runCli(['scrape', few, '--shard', '2/4', '-o', out, ...FIELDS, '--base-url', server.origin], {env: CLEAN_ENV});
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /shard 2\/4 \(--shard 2\/4\): no tickers \(the list has 2\)/);
    assert.equal(await readFile(out, 'utf8'), 'Ticker,Price,Error\n');
  });

  test("a task retried by its scheduler runs the same command line: the first attempt's FILE does not exist, the retry keeps its rows", async () => {
    const out = join(dir, 'part-1.csv');
    // An Indexed Job's pod for index 1 of 2 (tickers T5 to T9), killed with T7 in flight: --resume on a FILE not yet made.
    const env = {...CLEAN_ENV, JOB_COMPLETION_INDEX: '1'};
    const args = ['scrape', list, '--shard', 'auto/2', '-o', out, '--resume', ...FIELDS, '--workers', '2', '--base-url', server.origin];
    stuck = new Set(['T7']);
    const first = startCli(args, {env});
    await waitForFile(`${out}.journal`, (text) => journalTickers(text).length === 4);
    first.child.kill('SIGKILL');
    await first.result;
    assert.deepEqual([...server.attempts.keys()].sort(), ['T5', 'T6', 'T7', 'T8', 'T9']);

    stuck = new Set();
    server.attempts.clear();
    const retry = await runCli(args, {env});
    assert.equal(retry.code, 0, retry.stderr);
    assert.deepEqual([...server.attempts.keys()], ['T7'], 'the retry fetches only what the first attempt had not done');
    assert.deepEqual(tickersOf(await readFile(out, 'utf8')), ['T5', 'T6', 'T7', 'T8', 'T9']);
    assert.match(retry.stderr, /resumed: 4 rows kept from the earlier run, 1 tickers fetched/);
  });
});
