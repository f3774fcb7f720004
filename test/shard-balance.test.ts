import assert from 'node:assert/strict';
import {test} from 'node:test';
import {startStandInServer} from '../src/demo/stand-in-server.js';

// The knob `npm run bench:shards` measures uneven parts with: the stand-in's delay per ticker.
test("the stand-in's latencyFor: a slow ticker's page comes after a fast one's asked after it", async (t) => {
  const server = await startStandInServer({latencyFor: (ticker) => (ticker === 'SLOW' ? 400 : 0)});
  t.after(() => server.close());
  const order: string[] = [];
  const ask = async (ticker: string) => {
    const response = await fetch(`${server.origin}/stock?t=${ticker}&p=d`);
    await response.arrayBuffer();
    assert.equal(response.status, 200);
    order.push(ticker);
  };
  const slow = ask('SLOW');
  await ask('FAST');
  await slow;
  assert.deepEqual(order, ['FAST', 'SLOW']);
  await assert.rejects(startStandInServer({latencyFor: 5 as unknown as () => number}), /latencyFor/);
});
