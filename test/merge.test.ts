import assert from 'node:assert/strict';
import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {before, describe, test} from 'node:test';
import {checkParts} from '../src/merge/check-parts.js';
import {mergedText} from '../src/merge/merged-text.js';
import {readPart, type Part} from '../src/merge/read-part.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'screener-merge-unit-'));
});

async function part(name: string, text: string): Promise<Part> {
  const path = join(dir, name);
  await writeFile(path, text);
  return readPart(path);
}

const csv = (...rows: string[]) => ['Ticker,P/E,Error', ...rows, ''].join('\n');

describe('merge: reading parts', () => {
  test("a CSV part keeps each row's own text, quoted fields and line breaks in them included", async () => {
    const read = await part('quoted.csv', csv('A,1,', 'B,,"HTTP 503: ""down""\nagain"'));
    assert.equal(read.format, 'csv');
    assert.deepEqual(read.columns, ['Ticker', 'P/E', 'Error']);
    assert.deepEqual(
      read.rows.map((row) => [row.ticker, row.text, row.failed]),
      [
        ['A', 'A,1,', false],
        ['B', 'B,,"HTTP 503: ""down""\nagain"', true],
      ],
    );
  });

  test('JSON and JSON Lines are told by their content; an empty file is a part with no rows', async () => {
    const json = await part('a.json', '[\n{"Ticker":"A","Error":null},\n{"Ticker":"B","Error":"x"}\n]\n');
    assert.equal(json.format, 'json');
    assert.deepEqual(
      json.rows.map((row) => [row.ticker, row.text, row.failed]),
      [
        ['A', '{"Ticker":"A","Error":null}', false],
        ['B', '{"Ticker":"B","Error":"x"}', true],
      ],
    );
    assert.equal((await part('b.json', '[]\n')).rows.length, 0);
    assert.equal((await part('c', '{"Ticker":"A"}\n')).format, 'jsonl');
    const empty = await part('d.jsonl', '');
    assert.equal(empty.format, undefined);
    assert.equal(empty.columns, undefined);
  });

  test('a part that is not what screener writes, or whose name says another format, is refused', async () => {
    await assert.rejects(part('e.csv', 'Symbol,P/E\nA,1\n'), {name: 'MergeError', message: /no Ticker column/});
    await assert.rejects(part('f.json', '{"Ticker":"A"}\n'), {name: 'MergeError', message: /its name says json but it holds jsonl/});
    await assert.rejects(part('g.jsonl', '{"Ticker":"A"}\n{"Ticker":"B","P/E":1}\n'), {name: 'MergeError', message: /other columns/});
    await assert.rejects(part('h.csv', 'Ticker,Error\nA,,\n'), {name: 'MergeError'});
    await assert.rejects(readPart(join(dir, 'none.csv')), {name: 'UsageError'});
  });
});

describe('merge: what it proves', () => {
  test('with the list: rows in its order, from parts in any order; every ticker once', async () => {
    const parts = [await part('p1.csv', csv('C,3,', 'D,4,')), await part('p0.csv', csv('A,1,', 'B,2,'))];
    const merge = checkParts(parts, {rowsPerTicker: 'one', list: ['A', 'B', 'C', 'D']});
    assert.deepEqual(merge.problems, []);
    assert.equal([...mergedText(merge)].join(''), csv('A,1,', 'B,2,', 'C,3,', 'D,4,'));
  });

  test('a missing, duplicated or foreign ticker is named, a few and then "and N more"', async () => {
    const list = Array.from({length: 12}, (_, i) => `T${i}`);
    const parts = [await part('q0.csv', csv('T0,,', 'T1,,', 'X,,')), await part('q1.csv', csv('T1,,'))];
    const {problems} = checkParts(parts, {rowsPerTicker: 'one', list});
    assert.deepEqual(problems, [
      `1 ticker more than once: T1 (${join(dir, 'q0.csv')}, ${join(dir, 'q1.csv')})`,
      '1 ticker not in the list: X',
      '10 tickers of the list missing: T2, T3, T4, T5, T6 and 5 more',
    ]);
  });

  test('without the list: no ticker twice, the order of the parts; columns must match', async () => {
    const a = await part('r0.csv', csv('B,,', 'A,,'));
    const b = await part('r1.csv', 'Ticker,P/E,Price,Error\nC,,,\n');
    const merge = checkParts([a, b], {rowsPerTicker: 'one'});
    assert.deepEqual(merge.problems, [
      `${join(dir, 'r1.csv')} has other columns than ${join(dir, 'r0.csv')}: column 3 is "Price", not "Error"`,
    ]);
    const ordered = checkParts([a, await part('r2.csv', csv('C,,'))], {rowsPerTicker: 'one'});
    assert.deepEqual(
      ordered.rows.map((row) => row.ticker),
      ['B', 'A', 'C'],
    );
    assert.match(checkParts([a, a], {rowsPerTicker: 'one'}).problems.join(), /2 tickers more than once/);
  });

  test('many rows per ticker: rows together, in one part, within what the one-row table covered', async () => {
    const news0 = await part('n0.csv', 'Ticker,Title\nA,a1\nA,a2\nB,b1\n');
    const news1 = await part('n1.csv', 'Ticker,Title\nD,d1\n');
    const covered = [new Set(['A', 'B']), new Set(['C', 'D'])];
    const ok = checkParts([news0, news1], {rowsPerTicker: 'many', list: ['A', 'B', 'C', 'D'], coveredByPart: covered});
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(
      ok.rows.map((row) => row.text),
      ['A,a1', 'A,a2', 'B,b1', 'D,d1'],
    );
    const apart = await part('n2.csv', 'Ticker,Title\nA,a1\nB,b1\nA,a2\n');
    assert.deepEqual(checkParts([apart], {rowsPerTicker: 'many'}).problems, [
      `1 ticker with rows not together: A (${join(dir, 'n2.csv')})`,
    ]);
    const split = await part('n3.csv', 'Ticker,Title\nB,b2\nC,c1\n');
    assert.deepEqual(checkParts([news0, split], {rowsPerTicker: 'many', coveredByPart: covered}).problems, [
      `1 ticker more than once: B (${join(dir, 'n0.csv')}, ${join(dir, 'n3.csv')})`,
      `1 ticker not in their part's one-row table: B (${join(dir, 'n0.csv')}, ${join(dir, 'n3.csv')})`,
    ]);
  });

  test('JSON out is what the JSON writer writes: a row a line, [] when empty', () => {
    const rows = [
      {ticker: 'A', text: '{"Ticker":"A"}', failed: false},
      {ticker: 'B', text: '{"Ticker":"B"}', failed: false},
    ];
    assert.equal([...mergedText({format: 'json', header: undefined, rows})].join(''), '[\n{"Ticker":"A"},\n{"Ticker":"B"}\n]\n');
    assert.equal([...mergedText({format: 'json', header: undefined, rows: []})].join(''), '[]\n');
    assert.equal([...mergedText({format: 'jsonl', header: undefined, rows})].join(''), '{"Ticker":"A"}\n{"Ticker":"B"}\n');
  });
});
