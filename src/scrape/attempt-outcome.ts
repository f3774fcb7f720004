
/**
 * What one request for one page came to, as plain data (it crosses from a
 * worker thread). The main thread decides from `kind` whether to retry.
 */
export type AttemptOutcome<P = unknown> =
  /** A good page. */
  | {readonly kind: 'ok'; readonly status: number; readonly page: P}
  /** The site does not know the ticker: final, never retried. */
  | {readonly kind: 'not-found'; readonly status: number; readonly message: string}
  /** 429 or a "Too many requests." body: slow down and ask again; not a fault. */
  | {readonly kind: 'throttled'; readonly status: number; readonly message: string; readonly retryAfterMs?: number}
  /** A 403: `cloudflare` when it bears Cloudflare's signature, which blocks at once. */
  | {readonly kind: 'forbidden'; readonly status: number; readonly message: string; readonly cloudflare: boolean}
  /** A fault worth retrying: 5xx, reset, timeout, a page cut short. */
  | {readonly kind: 'transient'; readonly status?: number; readonly code: string; readonly message: string; readonly retryAfterMs?: number}
  /** A failure that asking again will not mend. */
  | {readonly kind: 'failed'; readonly status?: number; readonly code: string; readonly message: string};
