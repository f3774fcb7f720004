import assert from 'node:assert/strict';
import {test} from 'node:test';
import {UsageError} from '../src/errors.js';
import {parseTickerList} from '../src/input/ticker-list.js';

test('commas, spaces, comments, blank lines, case and class shares', () => {
  const list = parseTickerList('aapl, msft\n\n# a comment\nbrk-b BRK.A\tgoog # trailing comment\r\n', 'list.txt');
  assert.deepEqual(list.tickers, ['AAPL', 'MSFT', 'BRK-B', 'BRK.A', 'GOOG']);
  assert.deepEqual(list.duplicates, []);
});

test('a duplicate is kept once, at its first position, and reported', () => {
  const list = parseTickerList('AAPL MSFT\nmsft aapl NVDA AAPL\n', 'list.txt');
  assert.deepEqual(list.tickers, ['AAPL', 'MSFT', 'NVDA']);
  assert.deepEqual(list.duplicates, ['MSFT', 'AAPL']);
});

test('the line of a bad token is named', () => {
  assert.throws(() => parseTickerList('AAPL\nMSFT\nT;DROP\n', 'list.txt'), (error: unknown) => {
    assert.ok(error instanceof UsageError);
    assert.match(error.message, /^list\.txt:3: "T;DROP" is not a ticker/);
    return true;
  });
});

test('a ten-character ticker is fine, eleven is not', () => {
  assert.deepEqual(parseTickerList('ABCDEFGHIJ', 'l').tickers, ['ABCDEFGHIJ']);
  assert.throws(() => parseTickerList('ABCDEFGHIJK', 'l'), UsageError);
});

test('a long bad token is cut in the message', () => {
  assert.throws(() => parseTickerList(`${'x'.repeat(100)}/`, 'l'), (error: Error) => error.message.length < 120);
});
