import {SNAPSHOT_LABELS} from '../finviz/snapshot-labels.js';
import {SCHEMA} from '../schema/columns.js';
import {ERROR_COLUMN, HEADER_COLUMNS, PAGE_TICKER_COLUMN} from '../schema/header-columns.js';

/**
 * The columns of `--raw`: the page's own labels, fixed so the header can be
 * written before the first row and is the same whatever layout each page had;
 * then, as in the normalized output, Page Ticker and Error.
 */
export const RAW_COLUMNS: readonly string[] = [...HEADER_COLUMNS.map(({name}) => name), ...SNAPSHOT_LABELS, PAGE_TICKER_COLUMN.name, ERROR_COLUMN.name];

/** The default columns: the normalized schema, Ticker first and Error last. */
export const COLUMNS: readonly string[] = SCHEMA.map((column) => column.name);
