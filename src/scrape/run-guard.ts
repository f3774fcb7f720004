import type {AttemptOutcome} from '../worker/attempt-outcome.js';

/** Plain 403s in a row, with no good answer between, that mean the site has blocked us. */
export const FORBIDDEN_IN_A_ROW = 3;
/** Different pages in a row not recognised, with no page recognised between, that stop the run. */
export const NOT_RECOGNISED_IN_A_ROW = 3;
/** Connection failures in a row, with no answer between, that mean the site is gone... */
export const UNREACHABLE_IN_A_ROW = 4;
/** ...when they are on this many different pages, or could not depend on the page (refused, DNS, TLS). */
export const UNREACHABLE_PAGES = 3;
/** A site that has answered nothing but throttling for this long has blocked us. */
export const THROTTLED_FOR_MS = 5 * 60_000;

/** Why a run stopped before its end: the site blocked it, changed its pages, or is gone. */
export type StopKind = 'blocked' | 'not-recognised' | 'unreachable';

export interface RunStop {
  readonly kind: StopKind;
  /** e.g. "HTTP 403: blocked by Cloudflare", "3 pages in a row were not recognised". */
  readonly reason: string;
}

/** The Error of a ticker not fetched because the run stopped, by why it stopped. */
export const STOPPED_MESSAGES: Readonly<Record<StopKind, string>> = {
  blocked: 'blocked',
  'not-recognised': 'not fetched: the run stopped (pages not recognised)',
  unreachable: 'not fetched: the run stopped (site unreachable)',
};

export interface RunGuardOptions {
  /** Milliseconds; the tests pass a fake clock. @default performance.now */
  readonly now?: () => number;
}

/**
 * Decides, answer by answer, when a run must stop rather than go on through the whole list:
 * - blocked: at once on a challenge page, after several plain 403s in a row, or when every
 *   answer has been throttling for THROTTLED_FOR_MS;
 * - not recognised: several different pages in a row that are no layout screener knows;
 * - unreachable: several connection failures in a row with no answer between, or at once when
 *   a --local-address is not an address of this host.
 * Once stopped, it stays so; the first reason wins.
 */
export class RunGuard {
  readonly #now: () => number;
  #stop: RunStop | undefined;
  readonly #forbidden = new Streak();
  readonly #notRecognised = new Streak();
  readonly #unreachable = new Streak();
  /** Whether a connection failure of the current streak could not depend on the page. */
  #siteFailure = false;
  /** When the site last gave an answer that was not throttling (or when the run began). */
  #lastServedAt: number;
  /** Listeners for the stop: backoffs to cut short, waits to abort. */
  readonly #stopped = new Set<() => void>();
  /** Numbers outcomes told without the number of their request, in the order told. */
  #unnumbered = 0;

  constructor(options: RunGuardOptions = {}) {
    this.#now = options.now ?? (() => performance.now());
    this.#lastServedAt = this.#now();
  }

  /** Why the run stopped, or undefined while it goes on. */
  get stop(): RunStop | undefined {
    return this.#stop;
  }

  /**
   * Takes note of one attempt's outcome for the page `key` (a ticker, or a screener query);
   * `sent` numbers the request in the order requests left (default: after every earlier one).
   */
  onOutcome(outcome: AttemptOutcome, key: string, sent = this.#unnumbered++): void {
    const connection = outcome.kind === 'transient' ? outcome.connection : undefined;
    if (connection === undefined && this.#unreachable.breakBy(sent)) this.#siteFailure = false;
    if (outcome.kind !== 'forbidden') this.#forbidden.breakBy(sent);
    if (outcome.kind !== 'throttled' && connection === undefined) this.#lastServedAt = this.#now();
    switch (outcome.kind) {
      case 'challenge':
        this.#stopFor('blocked', outcome.message);
        return;
      case 'forbidden':
        this.#forbidden.add(sent, key);
        if (this.#forbidden.count >= FORBIDDEN_IN_A_ROW)
          this.#stopFor('blocked', `${this.#forbidden.count} answers in a row were HTTP 403`);
        return;
      case 'throttled': {
        const minutes = (this.#now() - this.#lastServedAt) / 60_000;
        if (minutes * 60_000 >= THROTTLED_FOR_MS) this.#stopFor('blocked', `every answer for ${minutes.toFixed(0)} minutes was throttling`);
        return;
      }
      case 'not-recognised':
        this.#notRecognised.add(sent, key);
        if (this.#notRecognised.pages >= NOT_RECOGNISED_IN_A_ROW) {
          this.#stopFor('not-recognised', `${this.#notRecognised.pages} different pages in a row were not recognised`);
        }
        return;
      case 'ok':
      case 'not-found':
        this.#notRecognised.breakBy(sent);
        return;
      case 'transient':
        // A source address this host does not have fails every request sent from it: no streak to wait for.
        if (connection === 'local') this.#stopFor('unreachable', outcome.message);
        else if (connection !== undefined) this.#onConnectionFailure(outcome.message, key, sent, connection === 'site');
        return;
      case 'failed':
        return;
    }
  }

  #onConnectionFailure(message: string, key: string, sent: number, site: boolean): void {
    this.#unreachable.add(sent, key);
    this.#siteFailure ||= site;
    const {count, pages} = this.#unreachable;
    if (count >= UNREACHABLE_IN_A_ROW && (this.#siteFailure || pages >= UNREACHABLE_PAGES)) {
      this.#stopFor('unreachable', `${count} requests in a row on ${pages} page${pages === 1 ? '' : 's'} failed: ${message}`);
    }
  }

  /**
   * Waits `ms` (a backoff), or less: resolves early when the run stops, and rejects with the
   * signal's reason on an abort. Its timer is cleared either way, so nothing lingers.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.#stop !== undefined || ms <= 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        forget();
      };
      const onEnd = (): void => {
        done();
        resolve();
      };
      const onAbort = (): void => {
        done();
        reject(signal?.reason as Error);
      };
      const timer = setTimeout(onEnd, ms);
      signal?.addEventListener('abort', onAbort, {once: true});
      const forget = this.onStop(onEnd);
    });
  }

  /** Calls `listener` once when the run stops; returns a function that cancels it. */
  onStop(listener: () => void): () => void {
    this.#stopped.add(listener);
    return () => this.#stopped.delete(listener);
  }

  #stopFor(kind: StopKind, reason: string): void {
    if (this.#stop !== undefined) return;
    this.#stop = {kind, reason};
    for (const wake of [...this.#stopped]) wake();
  }
}

/**
 * Failures of one kind in a row, in the order their requests left: an answer to a request sent
 * before the streak began (slower to come back, say a page still being parsed) does not break it.
 */
class Streak {
  /** The number of the earliest request of the streak. */
  #first = Infinity;
  #count = 0;
  readonly #pages = new Set<string>();

  /** Failures in the streak. */
  get count(): number {
    return this.#count;
  }

  /** Different pages among them. */
  get pages(): number {
    return this.#pages.size;
  }

  add(sent: number, key: string): void {
    this.#first = Math.min(this.#first, sent);
    this.#count++;
    this.#pages.add(key);
  }

  /** An answer to request `sent`: it ends the streak if it left after the streak began; says whether it did. */
  breakBy(sent: number): boolean {
    if (this.#count === 0 || sent <= this.#first) return false;
    this.#first = Infinity;
    this.#count = 0;
    this.#pages.clear();
    return true;
  }
}
