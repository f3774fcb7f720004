import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {test} from 'node:test';
import {renderNotFoundPage, renderQuotePage} from '../src/demo/quote-page.js';
import {backoffMs} from '../src/http/backoff.js';
import {parseRetryAfter} from '../src/http/retry-after.js';
import {classifyResponse} from '../src/worker/classify-response.js';

const PAGES = new URL('../../shared/finviz-pages/', import.meta.url);
const response = (status: number, body: string, headers: Record<string, string> = {}) => ({status, bytes: Buffer.from(body), headers});
const quote = (ticker: string) => ({kind: 'quote', ticker}) as const;

test('Retry-After in seconds or as an HTTP date', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');
  assert.equal(parseRetryAfter('120', now), 120_000);
  assert.equal(parseRetryAfter('Mon, 23 Nov 2026 12:00:30 GMT', now), 30_000);
  assert.equal(parseRetryAfter('Mon, 23 Nov 2026 11:00:00 GMT', now), 0, 'a date in the past means now');
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter(undefined, now), undefined);
  assert.equal(parseRetryAfter('99999999', now), 600_000, 'capped at ten minutes');
});

test('backoff: full jitter under an exponential cap, Retry-After as a floor', () => {
  assert.equal(backoffMs(1, undefined, {random: () => 0.999}), 499);
  assert.equal(backoffMs(3, undefined, {random: () => 0.5}), 1000);
  assert.equal(backoffMs(20, undefined, {random: () => 0.999}), 29_970);
  assert.equal(backoffMs(1, 5000, {random: () => 0}), 5000);
});

test('the real "Too many requests." answer (HTTP 200) is throttling, not a page', async () => {
  const body = await readFile(new URL('error-too-many-requests-2021-05-kvokka.txt', PAGES), 'utf8');
  assert.equal(classifyResponse(response(200, body), quote('AAPL')).kind, 'throttled');
});

test('429 is throttling, with its Retry-After', () => {
  const outcome = classifyResponse(response(429, '', {'retry-after': '7'}), quote('AAPL'));
  assert.deepEqual(outcome, {kind: 'throttled', status: 429, message: 'HTTP 429: too many requests', retryAfterMs: 7000});
});

test('403 with a Cloudflare signature is a challenge; a plain one is forbidden', () => {
  assert.equal(classifyResponse(response(403, 'error code: 1010'), quote('AAPL')).kind, 'challenge');
  assert.equal(classifyResponse(response(403, '<html><head><title>Just a moment...</title>'), quote('AAPL')).kind, 'challenge');
  assert.equal(classifyResponse(response(403, '<html>Forbidden</html>', {'cf-ray': '8f0e-IAD'}), quote('AAPL')).kind, 'challenge');
  assert.equal(classifyResponse(response(403, '<html>Forbidden</html>'), quote('AAPL')).kind, 'forbidden');
});

test('the real Cloudflare challenge is a challenge in a 403, 429 or 503, and with cf-mitigated whatever the status', async () => {
  const page = await readFile(new URL('error-cloudflare-challenge-2026-08-lit26.html', PAGES), 'utf8');
  for (const status of [403, 429, 503]) {
    const outcome = classifyResponse(response(status, page), quote('AAPL'));
    assert.deepEqual(outcome, {kind: 'challenge', status, message: `HTTP ${status}: blocked by Cloudflare (a "Just a moment" challenge)`});
  }
  assert.equal(classifyResponse(response(200, page), quote('AAPL')).kind, 'challenge', 'a small 200 that is the challenge');
  assert.equal(classifyResponse(response(200, '<html></html>', {'cf-mitigated': 'challenge'}), quote('AAPL')).kind, 'challenge');
  // Cloudflare's rate limiting (1015) is throttling, not a block.
  assert.equal(classifyResponse(response(429, 'error code: 1015'), quote('AAPL')).kind, 'throttled');
});

test('5xx is transient; 404 and not-found pages are final', async () => {
  assert.equal(classifyResponse(response(502, ''), quote('AAPL')).kind, 'transient');
  assert.equal(classifyResponse(response(404, ''), quote('AAPL')).kind, 'not-found');
  assert.equal(classifyResponse(response(200, renderNotFoundPage('ZZZ')), quote('ZZZ')).kind, 'not-found');
  const real = await readFile(new URL('quote-notfound-DOESNOTEXIST1-2023-05-bs4normalized-pyfinviz.html', PAGES), 'utf8');
  assert.equal(classifyResponse(response(200, real), quote('DOESNOTEXIST1')).kind, 'not-found');
});

test('a page cut off before or inside its snapshot is retried, never a good row', async () => {
  const page = renderQuotePage('AAPL');
  assert.equal(classifyResponse(response(200, page), quote('AAPL')).kind, 'ok');
  const beforeSnapshot = page.slice(0, page.indexOf('snapshot-table2') - 100);
  assert.equal(classifyResponse(response(200, beforeSnapshot), quote('AAPL')).kind, 'transient');
  // Cut in the third of the six column tables: the page still parses, to too few fields.
  let at = -1;
  for (let i = 0; i < 3; i++) at = page.indexOf('snapshot-table2', at + 1);
  const inside = classifyResponse(response(200, page.slice(0, at)), quote('AAPL'));
  assert.equal(inside.kind, 'transient');
  assert.match(inside.kind === 'transient' ? inside.message : '', /page cut short/);
  // A real page of 2021, cut in the middle.
  const real = await readFile(new URL('quote-old-AAPL-2021-12-d3an.html', PAGES), 'utf8');
  const middle = real.indexOf('snapshot-table2') + 3000;
  assert.equal(classifyResponse(response(200, real.slice(0, middle)), quote('AAPL')).kind, 'transient');
});
