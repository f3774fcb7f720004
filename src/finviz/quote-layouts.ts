import type {QuoteHeader} from './quote-header.js';
import {LAYOUT_LABELS} from './snapshot-labels.js';

/**
 * The Finviz quote layouts screener knows, each told apart by its markup and known by its
 * complete set of snapshot labels (./snapshot-labels.ts) and the header fields it shows. A page
 * of a known layout that lacks any of them is incomplete, never a row with holes.
 */
export type QuoteLayoutName = keyof typeof LAYOUT_LABELS;

/** A field of the quote header, as QuoteHeader names it. */
export type HeaderField = keyof QuoteHeader;

/**
 * What the parser reads of a quote's markup to tell the layouts apart: the same facts from the
 * page's bytes and from cheerio's tree.
 */
export interface QuoteStructure {
  /** The header's element: `table` (table.fullview-title) or `div` (div.quote-header-wrapper). */
  readonly header: string;
  /** The snapshot class of the first label cell: `snapshot-td2-cp` (to mid-2023) or `snapshot-td2`; '' if neither. */
  readonly labelClass: string;
  /** The attribute that holds the first label's tooltip: `title`, `data-boxover` or `data-boxover-html`; '' if none. */
  readonly tooltip: string;
  /** `one pair` a row where each snapshot table is one column of the grid (late June 2026), else `several pairs`. */
  readonly rows: 'one pair' | 'several pairs';
}

export interface QuoteLayout {
  readonly name: QuoteLayoutName;
  /** When Finviz served it, as far as the saved pages tell. */
  readonly served: string;
  readonly structure: QuoteStructure;
  /** Every snapshot label of the layout, in the page's order. */
  readonly labels: readonly string[];
  /** The header fields the layout shows (all of them, in every layout so far). */
  readonly headerFields: readonly HeaderField[];
}

const EVERY_HEADER_FIELD: readonly HeaderField[] = ['ticker', 'company', 'sector', 'industry', 'country', 'exchange'];

export const QUOTE_LAYOUTS: readonly QuoteLayout[] = [
  {
    name: '2026-06b',
    served: 'late June 2026 on: the snapshot split into six column tables of 14 rows, a new header',
    structure: {header: 'div', labelClass: 'snapshot-td2', tooltip: 'data-boxover-html', rows: 'one pair'},
    labels: LAYOUT_LABELS['2026-06b'],
    headerFields: EVERY_HEADER_FIELD,
  },
  {
    name: '2026-06',
    served: 'April to June 2026: one snapshot table of 14 rows, labels in div.snapshot-td-label',
    structure: {header: 'div', labelClass: 'snapshot-td2', tooltip: 'data-boxover-html', rows: 'several pairs'},
    labels: LAYOUT_LABELS['2026-06'],
    headerFields: EVERY_HEADER_FIELD,
  },
  {
    name: 'new',
    served: '2024 to 2025: div.quote-header, one snapshot table of 13 rows',
    structure: {header: 'div', labelClass: 'snapshot-td2', tooltip: 'data-boxover', rows: 'several pairs'},
    labels: LAYOUT_LABELS.new,
    headerFields: EVERY_HEADER_FIELD,
  },
  {
    name: 'old',
    served: '2018 to early 2023: table.fullview-title, labels td.snapshot-td2-cp, 12 rows',
    structure: {header: 'table', labelClass: 'snapshot-td2-cp', tooltip: 'title', rows: 'several pairs'},
    labels: LAYOUT_LABELS.old,
    headerFields: EVERY_HEADER_FIELD,
  },
  {
    name: 'old/2023-05',
    served: 'May to July 2023: the old markup, tooltips moved to data-boxover, "Short Float / Ratio" merged',
    structure: {header: 'table', labelClass: 'snapshot-td2-cp', tooltip: 'data-boxover', rows: 'several pairs'},
    labels: LAYOUT_LABELS['old/2023-05'],
    headerFields: EVERY_HEADER_FIELD,
  },
];

/** The layout whose markup this is, if screener knows it. */
export function layoutOf(structure: QuoteStructure): QuoteLayout | undefined {
  return QUOTE_LAYOUTS.find(
    ({structure: known}) =>
      known.header === structure.header &&
      known.labelClass === structure.labelClass &&
      known.tooltip === structure.tooltip &&
      known.rows === structure.rows,
  );
}

/** Where a layout's tooltip attributes and label classes are looked for, most specific first. */
const TOOLTIPS = ['data-boxover-html', 'data-boxover', 'title'] as const;
const LABEL_CLASSES = ['snapshot-td2-cp', 'snapshot-td2'] as const;

/** What structureOf needs of a snapshot table (./snapshot-cells.ts). */
interface TableFacts {
  readonly rows: readonly (readonly unknown[])[];
  readonly firstCell: Readonly<Record<string, string>> | undefined;
}

/**
 * The structure of a quote: its header's element name, the attributes of its snapshot's first
 * cell (the first label), and how many cells its snapshot's rows have.
 */
export function structureOf(header: string, tables: readonly TableFacts[]): QuoteStructure {
  const firstCell = tables[0]?.firstCell;
  const classes = (firstCell?.['class'] ?? '').split(/\s+/);
  let onePair = true;
  for (const table of tables) for (const row of table.rows) if (row.length > 2) onePair = false;
  return {
    header,
    labelClass: LABEL_CLASSES.find((token) => classes.includes(token)) ?? '',
    tooltip: TOOLTIPS.find((name) => firstCell !== undefined && Object.hasOwn(firstCell, name)) ?? '',
    rows: onePair ? 'one pair' : 'several pairs',
  };
}

/** The structure in words, for a message about a quote of no known layout. */
export function describeStructure({header, labelClass, tooltip, rows}: QuoteStructure): string {
  const label = labelClass === '' ? 'first cell of no snapshot class' : `first label td.${labelClass}`;
  return `header ${header}, ${label}, ${tooltip === '' ? 'no tooltip' : `tooltip in ${tooltip}`}, ${rows} a row`;
}

/** What a quote of a known layout lacks of it; `unexpected` are its labels the layout does not have. */
export interface Shortfall {
  readonly missingLabels: readonly string[];
  readonly unexpectedLabels: readonly string[];
  readonly missingHeaderFields: readonly HeaderField[];
}

const LABEL_SETS: ReadonlyMap<QuoteLayoutName, ReadonlySet<string>> = new Map(
  QUOTE_LAYOUTS.map((layout) => [layout.name, new Set(layout.labels)]),
);

/** What `snapshot` (label -> value) and `header` lack of `layout`, in the layout's order. */
export function shortfallOf(layout: QuoteLayout, header: QuoteHeader, snapshot: Readonly<Record<string, string>>): Shortfall {
  const known = LABEL_SETS.get(layout.name) ?? new Set();
  const unexpectedLabels: string[] = [];
  let shownOfLayout = 0;
  for (const label of Object.keys(snapshot)) {
    if (known.has(label)) shownOfLayout++;
    else unexpectedLabels.push(label);
  }
  return {
    // Labels are unique keys, so all of the layout's are there when as many are.
    missingLabels: shownOfLayout === layout.labels.length ? [] : layout.labels.filter((label) => !Object.hasOwn(snapshot, label)),
    unexpectedLabels,
    missingHeaderFields: layout.headerFields.filter((field) => header[field] === ''),
  };
}
