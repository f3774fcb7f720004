import assert from 'node:assert/strict';
import {mkdtemp, readFile, writeFile, access} from 'node:fs/promises';
import type {ServerResponse} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, beforeEach, describe, test} from 'node:test';
import {renderQuotePage} from '../src/demo/quote-page.js';
import {parseCsv} from './helpers/csv.js';
import {runCli, startCli} from './helpers/run-cli.js';
import {sendHtml, startScriptedServer, type ScriptedServer} from './helpers/scripted-server.js';
import {waitForFile} from './helpers/wait-for-file.js';

const TICKERS = Array.from({length: 20}, (_, i) => `T${i}`);
/** Its first request hangs, so the run is still going when the test interrupts it. */
const STUCK = 'T5';

describe('interruption and --resume', () => {
  let server: ScriptedServer;
  let dir: string;
  let list: string;
  const held: ServerResponse[] = [];
  before(async () => {
    server = await startScriptedServer((ticker, attempt, response) => {
      if (ticker === STUCK && attempt === 1) held.push(response);
      else sendHtml(response, renderQuotePage(ticker));
    });
    dir = await mkdtemp(join(tmpdir(), 'screener-resume-'));
    list = join(dir, 'tickers.txt');
    await writeFile(list, TICKERS.join('\n'));
  });
  beforeEach(() => server.attempts.clear());
  after(() => server.close());

  const tickersIn = (text: string) => parseCsv(text).slice(1).map((row) => row[0]);

  for (const signal of ['SIGINT', 'SIGKILL'] as const) {
    test(`${signal} mid-run, then --resume: every ticker exactly once, in order, without refetching the rows written`, async () => {
      const out = join(dir, `${signal}.csv`);
      const args = ['scrape', list, '-o', out, '--workers', '2', '--base-url', server.origin];
      const requestsBefore = server.requests();
      const first = startCli(args);
      // T0 to T4 are written; every other ticker has been asked for, and waits behind T5.
      await server.waitForRequests(requestsBefore + TICKERS.length);
      await waitForFile(`${out}.partial`, (text) => text.split('\n').length >= 7);
      first.child.kill(signal);
      const interrupted = await first.result;
      if (signal === 'SIGINT') {
        assert.equal(interrupted.code, 130, interrupted.stderr);
        assert.deepEqual(tickersIn(await readFile(out, 'utf8')), TICKERS.slice(0, 5), 'a valid CSV of the rows done');
        assert.match(interrupted.stderr, /interrupted: 5 of 20 tickers done/);
        assert.match(interrupted.stderr, /to fetch the rest: screener scrape .* --resume/);
      } else {
        assert.equal(interrupted.signal, 'SIGKILL');
        assert.deepEqual(tickersIn(await readFile(`${out}.partial`, 'utf8')), TICKERS.slice(0, 5), 'the rows written before the crash');
      }
      const fetchedBefore = new Map(server.attempts);

      const resumed = await runCli([...args, '--resume']);
      assert.equal(resumed.code, 0, resumed.stderr);
      assert.deepEqual(tickersIn(await readFile(out, 'utf8')), TICKERS);
      await assert.rejects(access(`${out}.partial`), 'no partial file is left');
      for (const ticker of TICKERS.slice(0, 5)) assert.equal(server.attempts.get(ticker), fetchedBefore.get(ticker), `${ticker} not refetched`);
      assert.match(resumed.stderr, /resumed: 5 rows kept from the earlier run, 15 tickers fetched/);
    });
  }

  test('without --resume, an existing FILE is not replaced by an interrupted run', async () => {
    const out = join(dir, 'precious.csv');
    await writeFile(out, 'precious\n');
    const run = startCli(['scrape', list, '-o', out, '--workers', '2', '--base-url', server.origin]);
    await waitForFile(`${out}.partial`, (text) => text.split('\n').length >= 7);
    run.child.kill('SIGINT');
    const result = await run.result;
    assert.equal(result.code, 130);
    assert.equal(await readFile(out, 'utf8'), 'precious\n');
    assert.match(result.stderr, /precious\.csv\.partial \(.*precious\.csv is untouched\)/);
  });

  test('--resume refetches failed rows, but keeps them with --keep-failed', async () => {
    const out = join(dir, 'failed.csv');
    const header = (await runCli(['scrape', '-', '--base-url', server.origin], {stdin: 'T1'})).stdout.split('\n')[0]!;
    const cells = header.split(',').length;
    const failedRow = (ticker: string) => [ticker, ...Array(cells - 2).fill(''), 'HTTP 503'].join(',');
    await writeFile(out, `${header}\n${failedRow('T1')}\n`);
    server.attempts.clear();
    const kept = await runCli(['scrape', '-', '-o', out, '--resume', '--keep-failed', '--workers', '2', '--base-url', server.origin], {stdin: 'T1 T2'});
    assert.equal(kept.code, 1, kept.stderr);
    assert.equal(server.attempts.get('T1'), undefined);
    const refetched = await runCli(['scrape', '-', '-o', out, '--resume', '--workers', '2', '--base-url', server.origin], {stdin: 'T1 T2'});
    assert.equal(refetched.code, 0, refetched.stderr);
    assert.equal(server.attempts.get('T1'), 1);
    assert.equal(server.attempts.get('T2'), 1, 'T2 was done by the previous resume');
    assert.deepEqual(tickersIn(await readFile(out, 'utf8')), ['T1', 'T2']);
  });

  test('--resume refuses a file with other columns, and needs -o', async () => {
    const out = join(dir, 'other.csv');
    await writeFile(out, 'Ticker,Price\nT1,1\n');
    const mismatch = await runCli(['scrape', list, '-o', out, '--resume', '--base-url', server.origin]);
    assert.equal(mismatch.code, 2);
    assert.match(mismatch.stderr, /columns differ/);
    const noOutput = await runCli(['scrape', list, '--resume', '--base-url', server.origin]);
    assert.equal(noOutput.code, 2);
    assert.match(noOutput.stderr, /--resume needs -o FILE/);
  });
});
