import assert from 'node:assert/strict';
import {access, mkdtemp, readFile, writeFile} from 'node:fs/promises';
import type {ServerResponse} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, afterEach, before, beforeEach, describe, test} from 'node:test';
import {renderQuotePage} from '../src/demo/quote-page.js';
import {parseCsv} from './helpers/csv.js';
import {journalTickers} from './helpers/journal.js';
import {runCli, startCli} from './helpers/run-cli.js';
import {sendHtml, startScriptedServer, type ScriptedServer} from './helpers/scripted-server.js';
import {waitForFile} from './helpers/wait-for-file.js';

const TICKERS = Array.from({length: 20}, (_, i) => `T${i}`);
const FIELDS = ['--fields', 'Ticker,Price,Error'];

describe('interruption, crashes and --resume', () => {
  let server: ScriptedServer;
  let dir: string;
  let list: string;
  /** Tickers whose requests hang, until they are let go (held.splice) or the test ends. */
  let stuck = new Set<string>();
  /** Tickers answered 503 (no retries are asked for where this is used). */
  let failing = new Set<string>();
  const held: ServerResponse[] = [];
  before(async () => {
    server = await startScriptedServer((ticker, _attempt, response) => {
      if (stuck.has(ticker)) held.push(response);
      else if (failing.has(ticker)) sendHtml(response, 'down', 503);
      else sendHtml(response, renderQuotePage(ticker));
    });
    dir = await mkdtemp(join(tmpdir(), 'screener-resume-'));
    list = join(dir, 'tickers.txt');
    await writeFile(list, TICKERS.join('\n'));
  });
  beforeEach(() => server.attempts.clear());
  afterEach(() => {
    for (const response of held.splice(0)) response.destroy();
    stuck = new Set();
    failing = new Set();
  });
  after(() => server.close());

  const tickersIn = (text: string) =>
    parseCsv(text)
      .slice(1)
      .map((row) => row[0]);
  /** Tickers asked for since the last snapshot of the server's counts. */
  const askedSince = (before: ReadonlyMap<string, number>) =>
    [...server.attempts].filter(([ticker, count]) => count > (before.get(ticker) ?? 0)).map(([ticker]) => ticker);

  test('SIGINT mid-run: FILE gets every row done, in input order; --resume fetches only the rest', async () => {
    stuck = new Set(['T5']);
    const out = join(dir, 'sigint.csv');
    const args = ['scrape', list, '-o', out, '--workers', '2', ...FIELDS, '--base-url', server.origin];
    const first = startCli(args);
    // Every ticker but T5 is done, whatever its place: none waits behind T5.
    await waitForFile(`${out}.journal`, (text) => journalTickers(text).length === TICKERS.length - 1);
    first.child.kill('SIGINT');
    const interrupted = await first.result;
    assert.equal(interrupted.code, 130, interrupted.stderr);
    const done = TICKERS.filter((ticker) => ticker !== 'T5');
    assert.deepEqual(tickersIn(await readFile(out, 'utf8')), done, 'a valid CSV of the rows done, in input order');
    assert.match(interrupted.stderr, /interrupted: 19 of 20 tickers done, written to .*sigint\.csv\n/);
    assert.match(interrupted.stderr, /to fetch the rest: screener scrape .* --resume\n/);
    await assert.rejects(access(`${out}.journal`), 'its rows are in FILE: no journal is left');
    await assert.rejects(access(`${out}.lock`), 'the lock is released');

    stuck = new Set();
    const before = new Map(server.attempts);
    const resumed = await runCli([...args, '--resume']);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.deepEqual(tickersIn(await readFile(out, 'utf8')), TICKERS);
    assert.deepEqual(askedSince(before), ['T5']);
    assert.match(resumed.stderr, /resumed: 19 rows kept from the earlier run, 1 tickers fetched/);
  });

  for (const concurrency of [8, 64]) {
    test(
      `kill -9 at --concurrency ${concurrency}, the second ticker slow: --resume fetches again only what was in flight`,
      {timeout: 60_000},
      async () => {
        // Enough tickers to fill any reorder window a crash could lose.
        const tickers = Array.from({length: concurrency === 8 ? 100 : 200}, (_, i) => `K${concurrency}X${i}`);
        const slow = tickers[1]!;
        stuck = new Set([slow]);
        const out = join(dir, `kill-${concurrency}.csv`);
        const tickerList = join(dir, `kill-${concurrency}.txt`);
        await writeFile(tickerList, tickers.join('\n'));
        const args = ['scrape', tickerList, '-o', out, '--concurrency', String(concurrency), ...FIELDS, '--base-url', server.origin];
        const first = startCli(args);
        await waitForFile(`${out}.journal`, (text) => journalTickers(text).length === tickers.length - 1);
        first.child.kill('SIGKILL');
        assert.equal((await first.result).signal, 'SIGKILL');

        stuck = new Set();
        const before = new Map(server.attempts);
        const resumed = await runCli([...args, '--resume']);
        assert.equal(resumed.code, 0, resumed.stderr);
        const refetched = askedSince(before).filter((ticker) => before.has(ticker));
        assert.ok(refetched.length <= concurrency, `${refetched.length} tickers fetched again`);
        assert.deepEqual(refetched, [slow]);
        assert.deepEqual(tickersIn(await readFile(out, 'utf8')), tickers);
        await assert.rejects(access(`${out}.journal`));
      },
    );
  }

  test('kill -9 in the middle of a --resume keeps every row the earlier runs saved', async () => {
    const out = join(dir, 'twice.csv');
    const args = ['scrape', list, '-o', out, '--concurrency', '4', ...FIELDS, '--base-url', server.origin];
    stuck = new Set(['T3', 'T12']);
    const first = startCli(args);
    await waitForFile(`${out}.journal`, (text) => journalTickers(text).length === TICKERS.length - 2);
    first.child.kill('SIGKILL');
    await first.result;

    // The resume fetches T3 and T12 again; T12 is saved, then the crash comes with T3 in flight.
    for (const response of held.splice(0)) response.destroy();
    stuck = new Set(['T3']);
    const requests = server.requests();
    const second = startCli([...args, '--resume']);
    await server.waitForRequests(requests + 2); // T3 and T12: nothing else is fetched
    await waitForFile(`${out}.journal`, (text) => journalTickers(text).includes('T12'));
    second.child.kill('SIGKILL');
    await second.result;
    for (const response of held.splice(0)) response.destroy();
    stuck = new Set();

    const before = new Map(server.attempts);
    const third = await runCli([...args, '--resume']);
    assert.equal(third.code, 0, third.stderr);
    assert.deepEqual(askedSince(before), ['T3'], 'only the request in flight at the crash is made again');
    assert.deepEqual(tickersIn(await readFile(out, 'utf8')), TICKERS);
  });

  test('a crash before the first row: --resume starts from nothing, without complaint', async () => {
    stuck = new Set(TICKERS);
    const out = join(dir, 'early.csv');
    const args = ['scrape', list, '-o', out, '--workers', '2', ...FIELDS, '--base-url', server.origin];
    const first = startCli(args);
    await server.waitForRequests(server.requests() + 2);
    first.child.kill('SIGKILL');
    await first.result;
    assert.deepEqual(journalTickers(await readFile(`${out}.journal`, 'utf8')), [], 'a journal with its header only');
    stuck = new Set();
    server.attempts.clear();
    const resumed = await runCli([...args, '--resume']);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.deepEqual(tickersIn(await readFile(out, 'utf8')), TICKERS);
    assert.equal(server.attempts.size, TICKERS.length);
  });

  test('an interrupted run leaves an existing FILE untouched; its rows wait in FILE.journal for --resume', async () => {
    stuck = new Set(['T5']);
    const out = join(dir, 'precious.csv');
    await writeFile(out, 'precious\n');
    const args = ['scrape', list, '-o', out, '--workers', '2', ...FIELDS, '--base-url', server.origin];
    const run = startCli(args);
    await waitForFile(`${out}.journal`, (text) => journalTickers(text).length === TICKERS.length - 1);
    run.child.kill('SIGTERM');
    const result = await run.result;
    assert.equal(result.code, 143, result.stderr);
    assert.equal(await readFile(out, 'utf8'), 'precious\n');
    assert.match(result.stderr, /19 of 20 tickers done, kept in .*precious\.csv\.journal \(.*precious\.csv is untouched\)/);

    stuck = new Set();
    const before = new Map(server.attempts);
    const resumed = await runCli([...args, '--resume']);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.deepEqual(askedSince(before), ['T5']);
    assert.deepEqual(tickersIn(await readFile(out, 'utf8')), TICKERS);
  });

  for (const format of ['jsonl', 'json'] as const) {
    test(`--format ${format}: --resume keeps the rows FILE has, exactly as written`, async () => {
      failing = new Set(['T2']);
      const out = join(dir, `resume.${format}`);
      const args = [
        'scrape',
        '-',
        '-o',
        out,
        '--format',
        format,
        '--fields',
        'Ticker,Market Cap,Price,Optionable,Error',
        '--retries',
        '0',
        '--base-url',
        server.origin,
      ];
      const first = await runCli(args, {stdin: 'T1 T2 T3'});
      assert.equal(first.code, 1, first.stderr);
      const written = await readFile(out, 'utf8');
      failing = new Set();
      server.attempts.clear();
      const resumed = await runCli([...args, '--resume'], {stdin: 'T0 T1 T2 T3'});
      assert.equal(resumed.code, 0, resumed.stderr);
      assert.deepEqual([...server.attempts.keys()].sort(), ['T0', 'T2'], 'the failed row and the new ticker');
      const text = await readFile(out, 'utf8');
      const rows = (
        format === 'json'
          ? JSON.parse(text)
          : text
              .trimEnd()
              .split('\n')
              .map((line): unknown => JSON.parse(line))
      ) as {Ticker: string; Error: unknown}[];
      assert.deepEqual(
        rows.map((row) => row.Ticker),
        ['T0', 'T1', 'T2', 'T3'],
      );
      assert.ok(rows.every((row) => row.Error === null));
      // T1 and T3 are the earlier run's lines, byte for byte (exact numbers, not floats).
      const lineOf = (source: string, ticker: string) =>
        source
          .split('\n')
          .find((line) => line.includes(`"Ticker":"${ticker}"`))
          ?.replace(/,$/, '');
      for (const ticker of ['T1', 'T3']) assert.equal(lineOf(text, ticker), lineOf(written, ticker), ticker);
    });
  }

  test('--resume refetches failed rows, but keeps them with --keep-failed', async () => {
    const out = join(dir, 'failed.csv');
    const header = (await runCli(['scrape', '-', '--base-url', server.origin], {stdin: 'T1'})).stdout.split('\n')[0]!;
    const cells = header.split(',').length;
    const failedRow = (ticker: string) => [ticker, ...Array<string>(cells - 2).fill(''), 'HTTP 503'].join(',');
    await writeFile(out, `${header}\n${failedRow('T1')}\n`);
    server.attempts.clear();
    const kept = await runCli(['scrape', '-', '-o', out, '--resume', '--keep-failed', '--workers', '2', '--base-url', server.origin], {
      stdin: 'T1 T2',
    });
    assert.equal(kept.code, 1, kept.stderr);
    assert.equal(server.attempts.get('T1'), undefined);
    const refetched = await runCli(['scrape', '-', '-o', out, '--resume', '--workers', '2', '--base-url', server.origin], {stdin: 'T1 T2'});
    assert.equal(refetched.code, 0, refetched.stderr);
    assert.equal(server.attempts.get('T1'), 1);
    assert.equal(server.attempts.get('T2'), 1, 'T2 was done by the previous resume');
    assert.deepEqual(tickersIn(await readFile(out, 'utf8')), ['T1', 'T2']);
  });

  test('--resume refuses a file with other columns, and needs -o naming a file', async () => {
    const out = join(dir, 'other.csv');
    await writeFile(out, 'Ticker,Price\nT1,1\n');
    const mismatch = await runCli(['scrape', list, '-o', out, '--resume', '--base-url', server.origin]);
    assert.equal(mismatch.code, 2);
    assert.match(mismatch.stderr, /columns differ/);
    const noOutput = await runCli(['scrape', list, '--resume', '--base-url', server.origin]);
    assert.equal(noOutput.code, 2);
    assert.match(noOutput.stderr, /--resume needs -o FILE/);
    const device = await runCli(['scrape', list, '-o', '/dev/null', '--resume', '--base-url', server.origin]);
    assert.equal(device.code, 2);
    assert.match(device.stderr, /--resume needs -o FILE to name a regular file/);
  });
});
