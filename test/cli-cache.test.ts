import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {watch} from 'node:fs';
import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {connect, createServer, type AddressInfo, type Server, type Socket} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {decodeEntry} from '../src/cache/cache-entry.js';
import {startStandInServer, type StandInServer} from '../src/demo/stand-in-server.js';
import {pageUrl} from '../src/scrape/page-url.js';
import {parseCsv} from './helpers/csv.js';
import {runCli, startCli} from './helpers/run-cli.js';
import {sendHtml, startScriptedServer} from './helpers/scripted-server.js';
import {wholeQuotePage} from './helpers/whole-quote.js';

const TICKERS = ['AAPL', 'MSFT', 'NVDA', 'AMZN', 'META', 'TSLA', 'ZZBAD', 'GOOG'];

/**
 * The site seen through a gate: while open, every connection goes on to the stand-in; shut, a
 * connection is refused at once. Either way it is counted, so a test can tell that none was made.
 */
interface Gate {
  readonly origin: string;
  open: boolean;
  connections: number;
  close(): Promise<void>;
}

let site: StandInServer;
let gate: Gate;
let root: string;

before(async () => {
  site = await startStandInServer();
  gate = await startGate(new URL(site.origin));
  root = await mkdtemp(join(tmpdir(), 'screener-cli-cache-'));
});
after(async () => {
  await Promise.all([site.close(), gate.close(), rm(root, {recursive: true, force: true})]);
});

async function startGate(target: URL): Promise<Gate> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    if (!state.open) {
      socket.destroy();
      return;
    }
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => socket.destroy());
    socket.pipe(upstream).pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const state: Gate = {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    open: true,
    connections: 0,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return state;
}

let folders = 0;
/** A new cache folder for one test. */
function cacheFolder(): string {
  return join(root, `cache-${++folders}`);
}

/** The cache file of a ticker's quote page, as the cache names it. */
function entryFile(dir: string, base: string, ticker: string): string {
  const url = pageUrl(base, {kind: 'quote', ticker}).href;
  return join(dir, `${createHash('sha256').update(url).digest('hex')}.page`);
}

/** Runs scrape on TICKERS through the gate; returns the result and the requests the stand-in saw. */
async function scrape(args: readonly string[], tickers: readonly string[] = TICKERS) {
  const before = site.stats.requests;
  const result = await runCli(['scrape', '-', '--base-url', gate.origin, ...args], {stdin: tickers.join('\n')});
  return {...result, requests: site.stats.requests - before};
}

/** Every .page file in `dir` reads whole, under the name of its own address; returns how many. */
async function checkEveryEntry(dir: string): Promise<number> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.page'));
  for (const name of names) {
    const bytes = await readFile(join(dir, name));
    const url = (JSON.parse(bytes.toString('utf8').split('\n')[1] ?? 'null') as {url: string}).url;
    assert.equal(name, `${createHash('sha256').update(url).digest('hex')}.page`);
    assert.ok(decodeEntry(bytes, url) !== undefined, `${name} (${url}) reads whole`);
  }
  return names.length;
}

test('a re-run within --max-age asks the site for nothing and writes the same rows; --max-age 0 asks again', async () => {
  const dir = cacheFolder();
  const first = await scrape(['--cache', dir]);
  assert.equal(first.code, 1, first.stderr); // ZZBAD: not found
  assert.equal(first.requests, TICKERS.length);
  assert.match(first.stderr, /; cache: 0 pages read, 8 kept$/m);
  // The not-found answer is kept too: the site's word, final.
  assert.equal(await checkEveryEntry(dir), TICKERS.length);

  for (const mode of ['pool', 'single']) {
    const again = await scrape(['--cache', dir, '--mode', mode]);
    assert.equal(again.code, 1, again.stderr);
    assert.equal(again.requests, 0, mode);
    assert.equal(again.stdout, first.stdout, mode);
    assert.match(again.stderr, /^requests: 0 .*; cache: 8 pages read, 0 kept$/m);
    assert.match(again.stderr, /^screener: ZZBAD: HTTP 404: ticker not found$/m);
  }

  const refreshed = await scrape(['--cache', dir, '--max-age', '0']);
  assert.equal(refreshed.requests, TICKERS.length);
  assert.equal(refreshed.stdout, first.stdout);
});

test('--offline reads only the cache, never opening a socket; a page not there is a failed row (exit 1)', async () => {
  const dir = cacheFolder();
  const filled = await scrape(['--cache', dir, '--mode', 'single'], TICKERS.slice(0, 4));
  assert.equal(filled.code, 0, filled.stderr);
  gate.open = false;
  gate.connections = 0;
  try {
    const offline = await scrape(['--cache', dir, '--offline'], ['AAPL', 'IBM', 'MSFT']);
    assert.equal(gate.connections, 0, 'no connection was made');
    assert.equal(offline.code, 1, offline.stderr);
    const rows = parseCsv(offline.stdout);
    const error = (rows[0] ?? []).indexOf('Error');
    assert.deepEqual(
      rows.slice(1).map((row) => [row[0], row[error]]),
      [
        ['AAPL', ''],
        ['IBM', 'not in the cache (--offline)'],
        ['MSFT', ''],
      ],
    );
    assert.deepEqual(parseCsv(offline.stdout)[1], parseCsv(filled.stdout)[1]);
    assert.match(offline.stderr, /^requests: 0 .*; cache: 2 pages read, 0 kept, 1 not there$/m);

    // --offline reads pages of any age, unless --max-age is given.
    const fresh = await scrape(['--cache', dir, '--offline', '--max-age', '0'], ['AAPL']);
    assert.equal(fresh.code, 1);
    assert.match(fresh.stdout, /^AAPL,.*,"in the cache, but older than --max-age \(--offline\)"$/m);
    assert.equal(gate.connections, 0, 'no connection was made');
  } finally {
    gate.open = true;
  }
});

test('a damaged entry is asked for again, never read as a row; offline it is not there', async () => {
  const dir = cacheFolder();
  const first = await scrape(['--cache', dir]);
  const cut = entryFile(dir, gate.origin, 'MSFT');
  await writeFile(cut, (await readFile(cut)).subarray(0, 20_000));
  const changed = entryFile(dir, gate.origin, 'NVDA');
  const bytes = await readFile(changed);
  bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 1; // one bit of the compressed body
  await writeFile(changed, bytes);

  gate.open = false;
  try {
    const offline = await scrape(['--cache', dir, '--offline', '--fields', 'Ticker,Error'], ['MSFT', 'NVDA', 'AAPL']);
    assert.equal(offline.stdout, 'Ticker,Error\nMSFT,not in the cache (--offline)\nNVDA,not in the cache (--offline)\nAAPL,\n');
  } finally {
    gate.open = true;
  }
  const msft = site.stats.byTicker.get('MSFT') ?? 0;
  const nvda = site.stats.byTicker.get('NVDA') ?? 0;
  const again = await scrape(['--cache', dir]);
  assert.equal(again.requests, 2);
  assert.equal(site.stats.byTicker.get('MSFT'), msft + 1);
  assert.equal(site.stats.byTicker.get('NVDA'), nvda + 1);
  assert.equal(again.stdout, first.stdout);
  assert.equal(await checkEveryEntry(dir), TICKERS.length);
});

test('only good pages and the not-found answer are kept: never throttling, a block, a page cut short or not recognised', async () => {
  const scripted = await startScriptedServer((ticker, attempt, response) => {
    const good = wholeQuotePage('');
    if (ticker === 'GOOD') sendHtml(response, good);
    else if (ticker === 'GONE') sendHtml(response, '<html><body>Not found</body></html>', 404);
    else if (ticker === 'SLOW') {
      // Throttled once, then a good page: only the good page is kept.
      if (attempt === 1) sendHtml(response, 'Too many requests.', 429);
      else sendHtml(response, good);
    } else if (ticker === 'CUT') sendHtml(response, good.slice(0, good.length / 2));
    else if (ticker === 'ODD') sendHtml(response, '<html><body>a page of no layout</body></html>');
    else if (ticker === 'DOWN') sendHtml(response, '<html><body>Service unavailable</body></html>', 503);
    else sendHtml(response, '<html><body>Forbidden</body></html>', 403);
  });
  const dir = cacheFolder();
  const tickers = ['GOOD', 'GONE', 'SLOW', 'CUT', 'ODD', 'DOWN', 'NOPE'];
  try {
    const first = await runCli(
      ['scrape', '-', '--retries', '0', '--cache', dir, '--base-url', scripted.origin, '--fields', 'Ticker,Error'],
      {
        stdin: tickers.join('\n'),
      },
    );
    assert.equal(first.code, 1, first.stderr);
    assert.equal(await checkEveryEntry(dir), 3);
    const offline = await runCli(['scrape', '-', '--cache', dir, '--offline', '--base-url', scripted.origin, '--fields', 'Ticker,Error'], {
      stdin: tickers.join('\n'),
    });
    const errors = parseCsv(offline.stdout)
      .slice(1)
      .map((row) => `${row[0]}: ${row[1]}`);
    assert.deepEqual(errors, [
      'GOOD: ',
      'GONE: HTTP 404: ticker not found',
      'SLOW: ',
      'CUT: not in the cache (--offline)',
      'ODD: not in the cache (--offline)',
      'DOWN: not in the cache (--offline)',
      'NOPE: not in the cache (--offline)',
    ]);
  } finally {
    await scripted.close();
  }
});

test('kill -9 in the middle of a run leaves only whole entries, and the next run fetches only the rest', async () => {
  const slow = await startStandInServer({latencyMs: 20});
  const dir = cacheFolder();
  const tickers = Array.from({length: 160}, (_, i) => `K${i}`);
  try {
    const reference = await runCli(['scrape', '-', '--base-url', slow.origin], {stdin: tickers.join('\n')});
    assert.equal(reference.code, 0, reference.stderr);
    const run = startCli(['scrape', '-', '--cache', dir, '--concurrency', '8', '--base-url', slow.origin], {stdin: tickers.join('\n')});
    await entriesAtLeast(dir, 30);
    run.child.kill('SIGKILL');
    const killed = await run.result;
    assert.equal(killed.signal, 'SIGKILL');
    const kept = await checkEveryEntry(dir);
    assert.ok(kept >= 30 && kept < tickers.length, `${kept} entries`);

    const before = slow.stats.requests;
    const again = await runCli(['scrape', '-', '--cache', dir, '--base-url', slow.origin], {stdin: tickers.join('\n')});
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, reference.stdout);
    assert.equal(slow.stats.requests - before, tickers.length - kept);
  } finally {
    await slow.close();
  }
});

test('two runs at once on one cache: both right, every entry whole, and a third run reads them all', async () => {
  const dir = cacheFolder();
  const tickers = Array.from({length: 80}, (_, i) => `C${i}`);
  const reference = await scrape([], tickers);
  assert.equal(reference.code, 0, reference.stderr);
  const [one, two] = await Promise.all([scrape(['--cache', dir], tickers), scrape(['--cache', dir, '--mode', 'single'], tickers)]);
  for (const run of [one, two]) {
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, reference.stdout);
  }
  assert.equal(await checkEveryEntry(dir), tickers.length);
  const third = await scrape(['--cache', dir], tickers);
  assert.equal(third.requests, 0);
  assert.equal(third.stdout, reference.stdout);
});

test('screen --cache: the pages of a screen are kept too', async () => {
  const dir = cacheFolder();
  const args = ['screen', '--filters', 'cap_large', '--base-url', gate.origin, '--cache', dir];
  const before = site.stats.requests;
  const first = await runCli(args);
  assert.equal(first.code, 0, first.stderr);
  const asked = site.stats.requests - before;
  assert.ok(asked > 1);
  const again = await runCli(args);
  assert.equal(site.stats.requests - before, asked);
  assert.equal(again.stdout, first.stdout);
});

test('--offline and --max-age need --cache; a --cache that is a file is a usage error (exit 2), before any request', async () => {
  const file = join(root, 'a file');
  await writeFile(file, '');
  for (const [args, message] of [
    [['--offline'], /^screener: --offline reads pages from the cache: it needs --cache DIR$/m],
    [['--max-age', '2h'], /^screener: --max-age says how long a cached page is fresh: it needs --cache DIR$/m],
    [['--cache', join(file, 'cache')], /^screener: --cache .*: cannot make the folder \(ENOTDIR\)$/m],
    [['--cache', file, '--max-age', '2 weeks'], /argument '2 weeks' is invalid\. expected seconds, or a number and s, m, h or d/],
  ] as const) {
    const result = await scrape(args);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, message);
    assert.equal(result.requests, 0);
  }
});

/** Resolves once `dir` holds at least `count` entries, checked on every change fs.watch reports. */
async function entriesAtLeast(dir: string, count: number): Promise<void> {
  const enough = async () => (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.page')).length >= count;
  await waitForFolder(dir);
  await new Promise<void>((resolve, reject) => {
    let done = false;
    const watcher = watch(dir, () => void check());
    watcher.on('error', reject);
    const check = async () => {
      if (!done && (await enough())) {
        done = true;
        watcher.close();
        resolve();
      }
    };
    void check();
  });
}

/** Resolves once `dir` exists (the run makes it before its first request). */
async function waitForFolder(dir: string): Promise<void> {
  const parent = join(dir, '..');
  const exists = async () => (await readdir(parent)).includes(dir.slice(parent.length + 1));
  if (await exists()) return;
  await new Promise<void>((resolve, reject) => {
    const watcher = watch(parent, () => {
      void exists().then((yes) => {
        if (yes) {
          watcher.close();
          resolve();
        }
      });
    });
    watcher.on('error', reject);
  });
}
