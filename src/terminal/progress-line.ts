import type {LimiterState} from '../http/rate-limiter.js';
import {layoutProgress} from './progress-layout.js';
import {RecentRate} from './recent-rate.js';
import {StatusLine} from './status-line.js';

/** Redraws a second at most: enough to look live, little enough to cost nothing. */
const REDRAW_MS = 100;
/** The width assumed when a terminal does not say. */
const DEFAULT_COLUMNS = 80;

export interface ProgressOptions {
  /** How many there are to do; leave it out while unknown (see setTotal). */
  readonly total?: number;
  /** What is counted. @default 'tickers' */
  readonly unit?: string;
  /** @default process.stderr */
  readonly stderr?: NodeJS.WriteStream;
  /** Rows written here scroll above the line when it is the same terminal. @default process.stdout */
  readonly stdout?: NodeJS.WriteStream;
  /** Clock in ms. @default performance.now */
  readonly now?: () => number;
}

/** What has a rate limiter whose state the line shows: a SiteSession. */
export interface LimiterSource {
  limiterState(): LimiterState;
}

/**
 * The live progress line on stderr, only when stderr is a terminal (a log file or a pipe gets
 * nothing): done/total, failed, the recent rate, elapsed and time left, and the rate limiter's
 * state, fitted to the terminal's width and redrawn when it changes. Rows on stdout and lines on
 * stderr scroll above it (see StatusLine). Attach it to a command in two lines:
 *
 *   const progress = new ProgressLine({total: tickers.length});   // then progress.tick(ok) per item
 *   try { … } finally { progress.stop(); }                         // before the summary
 *
 * and `progress.watch(session)` to show the limiter's pace and pauses.
 */
export class ProgressLine {
  readonly #stderr: NodeJS.WriteStream;
  readonly #now: () => number;
  readonly #unit: string;
  readonly #started: number;
  readonly #rate: RecentRate;
  readonly #line: StatusLine | undefined;
  readonly #timer: NodeJS.Timeout | undefined;
  readonly #onResize = () => {
    this.#line?.resized(this.#columns());
    this.#render();
  };
  #total: number | undefined;
  #done = 0;
  #failed = 0;
  #source: LimiterSource | undefined;

  constructor(options: ProgressOptions = {}) {
    this.#stderr = options.stderr ?? process.stderr;
    this.#now = options.now ?? (() => performance.now());
    this.#unit = options.unit ?? 'tickers';
    this.#total = options.total;
    this.#started = this.#now();
    this.#rate = new RecentRate(this.#started);
    if (!this.#stderr.isTTY) return;
    this.#line = new StatusLine(this.#stderr, options.stdout ?? process.stdout);
    this.#timer = setInterval(() => this.#render(), REDRAW_MS);
    this.#timer.unref();
    this.#stderr.on('resize', this.#onResize);
  }

  /** The total, once known (a screen learns it from its first page). */
  setTotal(total: number): void {
    this.#total = total;
  }

  /** Records one finished item. */
  tick(ok: boolean): void {
    this.#done++;
    if (!ok) this.#failed++;
    this.#rate.note(this.#now());
  }

  /** Shows this limiter's pace and pauses from now on. */
  watch(source: LimiterSource): void {
    this.#source = source;
  }

  /** Prints a line of its own on stderr, above the progress line. */
  print(line: string): void {
    this.#stderr.write(`${line}\n`);
  }

  /** Erases the line for good (before the summary). */
  stop(): void {
    if (this.#line === undefined) return;
    clearInterval(this.#timer);
    this.#stderr.off('resize', this.#onResize);
    this.#line.close();
  }

  #columns(): number {
    return this.#stderr.columns || DEFAULT_COLUMNS;
  }

  #render(): void {
    const now = this.#now();
    const text = layoutProgress(
      {
        done: this.#done,
        total: this.#total,
        failed: this.#failed,
        unit: this.#unit,
        recentRate: this.#rate.perSecond(now),
        elapsedMs: now - this.#started,
        limiter: this.#source?.limiterState(),
      },
      this.#columns(),
    );
    this.#line?.show(text);
  }
}
