import type { QuoteLayoutName } from '../../finviz/quote-layouts.js';
import { SNAPSHOT_FIELDS, type SnapshotField } from '../../finviz/snapshot-fields.js';
import { LAYOUT_LABELS, shownLabel } from '../../finviz/snapshot-labels.js';
import { cellOf, type Company } from '../company-model.js';
import { QUOTE_MARKUPS } from './layouts.js';
import type { Pair, QuotePageFault } from './quote-markup.js';

/** Each label's entry in the one table, by label. */
const FIELDS: ReadonlyMap<string, SnapshotField> = new Map(SNAPSHOT_FIELDS.map((field) => [field.label, field]));

function fieldOf(label: string): SnapshotField {
  const field = FIELDS.get(label);
  if (field === undefined) throw new Error(`Expected "${label}" in the table of snapshot labels, got none`);
  return field;
}

/**
 * The snapshot's tables, rows and pairs, in page order: late June 2026 shows the grid as six
 * column tables of one pair a row, the other layouts as one table of six pairs a row.
 */
function snapshotTables(company: Company, layout: QuoteLayoutName, fault: QuotePageFault): Pair[][][] {
  const labels = LAYOUT_LABELS[layout];
  const { pairsPerRow } = QUOTE_MARKUPS[layout];
  // Six columns either way: six tables of a column each, or one table of six-pair rows.
  const rowsPerTable = labels.length / 6;
  const left = new Set(fault.withoutLabels ?? []);
  const tables: Pair[][][] = [];
  let rowsLeft = fault.snapshotRows ?? Number.POSITIVE_INFINITY;
  for (let start = 0; start < labels.length && rowsLeft > 0; start += rowsPerTable * pairsPerRow) {
    const rows: Pair[][] = [];
    for (let row = start; row < start + rowsPerTable * pairsPerRow && rowsLeft > 0; row += pairsPerRow) {
      const pairs = labels
        .slice(row, row + pairsPerRow)
        .filter((label) => !left.has(label))
        .map((label) => ({field: fieldOf(label), shown: fault.renamedLabels?.[label] ?? shownLabel(label), cell: cellOf(company, label, layout)}));
      if (pairs.length === 0) continue;
      rows.push(pairs);
      rowsLeft--;
    }
    if (rows.length > 0) tables.push(rows);
  }
  return tables;
}

/** The snapshot of `company` in the markup of `layout`: its tables in what they sit in. */
export function snapshotHtml(company: Company, t: string, layout: QuoteLayoutName, fault: QuotePageFault): string {
  const markup = QUOTE_MARKUPS[layout];
  const out: string[] = [];
  const tableClass = fault.unknownMarkup === 'table class' ? markup.tableClass.replace('snapshot-table2', 'snapshot-table3') : markup.tableClass;
  for (const rows of snapshotTables(company, layout, fault)) {
    out.push(`<table width="100%" cellpadding="3" cellspacing="0" border="0" class="${tableClass}">\n`);
    for (const pairs of rows) {
      out.push('<tr class="table-dark-row">\n');
      for (const pair of pairs) {
        const html = markup.pair(pair, t);
        out.push(fault.unknownMarkup === 'cell markup' ? withUnknownLabelMarkup(html) : html, '\n');
      }
      out.push('</tr>\n');
    }
    out.push('</table>\n');
  }
  return markup.wrapper(out.join(''));
}

/** The label cell (the first of the pair) with a class and a tooltip attribute no layout has. */
function withUnknownLabelMarkup(pair: string): string {
  return pair.replace(/^<td ([^>]*?)class="snapshot-td2(-cp)?/, '<td $1class="snapshot-label').replace(/ (data-boxover-html|data-boxover|title)="/, ' data-tooltip="');
}
