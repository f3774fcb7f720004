import type {QuoteLayoutName} from '../../finviz/quote-layouts.js';
import {SNAPSHOT_FIELD_BY_LABEL, type SnapshotField} from '../../finviz/snapshot-fields.js';
import {LAYOUT_LABELS, shownLabel} from '../../finviz/snapshot-labels.js';
import {cellOf, type Company} from '../company-model.js';
import {QUOTE_MARKUPS} from './layouts.js';
import type {Pair, QuotePageVariant} from './quote-markup.js';

function fieldOf(label: string): SnapshotField {
  const field = SNAPSHOT_FIELD_BY_LABEL.get(label);
  if (field === undefined) throw new Error(`Expected "${label}" in the table of snapshot labels, got none`);
  return field;
}

/**
 * The snapshot's tables, rows and pairs, in page order: late June 2026 shows the grid as six
 * column tables of one pair a row, the other layouts as one table of six pairs a row. Labels
 * Finviz added come last, a row each.
 */
function snapshotTables(company: Company, layout: QuoteLayoutName, variant: QuotePageVariant): Pair[][][] {
  const labels = LAYOUT_LABELS[layout];
  const {pairsPerRow} = QUOTE_MARKUPS[layout];
  // Six columns either way: six tables of a column each, or one table of six-pair rows.
  const rowsPerTable = labels.length / 6;
  const left = new Set(variant.withoutLabels ?? []);
  const pairOf = (field: SnapshotField): Pair => ({
    field,
    shown: variant.renamedLabels?.[field.label] ?? shownLabel(field.label),
    cell: cellOf(company, field, layout),
  });
  const tables: Pair[][][] = [];
  let rowsLeft = variant.snapshotRows ?? Number.POSITIVE_INFINITY;
  for (let start = 0; start < labels.length && rowsLeft > 0; start += rowsPerTable * pairsPerRow) {
    const rows: Pair[][] = [];
    for (let row = start; row < start + rowsPerTable * pairsPerRow && rowsLeft > 0; row += pairsPerRow) {
      const pairs = labels
        .slice(row, row + pairsPerRow)
        .filter((label) => !left.has(label))
        .map((label) => pairOf(fieldOf(label)));
      if (pairs.length === 0) continue;
      rows.push(pairs);
      rowsLeft--;
    }
    if (rows.length > 0) tables.push(rows);
  }
  for (const field of variant.addedFields ?? []) {
    if (rowsLeft-- <= 0) break;
    if (tables.length === 0) tables.push([]);
    tables.at(-1)?.push([pairOf(field)]);
  }
  return tables;
}

/** The label/value pairs of the snapshot of `company` in `layout`, in page order. */
export function snapshotPairs(company: Company, layout: QuoteLayoutName, variant: QuotePageVariant = {}): Pair[] {
  return snapshotTables(company, layout, variant).flat(2);
}

/** The snapshot of `company` in the markup of `layout`: its tables in what they sit in. */
export function snapshotHtml(company: Company, t: string, layout: QuoteLayoutName, variant: QuotePageVariant): string {
  const markup = QUOTE_MARKUPS[layout];
  const out: string[] = [];
  const tableClass =
    variant.unknownMarkup === 'table class' ? markup.tableClass.replace('snapshot-table2', 'snapshot-table3') : markup.tableClass;
  for (const rows of snapshotTables(company, layout, variant)) {
    out.push(`<table width="100%" cellpadding="3" cellspacing="0" border="0" class="${tableClass}">\n`);
    for (const pairs of rows) {
      out.push('<tr class="table-dark-row">\n');
      for (const pair of pairs) {
        const html = markup.pair(pair, t);
        out.push(variant.unknownMarkup === 'cell markup' ? withUnknownLabelMarkup(html) : html, '\n');
      }
      out.push('</tr>\n');
    }
    out.push('</table>\n');
  }
  return markup.wrapper(out.join(''));
}

/** The label cell (the first of the pair) with a class and a tooltip attribute no layout has. */
function withUnknownLabelMarkup(pair: string): string {
  return pair
    .replace(/^<td ([^>]*?)class="snapshot-td2(-cp)?/, '<td $1class="snapshot-label')
    .replace(/ (data-boxover-html|data-boxover|title)="/, ' data-tooltip="');
}
