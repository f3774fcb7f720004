/**
 * What the bench parent asks a fresh child process to run (./run-one.ts), and what the child
 * reports back. Plain JSON both ways.
 */

/**
 * - `single`, `pool`: the product's scrape path (scrapeToOutput) into a hashing null sink;
 * - `floor`: a bare undici request loop at the same concurrency, body read and decompressed, no parse;
 * - `parse`: parseQuotePage alone on pages generated (as UTF-8 bytes) before the clock starts.
 */
export type BenchMode = 'single' | 'pool' | 'floor' | 'parse';

export interface RunSpec {
  readonly mode: BenchMode;
  /** Worker threads (pool) or requests in flight (floor); 1 for single and parse. */
  readonly workers: number;
  /** Tickers B0..B{pages-1}. */
  readonly pages: number;
  /** The stand-in site, `http://127.0.0.1:PORT`; unused by `parse`. */
  readonly origin: string;
  /** Per-request time limit in ms. */
  readonly timeoutMs: number;
}

export interface RunResult {
  readonly mode: BenchMode;
  /** Worker threads (pool), requests in flight (floor), 1 otherwise. */
  readonly workers: number;
  readonly pages: number;
  readonly ok: number;
  readonly failed: number;
  /** Wall time of the measured part: from just before the scrape starts until it has ended (pool closed). */
  readonly seconds: number;
  /** process.cpuUsage() over the measured part: every thread of the process. */
  readonly cpuUserMs: number;
  readonly cpuSystemMs: number;
  /** process.cpuUsage() over the child's whole life, start-up and imports included. */
  readonly cpuLifeMs: number;
  /** The child's peak resident set over its whole life (VmHWM on Linux). */
  readonly maxRssKiB: number;
  /** SHA-256 of the CSV written (single and pool), to check both modes wrote the same. */
  readonly outputSha256?: string;
}

/** The tickers every run uses: B0, B1, … — fixed, so runs and machines compare. */
export function benchTickers(pages: number): string[] {
  return Array.from({length: pages}, (_, index) => `B${index}`);
}
