import assert from 'node:assert/strict';
import {networkInterfaces} from 'node:os';
import {after, before, test} from 'node:test';
import {request} from 'undici';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {Dispatchers} from '../src/http/dispatchers.js';
import {startConnectProxy, type ConnectProxy} from './helpers/connect-proxy.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';

// Linux routes all of 127.0.0.0/8 to the loopback interface: 127.0.0.2 and 127.0.0.3 are
// addresses of this host, and the stand-in, on 127.0.0.1, sees each as a client of its own.
const TICKERS = ['AAPL', 'MSFT', 'NVDA', 'AMZN', 'META', 'TSLA'];
let site: StandInServer;
let proxy: ConnectProxy;

before(async () => {
  site = await startStandInServer();
  proxy = await startConnectProxy();
});
after(async () => {
  await Promise.all([site.close(), proxy.close()]);
});

/** The environment without any proxy settings of the machine running the tests. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = {...process.env};
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy']) delete env[name];
  return env;
}

/** Requests the stand-in has seen from each address since `before`. */
function clientsSince(before: ReadonlyMap<string, number>): Map<string, number> {
  return new Map(
    [...site.stats.byClient]
      .map(([client, count]) => [client, count - (before.get(client) ?? 0)] as const)
      .filter(([, count]) => count > 0),
  );
}

/** An IPv4 address from the documentation range that no interface of this host has. */
function addressNotOfThisHost(): string {
  const own = new Set(
    Object.values(networkInterfaces())
      .flat()
      .map((info) => info?.address),
  );
  const address = ['203.0.113.77', '198.51.100.77', '10.255.255.77'].find((candidate) => !own.has(candidate));
  assert.ok(address !== undefined, 'this host has every candidate address');
  return address;
}

test('--local-address twice: connections leave from each address in turn, and the rows are right', async () => {
  const before = new Map(site.stats.byClient);
  const result = await runCli(
    ['scrape', '-', '--mode', 'single', '--local-address', '127.0.0.2', '--local-address', '127.0.0.3', '--base-url', site.origin],
    {stdin: TICKERS.join('\n'), env: cleanEnv()},
  );
  assert.equal(result.code, 0, result.stderr);
  const rows = parseCsv(result.stdout).slice(1);
  assert.deepEqual(
    rows.map((row) => row[0]),
    TICKERS,
  );
  assert.ok(rows.every((row) => row.at(-1) === ''));
  // Request by request, as --proxy rotates: three each.
  assert.deepEqual(
    clientsSince(before),
    new Map([
      ['127.0.0.2', 3],
      ['127.0.0.3', 3],
    ]),
  );
});

test('--local-address with --proxy: the connection to the proxy leaves from that address', async () => {
  proxy.clients.length = 0;
  const result = await runCli(
    ['quote', 'AAPL', '--format', 'csv', '--proxy', proxy.url, '--local-address', '127.0.0.4', '--base-url', site.origin],
    {
      env: cleanEnv(),
    },
  );
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(proxy.clients, ['127.0.0.4']);
});

test('an address this host does not have stops the run at once, named in one line (exit 5), with no request sent', async () => {
  const address = addressNotOfThisHost();
  const requests = site.stats.requests;
  const tickers = Array.from({length: 200}, (_, i) => `L${i}`);
  const result = await runCli(['scrape', '-', '--local-address', address, '--base-url', site.origin], {
    stdin: tickers.join('\n'),
    env: cleanEnv(),
  });
  assert.equal(result.code, 5, result.stderr);
  assert.equal(site.stats.requests, requests);
  const message = `local address ${address}: not an address of this host`;
  assert.match(
    result.stderr,
    new RegExp(`^screener: stopped: the site is unreachable \\(${message.replaceAll('.', '\\.')}\\);.*--local-address`, 'm'),
  );
  const rows = parseCsv(result.stdout).slice(1);
  assert.equal(rows.length, tickers.length);
  // Those in flight say why; the rest were never sent, rather than each tried five times.
  assert.ok(rows.some((row) => row.at(-1) === message));
  assert.ok(rows.every((row) => row.at(-1) === message || row.at(-1) === 'not fetched: the run stopped (site unreachable)'));
  assert.ok(!result.stderr.includes('    at '), 'no stack trace');
});

test('doctor --local-address: an address this host does not have is the unreachable verdict (exit 5)', async () => {
  const address = addressNotOfThisHost();
  const result = await runCli(['doctor', '--local-address', address, '--base-url', site.origin], {env: cleanEnv()});
  assert.equal(result.code, 5, result.stdout + result.stderr);
  assert.match(result.stdout, new RegExp(`from ${address.replaceAll('.', '\\.')}`));
  assert.match(result.stdout, /answer {4}none after \d+ ms: local address .*: not an address of this host/);
});

test('--local-address that is not an IP address is a usage error (exit 2) before any request', async () => {
  for (const value of ['localhost', '127.0.0', '10.0.0.1/24', '']) {
    const requests = site.stats.requests;
    const result = await runCli(['quote', 'AAPL', '--local-address', value, '--base-url', site.origin], {env: cleanEnv()});
    assert.equal(result.code, 2, `${value}: ${result.stderr}`);
    assert.match(result.stderr, /^screener: option '--local-address <ip>' argument .* is invalid\. expected an IP address/);
    assert.equal(result.stdout, '');
    assert.equal(site.stats.requests, requests);
  }
});

test("the stand-in's ratePerClient limits each client address on its own, with Retry-After", async () => {
  const limited = await startStandInServer({ratePerClient: 1});
  const dispatchers = new Dispatchers();
  try {
    const ask = async (localAddress: string) => {
      const response = await request(`${limited.origin}/stock?t=AAPL&p=d`, {dispatcher: dispatchers.for({localAddress})});
      await response.body.dump();
      return {status: response.statusCode, retryAfter: response.headers['retry-after']};
    };
    // A bucket of one token per address: the second request from an address at once is throttled…
    assert.deepEqual(await ask('127.0.0.2'), {status: 200, retryAfter: undefined});
    assert.deepEqual(await ask('127.0.0.2'), {status: 429, retryAfter: '1'});
    // …while another address has its own.
    assert.deepEqual(await ask('127.0.0.3'), {status: 200, retryAfter: undefined});
    assert.equal(limited.stats.throttled, 1);
    assert.deepEqual(
      limited.stats.byClient,
      new Map([
        ['127.0.0.2', 2],
        ['127.0.0.3', 1],
      ]),
    );
  } finally {
    await dispatchers.close();
    await limited.close();
  }
});
