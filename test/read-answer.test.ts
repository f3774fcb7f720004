import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import zlib from 'node:zlib';
import {renderNotFoundPage, renderQuotePage} from '../src/demo/quote-page.js';
import {classifyResponse} from '../src/scrape/classify-response.js';
import {readAnswer} from '../src/scrape/read-answer.js';

// readAnswer is what a worker thread runs: the body arrives as bytes, compressed or not.
const PAGES = new URL('../../shared/finviz-pages/', import.meta.url);
const quote = (ticker: string) => ({kind: 'quote', ticker}) as const;
const answer = (status: number, bytes: Uint8Array, encoding?: string, maxBytes = 10 * 1024 * 1024) => ({
  status,
  headers: {},
  bytes,
  maxBytes,
  ...(encoding === undefined ? {} : {encoding}),
});

test('a page read from its gzip, deflate, brotli or plain bytes is the page read from its text', () => {
  const html = renderQuotePage('AAPL');
  const fromText = classifyResponse({status: 200, headers: {}, body: html}, quote('AAPL'));
  assert.equal(fromText.kind, 'ok');
  const bytes = Buffer.from(html);
  assert.deepEqual(readAnswer(quote('AAPL'), answer(200, bytes)), fromText);
  assert.deepEqual(readAnswer(quote('AAPL'), answer(200, zlib.gzipSync(bytes), 'gzip')), fromText);
  assert.deepEqual(readAnswer(quote('AAPL'), answer(200, zlib.deflateSync(bytes), 'deflate')), fromText);
  assert.deepEqual(readAnswer(quote('AAPL'), answer(200, zlib.brotliCompressSync(bytes), 'br')), fromText);
});

test('bytes and text give the same outcome for every saved quote page, whole and cut short', () => {
  for (const name of ['quote-new-AAPL-2026-06-29-diversen.html', 'quote-old-AAPL-2018-11-joseraul.html', 'quote-notfound-INVALID-2022-01-d3an.html']) {
    const bytes = readFileSync(new URL(name, PAGES));
    const ticker = name.includes('notfound') ? 'INVALID' : 'AAPL';
    for (const cut of [bytes, bytes.subarray(0, bytes.indexOf('Shs Outstand'))]) {
      if (cut.length === 0) continue;
      const fromText = classifyResponse({status: 200, headers: {}, body: cut.toString('utf8')}, quote(ticker));
      assert.deepEqual(classifyResponse({status: 200, headers: {}, body: cut}, quote(ticker)), fromText, name);
    }
  }
});

test('throttling, not-found and Cloudflare answers are told apart from bytes as from text', () => {
  assert.equal(readAnswer(quote('AAPL'), answer(200, Buffer.from('Too many requests.'))).kind, 'throttled');
  assert.equal(readAnswer(quote('ZZZ'), answer(200, zlib.gzipSync(renderNotFoundPage('ZZZ')), 'gzip')).kind, 'not-found');
  const blocked = readAnswer(quote('AAPL'), answer(403, Buffer.from('<html><head><title>Just a moment...</title>')));
  assert.deepEqual(blocked, {kind: 'challenge', status: 403, message: 'HTTP 403: blocked by Cloudflare (a "Just a moment" challenge)'});
});

test('a bad compressed body is worth a retry; one that inflates past the limit, or in a coding we cannot undo, is not', () => {
  const bad = readAnswer(quote('AAPL'), answer(200, Buffer.from('not gzip at all'), 'gzip'));
  assert.equal(bad.kind, 'transient');
  assert.match((bad as {message: string}).message, /^bad compressed body: /);
  const bomb = readAnswer(quote('AAPL'), answer(200, zlib.gzipSync(Buffer.alloc(100_000)), 'gzip', 50_000));
  assert.deepEqual(bomb, {kind: 'failed', status: 200, code: 'TOO_LARGE', message: 'response larger than 50000 bytes after decompression'});
  for (const coding of ['zstd', 'gzip, gzip']) {
    const unknown = readAnswer(quote('AAPL'), answer(200, Buffer.from('x'), coding));
    assert.deepEqual(unknown, {kind: 'failed', status: 200, code: 'UNSUPPORTED_ENCODING', message: `unsupported content-encoding ${JSON.stringify(coding)}`});
  }
});
