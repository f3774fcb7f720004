import {columnSpecsOf, SNAPSHOT_FIELDS, type ColumnSpec, type SnapshotField} from '../finviz/snapshot-fields.js';
import {ERROR_COLUMN, HEADER_COLUMNS, PAGE_TICKER_COLUMN} from './header-columns.js';

/**
 * The one column list of the normalized output, the same for every page
 * layout. Values are compute-ready: numbers without multipliers, separators or
 * "%", ISO dates, true/false, and empty for "-" or a field the page lacks.
 * The snapshot's columns are those the Finviz labels define
 * (../finviz/snapshot-fields.ts); label-rules.ts says how each label fills them.
 */

/** How a value is written: JSON numbers and booleans are bare, the rest are strings. */
export type ColumnType = 'text' | 'number' | 'date' | 'boolean';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  /**
   * `%` means percent points (5.32 for "5.32%"); `USD` and `USD/share` are
   * dollars; `shares` and `count` are whole numbers; `ratio` has no unit.
   */
  readonly unit: string;
  readonly meaning: string;
}

const text = (name: string, meaning: string): Column => ({name, type: 'text', unit: 'text', meaning});

/** The output column of a label's part: its type and unit follow from the kind of value it holds. */
function columnOf(spec: ColumnSpec): Column {
  const {name, meaning} = spec;
  switch (spec.kind) {
    case 'number':
      return {name, type: 'number', unit: spec.unit, meaning};
    case 'percent':
      return {name, type: 'number', unit: '%', meaning};
    case 'date':
    case 'day':
      return {name, type: 'date', unit: 'date', meaning};
    case 'yes/no':
      return {name, type: 'boolean', unit: 'true/false', meaning};
    case 'text':
    case 'session':
      return text(name, meaning);
  }
}

/**
 * The columns, in output order: the page header's, those `fields` define in the order first
 * defined (the 2026 snapshot with its two-value fields split, then older-only fields), Page
 * Ticker, Error.
 */
export function schemaOf(fields: readonly SnapshotField[]): readonly Column[] {
  return [
    ...HEADER_COLUMNS.map(({name, meaning}) => text(name, meaning)),
    ...[...columnSpecsOf(fields).values()].map(columnOf),
    text(PAGE_TICKER_COLUMN.name, PAGE_TICKER_COLUMN.meaning),
    text(ERROR_COLUMN.name, ERROR_COLUMN.meaning),
  ];
}

export const SCHEMA: readonly Column[] = schemaOf(SNAPSHOT_FIELDS);

export const SCHEMA_BY_NAME: ReadonlyMap<string, Column> = new Map(SCHEMA.map((column) => [column.name, column]));
