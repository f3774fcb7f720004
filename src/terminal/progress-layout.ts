import type {LimiterState} from '../http/rate-limiter.js';

/** What the progress line tells, at one moment. */
export interface ProgressState {
  readonly done: number;
  /** Unknown until the run knows it (a screen, before its first page). */
  readonly total: number | undefined;
  readonly failed: number;
  /** What is counted: 'tickers', 'pages'. */
  readonly unit: string;
  /** Done per second over the last few seconds; undefined until there is something to measure. */
  readonly recentRate: number | undefined;
  readonly elapsedMs: number;
  /** The rate limiter's state, when the run has one. */
  readonly limiter: LimiterState | undefined;
}

interface Part {
  readonly text: string;
  /** Follows the part before it after a space, as one phrase ("412/1000 tickers (41%)"), not after a comma. */
  readonly attached?: boolean;
  /** Parts with a higher number are dropped first when the line does not fit. */
  readonly drop: number;
}

/**
 * The progress line for a terminal `width` columns wide, e.g.
 *   412/1000 tickers (41%), 3 failed, 33/s, 0:12 elapsed, 0:18 left, throttled to 4.2/s
 * It never reaches the last column (a character there makes some terminals wrap): when it would,
 * the least useful parts go first (elapsed, the percentage, the time left, the rate), and the count
 * is cut as a last resort.
 */
export function layoutProgress(state: ProgressState, width: number): string {
  const parts = progressParts(state);
  const room = Math.max(1, width - 1);
  // The count (drop 0) always stays; it is cut below if it must.
  const dropOrder = [...new Set(parts.map((part) => part.drop))].filter((drop) => drop > 0).sort((a, b) => b - a);
  let kept = parts;
  for (const drop of dropOrder) {
    if (joined(kept).length <= room) break;
    kept = kept.filter((part) => part.drop !== drop);
  }
  const line = joined(kept);
  return line.length <= room ? line : line.slice(0, room);
}

function joined(parts: readonly Part[]): string {
  return parts.map((part, index) => (index === 0 ? '' : part.attached ? ' ' : ', ') + part.text).join('');
}

function progressParts(state: ProgressState): Part[] {
  const {done, total, failed, unit, recentRate, elapsedMs, limiter} = state;
  const parts: Part[] = [];
  if (total === undefined) parts.push({text: `${done} ${unit}`, drop: 0});
  else {
    parts.push({text: `${done}/${total} ${unit}`, drop: 0});
    parts.push({text: `(${total === 0 ? 100 : Math.floor((100 * done) / total)}%)`, drop: 5, attached: true});
  }
  if (failed > 0) parts.push({text: `${failed} failed`, drop: 2});
  if (recentRate !== undefined) parts.push({text: `${formatRate(recentRate)}/s`, drop: 3});
  parts.push({text: `${clock(elapsedMs)} elapsed`, drop: 6});
  if (total !== undefined && recentRate !== undefined && recentRate > 0 && done < total) {
    parts.push({text: `${clock((1000 * (total - done)) / recentRate)} left`, drop: 4});
  }
  const pace = limiterText(limiter);
  if (pace !== undefined) parts.push({text: pace, drop: 1});
  return parts;
}

/** "paused 12 s (Retry-After)", "throttled to 4.2/s", or nothing while the pace is the site's own. */
function limiterText(limiter: LimiterState | undefined): string | undefined {
  if (limiter === undefined) return undefined;
  if (limiter.pausedMs > 0) return `paused ${Math.ceil(limiter.pausedMs / 1000)} s${limiter.retryAfter ? ' (Retry-After)' : ''}`;
  if (limiter.pace === 'throttled') return `throttled to ${formatRate(limiter.rate)}/s`;
  return undefined;
}

function formatRate(perSecond: number): string {
  return perSecond < 10 ? perSecond.toFixed(1) : perSecond.toFixed(0);
}

/** 0:07, 12:34, 1:02:03 */
export function clock(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const s = String(seconds % 60).padStart(2, '0');
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}:${s}`;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${s}`;
}
