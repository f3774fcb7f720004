import assert from 'node:assert/strict';
import {test} from 'node:test';
import {mapInOrder} from '../src/scrape/map-in-order.js';

/** A promise settled from outside, so a test decides the order in which work finishes. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {promise, resolve, reject};
}

test('results come out in input order whatever order they finish in', async () => {
  const gates = [0, 1, 2, 3].map(() => deferred<string>());
  const output: string[] = [];
  const done = (async () => {
    for await (const value of mapInOrder([0, 1, 2, 3], (i) => gates[i]!.promise, {window: 8})) output.push(value);
  })();
  for (const i of [3, 1, 2, 0]) gates[i]!.resolve(`r${i}`);
  await done;
  assert.deepEqual(output, ['r0', 'r1', 'r2', 'r3']);
});

test('never more than `window` calls at once, nor further ahead of the output than `window`', async () => {
  let running = 0;
  let peak = 0;
  let furthestAhead = 0;
  let emitted = 0;
  const items = Array.from({length: 50}, (_, i) => i);
  for await (const _ of mapInOrder(
    items,
    async (i) => {
      running++;
      peak = Math.max(peak, running);
      furthestAhead = Math.max(furthestAhead, i - emitted);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
      return i;
    },
    {window: 5},
  )) {
    emitted++;
  }
  assert.equal(emitted, 50);
  assert.ok(peak <= 5, `${peak} at once`);
  assert.ok(furthestAhead < 5, `dispatched ${furthestAhead} ahead of the output`);
});

test('after an abort it yields what completed in order, then stops dispatching', async () => {
  const controller = new AbortController();
  const gates = Array.from({length: 8}, () => deferred<number>());
  const started: number[] = [];
  const output: number[] = [];
  const done = (async () => {
    for await (const value of mapInOrder(
      gates.map((_, i) => i),
      (i) => {
        started.push(i);
        return gates[i]!.promise;
      },
      {window: 3, signal: controller.signal},
    )) {
      output.push(value);
    }
  })();
  gates[0]!.resolve(0);
  gates[2]!.resolve(2); // complete, but behind the unfinished 1
  await new Promise((resolve) => setImmediate(resolve));
  controller.abort();
  gates[1]!.resolve(1); // completes after the abort: yielded, and its place frees room for item 4…
  gates[3]!.reject(new DOMException('aborted', 'AbortError'));
  await done;
  assert.deepEqual(output, [0, 1, 2]);
  // …which must not start: 0 done made room for 3 before the abort; nothing starts after it.
  assert.deepEqual(started, [0, 1, 2, 3]);
});

test('an error that is not an abort is thrown to the consumer', async () => {
  await assert.rejects(async () => {
    for await (const _ of mapInOrder(
      [1, 2],
      async (i) => {
        if (i === 2) throw new Error('boom');
        return i;
      },
      {window: 4},
    )) {
      // drain
    }
  }, /boom/);
});
