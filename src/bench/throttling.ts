/**
 * How `--rate auto` copes with a site's rate limit: runs the real CLI against
 * the stand-in site limited to --limit requests a second and prints the
 * throughput against that limit and the share of throttled answers.
 *
 *   npm run bench:throttling -- [--limit 60] [--tickers 2400] [--workers 8] [--latency 30] [--via quote|screener]
 *
 * With --via screener it measures batch mode (20 tickers a request) under the same limit.
 */
import {parseArgs} from 'node:util';
import {startStandInServer} from '../demo/stand-in-server.js';
import {runScreener} from './run-screener.js';

const {values} = parseArgs({
  options: {
    limit: {type: 'string', default: '60'},
    tickers: {type: 'string', default: '2400'},
    workers: {type: 'string', default: '8'},
    latency: {type: 'string', default: '30'},
    rate: {type: 'string', default: 'auto'},
    via: {type: 'string', default: 'quote'},
  },
});
const limit = Number(values.limit);
const tickers = Array.from({length: Number(values.tickers)}, (_, i) => `R${i}`);

const server = await startStandInServer({latencyMs: Number(values.latency), rateLimit: limit});
server.warm(tickers);
const started = performance.now();
const stderr = await runScreener(
  ['scrape', '-', '--raw', '--via', values.via, '--workers', values.workers, '--rate', values.rate, '--base-url', server.origin],
  tickers.join('\n'),
);
const seconds = (performance.now() - started) / 1000;
await server.close();

const pagesPerSecond = tickers.length / seconds;
const requests = [...server.stats.byTicker.values()].reduce((a, b) => a + b, 0) + server.stats.screenerRequests;
const throttledShare = server.stats.throttled / requests;
console.log(process.argv.slice(2).length ? `options: ${process.argv.slice(2).join(' ')}` : 'options: defaults');
console.log(
  stderr
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n'),
);
console.log(
  `site limit ${limit}/s, ${values.workers} workers, --rate ${values.rate}, --via ${values.via}, ${tickers.length} tickers: ${requests} requests in ${seconds.toFixed(1)} s`,
);
console.log(
  `throughput: ${pagesPerSecond.toFixed(1)} pages/s = ${((100 * pagesPerSecond) / limit).toFixed(1)}% of the limit (target: at least 90%)`,
);
console.log(`throttled: ${server.stats.throttled} of ${requests} requests = ${(100 * throttledShare).toFixed(1)}% (target: under 10%)`);
