import type {QuotePage} from '../finviz/parse-quote.js';
import {PAGE_COLUMNS} from './header-columns.js';
import {LABEL_RULES, type LabelRule} from './label-rules.js';
import type {ReadContext} from './value-readers.js';

/** A shown value that did not read, so its column was left empty. */
export interface Unreadable {
  readonly column: string;
  /** The part of the cell meant for `column`, or the whole cell when it did not split. */
  readonly text: string;
  readonly label: string;
  readonly cell: string;
}

export interface NormalizedQuote {
  /** Column name -> value as output text; a column not here is empty. */
  readonly values: ReadonlyMap<string, string>;
  readonly unreadable: readonly Unreadable[];
  /** Snapshot labels no rule knows, with their text as shown, in page order. */
  readonly unknown: readonly (readonly [label: string, text: string])[];
}

/** Finviz's "no value": a dash, or nothing at all (a lock icon). */
function isEmpty(text: string): boolean {
  return text === '-' || text === '';
}

/**
 * Reads a quote page into the normalized columns. Pure: the scrape date comes in `context`;
 * `rules` are those of the one table of labels unless a test builds others.
 */
export function normalizeQuote(
  page: QuotePage,
  context: ReadContext,
  rules: ReadonlyMap<string, LabelRule> = LABEL_RULES,
): NormalizedQuote {
  const values = new Map<string, string>();
  const unreadable: Unreadable[] = [];
  const unknown: [string, string][] = [];
  for (const column of PAGE_COLUMNS) {
    const text = column.read(page);
    if (!isEmpty(text)) values.set(column.name, text);
  }

  for (const [label, cell] of Object.entries(page.snapshot)) {
    const rule = rules.get(label);
    if (rule === undefined) {
      unknown.push([label, cell]);
      continue;
    }
    if (isEmpty(cell)) continue;
    const parts = rule.split(cell);
    if (parts === undefined) {
      for (const column of rule.columns) unreadable.push({column, text: cell, label, cell});
      continue;
    }
    rule.columns.forEach((column, index) => {
      const part = parts[index] ?? '-';
      const read = rule.readers[index];
      if (isEmpty(part) || read === undefined || values.has(column)) return;
      const value = read(part, context);
      if (value === undefined) unreadable.push({column, text: part, label, cell});
      else values.set(column, value);
    });
  }
  return {values, unreadable, unknown};
}
