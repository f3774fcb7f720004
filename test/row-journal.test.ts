import assert from 'node:assert/strict';
import {appendFile, mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {parseJsonNumbersAsText} from '../src/finviz/json-exact-numbers.js';
import {RowJournal, type TickerRows} from '../src/resume/row-journal.js';

const COLUMNS = ['Ticker', 'Market Cap', 'Error'];
const row = (ticker: string, cap: string | null, error: string | null = null): TickerRows => ({
  ticker,
  failed: error !== null,
  rows: [{values: [ticker, cap, error], extra: error === null ? {'New Label': 'x'} : {}}],
});

async function journalPath(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'screener-journal-')), 'out.csv.journal');
}

test('rows appended in any order read back by ticker; a later row replaces an earlier one', async () => {
  const path = await journalPath();
  const journal = await RowJournal.create(path, COLUMNS);
  await journal.append(row('MSFT', null, 'HTTP 503'));
  await journal.append(row('AAPL', '4183770000000'));
  await journal.append(row('MSFT', '3100000000000'));
  await journal.close();

  const read = await RowJournal.read(path);
  assert.ok(read);
  assert.deepEqual(read.columns, COLUMNS);
  assert.deepEqual([...read.tickers()], ['MSFT', 'AAPL']);
  assert.equal(read.failed('MSFT'), false);
  assert.deepEqual(await read.rowsOf('MSFT'), row('MSFT', '3100000000000').rows);
  assert.deepEqual(await read.rowsOf('AAPL'), row('AAPL', '4183770000000').rows);
  assert.equal(read.failed('NVDA'), undefined);
  await read.close();
});

test('a last line cut short by a crash is skipped; its ticker has no row', async () => {
  const path = await journalPath();
  const journal = await RowJournal.create(path, COLUMNS, [row('AAPL', '1')]);
  await journal.close();
  await appendFile(path, '{"ticker":"MSFT","failed":false,"val');
  const read = await RowJournal.read(path);
  assert.deepEqual([...read!.tickers()], ['AAPL']);
  await read!.close();
});

test('an empty journal, or one with only its header, holds nothing: nothing was done yet', async () => {
  const path = await journalPath();
  await writeFile(path, '');
  const empty = await RowJournal.read(path);
  assert.deepEqual([...empty!.tickers()], []);
  await empty!.close();
  await (await RowJournal.create(path, COLUMNS)).close();
  const headerOnly = await RowJournal.read(path);
  assert.deepEqual([...headerOnly!.tickers()], []);
  assert.deepEqual(headerOnly!.columns, COLUMNS);
  await headerOnly!.close();
  assert.equal(await RowJournal.read(`${path}.none`), undefined);
});

test('a new journal carries the rows of an old one, and replaces it only once whole', async () => {
  const path = await journalPath();
  const first = await RowJournal.create(path, COLUMNS, [row('AAPL', '1'), row('MSFT', null, 'HTTP 503')]);
  await first.close();
  const old = await RowJournal.read(path);
  const second = await RowJournal.create(path, COLUMNS, old!.entries());
  await old!.close();
  await second.append(row('NVDA', '2'));
  await second.close();
  const read = await RowJournal.read(path);
  assert.deepEqual([...read!.tickers()], ['AAPL', 'MSFT', 'NVDA']);
  assert.equal(read!.failed('MSFT'), true);
  await read!.close();
  assert.equal((await readFile(path, 'utf8')).split('\n')[0], JSON.stringify({journal: 'screener', version: 2, columns: COLUMNS}));
});

test("a ticker's several rows, or none, come back together", async () => {
  const path = await journalPath();
  const journal = await RowJournal.create(path, COLUMNS);
  const news = (ticker: string, count: number): TickerRows => ({
    ticker,
    failed: false,
    rows: Array.from({length: count}, (_, index) => ({values: [ticker, String(index), null], extra: {}})),
  });
  await journal.append(news('AAPL', 3));
  await journal.append(news('AEZS', 0));
  await journal.close();
  const read = await RowJournal.read(path);
  assert.deepEqual(await read!.rowsOf('AAPL'), news('AAPL', 3).rows);
  assert.deepEqual(await read!.rowsOf('AEZS'), []);
  assert.equal(read!.failed('AEZS'), false);
  await read!.close();
});

test('a journal of screener 0.1 (one row a ticker) is still read', async () => {
  const path = await journalPath();
  await writeFile(
    path,
    `${JSON.stringify({journal: 'screener', version: 1, columns: COLUMNS})}\n` +
      `${JSON.stringify({ticker: 'AAPL', failed: false, values: ['AAPL', '1', null], extra: {}})}\n`,
  );
  const read = await RowJournal.read(path);
  assert.deepEqual(await read!.rowsOf('AAPL'), [{values: ['AAPL', '1', null], extra: {}}]);
  await read!.close();
});

test('a file that is not a journal is refused, not overwritten', async () => {
  const path = await journalPath();
  await writeFile(path, 'Ticker,Price\nAAPL,1\n');
  await assert.rejects(RowJournal.read(path), /not a journal screener wrote/);
  assert.equal(await readFile(path, 'utf8'), 'Ticker,Price\nAAPL,1\n');
});

test('JSON numbers are read as their exact text', () => {
  assert.deepEqual(parseJsonNumbersAsText('{"a":12345678901234567890,"b":0.07,"c":-1.5e3,"d":"7,5 \\"x\\" 3","e":[1,true,null]}'), {
    a: '12345678901234567890',
    b: '0.07',
    c: '-1.5e3',
    d: '7,5 "x" 3',
    e: ['1', true, null],
  });
  assert.throws(() => parseJsonNumbersAsText('{"a":1,'), SyntaxError);
});
