import type {FailureCode} from '../errors.js';
import {backoffMs} from '../http/backoff.js';
import type {AttemptOutcome} from '../worker/attempt-outcome.js';
import {STOPPED_MESSAGES, type RunGuard, type StopKind} from './run-guard.js';
import type {PageRequest} from '../worker/page-request.js';
import type {RunStats} from './run-stats.js';

/**
 * Throttling answers one request may get before it is given up. They do not
 * use the --retries budget (the limiter paces them), but a site that never
 * stops throttling must not keep a run going for ever.
 */
export const MAX_THROTTLED_PER_REQUEST = 50;

/**
 * The code of a page not fetched, or given up, because the run stopped (blocked, pages not
 * recognised, site gone): the stop is told of once, not for each such ticker.
 */
export const STOPPED: FailureCode = 'STOPPED';

/**
 * Longest wait a Retry-After on a fault (5xx) imposes before a retry: a server
 * in trouble may ask for hours, and a 429's pause (which paces the whole run)
 * is the place for long waits, not a retry of one ticker. The longest backoff.
 */
export const MAX_FAULT_RETRY_AFTER_MS = 30_000;

/** What came of a request after its retries: its page, or why there is none. */
export type RequestResult<P> =
  {readonly ok: true; readonly page: P} | {readonly ok: false; readonly code: FailureCode; readonly message: string};

export interface RetryContext {
  /**
   * Sends one request when a request slot and the rate limiter allow (and
   * tells the limiter and the run guard how it went); resolves to its outcome, or to
   * undefined when the run stopped before it was sent.
   */
  readonly attempt: (request: PageRequest) => Promise<AttemptOutcome | undefined>;
  /** Retries after faults (5xx, resets, timeouts, short pages). */
  readonly retries: number;
  readonly guard: RunGuard;
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
  const {attempt, retries, guard, stats, signal, backoff = backoffMs} = context;
  let faults = 0;
  let throttled = 0;
  /** The last fault's row, for when the run stops while this request backs off after it. */
  let lastFault: RequestResult<P> | undefined;
  for (;;) {
    const outcome = await attempt(request);
    if (outcome === undefined) return lastFault ?? stopped(guard);
    stats.recordAttempt(outcome);

    switch (outcome.kind) {
      case 'ok':
        return {ok: true, page: outcome.page as P};
      case 'not-found':
        return failed('TICKER_NOT_FOUND', outcome.message);
      case 'failed':
        return failed(outcome.code, outcome.message);
      case 'challenge':
        return failed('BLOCKED', outcome.message);
      case 'throttled':
        if (guard.stop !== undefined) return stopped(guard);
        if (++throttled > MAX_THROTTLED_PER_REQUEST) return failed('THROTTLED', `${outcome.message}, ${throttled} times`);
        stats.retries++;
        continue;
      case 'forbidden':
      case 'not-recognised':
      case 'transient': {
        const code = outcome.kind === 'forbidden' ? 'FORBIDDEN' : outcome.kind === 'not-recognised' ? 'PAGE_NOT_RECOGNISED' : outcome.code;
        const message = faults === 0 ? outcome.message : `${outcome.message} (after ${faults + 1} attempts)`;
        if (guard.stop !== undefined) return causedStop(outcome, guard) ? failed(STOPPED, message) : stopped(guard);
        if (faults === retries) return failed(code, message);
        // Should the run stop for failures like this one while this request backs off, its row
        // keeps this reason, under the STOPPED code (told of once, not for each ticker).
        lastFault = causedStopKind(outcome) === undefined ? undefined : failed(STOPPED, message);
        faults++;
        stats.retries++;
        const asked = outcome.kind === 'transient' ? outcome.retryAfterMs : undefined;
        if (asked !== undefined && asked > MAX_FAULT_RETRY_AFTER_MS) stats.noteRetryAfterCapped(outcome.message, MAX_FAULT_RETRY_AFTER_MS);
        const retryAfterMs = asked === undefined ? undefined : Math.min(asked, MAX_FAULT_RETRY_AFTER_MS);
        await guard.sleep(backoff(faults, retryAfterMs), signal);
        continue;
      }
    }
  }
}

/** Whether this page's own failure is of the kind that stopped the run: then it says more than "the run stopped". */
function causedStop(outcome: AttemptOutcome, guard: RunGuard): boolean {
  const kind = causedStopKind(outcome);
  return kind !== undefined && kind === guard.stop?.kind;
}

/** The kind of stop that failures like this one lead to, if any. */
function causedStopKind(outcome: AttemptOutcome): StopKind | undefined {
  if (outcome.kind === 'not-recognised') return 'not-recognised';
  if (outcome.kind === 'transient' && outcome.connection !== undefined) return 'unreachable';
  if (outcome.kind === 'forbidden') return 'blocked';
  return undefined;
}

/** The row of a page not fetched because the run stopped. */
function stopped(guard: RunGuard): {readonly ok: false; readonly code: FailureCode; readonly message: string} {
  return failed(STOPPED, STOPPED_MESSAGES[guard.stop?.kind ?? 'blocked']);
}

function failed(code: FailureCode, message: string): {readonly ok: false; readonly code: FailureCode; readonly message: string} {
  return {ok: false, code, message};
}
