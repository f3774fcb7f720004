import {Piscina} from 'piscina';
import type {AttemptOutcome} from '../scrape/attempt-outcome.js';
import type {QuoteTask} from './quote-task.js';

export interface QuotePoolOptions {
  /** Worker threads. */
  readonly workers: number;
  /** Requests each worker may await at once. @default 1 */
  readonly tasksPerWorker?: number;
}

export type QuotePool = Piscina<QuoteTask, AttemptOutcome>;

/** A pool of worker threads, each fetching and parsing quote pages. */
export function createQuotePool(options: QuotePoolOptions): QuotePool {
  return new Piscina<QuoteTask, AttemptOutcome>({
    filename: new URL('./quote-worker.js', import.meta.url).href,
    minThreads: options.workers,
    maxThreads: options.workers,
    concurrentTasksPerWorker: options.tasksPerWorker ?? 1,
    // Workers hold keep-alive sockets; 'sync' atomics would park them between tasks.
    atomics: 'disabled',
    // Keep the threads for the whole run rather than restarting them between bursts.
    idleTimeout: 60_000,
  });
}
