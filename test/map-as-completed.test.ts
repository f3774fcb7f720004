import assert from 'node:assert/strict';
import {test} from 'node:test';
import {mapAsCompleted} from '../src/scrape/map-as-completed.js';

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

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('results come out as they finish: none waits behind a slower one', async () => {
  const gates = [0, 1, 2, 3].map(() => deferred<string>());
  const output: string[] = [];
  const done = (async () => {
    for await (const value of mapAsCompleted([0, 1, 2, 3], (i) => gates[i]!.promise, {concurrency: 4})) output.push(value);
  })();
  await tick();
  for (const i of [3, 1, 2]) gates[i]!.resolve(`r${i}`);
  await tick();
  assert.deepEqual(output, ['r3', 'r1', 'r2'], 'yielded while r0 is still pending');
  gates[0]!.resolve('r0');
  await done;
  assert.deepEqual(output, ['r3', 'r1', 'r2', 'r0']);
});

test('never more than `concurrency` calls at once, and every item once', async () => {
  let running = 0;
  let peak = 0;
  const seen: number[] = [];
  const items = Array.from({length: 50}, (_, i) => i);
  for await (const value of mapAsCompleted(
    items,
    async (i) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, i % 3));
      running--;
      return i;
    },
    {concurrency: 4},
  )) {
    seen.push(value);
  }
  assert.equal(peak, 4);
  assert.deepEqual(
    seen.sort((a, b) => a - b),
    items,
  );
});

test('after an abort it dispatches nothing more, yields what still succeeds, and ignores the aborted', async () => {
  const controller = new AbortController();
  const gates = Array.from({length: 6}, () => deferred<number>());
  const started: number[] = [];
  const output: number[] = [];
  const done = (async () => {
    for await (const value of mapAsCompleted(
      gates.map((_, i) => i),
      (i) => {
        started.push(i);
        return gates[i]!.promise;
      },
      {concurrency: 3, signal: controller.signal},
    )) {
      output.push(value);
    }
  })();
  gates[1]!.resolve(1);
  await tick();
  controller.abort();
  for (const i of [0, 3]) gates[i]!.reject(new DOMException('aborted', 'AbortError'));
  gates[2]!.resolve(2); // finished as the abort came: still a result
  await done;
  assert.deepEqual(output, [1, 2]);
  assert.deepEqual(started, [0, 1, 2, 3], 'the slot freed before the abort was filled; none after');
});

test('an error that is not an abort is thrown to the consumer', async () => {
  await assert.rejects(async () => {
    for await (const _ of mapAsCompleted(
      [1, 2],
      async (i) => {
        if (i === 2) throw new Error('boom');
        return i;
      },
      {concurrency: 2},
    )) {
      // drain
    }
  }, /boom/);
});
