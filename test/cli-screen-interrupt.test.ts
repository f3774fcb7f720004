import assert from 'node:assert/strict';
import {once} from 'node:events';
import {createServer, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {test} from 'node:test';
import {startCli} from './helpers/run-cli.js';

test('screen interrupted while it waits for a page: exit 130, one line, no stack trace', async () => {
  const held: ServerResponse[] = [];
  let arrived: (() => void) | undefined;
  const server = createServer((_request, response) => {
    held.push(response); // never answered
    arrived?.();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const {port} = server.address() as AddressInfo;
  try {
    for (const args of [[], ['--tickers-only']]) {
      const request = new Promise<void>((resolve) => (arrived = resolve));
      const cli = startCli(['screen', ...args, '--base-url', `http://127.0.0.1:${port}`]);
      await request;
      cli.child.kill('SIGINT');
      const result = await cli.result;
      assert.equal(result.code, 130, result.stderr);
      assert.doesNotMatch(result.stderr, /\n\s+at |Error: interrupted/, 'no stack trace');
      assert.match(result.stderr, /screener: interrupted: 0 rows written/);
    }
  } finally {
    for (const response of held) response.destroy();
    server.closeAllConnections();
    server.close();
  }
});
