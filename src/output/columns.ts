import {SNAPSHOT_FIELDS, type SnapshotField} from '../finviz/snapshot-fields.js';
import {SCHEMA} from '../schema/columns.js';
import {ERROR_COLUMN, HEADER_COLUMNS, PAGE_TICKER_COLUMN} from '../schema/header-columns.js';

/**
 * The columns of `--raw` for the labels `fields`: the page's own labels, fixed so the header can
 * be written before the first row and is the same whatever layout each page had; then, as in the
 * normalized output, Page Ticker and Error.
 */
export function rawColumnsOf(fields: readonly SnapshotField[]): readonly string[] {
  return [...HEADER_COLUMNS.map(({name}) => name), ...fields.map(({label}) => label), PAGE_TICKER_COLUMN.name, ERROR_COLUMN.name];
}

/** The columns of `--raw`: every label's (../finviz/snapshot-fields.ts), in the table's order. */
export const RAW_COLUMNS: readonly string[] = rawColumnsOf(SNAPSHOT_FIELDS);

/** The default columns: the normalized schema, Ticker first and Error last. */
export const COLUMNS: readonly string[] = SCHEMA.map((column) => column.name);
