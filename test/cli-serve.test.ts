import assert from 'node:assert/strict';
import {test} from 'node:test';
import {request} from 'undici';
import {startCli} from './helpers/run-cli.js';

test('serve: the stand-in at the address it prints, in the layout asked for, until Ctrl-C (exit 0)', async () => {
  const cli = startCli(['serve', '--quote-layout', 'old']);
  await cli.waitForStdout((text) => text.includes('(Ctrl-C to stop)'));
  const origin = /at (http:\/\/127\.0\.0\.1:\d+) /.exec(cli.stdout())?.[1];
  assert.ok(origin !== undefined, cli.stdout());
  const page = await request(`${origin}/stock?t=AAPL&p=d`);
  assert.equal(page.statusCode, 200);
  assert.match(await page.body.text(), /fullview-title/, 'the old layout');
  cli.child.kill('SIGINT');
  const result = await cli.result;
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stderr, 'screener serve: stopped after 1 request\n');
});
