import assert from 'node:assert/strict';
import {test} from 'node:test';
import {RateLimiter} from '../src/http/rate-limiter.js';

/** A clock and timers that the test moves by hand: nothing really waits. */
function manualTime() {
  let now = 0;
  let timers: Array<{at: number; callback: () => void}> = [];
  return {
    now: () => now,
    schedule(callback: () => void, ms: number) {
      const timer = {at: now + ms, callback};
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
    /** Timers set and not yet run or cancelled. */
    pending: () => timers.length,
    /** Runs the timers in order up to `ms` from now. */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const next = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (next === undefined) break;
        timers = timers.filter((t) => t !== next);
        now = next.at;
        next.callback();
      }
      now = end;
    },
  };
}

/** Starts `count` acquisitions and collects when each is granted. */
function acquireMany(limiter: RateLimiter, count: number, signal?: AbortSignal) {
  const starts: number[] = [];
  const settled = Array.from({length: count}, () =>
    limiter.acquire(signal).then(
      (start) => void starts.push(start),
      () => undefined,
    ),
  );
  return {starts, settled: Promise.all(settled)};
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

test('a fixed rate starts requests 1/rate apart', async () => {
  const time = manualTime();
  const limiter = new RateLimiter(4, time);
  const {starts} = acquireMany(limiter, 5);
  for (let i = 0; i < 5; i++) {
    await flush();
    time.advance(250);
  }
  await flush();
  assert.deepEqual(starts, [0, 250, 500, 750, 1000]);
});

test('Retry-After pauses every waiting request until it has passed', async () => {
  const time = manualTime();
  const limiter = new RateLimiter(100, time);
  const sentAt = await limiter.acquire();
  limiter.onThrottle(3000, sentAt);
  const {starts} = acquireMany(limiter, 2);
  time.advance(2999);
  await flush();
  assert.deepEqual(starts, []);
  time.advance(1);
  await flush();
  time.advance(10);
  await flush();
  assert.deepEqual(starts, [3000, 3010]);
});

test('an aborted wait leaves the queue and rejects with the reason', async () => {
  const time = manualTime();
  const limiter = new RateLimiter(1, time);
  await limiter.acquire();
  const controller = new AbortController();
  const waiting = limiter.acquire(controller.signal);
  controller.abort(new Error('stop'));
  await assert.rejects(waiting, /stop/);
  const next = limiter.acquire();
  time.advance(1000);
  assert.equal(await next, 1000);
});

test('when the last waiter aborts during a long pause, no timer is left to keep the process alive', async () => {
  const time = manualTime();
  const limiter = new RateLimiter('auto', time);
  await limiter.acquire();
  limiter.onThrottle(600_000, 0); // Retry-After: ten minutes
  const controller = new AbortController();
  const {settled} = acquireMany(limiter, 3, controller.signal);
  await flush();
  assert.equal(time.pending(), 1, 'a timer for the end of the pause');
  controller.abort(new Error('interrupted'));
  await settled;
  assert.equal(time.pending(), 0);
});

test('auto is unlimited until the first throttling answer', async () => {
  const time = manualTime();
  const limiter = new RateLimiter('auto', time);
  const {starts, settled} = acquireMany(limiter, 50);
  await settled;
  assert.equal(starts.length, 50);
  assert.equal(limiter.rate, Infinity);
});

test('auto: a sharp cut on throttling, once for the requests sent before it', async () => {
  const time = manualTime();
  const limiter = new RateLimiter('auto', time);
  // 60 good answers in the last second, then a 429.
  for (let i = 0; i < 60; i++) {
    limiter.onSuccess(await limiter.acquire());
    time.advance(1000 / 60);
  }
  const sentBefore = time.now();
  limiter.onThrottle(undefined, sentBefore);
  const cut = limiter.rate;
  assert.ok(Math.abs(cut - 0.7 * 60) <= 1, `cut to ${cut}`);
  // Other answers to requests sent before the cut do not cut again.
  limiter.onThrottle(undefined, sentBefore);
  assert.equal(limiter.rate, cut);
});

test('auto: good answers grow the rate again; a long quiet spell lets it rise past the old limit', async () => {
  const time = manualTime();
  const limiter = new RateLimiter('auto', time);
  for (let i = 0; i < 20; i++) {
    limiter.onSuccess(await limiter.acquire());
    time.advance(50);
  }
  limiter.onThrottle(undefined, time.now());
  const afterFirstCut = limiter.rate;
  // Slow start: about doubling in a second of good answers.
  for (let i = 0; i < 10; i++) {
    time.advance(100);
    limiter.onSuccess(time.now());
  }
  assert.ok(limiter.rate > 1.8 * afterFirstCut && limiter.rate < 2.2 * afterFirstCut, `${afterFirstCut} -> ${limiter.rate}`);
  // A second cut ends slow start; from then on growth is additive.
  time.advance(1000);
  limiter.onThrottle(undefined, time.now());
  const ceiling = limiter.rate / 0.7;
  time.advance(10);
  limiter.onSuccess(time.now());
  assert.ok(Math.abs(limiter.rate - (0.7 + 0.05) * ceiling) < 0.01 * ceiling, 'quick recovery below 90% of the limit');
  for (let i = 0; i < 50; i++) {
    time.advance(10);
    limiter.onSuccess(time.now());
  }
  assert.ok(limiter.rate > 0.9 * ceiling && limiter.rate < ceiling, `then a slow probe, just under the limit: ${limiter.rate / ceiling}`);
  for (let i = 0; i < 100; i++) {
    time.advance(100);
    limiter.onSuccess(time.now());
  }
  assert.ok(limiter.rate > 1.2 * ceiling, `after 10 quiet seconds: ${limiter.rate} against ${ceiling}`);
});

test('auto never falls below a floor, however often it is throttled', () => {
  const time = manualTime();
  const limiter = new RateLimiter('auto', time);
  for (let i = 0; i < 100; i++) {
    limiter.onThrottle(undefined, time.now());
    time.advance(1000);
  }
  assert.ok(limiter.rate >= 0.2);
});
