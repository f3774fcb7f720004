import assert from 'node:assert/strict';
import {afterEach, beforeEach, describe, mock, test} from 'node:test';
import {requestSignal} from '../src/http/request-signal.js';

describe('requestSignal', () => {
  beforeEach(() => mock.timers.enable({apis: ['setTimeout']}));
  afterEach(() => mock.timers.reset());

  test('aborts with a TimeoutError when the time limit runs out', () => {
    const limit = requestSignal(undefined, 1000);
    mock.timers.tick(999);
    assert.equal(limit.signal?.aborted, false);
    mock.timers.tick(1);
    assert.equal(limit.signal?.aborted, true);
    assert.equal(limit.timedOut(), true);
    assert.equal((limit.signal?.reason as Error).name, 'TimeoutError');
  });

  test("aborts with the run's reason when the run is aborted, before or during the request", () => {
    const run = new AbortController();
    const during = requestSignal(run.signal, 1000);
    run.abort(new Error('Ctrl-C'));
    assert.equal(during.signal?.aborted, true);
    assert.equal((during.signal?.reason as Error).message, 'Ctrl-C');
    assert.equal(during.timedOut(), false);
    assert.equal(requestSignal(run.signal, 0).signal?.aborted, true);
  });

  test('once disposed, neither the timer nor the run aborts it, and it leaves no listener on the run', () => {
    const run = new AbortController();
    let listeners = 0;
    const add = run.signal.addEventListener.bind(run.signal);
    const remove = run.signal.removeEventListener.bind(run.signal);
    run.signal.addEventListener = (...args: Parameters<AbortSignal['addEventListener']>) => (listeners++, add(...args));
    run.signal.removeEventListener = (...args: Parameters<AbortSignal['removeEventListener']>) => (listeners--, remove(...args));
    const limit = requestSignal(run.signal, 1000);
    assert.equal(listeners, 1);
    limit.dispose();
    assert.equal(listeners, 0);
    mock.timers.tick(1000);
    run.abort();
    assert.equal(limit.signal?.aborted, false);
  });

  test('no run signal and no time limit: no signal at all', () => {
    assert.equal(requestSignal(undefined, 0).signal, undefined);
  });
});
