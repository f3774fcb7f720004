import type {SnapshotField} from '../../finviz/snapshot-fields.js';
import type {Company} from '../company-model.js';
import type {Cell} from '../snapshot-cell.js';

/** A header field a faulty page may leave out. */
export type OmittableHeaderField = 'company' | 'sector' | 'industry' | 'country' | 'exchange';

/**
 * How a generated page departs from its layout as the stand-in serves it: faults a parser must
 * refuse (../faulty-quote-pages.ts), or labels Finviz added.
 */
export interface QuotePageVariant {
  /** Snapshot labels (as SNAPSHOT_LABELS names them) left out, label cell and value cell. */
  readonly withoutLabels?: readonly string[];
  /** The snapshot stops after this many rows (all its tables together), every element closed. */
  readonly snapshotRows?: number;
  /** Labels shown under another text: label (as SNAPSHOT_LABELS names it) -> text. */
  readonly renamedLabels?: Readonly<Record<string, string>>;
  /** A header field the header does not show. */
  readonly withoutHeaderField?: OmittableHeaderField;
  /** The snapshot's markup changed as in no known layout: its tables' class, or its label cells' class and tooltip. */
  readonly unknownMarkup?: 'table class' | 'cell markup';
  /**
   * Labels Finviz added to the layout, which the parser keeps: shown after the layout's grid, a
   * row each, at the end of its last table, each with a value of the kinds its entry gives.
   */
  readonly addedFields?: readonly SnapshotField[];
}

/** Whether the header shows a field (a faulty page leaves one out). */
export type ShowsField = (field: OmittableHeaderField) => boolean;

/** One label/value pair of the snapshot as a page shows it. */
export interface Pair {
  /** The label's entry in the one table of labels (../../finviz/snapshot-fields.ts): its tooltip and tab. */
  readonly field: SnapshotField;
  /** The label as the page shows it. */
  readonly shown: string;
  readonly cell: Cell;
}

/**
 * The markup of one quote layout, for the parts of a page built for each ticker: what tells the
 * layouts apart (../../finviz/quote-layouts.ts) and what else changed with them. ./layouts.ts
 * has each layout's.
 */
export interface QuoteMarkup {
  /** The page's `<title>`. */
  title(t: string, name: string): string;
  /** The page's canonical address. */
  canonical(t: string): string;
  /** The header: ticker, company, sector, industry, country and exchange, each unless `shows` says not. */
  header(company: Company, t: string, shows: ShowsField): string;
  /** The class of the snapshot's tables. */
  readonly tableClass: string;
  /** Label/value pairs a row: 6 in one table read row by row, 1 in a table per column of the grid. */
  readonly pairsPerRow: 1 | 6;
  /** A label cell and its value cell. */
  pair(pair: Pair, t: string): string;
  /** What the snapshot's tables sit in. */
  wrapper(tables: string): string;
}

/** The title since May 2023. */
export function priceAndQuoteTitle(t: string, name: string): string {
  return `${t} - ${name} Stock Price and Quote`;
}
