import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {LimiterState} from '../src/http/rate-limiter.js';
import {clock, layoutProgress, type ProgressState} from '../src/terminal/progress-layout.js';

const UNLIMITED: LimiterState = {pace: 'unlimited', rate: Infinity, pausedMs: 0, retryAfter: false};

const running: ProgressState = {
  done: 412,
  total: 1000,
  failed: 3,
  unit: 'tickers',
  recentRate: 33.4,
  elapsedMs: 12_300,
  limiter: UNLIMITED,
};

test('a wide terminal gets every part: count, percentage, failed, recent rate, elapsed, time left', () => {
  assert.equal(layoutProgress(running, 120), '412/1000 tickers (41%), 3 failed, 33/s, 0:12 elapsed, 0:18 left');
});

test("the limiter's state: throttled to its pace, or paused with the seconds left and whether the site asked (Retry-After)", () => {
  const throttled = {...running, limiter: {pace: 'throttled', rate: 4.23, pausedMs: 0, retryAfter: false}} as const;
  assert.equal(layoutProgress(throttled, 120), '412/1000 tickers (41%), 3 failed, 33/s, 0:12 elapsed, 0:18 left, throttled to 4.2/s');
  const paused = {...running, limiter: {pace: 'throttled', rate: 4.23, pausedMs: 11_200, retryAfter: true}} as const;
  assert.match(layoutProgress(paused, 120), /, paused 12 s \(Retry-After\)$/);
  const fixedPause = {...running, limiter: {pace: 'fixed', rate: 5, pausedMs: 800, retryAfter: false}} as const;
  assert.match(layoutProgress(fixedPause, 120), /, paused 1 s$/);
  // A fixed --rate the user chose is not news.
  assert.doesNotMatch(layoutProgress({...running, limiter: {pace: 'fixed', rate: 5, pausedMs: 0, retryAfter: false}}, 120), /rate|5\/s/);
});

test('a narrow terminal loses the least useful parts first; the limiter and the count stay longest', () => {
  const paused = {...running, limiter: {pace: 'throttled', rate: 4.2, pausedMs: 11_200, retryAfter: true}} as const;
  assert.equal(layoutProgress(paused, 100), '412/1000 tickers (41%), 3 failed, 33/s, 0:12 elapsed, 0:18 left, paused 12 s (Retry-After)');
  assert.equal(layoutProgress(paused, 80), '412/1000 tickers (41%), 3 failed, 33/s, 0:18 left, paused 12 s (Retry-After)');
  assert.equal(layoutProgress(paused, 75), '412/1000 tickers, 3 failed, 33/s, 0:18 left, paused 12 s (Retry-After)');
  assert.equal(layoutProgress(paused, 60), '412/1000 tickers, 3 failed, 33/s, paused 12 s (Retry-After)');
  assert.equal(layoutProgress(paused, 50), '412/1000 tickers, paused 12 s (Retry-After)');
  assert.equal(layoutProgress(paused, 30), '412/1000 tickers');
  assert.equal(layoutProgress(paused, 10), '412/1000 ');
});

test('the line never reaches the last column, whatever the width and state', () => {
  const states: ProgressState[] = [
    running,
    {...running, total: undefined, unit: 'pages'},
    {...running, recentRate: undefined, failed: 0},
    {...running, done: 123_456, total: 1_000_000, elapsedMs: 4 * 3600_000, limiter: {...UNLIMITED, pausedMs: 300_000, retryAfter: true}},
  ];
  for (const state of states) {
    for (let width = 1; width <= 160; width++) {
      const line = layoutProgress(state, width);
      assert.ok(line.length <= Math.max(1, width - 1), `${JSON.stringify(line)} at width ${width}`);
      assert.ok(!line.includes('\n'));
    }
  }
});

test('before the total is known the count stands alone; no time left without a rate or a total; failed only when some did', () => {
  const screen: ProgressState = {
    done: 1,
    total: undefined,
    failed: 0,
    unit: 'pages',
    recentRate: undefined,
    elapsedMs: 400,
    limiter: undefined,
  };
  assert.equal(layoutProgress(screen, 100), '1 pages, 0:00 elapsed');
  assert.equal(layoutProgress({...screen, total: 12, recentRate: 2}, 100), '1/12 pages (8%), 2.0/s, 0:00 elapsed, 0:06 left');
  assert.equal(layoutProgress({...screen, total: 0, done: 0}, 100), '0/0 pages (100%), 0:00 elapsed');
});

test('times read as a clock', () => {
  assert.equal(clock(0), '0:00');
  assert.equal(clock(7_400), '0:07');
  assert.equal(clock(754_000), '12:34');
  assert.equal(clock(3_723_000), '1:02:03');
});
