/**
 * What --local-address and --cache are worth against a site that limits each client address:
 * runs the real CLI against the stand-in allowing --per-client requests a second from each
 * address, from one loopback address, then rotating among several, then twice with --cache
 * (the second run reads every page from the cache), and prints each run's time and requests.
 *
 *   npm run bench:addresses -- [--tickers 2000] [--per-client 5] [--addresses 127.0.0.1,127.0.0.2,127.0.0.3,127.0.0.4]
 *                              [--workers 8] [--latency 30] [--runs one,all,cache]
 *
 * Linux routes all of 127.0.0.0/8 to the loopback interface, so 127.0.0.2 and on are addresses
 * of this host, and the stand-in, listening on 127.0.0.1, sees each as a client of its own.
 */
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {startStandInServer, type StandInServer} from '../demo/stand-in-server.js';
import {runScreener} from './run-screener.js';

const {values} = parseArgs({
  options: {
    tickers: {type: 'string', default: '2000'},
    'per-client': {type: 'string', default: '5'},
    addresses: {type: 'string', default: '127.0.0.1,127.0.0.2,127.0.0.3,127.0.0.4'},
    workers: {type: 'string', default: '8'},
    latency: {type: 'string', default: '30'},
    runs: {type: 'string', default: 'one,all,cache'},
  },
});
const perClient = Number(values['per-client']);
const addresses = values.addresses.split(',');
const runs = new Set(values.runs.split(','));
const tickers = Array.from({length: Number(values.tickers)}, (_, i) => `A${i}`);

const server = await startStandInServer({latencyMs: Number(values.latency), ratePerClient: perClient});
server.warm(tickers);
console.log(
  `stand-in: ${perClient} requests/s per client address, ${values.latency} ms latency; ${tickers.length} tickers, ${values.workers} workers`,
);
try {
  if (runs.has('one')) await measure('1 address', addresses.slice(0, 1));
  if (runs.has('all')) await measure(`${addresses.length} addresses`, addresses);
  if (runs.has('cache')) {
    const cache = await mkdtemp(join(tmpdir(), 'screener-bench-cache-'));
    try {
      await measure(`${addresses.length} addresses, --cache (empty)`, addresses, ['--cache', cache]);
      await measure(`${addresses.length} addresses, --cache (again)`, addresses, ['--cache', cache]);
    } finally {
      await rm(cache, {recursive: true, force: true});
    }
  }
} finally {
  await server.close();
}

/** One run of the CLI over every ticker from these addresses; prints its time and what the stand-in saw. */
async function measure(name: string, from: readonly string[], extra: readonly string[] = []): Promise<void> {
  const before = snapshot(server);
  const started = performance.now();
  const args = ['scrape', '-', '--raw', '--workers', values.workers, '--base-url', server.origin, ...extra];
  for (const address of from) args.push('--local-address', address);
  const summary = await runScreener(args, tickers.join('\n'));
  const seconds = (performance.now() - started) / 1000;
  const after = snapshot(server);
  const requests = after.requests - before.requests;
  const throttled = after.throttled - before.throttled;
  const byClient = [...after.byClient]
    .map(([client, count]) => [client, count - (before.byClient.get(client) ?? 0)] as const)
    .filter(([, count]) => count > 0)
    .map(([client, count]) => `${client} ×${count}`);
  console.log(
    `${name}: ${seconds.toFixed(1)} s, ${(tickers.length / seconds).toFixed(1)} pages/s; ` +
      `the stand-in saw ${requests} requests (${throttled} throttled)${byClient.length > 0 ? `: ${byClient.join(', ')}` : ''}`,
  );
  for (const line of summary.trimEnd().split('\n')) console.log(`  ${line}`);
}

function snapshot(stand: StandInServer): {requests: number; throttled: number; byClient: Map<string, number>} {
  return {requests: stand.stats.requests, throttled: stand.stats.throttled, byClient: new Map(stand.stats.byClient)};
}
