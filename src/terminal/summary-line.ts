import type {RunStop} from '../scrape/run-guard.js';
import type {RunStats} from '../scrape/run-stats.js';

export interface RunSummary {
  readonly mode: 'pool' | 'single';
  readonly workers: number;
  readonly total: number;
  readonly ok: number;
  readonly failed: number;
  readonly seconds: number;
  readonly stats: RunStats;
  /** Items written per quote-page table (news, ratings, …), when tables were asked for. */
  readonly items?: ReadonlyMap<string, number>;
  /** Why the run stopped before its end, if it did, and the exit status that says so. */
  readonly stop?: RunStop;
  readonly stopExit?: number;
}

/**
 * The closing summary, e.g.
 *   pool: 248 tickers (240 ok, 8 failed) in 1.84 s, 135 pages/s, 8 workers
 *   requests: 262 (14 retries, 9 throttling answers); HTTP status: 200 ×251, 404 ×3, 429 ×5, 503 ×3
 *   (with --cache, after it: "; cache: 1200 pages read, 240 kept")
 *   tables: news 2000 items, ratings 340 items
 *   errors: 3 × HTTP 404: ticker not found, 5 × blocked
 *   stopped: 3 answers in a row were HTTP 403 (blocked, exit 3)
 */
export function formatSummary(summary: RunSummary): string[] {
  const {mode, workers, total, ok, failed, seconds} = summary;
  const rate = seconds > 0 ? (ok + failed) / seconds : 0;
  const how = mode === 'single' ? 'one request at a time' : `${workers} worker${workers === 1 ? '' : 's'}`;
  return [
    `${mode}: ${total} tickers (${ok} ok, ${failed} failed) in ${seconds.toFixed(2)} s, ${rate.toFixed(0)} pages/s, ${how}`,
    ...formatRequestSummary(summary),
  ];
}

/** The summary's lines after the tickers' one: what any run that fetches says, with or without a list of tickers. */
export function formatRequestSummary(summary: Pick<RunSummary, 'stats' | 'items' | 'stop' | 'stopExit'>): string[] {
  const {stats} = summary;
  const statuses = [...stats.statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status} ×${count}`);
  const lines = [
    `requests: ${stats.requests} (${stats.retries} retries, ${stats.throttled} throttling answers)` +
      (statuses.length > 0 ? `; HTTP status: ${statuses.join(', ')}` : '') +
      (stats.cacheReads + stats.cacheWrites + stats.cacheMisses > 0
        ? `; cache: ${stats.cacheReads} pages read, ${stats.cacheWrites} kept` +
          (stats.cacheMisses > 0 ? `, ${stats.cacheMisses} not there` : '')
        : ''),
  ];
  if (summary.items !== undefined && summary.items.size > 0) {
    lines.push(`tables: ${[...summary.items].map(([table, count]) => `${table} ${count} item${count === 1 ? '' : 's'}`).join(', ')}`);
  }
  if (stats.errors.size > 0) {
    const errors = [...stats.errors].sort(([, a], [, b]) => b - a).map(([message, count]) => `${count} × ${message}`);
    lines.push(`errors: ${errors.join(', ')}`);
  }
  if (summary.stop !== undefined)
    lines.push(
      `stopped: ${summary.stop.reason} (${STOP_NAMES[summary.stop.kind]}${summary.stopExit === undefined ? '' : `, exit ${summary.stopExit}`})`,
    );
  return lines;
}

const STOP_NAMES: Readonly<Record<RunStop['kind'], string>> = {
  blocked: 'blocked',
  'not-recognised': 'pages not recognised',
  unreachable: 'site unreachable',
};
