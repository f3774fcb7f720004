import type {AttemptOutcome} from './attempt-outcome.js';

/** Counters for the closing summary on stderr. */
export class RunStats {
  requests = 0;
  retries = 0;
  throttled = 0;
  readonly statuses = new Map<number, number>();
  /** Final errors of failed tickers, grouped by message kind. */
  readonly errors = new Map<string, number>();

  recordAttempt(outcome: AttemptOutcome): void {
    this.requests++;
    if (outcome.status !== undefined) increment(this.statuses, outcome.status);
    if (outcome.kind === 'throttled') this.throttled++;
  }

  recordFailure(message: string): void {
    // Group "timeout after 20000 ms (after 5 attempts)" with its kind, not its details.
    increment(this.errors, message.replace(/ \(after \d+ attempts\)$/, ''));
  }
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
