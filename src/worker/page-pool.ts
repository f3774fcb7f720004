import {Piscina} from 'piscina';
import type {AttemptOutcome} from './attempt-outcome.js';
import type {PageTask} from './page-task.js';

export interface PagePoolOptions {
  /** Worker threads. */
  readonly workers: number;
}

export type PagePool = Piscina<PageTask, AttemptOutcome>;

/** A pool of worker threads that parse fetched pages. */
export function createPagePool(options: PagePoolOptions): PagePool {
  const pool = new Piscina<PageTask, AttemptOutcome>({
    filename: new URL('./page-worker.js', import.meta.url).href,
    minThreads: options.workers,
    maxThreads: options.workers,
    // Parsing is synchronous: one task at a time per thread, the rest wait in the queue.
    concurrentTasksPerWorker: 1,
    // Keep the threads for the whole run rather than restarting them between bursts.
    idleTimeout: 60_000,
    // A parse keeps next to nothing (about 5 MB live), but left alone V8 grew this busy
    // thread's heap to 40 MB over 20,000 pages (peak RSS ~230 MiB; with this limit ~167 MiB).
    // 4 MB costs no measurable time: more, smaller scavenges of mostly dead objects.
    resourceLimits: {maxYoungGenerationSizeMb: 4},
  });
  // A parse that finishes just as its task is aborted (Ctrl-C, an output that failed) sends a
  // result piscina no longer expects, and it says so as an 'error' event: the result is not wanted.
  pool.on('error', (error: unknown) => {
    if (!(error instanceof Error && error.message.startsWith('Unexpected message from Worker'))) throw error;
  });
  return pool;
}
