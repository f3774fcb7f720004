import assert from 'node:assert/strict';
import {test} from 'node:test';
import {RateLimiter} from '../src/http/rate-limiter.js';
import {ProgressLine} from '../src/terminal/progress-line.js';
import {RecentRate} from '../src/terminal/recent-rate.js';
import {StatusLine} from '../src/terminal/status-line.js';
import {FakeTerminal} from './helpers/fake-terminal.js';

test('rows written to stdout on the same terminal scroll above the status line whole, and closing it leaves no trace', () => {
  const terminal = new FakeTerminal(40);
  const {stdout, stderr} = terminal.streams();
  const line = new StatusLine(stderr.stream, stdout.stream);
  line.show('1/3 tickers');
  stdout.stream.write('Ticker,P/E\nAAPL,30.1\n');
  line.show('2/3 tickers');
  stderr.stream.write('screener: MSFT: HTTP 503\n');
  stdout.stream.write(Buffer.from('NVDA,55\n'));
  assert.deepEqual(terminal.text(), ['Ticker,P/E', 'AAPL,30.1', 'screener: MSFT: HTTP 503', 'NVDA,55', '2/3 tickers']);
  line.close();
  assert.deepEqual(terminal.text(), ['Ticker,P/E', 'AAPL,30.1', 'screener: MSFT: HTTP 503', 'NVDA,55']);
  // The streams are given back: a write after close is not touched.
  assert.equal(Object.hasOwn(stdout, 'write'), false);
  assert.equal(Object.hasOwn(stderr, 'write'), false);
});

test('a row written in pieces is never cut: the line waits until the cursor is at a line start', () => {
  const terminal = new FakeTerminal(80);
  const {stdout, stderr} = terminal.streams();
  const line = new StatusLine(stderr.stream, stdout.stream);
  line.show('0/2 tickers');
  stdout.stream.write('[');
  line.show('1/2 tickers');
  stdout.stream.write('\n{"Ticker":"AAPL"}');
  line.show('2/2 tickers');
  assert.deepEqual(terminal.text(), ['[', '{"Ticker":"AAPL"}']);
  stdout.stream.write('\n]\n');
  assert.deepEqual(terminal.text(), ['[', '{"Ticker":"AAPL"}', ']', '2/2 tickers']);
  line.close();
  assert.deepEqual(terminal.text(), ['[', '{"Ticker":"AAPL"}', ']']);
});

test('a shorter line replaces a longer one without leaving its tail', () => {
  const terminal = new FakeTerminal(80);
  const {stdout, stderr} = terminal.streams();
  const line = new StatusLine(stderr.stream, stdout.stream);
  line.show('9/10 tickers, 1 failed, 3.0/s, throttled to 2.0/s');
  line.show('10/10 tickers');
  assert.deepEqual(terminal.text(), ['10/10 tickers']);
  line.close();
});

test('after the terminal narrows, the line it wrapped onto several rows is erased whole', () => {
  const terminal = new FakeTerminal(60);
  const {stdout, stderr} = terminal.streams();
  stdout.stream.write('Ticker\nAAPL\n');
  const line = new StatusLine(stderr.stream, stdout.stream);
  line.show('412/1000 tickers (41%), 3 failed, 33/s, 0:18 left');
  terminal.narrow(20);
  assert.equal(terminal.text().length, 5, 'the line now takes three rows');
  line.resized(20);
  line.show('412/1000 tickers');
  assert.deepEqual(terminal.text(), ['Ticker', 'AAPL', '412/1000 tickers']);
  line.close();
  assert.deepEqual(terminal.text(), ['Ticker', 'AAPL']);
});

test('the progress line on a terminal: redrawn on a resize, fitted to the width, gone at stop', () => {
  const terminal = new FakeTerminal(100);
  const {stdout, stderr} = terminal.streams();
  let now = 0;
  const progress = new ProgressLine({total: 10, stderr: stderr.stream, stdout: stdout.stream, now: () => now});
  const limiter = new RateLimiter(2, {now: () => now});
  progress.watch({limiterState: () => limiter.state()});
  now = 2000;
  for (let i = 0; i < 4; i++) progress.tick(i !== 2);
  limiter.onThrottle(5000, 0);
  stderr.emit('resize');
  assert.deepEqual(terminal.text(), ['4/10 tickers (40%), 1 failed, 2.0/s, 0:02 elapsed, 0:03 left, paused 5 s (Retry-After)']);
  terminal.columns = 40;
  stderr.emit('resize');
  assert.deepEqual(terminal.text(), ['4/10 tickers, paused 5 s (Retry-After)']);
  progress.print('screener: ZZZZ: HTTP 404');
  assert.deepEqual(terminal.text(), ['screener: ZZZZ: HTTP 404', '4/10 tickers, paused 5 s (Retry-After)']);
  progress.stop();
  assert.deepEqual(terminal.text(), ['screener: ZZZZ: HTTP 404']);
});

test('stderr that is no terminal gets no progress line, only the lines printed', () => {
  const written: string[] = [];
  const stderr = {isTTY: false, write: (text: string) => written.push(text), on() {}, off() {}} as unknown as NodeJS.WriteStream;
  const progress = new ProgressLine({total: 2, stderr});
  progress.tick(true);
  progress.print('screener: note');
  progress.stop();
  assert.deepEqual(written, ['screener: note\n']);
});

test('the recent rate counts the last 10 seconds only, not the average since the start', () => {
  const rate = new RecentRate(0);
  assert.equal(rate.perSecond(100), undefined, 'too early to tell');
  for (let t = 10; t <= 20_000; t += 10) rate.note(t); // 100 a second for 20 s
  assert.equal(rate.perSecond(20_000), 100);
  // Then nothing for 5 s: half the window is empty.
  assert.equal(rate.perSecond(25_000), 50);
  assert.equal(rate.perSecond(30_000), 0);
  const early = new RecentRate(0);
  for (let t = 100; t <= 2000; t += 100) early.note(t);
  assert.equal(early.perSecond(2000), 10, 'early on, over the time since the start');
});

test("the rate limiter's state: unlimited, throttled to a pace, paused for Retry-After with the time left", () => {
  let now = 0;
  const limiter = new RateLimiter('auto', {now: () => now, schedule: () => () => undefined});
  assert.deepEqual(limiter.state(), {pace: 'unlimited', rate: Infinity, pausedMs: 0, retryAfter: false});
  limiter.onSuccess(0);
  now = 500;
  limiter.onThrottle(3000, 400);
  const paused = limiter.state();
  assert.equal(paused.pace, 'throttled');
  assert.ok(Number.isFinite(paused.rate));
  assert.equal(paused.pausedMs, 3000);
  assert.equal(paused.retryAfter, true);
  now = 2500;
  assert.equal(limiter.state().pausedMs, 1000);
  now = 3500;
  assert.deepEqual({...limiter.state(), rate: 0}, {pace: 'throttled', rate: 0, pausedMs: 0, retryAfter: false});
  const fixed = new RateLimiter(5, {now: () => now, schedule: () => () => undefined});
  fixed.onThrottle(undefined, now);
  assert.deepEqual(fixed.state(), {pace: 'fixed', rate: 5, pausedMs: 1000, retryAfter: false});
});
