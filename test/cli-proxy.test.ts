import assert from 'node:assert/strict';
import {once} from 'node:events';
import {createServer} from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import {after, before, test} from 'node:test';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {parseCsv} from './helpers/csv.js';
import {startConnectProxy, type ConnectProxy} from './helpers/connect-proxy.js';
import {runCli} from './helpers/run-cli.js';

const TICKERS = ['AAPL', 'MSFT', 'NVDA', 'AMZN', 'META', 'TSLA'];
let site: StandInServer;
let first: ConnectProxy;
let second: ConnectProxy;

before(async () => {
  site = await startStandInServer();
  first = await startConnectProxy();
  second = await startConnectProxy();
});
after(async () => {
  await Promise.all([site.close(), first.close(), second.close()]);
});

/** The environment without any proxy settings of the machine running the tests. */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = {...process.env};
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy']) delete env[name];
  return {...env, ...extra};
}

test('--proxy twice: requests go through both, in turn, and the rows are right', async () => {
  first.tunnels.length = 0;
  second.tunnels.length = 0;
  const result = await runCli(['scrape', '-', '--mode', 'single', '--proxy', first.url, '--proxy', second.url, '--base-url', site.origin], {
    stdin: TICKERS.join('\n'),
    env: cleanEnv(),
  });
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(
    parseCsv(result.stdout)
      .slice(1)
      .map((row) => row[0]),
    TICKERS,
  );
  const host = new URL(site.origin).host;
  assert.ok(first.tunnels.length > 0 && second.tunnels.length > 0, `tunnels: ${first.tunnels.length} and ${second.tunnels.length}`);
  assert.ok(
    [...first.tunnels, ...second.tunnels].every((target) => target === host),
    'only the site is reached',
  );
  assert.equal(site.stats.requests >= TICKERS.length, true);
});

test('HTTP_PROXY is honoured, and NO_PROXY overrides it', async () => {
  first.tunnels.length = 0;
  const proxied = await runCli(['scrape', '-', '--base-url', site.origin], {stdin: 'AAPL MSFT', env: cleanEnv({HTTP_PROXY: first.url})});
  assert.equal(proxied.code, 0, proxied.stderr);
  assert.ok(first.tunnels.length > 0, 'went through the proxy');

  first.tunnels.length = 0;
  const direct = await runCli(['scrape', '-', '--base-url', site.origin], {
    stdin: 'AAPL MSFT',
    env: cleanEnv({HTTP_PROXY: first.url, NO_PROXY: '127.0.0.1'}),
  });
  assert.equal(direct.code, 0, direct.stderr);
  assert.equal(first.tunnels.length, 0, 'NO_PROXY kept it direct');
});

test('a proxy that refuses (407) or is gone: the failure names the proxy, never its password, and the run stops', async () => {
  const refusing = createServer((_request, response) => response.writeHead(405).end());
  refusing.on('connect', (_request, client: Socket) =>
    client.end('HTTP/1.1 407 Proxy Authentication Required\r\ncontent-length: 0\r\n\r\n'),
  );
  refusing.listen(0, '127.0.0.1');
  await once(refusing, 'listening');
  const {port} = refusing.address() as AddressInfo;
  try {
    const proxied = await runCli(['scrape', '-', '--proxy', `http://user:secret@127.0.0.1:${port}`, '--base-url', site.origin], {
      stdin: TICKERS.join(' '),
      env: cleanEnv(),
    });
    assert.equal(proxied.code, 5, proxied.stderr);
    assert.match(proxied.stderr, new RegExp(`proxy http://127\\.0\\.0\\.1:${port} answered 407`));
    assert.doesNotMatch(proxied.stdout + proxied.stderr, /secret/);
    const gone = await runCli(['scrape', '-', '--proxy', 'http://127.0.0.1:9', '--base-url', site.origin], {
      stdin: 'AAPL',
      env: cleanEnv(),
    });
    assert.equal(gone.code, 5, gone.stderr);
    assert.match(gone.stderr, /proxy http:\/\/127\.0\.0\.1:9: connection refused/);
  } finally {
    refusing.close();
  }
});
