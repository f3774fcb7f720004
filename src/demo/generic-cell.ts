/**
 * A made-up value for a label the company model (./company-model.ts) does not draw, from what
 * the one table of labels (../finviz/snapshot-fields.ts) says it holds: a value of each column's
 * kind, put together as its cell's shape shows parts. So a label added to the table shows on
 * the stand-in's pages with a value its rule reads, before anyone models it.
 */

import {
  columnsOfField,
  columnSpecsOf,
  SNAPSHOT_FIELDS,
  type CellShape,
  type SnapshotField,
  type ValueKind,
} from '../finviz/snapshot-fields.js';
import {fixed, longDate, percent, shortDate} from './page-formats.js';
import {hashString, Rng} from './random.js';
import {AS_OF, DAY_MS, NAME_WORDS} from './reference-data.js';
import {plain, type Cell} from './snapshot-cell.js';

/** A value of each kind, as a page shows it. */
const MADE_UP: Readonly<Record<ValueKind, (rng: Rng) => string>> = {
  text: (rng) => rng.pick(NAME_WORDS),
  number: (rng) => fixed(rng.logBetween(0.5, 500)),
  percent: (rng) => percent(rng.between(-50, 50)),
  date: (rng) => longDate(AS_OF - rng.int(0, 3650) * DAY_MS),
  day: (rng) => shortDate(AS_OF + rng.int(-40, 45) * DAY_MS),
  session: (rng) => rng.pick(['BMO', 'AMC']),
  'yes/no': (rng) => rng.pick(['Yes', 'No']),
};

/** How a cell of each shape shows its parts. */
const JOINS: Readonly<Record<CellShape, (parts: readonly string[]) => string>> = {
  one: ([whole = '']) => whole,
  'space pair': ([first, second]) => `${first} ${second}`,
  'slash pair': ([first, second]) => `${first} / ${second}`,
  range: ([low, high]) => `${low} - ${high}`,
  'amount and yield': ([amount, yieldOf]) => `${amount} (${yieldOf})`,
  'day and session': ([day, session]) => `${day} ${session}`,
  'level and distance': ([level, distance]) => `${level} ${distance}`,
};

/** The columns the table defines, which a label outside it may fill too. */
const TABLE_COLUMNS = columnSpecsOf(SNAPSHOT_FIELDS);

/** A cell for `field` on the page of `ticker`: the same every time. */
export function genericCell(field: SnapshotField, ticker: string): Cell {
  const rng = new Rng(hashString(`${ticker}/${field.label}`));
  const parts = columnsOfField(field, TABLE_COLUMNS).map(({kind}) => MADE_UP[kind](rng));
  return plain(JOINS[field.shape ?? 'one'](parts));
}
