import assert from 'node:assert/strict';
import {test} from 'node:test';
import {RunGuard, THROTTLED_FOR_MS} from '../src/scrape/run-guard.js';
import {SiteSession} from '../src/scrape/site-session.js';
import {startScriptedServer} from './helpers/scripted-server.js';

test('a site that throttles every request is a block once the bound has passed (on a fake clock)', async () => {
  const server = await startScriptedServer((_ticker, _attempt, response) => {
    response.writeHead(429, {'retry-after': '0', 'content-length': '0'});
    response.end();
  });
  // Each look at the clock is half the bound later: the second throttled answer is past it.
  let now = 0;
  const guard = new RunGuard({now: () => (now += THROTTLED_FOR_MS / 2)});
  const session = new SiteSession({mode: 'single', workers: 1, baseUrl: server.origin, timeoutMs: 5000, guard});
  try {
    const result = await session.fetch({kind: 'quote', ticker: 'AAPL'});
    assert.deepEqual(result, {ok: false, code: 'STOPPED', message: 'blocked'});
    assert.equal(guard.stop?.kind, 'blocked');
    assert.match(guard.stop?.reason ?? '', /^every answer for \d+ minutes was throttling$/);
    assert.equal(server.requests(), 2);
  } finally {
    await session.close(false);
    await server.close();
  }
});
