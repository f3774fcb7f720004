/**
 * One measured run, in a fresh process: `node dist/bench/run-one.js '<RunSpec as JSON>'`.
 * Prints one line of JSON, a RunResult, on stdout. `screener bench` starts one such process per
 * run, so peak RSS and CPU time belong to that run alone, and the stand-in site (in the parent)
 * is not measured. Each mode imports only what it uses, before the clock starts.
 */
import {createHash} from 'node:crypto';
import {fstatSync, readFileSync} from 'node:fs';
import {Writable} from 'node:stream';
import {pathToFileURL} from 'node:url';
import {benchTickers, type RunResult, type RunSpec} from './run-spec.js';

interface Measured {
  readonly ok: number;
  readonly failed: number;
  readonly outputSha256?: string;
}

/** Runs `spec` and measures the part that does the work. */
export async function runOne(spec: RunSpec): Promise<RunResult> {
  const work = await prepare(spec);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const measured = await work();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const life = process.cpuUsage();
  return {
    mode: spec.mode,
    workers: spec.workers,
    pages: spec.pages,
    ...measured,
    seconds,
    cpuUserMs: cpu.user / 1000,
    cpuSystemMs: cpu.system / 1000,
    cpuLifeMs: (life.user + life.system) / 1000,
    maxRssKiB: peakRssKiB(),
  };
}

/**
 * This process's peak resident set. On Linux it is VmHWM: getrusage's maxRSS (resourceUsage) also
 * keeps the peak of the parent's memory image, copied by fork before exec, and the parent here
 * holds the stand-in site's cache (1.3 GiB for 20,000 pages).
 */
function peakRssKiB(): number {
  try {
    const match = /^VmHWM:\s*(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match?.[1] !== undefined) return Number(match[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

/** Loads the modules and the input of a run; returns the part to measure. */
async function prepare(spec: RunSpec): Promise<() => Promise<Measured>> {
  const tickers = benchTickers(spec.pages);
  switch (spec.mode) {
    case 'single':
    case 'pool': {
      const {scrapeToOutput} = await import('../runs/scrape-to-output.js');
      // As the CLI does before any command.
      const {limitHeapGrowth} = await import('../heap-growth.js');
      limitHeapGrowth();
      return async () => {
        const sink = new HashSink();
        const counts = await scrapeToOutput(tickers, sink, {
          mode: spec.mode === 'single' ? 'single' : 'pool',
          workers: spec.workers,
          baseUrl: spec.origin,
          timeoutMs: spec.timeoutMs,
          // The product's defaults otherwise: CSV of normalized values, --rate auto, retries.
          output: {end: true, warn: () => {}},
        });
        return {ok: counts.ok, failed: counts.failed, outputSha256: sink.digest()};
      };
    }
    case 'floor': {
      const {runFloorLoop} = await import('./floor-loop.js');
      return () => runFloorLoop(tickers, {baseUrl: spec.origin, concurrency: spec.workers, timeoutMs: spec.timeoutMs});
    }
    case 'parse': {
      const {parseQuotePage} = await import('../finviz/parse-quote.js');
      const {renderQuotePage} = await import('../demo/quote-page.js');
      // As UTF-8 bytes, as a worker gets a page (after gunzip).
      const pages = tickers.map((ticker) => Buffer.from(renderQuotePage(ticker)));
      return () => {
        let ok = 0;
        for (const [index, bytes] of pages.entries()) {
          if (parseQuotePage(bytes, tickers[index] as string).snapshot['Market Cap'] !== undefined) ok++;
        }
        return Promise.resolve({ok, failed: pages.length - ok});
      };
    }
  }
}

/** Discards what is written, keeping only its SHA-256. */
class HashSink extends Writable {
  readonly #hash = createHash('sha256');

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.#hash.update(chunk);
    callback();
  }

  digest(): string {
    return this.#hash.digest('hex');
  }
}

const [, entry = '', specJson] = process.argv;
if (specJson !== undefined && import.meta.url === pathToFileURL(entry).href) {
  // Started by `screener bench`, stdin is a pipe from it that is never written: its end means the
  // bench is gone (even by SIGKILL), and with it the reason to run. A terminal or /dev/null is not watched.
  const stdin = fstatSync(0);
  if (stdin.isFIFO() || stdin.isSocket()) process.stdin.on('end', () => process.exit(1)).resume();
  const result = await runOne(JSON.parse(specJson) as RunSpec);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.stdin.destroy();
}
