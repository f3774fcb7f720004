export interface MapAsCompletedOptions {
  /** Most calls of `fn` under way at once. */
  readonly concurrency: number;
  /** Stops dispatching; the calls under way still settle, and those that succeed are still yielded. */
  readonly signal?: AbortSignal;
}

type Settled<R> = {readonly ok: true; readonly value: R} | {readonly ok: false; readonly error: unknown};

/**
 * Calls `fn` on every item with bounded concurrency and yields each result as
 * soon as it is ready, in the order they finish: nothing waits behind a slower
 * item. After an abort it dispatches nothing more, yields what the calls under
 * way still return, and ends; their rejections (the abort) are not errors.
 */
export async function* mapAsCompleted<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => Promise<R>,
  options: MapAsCompletedOptions,
): AsyncGenerator<R> {
  const {concurrency, signal} = options;
  const settled: Settled<R>[] = [];
  let wake: (() => void) | undefined;
  let running = 0;
  let next = 0;
  const land = (result: Settled<R>) => {
    running--;
    settled.push(result);
    wake?.();
  };
  const dispatch = () => {
    while (running < concurrency && next < items.length && !signal?.aborted) {
      const index = next++;
      running++;
      // Every call is settled here, so a rejection is never unhandled, even once the consumer has gone.
      (async () => fn(items[index] as T, index))().then(
        (value) => land({ok: true, value}),
        (error: unknown) => land({ok: false, error}),
      );
    }
  };
  dispatch();
  while (running > 0 || settled.length > 0) {
    if (settled.length === 0) {
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      continue;
    }
    const result = settled.shift()!;
    if (result.ok) yield result.value;
    else if (!signal?.aborted) throw result.error;
    dispatch();
  }
}
