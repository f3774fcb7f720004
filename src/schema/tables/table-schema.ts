import type {RawTableRow} from '../../finviz/quote-tables/index.js';
import type {Column} from '../columns.js';
import {ERROR_COLUMN} from '../header-columns.js';
import type {Unreadable} from '../normalize-quote.js';
import type {ReadContext} from '../value-readers.js';

/** What normalizing a table's rows needs: the scrape date (../value-readers.ts) and the ticker of the page. */
export interface TableReadContext extends ReadContext {
  /** The ticker as requested: every row's Ticker. */
  readonly ticker: string;
}

/** One item of a table in the normalized columns. */
export interface NormalizedTableRow {
  /** Column name -> value as output text; a column not here is empty (Error is the pipeline's). */
  readonly values: ReadonlyMap<string, string>;
  /** Shown values that did not read, so their columns were left empty. */
  readonly unreadable: readonly Unreadable[];
}

/** A table's columns and how its raw rows become them. */
export interface TableSchema {
  /** The normalized columns, Ticker first and Error last. */
  readonly columns: readonly Column[];
  /**
   * The columns of `--raw`, Ticker first and Error last: between them a column per raw cell
   * (../../finviz/quote-tables/), named by the page's own header where it has one.
   */
  readonly rawColumns: readonly string[];
  /** The rows in page order, normalized; a row's value may depend on the rows before it (a news item's date). */
  readonly normalize: (rows: readonly RawTableRow[], context: TableReadContext) => NormalizedTableRow[];
}

export const TICKER: Column = {name: 'Ticker', type: 'text', unit: 'text', meaning: 'the ticker as requested'};
export const ERROR: Column = {name: ERROR_COLUMN.name, type: 'text', unit: 'text', meaning: ERROR_COLUMN.meaning};

export const text = (name: string, meaning: string): Column => ({name, type: 'text', unit: 'text', meaning});

/** Builds one normalized row: values set column by column, unreadable ones reported. */
export class RowBuilder {
  readonly values = new Map<string, string>();
  readonly unreadable: Unreadable[] = [];

  constructor(ticker: string) {
    this.values.set(TICKER.name, ticker);
  }

  /**
   * Sets `column` from the text `part` of the raw cell `cell` (of raw column `label`): nothing for
   * "-" or nothing shown, the value `read` gives, else an unreadable entry and no value.
   */
  set(column: string, part: string, read: (text: string) => string | undefined, label: string, cell = part): void {
    if (part === '' || part === '-') return;
    const value = read(part);
    if (value === undefined) this.unreadable.push({column, text: part, label, cell});
    else this.values.set(column, value);
  }

  /** A value the row cannot have: `cell` did not read at all (its columns are left empty). */
  fail(column: string, label: string, cell: string): void {
    this.unreadable.push({column, text: cell, label, cell});
  }

  done(): NormalizedTableRow {
    return {values: this.values, unreadable: this.unreadable};
  }
}

/** A link's address as written, made absolute against finviz.com if it is relative (Finviz's own pages). */
export function absoluteUrl(href: string): string | undefined {
  try {
    return new URL(href, 'https://finviz.com/').href;
  } catch {
    return undefined;
  }
}
