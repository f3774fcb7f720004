import {setTimeout as sleep} from 'node:timers/promises';
import {backoffMs} from '../http/backoff.js';
import type {AttemptOutcome} from './attempt-outcome.js';
import type {BlockDetector} from './block-detector.js';
import type {PageRequest} from './page-request.js';
import type {RunStats} from './run-stats.js';

/**
 * Throttling answers one request may get before it is given up. They do not
 * use the --retries budget (the limiter paces them), but a site that never
 * stops throttling must not keep a run going for ever.
 */
export const MAX_THROTTLED_PER_REQUEST = 50;

/**
 * Longest wait a Retry-After on a fault (5xx) imposes before a retry: a server
 * in trouble may ask for hours, and a 429's pause (which paces the whole run)
 * is the place for long waits, not a retry of one ticker. The longest backoff.
 */
export const MAX_FAULT_RETRY_AFTER_MS = 30_000;

/** What came of a request after its retries: its page, or why there is none. */
export type RequestResult<P> = {readonly ok: true; readonly page: P} | {readonly ok: false; readonly code: string; readonly message: string};

export interface RetryContext {
  /**
   * Sends one request when a request slot and the rate limiter allow (and
   * tells the limiter how it went); resolves to its outcome, or to undefined
   * when the run was blocked before it was sent.
   */
  readonly attempt: (request: PageRequest) => Promise<AttemptOutcome | undefined>;
  /** Retries after faults (5xx, resets, timeouts, short pages). */
  readonly retries: number;
  readonly blocks: BlockDetector;
  readonly stats: RunStats;
  readonly signal?: AbortSignal;
  /** Waits between retries. @default backoff with full jitter */
  readonly backoff?: (retry: number, retryAfterMs: number | undefined) => number;
}

/**
 * Gets one page: asks again after faults (with backoff) and after throttling
 * (paced by the shared rate limiter), stops at once when blocked.
 */
export async function retryRequest<P>(request: PageRequest, context: RetryContext): Promise<RequestResult<P>> {
  const {attempt, retries, blocks, stats, signal, backoff = backoffMs} = context;
  let faults = 0;
  let throttled = 0;
  for (;;) {
    const outcome = await attempt(request);
    if (outcome === undefined) return failed('BLOCKED', 'blocked');
    stats.recordAttempt(outcome);

    switch (outcome.kind) {
      case 'ok':
        return {ok: true, page: outcome.page as P};
      case 'not-found':
        return failed('TICKER_NOT_FOUND', outcome.message);
      case 'failed':
        return failed(outcome.code, outcome.message);
      case 'throttled':
        if (++throttled > MAX_THROTTLED_PER_REQUEST) return failed('THROTTLED', `${outcome.message}, ${throttled} times`);
        stats.retries++;
        continue;
      case 'forbidden':
      case 'transient': {
        if (blocks.reason !== undefined) return failed('BLOCKED', 'blocked');
        if (faults === retries) {
          const code = outcome.kind === 'forbidden' ? 'FORBIDDEN' : outcome.code;
          return failed(code, faults === 0 ? outcome.message : `${outcome.message} (after ${faults + 1} attempts)`);
        }
        faults++;
        stats.retries++;
        const asked = outcome.kind === 'transient' ? outcome.retryAfterMs : undefined;
        if (asked !== undefined && asked > MAX_FAULT_RETRY_AFTER_MS) stats.noteRetryAfterCapped(outcome.message, MAX_FAULT_RETRY_AFTER_MS);
        const retryAfterMs = asked === undefined ? undefined : Math.min(asked, MAX_FAULT_RETRY_AFTER_MS);
        await sleep(backoff(faults, retryAfterMs), undefined, {signal});
        continue;
      }
    }
  }
}

function failed(code: string, message: string): {readonly ok: false; readonly code: string; readonly message: string} {
  return {ok: false, code, message};
}
