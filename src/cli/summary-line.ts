export interface RunSummary {
  readonly mode: 'pool' | 'single';
  readonly workers: number;
  readonly total: number;
  readonly ok: number;
  readonly failed: number;
  readonly seconds: number;
}

/** e.g. `pool: 248 tickers (240 ok, 8 failed) in 1.84 s, 135 pages/s, 8 workers` */
export function formatSummary(summary: RunSummary): string {
  const {mode, workers, total, ok, failed, seconds} = summary;
  const rate = seconds > 0 ? (ok + failed) / seconds : 0;
  const how = mode === 'single' ? 'one request at a time' : `${workers} worker${workers === 1 ? '' : 's'}`;
  return `${mode}: ${total} tickers (${ok} ok, ${failed} failed) in ${seconds.toFixed(2)} s, ${rate.toFixed(0)} pages/s, ${how}`;
}
