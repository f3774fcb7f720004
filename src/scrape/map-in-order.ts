import pLimit from 'p-limit';

export interface MapInOrderOptions {
  /** Most calls of `fn` running at once. */
  readonly concurrency: number;
  /**
   * Most results held while waiting for an earlier, slower one: the reorder
   * buffer. Dispatch pauses when it is full, so memory does not grow with the input.
   */
  readonly window: number;
  /** Stops dispatching; the results already complete in order are still yielded. */
  readonly signal?: AbortSignal;
}

type Settled<R> = {readonly ok: true; readonly value: R} | {readonly ok: false; readonly error: unknown};

/**
 * Calls `fn` on every item with bounded concurrency and yields the results in
 * input order, each as soon as every earlier one is done. After an abort it
 * yields what completed in order up to the first unfinished item, then returns.
 */
export async function* mapInOrder<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => Promise<R>,
  options: MapInOrderOptions,
): AsyncGenerator<R> {
  const {concurrency, window, signal} = options;
  const limit = pLimit(concurrency);
  const pending = new Map<number, Promise<Settled<R>>>();
  let dispatched = 0;
  for (let next = 0; next < items.length; next++) {
    while (dispatched < items.length && dispatched < next + window && !signal?.aborted) {
      const index = dispatched++;
      const item = items[index] as T;
      const run = limit(async () => {
        // p-limit starts queued calls even after an abort; refuse them here.
        signal?.throwIfAborted();
        return fn(item, index);
      });
      // Settle every promise at once, so a rejection waiting behind a slower item is never unhandled.
      pending.set(index, run.then((value) => ({ok: true, value}) as const, (error: unknown) => ({ok: false, error}) as const));
    }
    const settled = pending.get(next);
    if (settled === undefined) return; // aborted before this item was dispatched
    pending.delete(next);
    const result = await settled;
    if (!result.ok) {
      if (signal?.aborted) return;
      throw result.error;
    }
    yield result.value;
  }
}
