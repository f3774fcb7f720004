import {SNAPSHOT_LABELS} from '../finviz/snapshot-labels.js';
import {SCHEMA} from '../schema/columns.js';

/** The header fields of a quote page, before the snapshot. */
export const HEADER_COLUMNS = ['Ticker', 'Company', 'Sector', 'Industry', 'Country', 'Exchange'] as const;

/**
 * The columns of `--raw`: the page's own labels, fixed so the header can be
 * written before the first row and is the same whatever layout each page had;
 * then, as in the normalized output, Page Ticker and Error.
 */
export const RAW_COLUMNS: readonly string[] = [...HEADER_COLUMNS, ...SNAPSHOT_LABELS, 'Page Ticker', 'Error'];

/** The default columns: the normalized schema, Ticker first and Error last. */
export const COLUMNS: readonly string[] = SCHEMA.map((column) => column.name);
