import assert from 'node:assert/strict';
import {once} from 'node:events';
import {mkdtemp, readFile} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {watchProcesses} from './helpers/process-beacons.js';
import {startCli, type RunningCli} from './helpers/run-cli.js';

/** A site that answers every request with `status` and Retry-After: 99999 (the limiter caps it at 10 minutes). */
async function startSlowDownSite(
  status: number,
): Promise<{origin: string; requests: () => number; waitForRequests: (count: number) => Promise<void>; server: Server}> {
  let requests = 0;
  const waiters: Array<{count: number; resolve: () => void}> = [];
  const server = createServer((_request, response) => {
    requests++;
    for (const waiter of waiters.filter((w) => requests >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    response.writeHead(status, {'retry-after': '99999', 'content-type': 'text/plain'}).end('slow down');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    waitForRequests: (count) => (requests >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({count, resolve}))),
    server,
  };
}

/** Sends the signal; resolves with the exit status and stderr. */
async function stop(cli: RunningCli, signal: NodeJS.Signals): Promise<{code: number | null; stderr: string}> {
  cli.child.kill(signal);
  const result = await cli.result;
  return {code: result.code, stderr: result.stderr};
}

const STATUS = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const;
/**
 * "Promptly" is checked by each test's own time limit, far below the wait it cuts short (a
 * Retry-After of 99999 s, a 30 s cap, a 60 s latency): a wait not cut short fails the test.
 */
const PROMPTLY = {timeout: 20_000};

describe('signals end any command promptly, whatever waits are pending', () => {
  let throttling: Awaited<ReturnType<typeof startSlowDownSite>>;
  let failing: Awaited<ReturnType<typeof startSlowDownSite>>;
  let dir: string;
  before(async () => {
    throttling = await startSlowDownSite(429);
    failing = await startSlowDownSite(503);
    dir = await mkdtemp(join(tmpdir(), 'screener-signals-'));
  });
  after(() => {
    for (const site of [throttling, failing]) {
      site.server.closeAllConnections();
      site.server.close();
    }
  });

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    test(`${signal} during a 429's Retry-After: 99999 pause: exit ${STATUS[signal]} at once, rows done written`, PROMPTLY, async () => {
      const out = join(dir, `${signal}.csv`);
      const requests = throttling.requests();
      const cli = startCli(
        ['scrape', '-', '-o', out, '--workers', '2', '--fields', 'Ticker,Price,Error', '--base-url', throttling.origin],
        {stdin: 'AAA BBB CCC'},
      );
      await throttling.waitForRequests(requests + 2); // both answered 429: every request now waits for the pause
      const result = await stop(cli, signal);
      assert.equal(result.code, STATUS[signal], result.stderr);
      assert.match(result.stderr, /interrupted: 0 of 3 tickers done, written to .*\.csv\n/);
      assert.equal(await readFile(out, 'utf8'), 'Ticker,Price,Error\n');
    });
  }

  test('screen: SIGTERM during a Retry-After pause ends it at once', PROMPTLY, async () => {
    const requests = throttling.requests();
    const cli = startCli(['screen', '--filters', 'cap_mega', '--base-url', throttling.origin]);
    await throttling.waitForRequests(requests + 1);
    const result = await stop(cli, 'SIGTERM');
    assert.equal(result.code, 143, result.stderr);
  });

  test('a 5xx with Retry-After: 99999 is retried after 30 s at most, with one warning', PROMPTLY, async () => {
    const cli = startCli(['scrape', '-', '--workers', '4', '--base-url', failing.origin], {stdin: 'AAA BBB CCC'});
    await cli.waitForStderr((text) => text.includes('warning'));
    const result = await stop(cli, 'SIGINT');
    assert.equal(result.code, 130, result.stderr);
    const warnings = result.stderr.split('\n').filter((line) => line.includes('warning'));
    assert.deepEqual(warnings, [
      'screener: warning: the site answered HTTP 503 with a Retry-After over 30 s; retrying after 30 s at most (said once)',
    ]);
  });

  test('demo: SIGHUP ends it and its stand-in site at once', PROMPTLY, async () => {
    const cli = startCli(['demo', '--latency', '60000']);
    await cli.waitForStdout((text) => text.includes('Scraping in single mode'));
    const result = await stop(cli, 'SIGHUP');
    assert.equal(result.code, 129, result.stderr);
  });

  for (const signal of ['SIGHUP', 'SIGKILL'] as const) {
    test(`bench: ${signal} ends its measuring child too`, {timeout: 45_000}, async () => {
      const children = await watchProcesses('run-one.js');
      try {
        // Slow runs (a 5 s latency), so the child is mid-run when the signal comes.
        const cli = startCli(['bench', '--workers', '1', '--pages', '400', '--latency', '5000'], {env: children.env});
        const parse = await children.started(); // the parse-only run: no site needed
        await children.ended(parse);
        const measuring = await children.started(); // single mode, waiting on the site
        cli.child.kill(signal);
        const result = await cli.result;
        if (signal === 'SIGHUP') assert.equal(result.code, 129, result.stderr);
        await children.ended(measuring);
      } finally {
        await children.close();
      }
    });
  }
});
