/** Longest pause a Retry-After header may impose, so a bad header cannot stall a run for days. */
const MAX_RETRY_AFTER_MS = 10 * 60 * 1000;

/**
 * Reads a Retry-After header (delay in seconds, or an HTTP date) as milliseconds
 * from `now`; undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (text === undefined || text === '') return undefined;
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(text)) ms = Number(text) * 1000;
  else {
    const date = Date.parse(text);
    if (Number.isNaN(date)) return undefined;
    ms = date - now;
  }
  return Math.min(Math.max(0, Math.round(ms)), MAX_RETRY_AFTER_MS);
}
