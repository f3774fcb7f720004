import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {AttemptOutcome} from '../src/worker/attempt-outcome.js';
import {FORBIDDEN_IN_A_ROW, NOT_RECOGNISED_IN_A_ROW, RunGuard, THROTTLED_FOR_MS, UNREACHABLE_IN_A_ROW} from '../src/scrape/run-guard.js';

/** Read through a function, so that an earlier assert does not narrow the type for good. */
const kindOf = (guard: RunGuard): string | undefined => guard.stop?.kind;

const ok: AttemptOutcome = {kind: 'ok', status: 200, page: {}};
const notRecognised: AttemptOutcome = {kind: 'not-recognised', status: 200, message: 'page not recognised'};
const refused: AttemptOutcome = {kind: 'transient', code: 'NETWORK', message: 'connection refused', connection: 'site'};
const timeout: AttemptOutcome = {kind: 'transient', code: 'TIMEOUT', message: 'timeout after 20000 ms', connection: 'request'};
const throttled: AttemptOutcome = {kind: 'throttled', status: 429, message: 'HTTP 429: too many requests'};

test('pages not recognised stop the run only when several different pages in a row are', () => {
  const guard = new RunGuard();
  for (let attempt = 0; attempt < 10; attempt++) guard.onOutcome(notRecognised, 'AAPL');
  assert.equal(guard.stop, undefined, 'one page, however often, may be that page alone');
  for (let i = 1; i < NOT_RECOGNISED_IN_A_ROW - 1; i++) guard.onOutcome(notRecognised, `T${i}`);
  guard.onOutcome(ok, 'MSFT');
  guard.onOutcome(notRecognised, 'NVDA');
  assert.equal(guard.stop, undefined, 'a page recognised between starts the count again');
  for (let i = 1; i < NOT_RECOGNISED_IN_A_ROW; i++) guard.onOutcome(notRecognised, `U${i}`);
  assert.equal(kindOf(guard), 'not-recognised');
});

test('connection failures stop the run when the site cannot be reached several times in a row', () => {
  const refusedOnePage = new RunGuard();
  for (let i = 0; i < UNREACHABLE_IN_A_ROW; i++) refusedOnePage.onOutcome(refused, 'AAPL');
  assert.equal(kindOf(refusedOnePage), 'unreachable', 'a refused connection cannot depend on the page');

  const timeouts = new RunGuard();
  for (let i = 0; i < UNREACHABLE_IN_A_ROW + 2; i++) timeouts.onOutcome(timeout, 'AAPL');
  assert.equal(timeouts.stop, undefined, 'timeouts of one page may be that page alone');
  timeouts.onOutcome(timeout, 'MSFT');
  timeouts.onOutcome(timeout, 'NVDA');
  assert.equal(kindOf(timeouts), 'unreachable');

  const answered = new RunGuard();
  for (let i = 0; i < 20; i++)
    answered.onOutcome(i % UNREACHABLE_IN_A_ROW === 0 ? {kind: 'not-found', status: 404, message: ''} : refused, `T${i}`);
  assert.equal(answered.stop, undefined, 'an answer between means the site is there');
});

test('plain 403s in a row, and a challenge at once, are a block', () => {
  const guard = new RunGuard();
  for (let i = 0; i < FORBIDDEN_IN_A_ROW - 1; i++) guard.onOutcome({kind: 'forbidden', status: 403, message: ''}, `T${i}`);
  assert.equal(guard.stop, undefined);
  guard.onOutcome({kind: 'forbidden', status: 403, message: ''}, 'X');
  assert.equal(kindOf(guard), 'blocked');
  const challenged = new RunGuard();
  challenged.onOutcome({kind: 'challenge', status: 503, message: 'HTTP 503: blocked by Cloudflare'}, 'AAPL');
  assert.deepEqual(challenged.stop, {kind: 'blocked', reason: 'HTTP 503: blocked by Cloudflare'});
});

test(`a site that answers nothing but throttling for ${THROTTLED_FOR_MS / 60_000} minutes has blocked the run`, () => {
  let now = 0;
  const guard = new RunGuard({now: () => now});
  for (; now < THROTTLED_FOR_MS; now += 30_000) {
    guard.onOutcome(throttled, 'AAPL');
    assert.equal(guard.stop, undefined, `at ${now / 1000} s`);
  }
  guard.onOutcome(ok, 'MSFT'); // one page served starts the clock again
  now += THROTTLED_FOR_MS - 1;
  guard.onOutcome(throttled, 'AAPL');
  assert.equal(guard.stop, undefined);
  now += 1;
  guard.onOutcome(throttled, 'AAPL');
  assert.deepEqual(guard.stop, {kind: 'blocked', reason: 'every answer for 5 minutes was throttling'});
});

test('a backoff ends when the run stops, with its timer cleared', {timeout: 10_000}, async () => {
  const guard = new RunGuard();
  const waiting = guard.sleep(3_600_000);
  guard.onOutcome({kind: 'challenge', status: 403, message: 'blocked'}, 'AAPL');
  await waiting; // an hour's backoff would time the test out
  const controller = new AbortController();
  const aborted = new RunGuard().sleep(3_600_000, controller.signal);
  controller.abort(new Error('interrupted'));
  await assert.rejects(aborted, /interrupted/);
});

test('an answer to a request sent before a streak began (slower to come back) does not break it', () => {
  const guard = new RunGuard();
  const forbidden: AttemptOutcome = {kind: 'forbidden', status: 403, message: 'HTTP 403: forbidden'};
  guard.onOutcome(forbidden, 'T10', 10);
  guard.onOutcome(forbidden, 'T11', 11);
  guard.onOutcome(ok, 'T9', 9); // parsed late, sent before the first 403
  guard.onOutcome(forbidden, 'T12', 12);
  assert.equal(kindOf(guard), 'blocked');
  const broken = new RunGuard();
  broken.onOutcome(forbidden, 'T10', 10);
  broken.onOutcome(forbidden, 'T11', 11);
  broken.onOutcome(ok, 'T12', 12); // sent after: the site served it
  broken.onOutcome(forbidden, 'T13', 13);
  assert.equal(kindOf(broken), undefined);
});
