/** `auto`, or a fixed number of requests per second. */
export type RateSetting = 'auto' | number;

/** Slowest pace `auto` falls to, in requests per second. */
const MIN_RATE = 0.2;
/** The pace assumed for a site that throttles before it has answered a single request well. */
const FIRST_GUESS = 1;
/** A cut keeps this share of the rate: sharp, so the site's limit is left at once. */
const DECREASE = 0.7;
/** Below this share of the last throttled pace, the rate climbs back quickly... */
const RECOVERY_SHARE = 0.9;
/** ...by this share of that pace per good answer; */
const FAST_STEP = 0.05;
/** above it, it probes upward slowly, so it spends most of its time just under the limit. */
const PROBE_STEP = 0.001;
/**
 * After the first cut, the limit is still unknown (a site's burst allowance hides
 * it), so while answers stay good the rate doubles every this many ms, as in
 * TCP's slow start, until the second cut.
 */
const SLOW_START_DOUBLING_MS = 1000;
/**
 * After this long without a throttling answer the limit we knew may have risen
 * (or was underestimated), so the rate also grows steadily with time...
 */
const QUIET_MS = 5000;
/** ...doubling every this many ms. */
const QUIET_DOUBLING_MS = 10_000;
/** Without Retry-After, a fixed rate pauses this long after a throttling answer. */
const FIXED_PAUSE_MS = 1000;

export interface RateLimiterOptions {
  /** Clock in ms. @default performance.now */
  readonly now?: () => number;
  /** Calls `callback` after `ms`; returns a function that cancels it. @default setTimeout */
  readonly schedule?: (callback: () => void, ms: number) => () => void;
}

/** What the limiter is doing, for a progress line. */
export interface LimiterState {
  /** 'unlimited': no pace yet (auto before any throttling); 'fixed': --rate N; 'throttled': auto, cut by the site's throttling. */
  readonly pace: 'unlimited' | 'fixed' | 'throttled';
  /** Requests per second now allowed; Infinity when unlimited. */
  readonly rate: number;
  /** Milliseconds left of a pause every request waits out; 0 when none. */
  readonly pausedMs: number;
  /** Whether that pause is the site's Retry-After (else a fixed rate's pause after throttling). */
  readonly retryAfter: boolean;
}

interface Waiter {
  readonly resolve: (start: number) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

/**
 * One pace for every request of a run (all are sent by the main thread). Waiting
 * requests start one by one, at least 1/rate seconds apart, at the rate in
 * force when each starts; a Retry-After pauses them all.
 *
 * `auto` starts unlimited (the concurrency is the only bound). From the first
 * throttling answer on it adapts: additive increase on good answers,
 * multiplicative decrease on throttling answers, so it settles just under the
 * site's limit.
 */
export class RateLimiter {
  readonly #adaptive: boolean;
  readonly #now: () => number;
  readonly #schedule: (callback: () => void, ms: number) => () => void;
  #rate: number;
  #cuts = 0;
  #lastCutAt = -Infinity;
  #rateAfterCut = Infinity;
  /** The rate at the last cut: the site's limit, as far as we know. */
  #ceiling = Infinity;
  #lastStart = -Infinity;
  #firstStart = Infinity;
  #pausedUntil = -Infinity;
  #pausedByRetryAfter = false;
  #lastGrowthAt = 0;
  /** When the good answers of about the last second came. */
  #recentSuccesses: number[] = [];
  readonly #waiters: Waiter[] = [];
  #cancelTimer: (() => void) | undefined;

  constructor(setting: RateSetting, options: RateLimiterOptions = {}) {
    this.#adaptive = setting === 'auto';
    this.#rate = setting === 'auto' ? Infinity : setting;
    this.#now = options.now ?? (() => performance.now());
    this.#schedule =
      options.schedule ??
      ((callback, ms) => {
        const timer = setTimeout(callback, ms);
        return () => clearTimeout(timer);
      });
  }

  /** Requests per second now allowed; Infinity when unlimited. */
  get rate(): number {
    return this.#rate;
  }

  /** A snapshot of the pace and any pause, read-only. */
  state(): LimiterState {
    const pausedMs = Math.max(0, this.#pausedUntil - this.#now());
    const pace = !this.#adaptive ? 'fixed' : Number.isFinite(this.#rate) ? 'throttled' : 'unlimited';
    return {pace, rate: this.#rate, pausedMs, retryAfter: pausedMs > 0 && this.#pausedByRetryAfter};
  }

  /** Waits for this request's turn; resolves to the time it started, to pass back with its answer. */
  acquire(signal?: AbortSignal): Promise<number> {
    signal?.throwIfAborted();
    return new Promise<number>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        signal,
        onAbort: () => {
          this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
          // With no one left waiting, a timer armed for a long pause (Retry-After) would only keep the process alive.
          if (this.#waiters.length === 0) {
            this.#cancelTimer?.();
            this.#cancelTimer = undefined;
          }
          reject(signal?.reason as Error);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, {once: true});
      this.#waiters.push(waiter);
      this.#release();
    });
  }

  /** Starts every waiter whose turn has come, and sets a timer for the next. */
  #release(): void {
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
    while (this.#waiters.length > 0) {
      const now = this.#now();
      const interval = Number.isFinite(this.#rate) ? 1000 / this.#rate : 0;
      const due = Math.max(this.#pausedUntil, this.#lastStart + interval);
      if (due > now) {
        this.#cancelTimer = this.#schedule(() => this.#release(), due - now);
        return;
      }
      const waiter = this.#waiters.shift()!;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      this.#lastStart = now;
      this.#firstStart = Math.min(this.#firstStart, now);
      waiter.resolve(now);
    }
  }

  /** A good answer to a request sent at `sentAt`: speed up a little. */
  onSuccess(sentAt: number): void {
    if (!this.#adaptive) return;
    const now = this.#now();
    this.#noteSuccess(now);
    if (!Number.isFinite(this.#rate) || sentAt < this.#lastCutAt) return;
    const elapsed = Math.min(now - this.#lastGrowthAt, 1000);
    this.#lastGrowthAt = now;
    if (this.#cuts === 1) {
      this.#rate *= 2 ** (elapsed / SLOW_START_DOUBLING_MS);
    } else {
      this.#rate += this.#ceiling * (this.#rate < this.#ceiling * RECOVERY_SHARE ? FAST_STEP : PROBE_STEP);
      if (now - this.#lastCutAt > QUIET_MS) this.#rate *= 2 ** (elapsed / QUIET_DOUBLING_MS);
    }
    this.#release();
  }

  /**
   * A throttling answer to a request sent at `sentAt`: pause everyone for
   * Retry-After and slow down sharply, once for all the requests sent at the
   * pace that was too fast.
   */
  onThrottle(retryAfterMs: number | undefined, sentAt: number): void {
    const now = this.#now();
    const pause = retryAfterMs ?? (this.#adaptive ? 0 : FIXED_PAUSE_MS);
    if (now + pause > this.#pausedUntil) {
      this.#pausedUntil = now + pause;
      this.#pausedByRetryAfter = retryAfterMs !== undefined;
    }
    this.#release();
    if (!this.#adaptive || sentAt < this.#lastCutAt) return;
    // In slow start, a throttling answer before the rate has grown tells nothing new:
    // the site's allowance had not refilled since the first cut.
    if (this.#cuts === 1 && this.#rate < this.#rateAfterCut * 1.25) return;
    // Before any good answer has come back there is nothing to measure: start from one a second.
    const accepted = this.#recentSuccesses.length === 0 ? FIRST_GUESS : Math.max(this.#acceptedRate(now), MIN_RATE);
    // Unlimited so far: the pace the site accepted stands for our rate. Leaving slow start,
    // our rate may have run far ahead of the limit while the site's burst allowance
    // drained, so the accepted pace caps it.
    const current = !Number.isFinite(this.#rate)
      ? accepted
      : this.#cuts === 1
        ? Math.min(this.#rate, Math.max(accepted, this.#rateAfterCut))
        : this.#rate;
    this.#ceiling = current;
    this.#rate = Math.max(MIN_RATE, current * DECREASE);
    this.#rateAfterCut = this.#rate;
    this.#lastCutAt = now;
    this.#lastGrowthAt = now;
    this.#cuts++;
    this.#release();
  }

  #noteSuccess(at: number): void {
    this.#recentSuccesses.push(at);
    // Keep at least a second's worth; trim in batches rather than on every answer.
    if (this.#recentSuccesses.length > 512) {
      const keepFrom = this.#recentSuccesses.findIndex((time) => time > at - 1000);
      this.#recentSuccesses.splice(0, Math.max(0, Math.min(keepFrom, this.#recentSuccesses.length - 1)));
    }
  }

  /**
   * Good answers per second over the last second, or, early in a run, over the
   * time since the first request (at least a quarter of a second), so that a
   * throttling answer in the first moments does not read as a tiny limit.
   */
  #acceptedRate(now: number): number {
    const window = Math.min(1000, Math.max(250, now - this.#firstStart));
    let count = 0;
    for (let i = this.#recentSuccesses.length - 1; i >= 0 && (this.#recentSuccesses[i] ?? 0) > now - window; i--) count++;
    return (count * 1000) / window;
  }
}
