import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {makeCompany} from '../src/demo/company-model.js';
import {genericCell} from '../src/demo/generic-cell.js';
import {NEWEST_LAYOUT, renderQuotePage} from '../src/demo/quote-page.js';
import {parseQuotePage} from '../src/finviz/parse-quote.js';
import {SCREENER_COLUMNS, screenerColumnsOf, screenerRowToSnapshot} from '../src/finviz/screener-columns.js';
import {columnSpecsOf, SNAPSHOT_FIELDS, type SnapshotField} from '../src/finviz/snapshot-fields.js';
import {LAYOUT_LABELS, SNAPSHOT_LABELS} from '../src/finviz/snapshot-labels.js';
import {RAW_COLUMNS, rawColumnsOf} from '../src/output/columns.js';
import {SCHEMA, schemaOf} from '../src/schema/columns.js';
import {LABEL_RULES, labelRulesOf} from '../src/schema/label-rules.js';
import {normalizeQuote} from '../src/schema/normalize-quote.js';

const context = {scrapeDate: {year: 2026, month: 6, day: 29}};

/** The one table of Finviz labels (src/finviz/snapshot-fields.ts), and what derives from it. */
describe('the one table of snapshot labels', () => {
  test("has an entry for every label of every layout's grid, and no other", () => {
    const inGrids = new Set(Object.values(LAYOUT_LABELS).flat());
    const inTable = SNAPSHOT_FIELDS.map(({label}) => label);
    assert.deepEqual(
      inTable.filter((label) => !inGrids.has(label)),
      [],
      'labels of the table no layout shows',
    );
    assert.deepEqual(
      [...inGrids].filter((label) => !inTable.includes(label)),
      [],
      'labels of a layout the table lacks',
    );
    assert.deepEqual(SNAPSHOT_LABELS, inTable);
  });

  test('defines each column once, and every label has one column per part of its cell', () => {
    const specs = columnSpecsOf(SNAPSHOT_FIELDS);
    assert.equal(specs.size, 98); // the normalized columns but the 6 of the header, Page Ticker and Error
    for (const {label, columns, shape = 'one'} of SNAPSHOT_FIELDS) assert.equal(columns.length, shape === 'one' ? 1 : 2, label);
  });

  const field = (label: string, columns: SnapshotField['columns'], more: Partial<SnapshotField> = {}): SnapshotField => ({
    label,
    tip: label,
    columns,
    ...more,
  });
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
      () =>
        screenerColumnsOf([
          field('Foo', [fooColumn], {screener: ['F']}),
          field('Bar', ['Foo'], {screener: [{name: 'F', conversion: 'same'}]}),
        ]),
      /screener column "F" to fill one label, got "Foo" and "Bar"/,
    );
  });

  test('the structures screener uses are the builders applied to the table', () => {
    assert.deepEqual(RAW_COLUMNS, rawColumnsOf(SNAPSHOT_FIELDS));
    assert.deepEqual(SCHEMA, schemaOf(SNAPSHOT_FIELDS));
    assert.deepEqual([...LABEL_RULES.keys()], [...labelRulesOf(SNAPSHOT_FIELDS).keys()]);
    assert.deepEqual(SCREENER_COLUMNS, screenerColumnsOf(SNAPSHOT_FIELDS));
  });

  test('adding a label is one edit: its entry, and the raw columns, the schema, the rules, the screener map and the stand-in have it', () => {
    const buyback: SnapshotField = {
      label: 'Buyback Yield',
      tip: 'Share buybacks (ttm) as a share of market cap',
      columns: [{name: 'Buyback Yield', kind: 'percent', meaning: 'share buybacks (ttm) as a share of market cap'}],
      screener: ['Buyback'],
    };
    const growth: SnapshotField = {
      label: 'Dividend Gr. 1/10Y',
      tip: 'Dividend growth over 1 and 10 years',
      shape: 'space pair',
      columns: [
        {name: 'Dividend Gr. 1Y', kind: 'percent', meaning: 'dividend growth over 1 year'},
        {name: 'Dividend Gr. 10Y', kind: 'percent', meaning: 'annual dividend growth over 10 years'},
      ],
    };
    const fields = [...SNAPSHOT_FIELDS, buyback, growth];

    assert.deepEqual(rawColumnsOf(fields).slice(-4), ['Buyback Yield', 'Dividend Gr. 1/10Y', 'Page Ticker', 'Error']);
    assert.equal(RAW_COLUMNS.includes('Buyback Yield'), false);

    const schema = schemaOf(fields);
    assert.deepEqual(schema.slice(-5), [
      {name: 'Buyback Yield', type: 'number', unit: '%', meaning: 'share buybacks (ttm) as a share of market cap'},
      {name: 'Dividend Gr. 1Y', type: 'number', unit: '%', meaning: 'dividend growth over 1 year'},
      {name: 'Dividend Gr. 10Y', type: 'number', unit: '%', meaning: 'annual dividend growth over 10 years'},
      ...SCHEMA.slice(-2),
    ]);

    const rules = labelRulesOf(fields);
    assert.deepEqual(rules.get('Buyback Yield')?.columns, ['Buyback Yield']);
    assert.deepEqual(rules.get('Dividend Gr. 1/10Y')?.columns, ['Dividend Gr. 1Y', 'Dividend Gr. 10Y']);

    const screener = screenerColumnsOf(fields);
    assert.deepEqual(screener.get('Buyback'), {name: 'Buyback', label: 'Buyback Yield', conversion: 'same'});
    assert.deepEqual(screenerRowToSnapshot(['Ticker', 'Buyback'], ['MSFT', '2.10%'], screener).snapshot, {'Buyback Yield': '2.10%'});

    // The stand-in's page of the newest layout with the two labels Finviz added, read back.
    const page = parseQuotePage(renderQuotePage('MSFT', NEWEST_LAYOUT, {addedFields: [buyback, growth]}), 'MSFT');
    assert.deepEqual(Object.keys(page.snapshot).slice(-2), ['Buyback Yield', 'Dividend Gr. 1/10Y']);
    assert.match(page.snapshot['Buyback Yield'] ?? '', /^-?\d+\.\d\d%$/);
    assert.match(page.snapshot['Dividend Gr. 1/10Y'] ?? '', /^-?\d+\.\d\d% -?\d+\.\d\d%$/);
    const normalized = normalizeQuote(page, context, rules);
    assert.deepEqual(normalized.unknown, []);
    assert.deepEqual(normalized.unreadable, []);
    for (const column of ['Buyback Yield', 'Dividend Gr. 1Y', 'Dividend Gr. 10Y'])
      assert.match(normalized.values.get(column) ?? '', /^-?\d+(\.\d+)?$/, column);
    // Without the new entry, the same page's new labels are unknown: the entry is what the rules need.
    assert.deepEqual(
      normalizeQuote(page, context).unknown.map(([label]) => label),
      ['Buyback Yield', 'Dividend Gr. 1/10Y'],
    );
  });
});

describe("the stand-in's values", () => {
  test('a made-up value for any label of the table reads back into its columns', () => {
    for (const field of SNAPSHOT_FIELDS) {
      const rule = LABEL_RULES.get(field.label);
      assert.ok(rule, field.label);
      const parts = rule.split(genericCell(field, 'TEST').text);
      assert.ok(parts, field.label);
      rule.readers.forEach((read, index) =>
        assert.notEqual(read(parts[index] ?? '', context), undefined, `${field.label}: ${rule.columns[index]}`),
      );
    }
  });

  test('the company model draws cells only for labels of the table (others get made-up values)', () => {
    const company = makeCompany('MSFT');
    for (const label of [...company.cells.keys(), ...company.cellsBefore2026.keys()]) assert.ok(SNAPSHOT_LABELS.includes(label), label);
  });
});
