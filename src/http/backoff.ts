export interface BackoffOptions {
  /** Cap of the first wait, ms. @default 500 */
  readonly baseMs?: number;
  /** Largest wait, ms. @default 30000 */
  readonly maxMs?: number;
  /** Source of randomness in [0, 1). @default Math.random */
  readonly random?: () => number;
}

/**
 * Exponential backoff with full jitter: a uniform wait in [0, min(max, base·2^(n-1))),
 * so clients that failed together do not retry together. A Retry-After the
 * server sent is a floor.
 */
export function backoffMs(retry: number, retryAfterMs: number | undefined, options: BackoffOptions = {}): number {
  const {baseMs = 500, maxMs = 30_000, random = Math.random} = options;
  const cap = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.max(retryAfterMs ?? 0, Math.floor(random() * cap));
}
