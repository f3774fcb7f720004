import assert from 'node:assert/strict';
import {Readable} from 'node:stream';
import {test} from 'node:test';
import {UsageError} from '../src/errors.js';
import {parseTickerColumn, parseTickerList, readTickerList} from '../src/input/ticker-list.js';

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
  assert.throws(
    () => parseTickerList('AAPL\nMSFT\nT;DROP\n', 'list.txt'),
    (error: unknown) => {
      assert.ok(error instanceof UsageError);
      assert.match(error.message, /^list\.txt:3: "T;DROP" is not a ticker/);
      return true;
    },
  );
});

test('a ten-character ticker is fine, eleven is not', () => {
  assert.deepEqual(parseTickerList('ABCDEFGHIJ', 'l').tickers, ['ABCDEFGHIJ']);
  assert.throws(() => parseTickerList('ABCDEFGHIJK', 'l'), UsageError);
});

test('a long bad token is cut in the message', () => {
  assert.throws(
    () => parseTickerList(`${'x'.repeat(100)}/`, 'l'),
    (error: Error) => error.message.includes(`"${'x'.repeat(40)}…"`),
  );
});

test('tickers are ASCII: no Unicode case mapping turns a token into one', () => {
  // "ſ" (long s) upper-cases to "S", "ı" (dotless i) to "I", "ﬀ" to "FF".
  for (const token of ['ſpy', 'ıbm', 'ﬀ', 'ÀAPL', 'ＡＡＰＬ']) {
    assert.throws(
      () => parseTickerList(`AAPL ${token}`, 'l'),
      (error: Error) => error instanceof UsageError && error.message.includes(JSON.stringify(token)),
      token,
    );
  }
});

test('a ticker starts and ends with a letter or digit', () => {
  for (const token of ['-', '...', '-AAPL', '.A', 'AAPL-', 'BRK.']) {
    assert.throws(() => parseTickerList(token, 'l'), UsageError, token);
  }
  assert.deepEqual(parseTickerList('brk-b BF.B 7203 a', 'l').tickers, ['BRK-B', 'BF.B', '7203', 'A']);
});

test('endless input is refused once it passes the size limit, without reading it all', async () => {
  let produced = 0;
  const endless = new Readable({
    read() {
      produced += 1024 * 1024;
      this.push(Buffer.alloc(1024 * 1024, 'AAPL\n'));
    },
  });
  await assert.rejects(readTickerList('-', {stdin: endless}), /<stdin>: more than 64 MB; a ticker list is far smaller/);
  assert.ok(produced <= 66 * 1024 * 1024, `${produced} bytes read`);
  assert.ok(endless.destroyed, 'the input is let go');
});

test("--column: a broker's CSV export, its tickers read from the named column", async () => {
  const csv = '\uFEFFSymbol,Name,Shares\r\nAAPL,"Apple Inc., common",10\r\nbrk-b,Berkshire Hathaway,2\r\n,Cash,\r\nAAPL,Apple again,1\r\n';
  assert.deepEqual(await parseTickerColumn(csv, 'positions.csv', 'Symbol'), {tickers: ['AAPL', 'BRK-B'], duplicates: ['AAPL']});
  assert.deepEqual((await parseTickerColumn(csv, 'positions.csv', 'symbol')).tickers, ['AAPL', 'BRK-B'], 'the name ignoring case');
  await assert.rejects(
    parseTickerColumn(csv, 'positions.csv', 'Ticker'),
    /^UsageError: positions.csv: no column "Ticker" in its header \("Symbol", "Name", "Shares"\)$/,
  );
  await assert.rejects(
    parseTickerColumn('Symbol\nAAPL\nTotal value\n', 'p.csv', 'Symbol'),
    /^UsageError: p.csv:3: "Total value" is not a ticker/,
  );
  await assert.rejects(parseTickerColumn('Symbol\n\n', 'p.csv', 'Symbol'), /^UsageError: p.csv: no tickers in the list$/);
});
