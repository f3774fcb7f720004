/** How far back the recent rate looks: long enough to be steady, short enough to show a slowdown within seconds. */
export const RATE_WINDOW_MS = 10_000;

/**
 * Events per second over the last RATE_WINDOW_MS (or since the start, early on): what a run is
 * doing now, where the average since the start would hide a throttled or paused stretch.
 */
export class RecentRate {
  readonly #started: number;
  /** When each event of the window came, oldest first, from #head on. */
  readonly #times: number[] = [];
  #head = 0;

  constructor(started: number) {
    this.#started = started;
  }

  note(at: number): void {
    this.#times.push(at);
  }

  /** Per second at `now`; undefined in the first half second, when a rate would be noise. */
  perSecond(now: number): number | undefined {
    const span = Math.min(RATE_WINDOW_MS, now - this.#started);
    if (span < 500) return undefined;
    while (this.#head < this.#times.length && (this.#times[this.#head] ?? 0) <= now - span) this.#head++;
    // Drop the passed-over times now and then, not on every call.
    if (this.#head > 4096) {
      this.#times.splice(0, this.#head);
      this.#head = 0;
    }
    return ((this.#times.length - this.#head) * 1000) / span;
  }
}
