/**
 * Why cut more parts than machines: runs the real CLI as the tasks of an array job, at most
 * `--slots` at once (as Slurm's --array=0-15%4 or an Indexed Job's parallelism runs them), against
 * the stand-in with uneven latencies: a contiguous run of the list (`--slow-share`, 1/8 by default,
 * like a sorted list's block of slow pages) answers in `--slow-ms`, the rest in `--fast-ms`. It times
 * the list cut into as many parts as slots, then into `--parts` parts through the same slots, and
 * checks that each merge is whole.
 *
 *   npm run bench:shards -- [--tickers 800] [--slots 4] [--parts 16] [--workers 4] [--fast-ms 20] [--slow-ms 400] [--slow-share 0.125]
 *
 * Prints one line per run: parts, slots, wall seconds, and the slowest and fastest part's seconds.
 */
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {startStandInServer} from '../demo/stand-in-server.js';
import {runScreener} from './run-screener.js';

const {values} = parseArgs({
  options: {
    tickers: {type: 'string', default: '800'},
    slots: {type: 'string', default: '4'},
    parts: {type: 'string', default: '16'},
    workers: {type: 'string', default: '4'},
    'fast-ms': {type: 'string', default: '20'},
    'slow-ms': {type: 'string', default: '400'},
    'slow-share': {type: 'string', default: '0.125'},
  },
});
const tickers = Array.from({length: Number(values.tickers)}, (_, i) => `B${String(i).padStart(5, '0')}`);
const slow = new Set(tickers.slice(0, Math.round(tickers.length * Number(values['slow-share']))));
const slots = Number(values.slots);

const server = await startStandInServer({
  latencyFor: (ticker) => (slow.has(ticker) ? Number(values['slow-ms']) : Number(values['fast-ms'])),
});
server.warm(tickers); // page generation stays out of the timings
const dir = await mkdtemp(join(tmpdir(), 'screener-shard-bench-'));
try {
  const list = join(dir, 'tickers.txt');
  await writeFile(list, `${tickers.join('\n')}\n`);
  console.log(
    `${tickers.length} tickers, ${slow.size} of them (a contiguous run) at ${values['slow-ms']} ms, the rest at ${values['fast-ms']} ms; --workers ${values.workers} a task`,
  );
  for (const parts of [slots, Number(values.parts)]) {
    const started = performance.now();
    const seconds: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({length: slots}, async () => {
        while (next < parts) {
          const index = next++;
          const begun = performance.now();
          await runScreener([
            'scrape',
            list,
            '--shard',
            `${index}/${parts}`,
            '-o',
            join(dir, `part-${index}.csv`),
            '--workers',
            String(values.workers),
            '--base-url',
            server.origin,
          ]);
          seconds[index] = (performance.now() - begun) / 1000;
        }
      }),
    );
    const wall = (performance.now() - started) / 1000;
    const paths = Array.from({length: parts}, (_, index) => join(dir, `part-${index}.csv`));
    await runScreener(['merge', join(dir, 'merged.csv'), ...paths, '--tickers', list]);
    await rm(join(dir, 'merged.csv'));
    console.log(
      `${String(parts).padStart(3)} parts through ${slots} slots: ${wall.toFixed(2)} s (parts took ${Math.min(...seconds).toFixed(2)} to ${Math.max(...seconds).toFixed(2)} s)`,
    );
  }
} finally {
  await server.close();
  await rm(dir, {recursive: true, force: true});
}
