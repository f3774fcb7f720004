import assert from 'node:assert/strict';
import {gzipSync} from 'node:zlib';
import {after, before, test} from 'node:test';
import {renderQuotePage} from '../src/demo/quote-page.js';
import {COLUMNS} from '../src/output/columns.js';
import {parseCsv} from './helpers/csv.js';
import {runCli} from './helpers/run-cli.js';
import {sendHtml, startScriptedServer, type ScriptedServer} from './helpers/scripted-server.js';

let site: ScriptedServer;
let elsewhere: ScriptedServer;

before(async () => {
  elsewhere = await startScriptedServer((ticker, _attempt, response) => sendHtml(response, renderQuotePage(ticker)));
  site = await startScriptedServer((ticker, _attempt, response) => {
    switch (ticker) {
      case 'BOMB': {
        // 20 MB of zeros, about 20 KB on the wire.
        const body = gzipSync(Buffer.alloc(20 * 1024 * 1024));
        response.writeHead(200, {'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': body.length});
        response.end(body);
        return;
      }
      case 'MOVED':
        response.writeHead(301, {location: '/quote.ashx?t=MOVEDHERE&p=d'}).end();
        return;
      case 'AWAY':
        response.writeHead(302, {location: `${elsewhere.origin}/quote.ashx?t=AWAY&p=d`}).end();
        return;
      default:
        sendHtml(response, renderQuotePage(ticker));
    }
  });
});
after(async () => {
  await Promise.all([site.close(), elsewhere.close()]);
});

test('a response that inflates past the size cap is refused, not retried', async () => {
  const result = await runCli(['scrape', '-', '--base-url', site.origin], {stdin: 'BOMB AAPL'});
  assert.equal(result.code, 1, result.stderr);
  const rows = parseCsv(result.stdout).slice(1);
  assert.match(rows[0]![COLUMNS.indexOf('Error')]!, /^response larger than 10485760 bytes after decompression$/);
  assert.equal(rows[1]![COLUMNS.indexOf('Error')], '');
  assert.equal(site.attempts.get('BOMB'), 1);
});

test('--max-bytes lowers the cap', async () => {
  const result = await runCli(['scrape', '-', '--max-bytes', '100000', '--base-url', site.origin], {stdin: 'AAPL'});
  assert.equal(result.code, 1, result.stderr);
  assert.match(parseCsv(result.stdout)[1]![COLUMNS.indexOf('Error')]!, /^response larger than 100000 bytes/);
});

test('redirects are followed on the same host only', async () => {
  const result = await runCli(['scrape', '-', '--base-url', site.origin], {stdin: 'MOVED AWAY'});
  assert.equal(result.code, 1, result.stderr);
  const rows = parseCsv(result.stdout).slice(1);
  assert.equal(rows[0]![COLUMNS.indexOf('Error')], '');
  assert.equal(site.attempts.get('MOVEDHERE'), 1);
  assert.equal(rows[1]![COLUMNS.indexOf('Error')], `redirect to ${elsewhere.origin} refused (only ${site.origin} is fetched)`);
  assert.equal(elsewhere.requests(), 0, 'nothing outside --base-url was fetched');
});
