import assert from 'node:assert/strict';
import {Writable} from 'node:stream';
import {describe, test} from 'node:test';
import {stringify} from 'csv-stringify/sync';
import {generateQuote, renderQuotePage} from '../src/demo/quote-page.js';
import {UsageError} from '../src/errors.js';
import {parseQuotePage, type QuotePage} from '../src/finviz/parse-quote.js';
import {SNAPSHOT_LABELS} from '../src/finviz/snapshot-labels.js';
import {COLUMNS, RAW_COLUMNS} from '../src/output/columns.js';
import {checkOutputOptions, writeRows, type OutputOptions} from '../src/output/write-rows.js';
import type {TickerOutcome} from '../src/scrape/ticker-outcome.js';
import {parseCsv} from './helpers/csv.js';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** Writes the outcomes; returns the output and the warnings. */
async function write(outcomes: readonly TickerOutcome[], options: OutputOptions = {}): Promise<{text: string; warnings: string[]}> {
  const sink = new Sink();
  const warnings: string[] = [];
  await writeRows(each(outcomes), sink, {now: () => new Date('2026-06-29T14:00:00Z'), warn: (line) => warnings.push(line), ...options});
  return {text: sink.text, warnings};
}

function ok(page: QuotePage): TickerOutcome {
  return {ok: true, ticker: page.ticker, page};
}

const failed: TickerOutcome = {ok: false, ticker: 'ZZNOPE', code: 'TICKER_NOT_FOUND', message: 'HTTP 404: ticker not found'};

/** A generated 2026 page, read back by the real parser. */
function standIn(ticker: string): QuotePage {
  return parseQuotePage(renderQuotePage(ticker), ticker);
}

/** A small hand-made page, with a label Finviz may add one day. */
const HANDMADE: QuotePage = {
  ticker: 'TEST',
  company: 'Test Corp',
  sector: 'Technology',
  industry: 'Software',
  country: 'USA',
  exchange: 'NASD',
  snapshot: {
    'Market Cap': '2881.62B',
    'P/E': '0.07',
    Volume: '76,239,268',
    Change: '-0.38%',
    'Option/Short': 'No / Yes',
    Earnings: 'Jul 30 AMC',
    'Dividend Ex-Date': 'May 11, 2026',
    Index: '-',
    Beta: 'n/a',
    'Brand New Ratio': '1.23',
  },
};

describe('writeRows: normalized CSV (the default)', () => {
  test('header is the schema; values are compute-ready; a failed row has only Ticker and Error', async () => {
    const {text, warnings} = await write([ok(HANDMADE), failed]);
    const [header, row, failedRow] = parseCsv(text);
    assert.deepEqual(header, [...COLUMNS]);
    const value = (name: string) => row?.[COLUMNS.indexOf(name)];
    assert.equal(value('Ticker'), 'TEST');
    assert.equal(value('Market Cap'), '2881620000000');
    assert.equal(value('P/E'), '0.07');
    assert.equal(value('Volume'), '76239268');
    assert.equal(value('Change'), '-0.38');
    assert.equal(value('Optionable'), 'false');
    assert.equal(value('Shortable'), 'true');
    assert.equal(value('Earnings Date'), '2026-07-30');
    assert.equal(value('Earnings Time'), 'AMC');
    assert.equal(value('Dividend Ex-Date'), '2026-05-11');
    assert.equal(value('Index'), '');
    assert.equal(value('Beta'), '');
    assert.equal(value('Error'), '');
    assert.deepEqual(
      failedRow,
      COLUMNS.map((name) => (name === 'Ticker' ? 'ZZNOPE' : name === 'Error' ? 'HTTP 404: ticker not found' : '')),
    );
    assert.deepEqual(warnings, [
      'screener: warning: TEST: Beta: cannot read "n/a"; left empty',
      'screener: warning: unknown Finviz label "Brand New Ratio" (TEST shows "1.23"): not in the CSV (--format jsonl keeps such labels under "extra")',
    ]);
  });

  test('each warning once: an unknown label once per run, a bad value once per ticker and column', async () => {
    const other = {...HANDMADE, ticker: 'OTHER'};
    const {warnings} = await write([ok(HANDMADE), ok(other), ok(HANDMADE)]);
    assert.equal(warnings.filter((line) => line.includes('Brand New Ratio')).length, 1);
    assert.deepEqual(
      warnings.filter((line) => line.includes('Beta')),
      ['screener: warning: TEST: Beta: cannot read "n/a"; left empty', 'screener: warning: OTHER: Beta: cannot read "n/a"; left empty'],
    );
  });

  test('the earnings year follows the clock that dates the row', async () => {
    const column = COLUMNS.indexOf('Earnings Date');
    const inJanuary = await write([ok(HANDMADE)], {now: () => new Date('2027-01-20T15:00:00Z')});
    assert.equal(parseCsv(inJanuary.text)[1]?.[column], '2026-07-30');
    const inMarch = await write([ok(HANDMADE)], {now: () => new Date('2027-03-01T15:00:00Z')});
    assert.equal(parseCsv(inMarch.text)[1]?.[column], '2027-07-30');
  });

  test('every generated 2026 page reads without a warning', async () => {
    const tickers = Array.from({length: 60}, (_, index) => `T${index}`);
    const {warnings} = await write(tickers.map((ticker) => ok(standIn(ticker))));
    assert.deepEqual(warnings, []);
  });
});

describe('writeRows: --raw', () => {
  test('the columns and strings of screener 0.1, byte for byte', async () => {
    const pages = ['AAPL', 'MSFT', 'BRK-B'].map(standIn);
    const {text} = await write([...pages.map(ok), failed], {raw: true});
    // Built independently of raw-record.ts, from what the generator put on each page.
    const expected = [
      [...RAW_COLUMNS],
      ...pages.map((page) => {
        const generated = generateQuote(page.ticker);
        const shown = new Map<string, string>();
        for (const [label, cellText] of generated.snapshot) shown.set(shown.has(label) ? 'EPS growth next Y' : label, cellText);
        const header = [page.ticker, generated.company, generated.sector, generated.industry, generated.country, generated.exchange];
        // Then Page Ticker (each page shows the ticker asked for) and Error, both empty.
        return [...header, ...SNAPSHOT_LABELS.map((label) => shown.get(label) ?? ''), '', ''];
      }),
      RAW_COLUMNS.map((name) => (name === 'Ticker' ? 'ZZNOPE' : name === 'Error' ? 'HTTP 404: ticker not found' : '')),
    ];
    assert.equal(text, stringify(expected));
    assert.match(text, /,4183\.77B,|,\d+\.\d\d[KMB],/);
  });

  test('--fields selects among the raw columns', async () => {
    const {text} = await write([ok(HANDMADE)], {raw: true, fields: ['Ticker', 'Option/Short', 'Market Cap']});
    assert.equal(text, 'Ticker,Option/Short,Market Cap\nTEST,No / Yes,2881.62B\n');
  });

  test('raw JSON: strings as shown, empty as null, unknown labels under "extra"', async () => {
    const {text} = await write([ok(HANDMADE)], {raw: true, format: 'jsonl'});
    const row = JSON.parse(text) as Record<string, unknown>;
    assert.equal(row['Market Cap'], '2881.62B');
    assert.equal(row['Index'], '-');
    assert.equal(row['ROIC'], null);
    assert.deepEqual(row['extra'], {'Brand New Ratio': '1.23'});
    assert.deepEqual(Object.keys(row).slice(-2), ['extra', 'Error']);
  });
});

describe('writeRows: --fields', () => {
  test('selects and orders columns, matching names regardless of case', async () => {
    const {text} = await write([ok(HANDMADE), failed], {fields: ['Market Cap', 'ticker', 'Error', 'p/e']});
    assert.equal(text, 'Market Cap,Ticker,Error,P/E\n2881620000000,TEST,,0.07\n,ZZNOPE,HTTP 404: ticker not found,\n');
  });

  const refused: Array<[OutputOptions, RegExp]> = [
    [{fields: ['Ticker', 'P/X']}, /^unknown field "P\/X" in --fields\. Did you mean "P\/E", "P\/S", "P\/B"\?/],
    [{fields: ['Earnings']}, /Did you mean "Earnings Date", "Earnings Time"\?/],
    [{fields: ['Dividend %']}, /Did you mean "Dividend Annual Yield"/],
    [{fields: ['Option/Short']}, /Did you mean "Optionable", "Shortable"\?/],
    [{fields: ['Markt Cap']}, /Did you mean "Market Cap"\?/],
    [{fields: ['qwertyuiop']}, /^unknown field "qwertyuiop" in --fields\. \(`screener fields` lists them all\)$/],
    [{fields: ['Earnings Date'], raw: true}, /Did you mean "Earnings"\?/],
    [{fields: ['P/E', 'p/e']}, /^field "P\/E" appears twice in --fields$/],
  ];
  for (const [options, message] of refused) {
    test(`refuses ${JSON.stringify(options)}`, () => {
      assert.throws(
        () => checkOutputOptions(options),
        (error: unknown) => error instanceof UsageError && message.test(error.message),
      );
    });
  }

  test('writeRows refuses a bad name before it reads a single outcome', async () => {
    let read = 0;
    async function* outcomes(): AsyncGenerator<TickerOutcome> {
      read++;
      yield failed;
    }
    await assert.rejects(writeRows(outcomes(), new Sink(), {fields: ['Nope']}), UsageError);
    assert.equal(read, 0);
  });
});

describe('writeRows: JSON', () => {
  test('jsonl: one object a line, numbers as numbers, booleans as booleans, empty as null', async () => {
    const {text, warnings} = await write([ok(HANDMADE), failed], {format: 'jsonl'});
    const lines = text.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    const [row, failedRow] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.equal(row?.['Market Cap'], 2881620000000);
    assert.equal(row?.['P/E'], 0.07);
    assert.equal(row?.['Change'], -0.38);
    assert.equal(row?.['Optionable'], false);
    assert.equal(row?.['Shortable'], true);
    assert.equal(row?.['Earnings Date'], '2026-07-30');
    assert.equal(row?.['Index'], null);
    assert.equal(row?.['Error'], null);
    assert.deepEqual(row?.['extra'], {'Brand New Ratio': '1.23'});
    assert.deepEqual(Object.keys(row ?? {}), [...COLUMNS.slice(0, -1), 'extra', 'Error']);
    assert.match(lines[0] ?? '', /"Market Cap":2881620000000,/, 'the exact digits, not a float');
    assert.equal(failedRow?.['Error'], 'HTTP 404: ticker not found');
    assert.equal(failedRow?.['Market Cap'], null);
    assert.match(warnings.join('\n'), /"Brand New Ratio" .*: kept under "extra" in each JSON row/);
  });

  test('json: one array, a row a line', async () => {
    const {text} = await write([ok(HANDMADE), failed], {format: 'json', fields: ['Ticker', 'Volume', 'Shortable']});
    assert.equal(text, '[\n{"Ticker":"TEST","Volume":76239268,"Shortable":true},\n{"Ticker":"ZZNOPE","Volume":null,"Shortable":null}\n]\n');
  });

  test('json: no rows is an empty array', async () => {
    const {text} = await write([], {format: 'json'});
    assert.deepEqual(JSON.parse(text), []);
  });

  test('json with --fields has no "extra", and says so', async () => {
    const {text, warnings} = await write([ok(HANDMADE)], {format: 'json', fields: ['Ticker']});
    assert.deepEqual(JSON.parse(text), [{Ticker: 'TEST'}]);
    assert.match(warnings.join('\n'), /"Brand New Ratio" .*: not written/);
  });

  test('a big number keeps every digit', async () => {
    const page = {...HANDMADE, snapshot: {'Market Cap': '123456789012.34T'}};
    const {text} = await write([ok(page)], {format: 'jsonl', fields: ['Market Cap']});
    assert.equal(text, '{"Market Cap":123456789012340000000000}\n');
  });
});
