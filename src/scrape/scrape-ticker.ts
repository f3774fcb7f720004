import {setTimeout as sleep} from 'node:timers/promises';
import {backoffMs} from '../http/backoff.js';
import type {AttemptOutcome} from './attempt-outcome.js';
import type {BlockDetector} from './block-detector.js';
import type {RunStats} from './run-stats.js';
import type {TickerOutcome} from './ticker-outcome.js';

/**
 * Throttling answers one ticker may get before it is given up. They do not use
 * the --retries budget (the limiter paces them), but a site that never stops
 * throttling must not keep a run going for ever.
 */
export const MAX_THROTTLED_PER_TICKER = 50;

export interface TickerRetryContext {
  /**
   * Sends one request when a request slot and the rate limiter allow (and
   * tells the limiter how it went); resolves to its outcome, or to undefined
   * when the run was blocked before it was sent.
   */
  readonly attempt: (ticker: string) => Promise<AttemptOutcome | undefined>;
  /** Retries after faults (5xx, resets, timeouts, short pages). */
  readonly retries: number;
  readonly blocks: BlockDetector;
  readonly stats: RunStats;
  readonly signal?: AbortSignal;
  /** Waits between retries. @default backoff with full jitter */
  readonly backoff?: (retry: number, retryAfterMs: number | undefined) => number;
}

/**
 * Gets one ticker's row: asks again after faults (with backoff) and after
 * throttling (paced by the shared rate limiter), stops at once when blocked.
 */
export async function scrapeTicker(ticker: string, context: TickerRetryContext): Promise<TickerOutcome> {
  const {attempt, retries, blocks, stats, signal, backoff = backoffMs} = context;
  let faults = 0;
  let throttled = 0;
  for (;;) {
    const outcome = await attempt(ticker);
    if (outcome === undefined) return failed(ticker, 'BLOCKED', 'blocked');
    stats.recordAttempt(outcome);
    if (outcome.kind === 'forbidden') blocks.onForbidden(outcome.message, outcome.cloudflare);
    else blocks.onOtherAnswer();

    switch (outcome.kind) {
      case 'ok':
        return {ok: true, ticker, page: outcome.page};
      case 'not-found':
        return failed(ticker, 'TICKER_NOT_FOUND', outcome.message);
      case 'failed':
        return failed(ticker, outcome.code, outcome.message);
      case 'throttled':
        if (++throttled > MAX_THROTTLED_PER_TICKER) return failed(ticker, 'THROTTLED', `${outcome.message}, ${throttled} times`);
        stats.retries++;
        continue;
      case 'forbidden':
      case 'transient': {
        if (blocks.reason !== undefined) return failed(ticker, 'BLOCKED', 'blocked');
        if (faults === retries) {
          const code = outcome.kind === 'forbidden' ? 'FORBIDDEN' : outcome.code;
          return failed(ticker, code, faults === 0 ? outcome.message : `${outcome.message} (after ${faults + 1} attempts)`);
        }
        faults++;
        stats.retries++;
        const retryAfterMs = outcome.kind === 'transient' ? outcome.retryAfterMs : undefined;
        await sleep(backoff(faults, retryAfterMs), undefined, {signal});
        continue;
      }
    }
  }
}

function failed(ticker: string, code: string, message: string): TickerOutcome {
  return {ok: false, ticker, code, message};
}
