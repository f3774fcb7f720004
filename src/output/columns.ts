import {SNAPSHOT_LABELS} from '../finviz/snapshot-labels.js';

/** The header fields of a quote page, before the snapshot. */
export const HEADER_COLUMNS = ['Ticker', 'Company', 'Sector', 'Industry', 'Country', 'Exchange'] as const;

/**
 * The CSV columns, fixed so the header can be written before the first row and
 * is the same on every run, whatever layout each page had.
 */
export const COLUMNS: readonly string[] = [...HEADER_COLUMNS, ...SNAPSHOT_LABELS, 'Error'];
