import type {ConnectionFailure, FailureCode} from '../errors.js';

/**
 * What one request for one page came to, as plain data (it crosses from a
 * worker thread). The main thread decides from `kind` whether to retry, and
 * the run guard (./run-guard.ts) whether the run must stop.
 */
export type AttemptOutcome<P = unknown> =
  /** A good page. */
  (
    | {readonly kind: 'ok'; readonly status: number; readonly page: P}
    /** Finviz's own answer that the ticker does not exist (404, its not-found page): final, never retried. */
    | {readonly kind: 'not-found'; readonly status: number; readonly message: string}
    /** 429 or a "Too many requests." body: slow down and ask again; not a fault. */
    | {readonly kind: 'throttled'; readonly status: number; readonly message: string; readonly retryAfterMs?: number}
    /** A plain 403: several in a row are a block. */
    | {readonly kind: 'forbidden'; readonly status: number; readonly message: string}
    /** A challenge or block page (Cloudflare's): the run is blocked at once. */
    | {readonly kind: 'challenge'; readonly status: number; readonly message: string}
    /**
     * An answer that is no page of a layout screener knows: retried like a fault, and several
     * in a row on different pages stop the run (Finviz may have changed its layout).
     */
    | {readonly kind: 'not-recognised'; readonly status: number; readonly message: string}
    /**
     * A fault worth retrying: 5xx, reset, timeout, a page cut short or incomplete. `connection`
     * says the site was never reached (refused, DNS, TLS, timeout, reset before an answer):
     * several in a row mean the site is gone.
     */
    | {
        readonly kind: 'transient';
        readonly status?: number;
        readonly code: FailureCode;
        readonly message: string;
        readonly retryAfterMs?: number;
        readonly connection?: ConnectionFailure;
      }
    /** A failure that asking again will not mend. */
    | {readonly kind: 'failed'; readonly status?: number; readonly code: FailureCode; readonly message: string}
  ) & {
    /** Read from the page cache (--cache), not asked of the site: no request was sent. */
    readonly fromCache?: true;
  };

/** Whether a page is worth keeping for a bug report (--save-pages): it was not recognised, or was short. */
export function isPageProblem(outcome: AttemptOutcome): boolean {
  return (
    outcome.kind === 'not-recognised' ||
    (outcome.kind === 'transient' && (outcome.code === 'SHORT_PAGE' || outcome.code === 'PAGE_INCOMPLETE'))
  );
}
