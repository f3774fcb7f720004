import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {AttemptOutcome} from '../src/worker/attempt-outcome.js';
import {RunGuard} from '../src/scrape/run-guard.js';
import {MAX_FAULT_RETRY_AFTER_MS, retryRequest} from '../src/scrape/retry-request.js';
import {RunStats} from '../src/scrape/run-stats.js';

test('a Retry-After on a 5xx waits the cap at most, with one warning a run', async () => {
  const answers: AttemptOutcome[] = [
    {kind: 'transient', status: 503, code: 'HTTP_STATUS', message: 'HTTP 503', retryAfterMs: 600_000},
    {kind: 'transient', status: 503, code: 'HTTP_STATUS', message: 'HTTP 503', retryAfterMs: 600_000},
    {kind: 'transient', status: 500, code: 'HTTP_STATUS', message: 'HTTP 500', retryAfterMs: 2_000},
    {kind: 'ok', status: 200, page: 'the page'},
  ];
  const warnings: string[] = [];
  const stats = new RunStats((line) => warnings.push(line));
  const waits: Array<number | undefined> = [];
  const result = await retryRequest<string>(
    {kind: 'quote', ticker: 'AAPL'},
    {
      attempt: async () => answers.shift(),
      retries: 4,
      guard: new RunGuard(),
      stats,
      backoff: (_retry, retryAfterMs) => {
        waits.push(retryAfterMs);
        return 0;
      },
    },
  );
  assert.deepEqual(result, {ok: true, page: 'the page'});
  assert.equal(MAX_FAULT_RETRY_AFTER_MS, 30_000);
  assert.deepEqual(waits, [30_000, 30_000, 2_000], 'capped; a shorter one as asked');
  assert.deepEqual(warnings, [
    'screener: warning: the site answered HTTP 503 with a Retry-After over 30 s; retrying after 30 s at most (said once)',
  ]);
  assert.equal(stats.retryAfterCapped, 2);
});
