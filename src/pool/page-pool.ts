import {Piscina} from 'piscina';
import type {AttemptOutcome} from '../scrape/attempt-outcome.js';
import type {PageTask} from './page-task.js';

export interface PagePoolOptions {
  /** Worker threads. */
  readonly workers: number;
  /** Requests each worker may await at once. @default 1 */
  readonly tasksPerWorker?: number;
}

export type PagePool = Piscina<PageTask, AttemptOutcome>;

/** A pool of worker threads, each fetching and parsing pages. */
export function createPagePool(options: PagePoolOptions): PagePool {
  return new Piscina<PageTask, AttemptOutcome>({
    filename: new URL('./page-worker.js', import.meta.url).href,
    minThreads: options.workers,
    maxThreads: options.workers,
    concurrentTasksPerWorker: options.tasksPerWorker ?? 1,
    // Workers hold keep-alive sockets; 'sync' atomics would park them between tasks.
    atomics: 'disabled',
    // Keep the threads for the whole run rather than restarting them between bursts.
    idleTimeout: 60_000,
  });
}
