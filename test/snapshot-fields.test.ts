import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {screenerColumnsOf} from '../src/finviz/screener-columns.js';
import {columnSpecsOf, SNAPSHOT_FIELDS, type SnapshotField} from '../src/finviz/snapshot-fields.js';
import {LAYOUT_LABELS, SNAPSHOT_LABELS} from '../src/finviz/snapshot-labels.js';
import {labelRulesOf} from '../src/schema/label-rules.js';
import {schemaOf} from '../src/schema/columns.js';

/** The one table of Finviz labels (src/finviz/snapshot-fields.ts), and what derives from it. */
describe('the one table of snapshot labels', () => {
  test('has an entry for every label of every layout\'s grid, and no other', () => {
    const inGrids = new Set(Object.values(LAYOUT_LABELS).flat());
    const inTable = SNAPSHOT_FIELDS.map(({label}) => label);
    assert.deepEqual(inTable.filter((label) => !inGrids.has(label)), [], 'labels of the table no layout shows');
    assert.deepEqual([...inGrids].filter((label) => !inTable.includes(label)), [], 'labels of a layout the table lacks');
    assert.deepEqual(SNAPSHOT_LABELS, inTable);
  });

  test('defines each column once, and every label has one column per part of its cell', () => {
    const specs = columnSpecsOf(SNAPSHOT_FIELDS);
    assert.equal(specs.size, 98); // the normalized columns but the 6 of the header, Page Ticker and Error
    for (const {label, columns, shape = 'one'} of SNAPSHOT_FIELDS) assert.equal(columns.length, shape === 'one' ? 1 : 2, label);
  });

  const field = (label: string, columns: SnapshotField['columns'], more: Partial<SnapshotField> = {}): SnapshotField => ({label, tip: label, columns, ...more});
  const fooColumn = {name: 'Foo', kind: 'percent', meaning: 'foo'} as const;

  test('a mistake in the table stops every builder, whatever the page', () => {
    const mistakes: [SnapshotField[], RegExp][] = [
      [[field('Foo', [fooColumn]), field('Foo', ['Foo'])], /"Foo" twice/],
      [[field('Foo', [fooColumn]), field('Bar', [fooColumn])], /column "Foo" to be defined once/],
      [[field('Foo', ['Bar'])], /column "Bar" of "Foo" to be defined by a label/],
      [[field('Foo', [fooColumn, 'Foo'])], /Expected 1 columns for "Foo" \(one\), got 2/],
      [[field('Foo', [fooColumn], {shape: 'space pair'})], /Expected 2 columns for "Foo" \(space pair\), got 1/],
    ];
    for (const [fields, message] of mistakes) {
      assert.throws(() => schemaOf(fields), message);
      assert.throws(() => labelRulesOf(fields), message);
    }
    assert.throws(
      () => screenerColumnsOf([field('Foo', [fooColumn], {screener: ['F']}), field('Bar', ['Foo'], {screener: [{name: 'F', conversion: 'same'}]})]),
      /screener column "F" to fill one label, got "Foo" and "Bar"/,
    );
  });
});
