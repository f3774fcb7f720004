import type {AttemptOutcome} from '../worker/attempt-outcome.js';

/** Counters for the closing summary on stderr, and the warnings said once a run. */
export class RunStats {
  requests = 0;
  retries = 0;
  throttled = 0;
  /** Pages read from the cache (--cache) instead of asking the site: not requests. */
  cacheReads = 0;
  /** Pages the site answered that were kept in the cache. */
  cacheWrites = 0;
  /** Pages --offline did not find in the cache (fresh enough). */
  cacheMisses = 0;
  /** Retry-After waits on a fault that were cut short to the cap. */
  retryAfterCapped = 0;
  readonly statuses = new Map<number, number>();
  /** Final errors of failed tickers, grouped by message kind. */
  readonly errors = new Map<string, number>();
  readonly #warn: (line: string) => void;

  /** `warn` receives a warning as one line without its newline. @default writes it to stderr */
  constructor(warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`)) {
    this.#warn = warn;
  }

  /** The site asked to wait longer than the cap before retrying a fault; said once a run. */
  noteRetryAfterCapped(message: string, capMs: number): void {
    if (this.retryAfterCapped++ > 0) return;
    this.#warn(
      `screener: warning: the site answered ${message} with a Retry-After over ${capMs / 1000} s; retrying after ${capMs / 1000} s at most (said once)`,
    );
  }

  recordAttempt(outcome: AttemptOutcome): void {
    if (outcome.fromCache === true) {
      if (outcome.kind === 'failed' && outcome.code === 'NOT_CACHED') this.cacheMisses++;
      else this.cacheReads++;
      return;
    }
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
