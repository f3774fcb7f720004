import assert from 'node:assert/strict';
import {test} from 'node:test';
import zlib from 'node:zlib';
import {renderNotFoundPage, renderQuotePage} from '../src/demo/quote-page.js';
import {classifyResponse} from '../src/worker/classify-response.js';
import {readAnswer} from '../src/worker/read-answer.js';

// readAnswer is what a worker thread runs: the body arrives as bytes, compressed or not.
const quote = (ticker: string) => ({kind: 'quote', ticker}) as const;
const MAX_BYTES = 10 * 1024 * 1024;
const answer = (status: number, bytes: Uint8Array, encoding?: string) => ({
  status,
  headers: {},
  bytes,
  ...(encoding === undefined ? {} : {encoding}),
});

test('a page read from its gzip, deflate, brotli or plain bytes is the same page', () => {
  const html = renderQuotePage('AAPL');
  const bytes = Buffer.from(html);
  const fromText = classifyResponse({status: 200, headers: {}, bytes}, quote('AAPL'));
  assert.equal(fromText.kind, 'ok');
  assert.deepEqual(readAnswer(quote('AAPL'), answer(200, bytes), MAX_BYTES), fromText);
  assert.deepEqual(readAnswer(quote('AAPL'), answer(200, zlib.gzipSync(bytes), 'gzip'), MAX_BYTES), fromText);
  assert.deepEqual(readAnswer(quote('AAPL'), answer(200, zlib.deflateSync(bytes), 'deflate'), MAX_BYTES), fromText);
  assert.deepEqual(readAnswer(quote('AAPL'), answer(200, zlib.brotliCompressSync(bytes), 'br'), MAX_BYTES), fromText);
});

test('throttling, not-found and Cloudflare answers are told apart from bytes as from text', () => {
  assert.equal(readAnswer(quote('AAPL'), answer(200, Buffer.from('Too many requests.')), MAX_BYTES).kind, 'throttled');
  assert.equal(readAnswer(quote('ZZZ'), answer(200, zlib.gzipSync(renderNotFoundPage('ZZZ')), 'gzip'), MAX_BYTES).kind, 'not-found');
  const blocked = readAnswer(quote('AAPL'), answer(403, Buffer.from('<html><head><title>Just a moment...</title>')), MAX_BYTES);
  assert.deepEqual(blocked, {kind: 'challenge', status: 403, message: 'HTTP 403: blocked by Cloudflare (a "Just a moment" challenge)'});
});

test('a bad compressed body is worth a retry; one that inflates past the limit, or in a coding we cannot undo, is not', () => {
  const bad = readAnswer(quote('AAPL'), answer(200, Buffer.from('not gzip at all'), 'gzip'), MAX_BYTES);
  assert.equal(bad.kind, 'transient');
  assert.match((bad as {message: string}).message, /^bad compressed body: /);
  const bomb = readAnswer(quote('AAPL'), answer(200, zlib.gzipSync(Buffer.alloc(100_000)), 'gzip'), 50_000);
  assert.deepEqual(bomb, {kind: 'failed', status: 200, code: 'TOO_LARGE', message: 'response larger than 50000 bytes after decompression'});
  for (const coding of ['zstd', 'gzip, gzip']) {
    const unknown = readAnswer(quote('AAPL'), answer(200, Buffer.from('x'), coding), MAX_BYTES);
    assert.deepEqual(unknown, {
      kind: 'failed',
      status: 200,
      code: 'UNSUPPORTED_ENCODING',
      message: `unsupported content-encoding ${JSON.stringify(coding)}`,
    });
  }
});
