import {setMaxListeners} from 'node:events';
import {RunGuard} from '../scrape/run-guard.js';
import {RunStats} from '../scrape/run-stats.js';
import type {ScrapeCounts, ScrapeToOutputOptions} from './scrape-to-output.js';
import type {TickerOutcome} from '../scrape/ticker-outcome.js';

/** The parts of a run that both ways of writing share: counters, and a stop for when the output fails. */
export class RunControl {
  readonly started = performance.now();
  readonly stats: RunStats;
  /** Whether and why the run must stop before its end. */
  readonly guard = new RunGuard();
  /** Aborted by the caller's signal (Ctrl-C) or by a write that failed. */
  readonly signal: AbortSignal;
  ok = 0;
  failed = 0;
  writeError: unknown = undefined;
  readonly #stop = new AbortController();

  constructor(options: Pick<ScrapeToOutputOptions, 'output' | 'signal'>) {
    this.stats = new RunStats(options.output?.warn);
    this.signal = options.signal === undefined ? this.#stop.signal : AbortSignal.any([options.signal, this.#stop.signal]);
    // Every request in flight and every queued wait listens to this one signal.
    setMaxListeners(10_000, this.signal);
  }

  /** The output failed: stop sending, abort what is in flight. The first error is the one told. */
  fail(error: unknown): void {
    this.writeError ??= error;
    this.#stop.abort(error);
  }

  /** Counts an outcome whose row was written. */
  written(outcome: TickerOutcome<unknown>): void {
    if (outcome.ok) this.ok++;
    else {
      this.failed++;
      this.stats.recordFailure(outcome.message);
    }
  }

  counts(total: number): ScrapeCounts {
    const {ok, failed, stats, writeError} = this;
    const seconds = (performance.now() - this.started) / 1000;
    return {ok, failed, interrupted: ok + failed < total, seconds, stats, stop: this.guard.stop, writeError};
  }
}
