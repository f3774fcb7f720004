export interface MapInOrderOptions {
  /**
   * Most items under way at once, counting results held while waiting for an earlier, slower
   * one (the reorder buffer). Dispatch pauses when it is full, so memory does not grow with
   * the input. (What limits requests is the session's request slots, not this.)
   */
  readonly window: number;
  /** Stops dispatching; the results already complete in order are still yielded. */
  readonly signal?: AbortSignal;
}

type Settled<R> = {readonly ok: true; readonly value: R} | {readonly ok: false; readonly error: unknown};

/**
 * Calls `fn` on every item, at most `window` ahead of the output, and yields the results in
 * input order, each as soon as every earlier one is done. After an abort it
 * yields what completed in order up to the first unfinished item, then returns.
 */
export async function* mapInOrder<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => Promise<R>,
  options: MapInOrderOptions,
): AsyncGenerator<R> {
  const {window, signal} = options;
  const pending = new Map<number, Promise<Settled<R>>>();
  let dispatched = 0;
  for (let next = 0; next < items.length; next++) {
    while (dispatched < items.length && dispatched < next + window && !signal?.aborted) {
      const index = dispatched++;
      const item = items[index] as T;
      const run = fn(item, index);
      // Settle every promise at once, so a rejection waiting behind a slower item is never unhandled.
      pending.set(
        index,
        run.then(
          (value) => ({ok: true, value}) as const,
          (error: unknown) => ({ok: false, error}) as const,
        ),
      );
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
